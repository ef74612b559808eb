import { createStore } from 'zustand/vanilla';

/** Where a marked place is on screen: its region's node name, in CSS px relative to the canvas. */
export interface MarkAnchor {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** A place marked as hurting (drawn with a dot), or a region a selection lights (its label only). */
  readonly marked: boolean;
}

/**
 * The places marked as hurting and the regions a selection lights, projected to the screen by the scene (MarkAnchors) whenever the camera or
 * the marks change, for the DOM labels that name each with its side; `midline` is where the body's midline
 * is on screen (x, CSS px), so a label goes beside its region on the outer side. Kept out of React state.
 */
export const markAnchorStore = createStore<{ anchors: readonly MarkAnchor[]; midline: number }>()(() => ({
  anchors: [],
  midline: 0,
}));

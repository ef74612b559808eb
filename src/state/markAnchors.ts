import { createStore } from 'zustand/vanilla';

/** Where a marked place is on screen: its region's node name, in CSS px relative to the canvas. */
export interface MarkAnchor {
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The places marked as hurting, projected to the screen by the scene (MarkAnchors) whenever the camera or
 * the marks change, for the DOM labels that name each with its side. Kept out of React state.
 */
export const markAnchorStore = createStore<{ anchors: readonly MarkAnchor[] }>()(() => ({ anchors: [] }));

import { createStore } from 'zustand/vanilla';
import { forgetOnReset } from './patientReset';

/** A structure's label anchor: a visible point of it, in CSS px relative to the canvas. */
export interface LabelAnchor {
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Study labels: whether they are on, and where the visible structures are on screen (written by the
 * scene's LabelAnchors when the camera or the shown layers change; kept out of React state).
 */
export interface LabelAnchorState {
  readonly enabled: boolean;
  readonly anchors: readonly LabelAnchor[];
  /** The canvas size the anchors were projected for. */
  readonly width: number;
  readonly height: number;
}

export const labelStore = createStore<LabelAnchorState>()(() => ({
  enabled: false,
  anchors: [],
  width: 0,
  height: 0,
}));

export const setLabelsEnabled = (enabled: boolean) => labelStore.setState({ enabled });

forgetOnReset('labels', () => setLabelsEnabled(false));

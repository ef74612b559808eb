import { createStore } from 'zustand/vanilla';

/** The structure under the mouse, kept out of React state so hovering re-renders nothing. */
export interface Hover {
  readonly name: string | null;
  readonly x: number;
  readonly y: number;
}

export const hoverStore = createStore<Hover>()(() => ({ name: null, x: 0, y: 0 }));

/** Model download progress, 0..100, written by the scene's loader and read by the loading overlay. */
export const loadProgressStore = createStore<{ percent: number }>()(() => ({ percent: 0 }));

/** The last camera move made from the keyboard, said by a live region ("turned left", "zoomed in"). */
export type ViewMove = 'left' | 'right' | 'up' | 'down' | 'in' | 'out';
export const viewMoveStore = createStore<{ move: ViewMove | null; count: number }>()(() => ({
  move: null,
  count: 0,
}));

/**
 * How to take a picture of the view (a data: URL), set by the scene while it is shown; the printed
 * handout uses it. Null without a scene (no WebGL, or the model failed).
 */
export const snapshotStore = createStore<{ capture: (() => string | null) | null }>()(() => ({
  capture: null,
}));

/**
 * The camera is moving on a slow GPU (`AdaptiveResolution.tsx`): the scene draws fewer pixels and skips its
 * finest shading and half its triangles until the view rests (the simplified triangles are made when the
 * first such move asks, `movingDetail.ts`). `detailReady`: every look's shader program is compiled (once
 * after the first frame, `precompileLooks.ts`), so a measure can start from a settled scene.
 */
export const drawDetailStore = createStore<{ reduced: boolean; detailReady: boolean }>()(() => ({
  reduced: false,
  detailReady: false,
}));

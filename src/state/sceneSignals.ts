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

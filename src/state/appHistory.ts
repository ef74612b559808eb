import { createStore } from 'zustand/vanilla';

/**
 * How many of the explorer's own history entries lie behind the current one. An installed app has no
 * browser Back button, so the app draws its own, enabled only when there is somewhere to go back to.
 */
export const appHistory = createStore<{ depth: number }>()(() => ({ depth: 0 }));

/** The depth written into an entry's history state (0 for entries the explorer did not make). */
export const depthOf = (state: unknown): number => {
  const depth = (state as { depth?: unknown } | null)?.depth;
  return typeof depth === 'number' && Number.isInteger(depth) && depth >= 0 ? depth : 0;
};

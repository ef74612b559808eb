import { useSyncExternalStore } from 'react';
import { useExplorer } from './store';

/** However the scene fares, chunks nobody has asked for wait no longer than this. */
const LATEST_MS = 10_000;

function whenIdle(run: () => void): void {
  // Safari has no requestIdleCallback (nor has a test's plain Node).
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3_000 });
  else setTimeout(run, 1_000);
}

/**
 * The moment is one for the whole page, found once however many parts wait for it: watched from the first
 * subscriber on, and true for good once it has come.
 */
let due = false;
let watching = false;
const listeners = new Set<() => void>();

function watch(): void {
  if (watching) return;
  watching = true;
  let asked = false;
  const arrive = () => {
    if (asked) return;
    asked = true;
    unsubscribe();
    clearTimeout(latest);
    whenIdle(() => {
      due = true;
      for (const listener of listeners) listener();
    });
  };
  const unsubscribe = useExplorer.subscribe((s) => {
    if (s.scene.status !== 'loading') arrive();
  });
  const latest = setTimeout(arrive, LATEST_MS);
  if (useExplorer.getState().scene.status !== 'loading') arrive();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  watch();
  return () => listeners.delete(listener);
}

/**
 * True once the 3D scene has drawn (or cannot) and the page has been idle since: the moment to fetch code
 * nobody has asked for yet, so it never competes with the first frame.
 */
export function useAfterSceneStart(): boolean {
  return useSyncExternalStore(subscribe, () => due);
}

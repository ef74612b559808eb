import { useEffect, useState } from 'react';
import { useExplorer } from '../state/store';

/** However the scene fares, chunks nobody has asked for wait no longer than this. */
const LATEST_MS = 10_000;

function whenIdle(run: () => void): () => void {
  // Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(run, { timeout: 3_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1_000);
  return () => clearTimeout(id);
}

/**
 * True once the 3D scene has drawn (or cannot) and the page has been idle since: the moment to fetch code
 * nobody has asked for yet, so it never competes with the first frame.
 */
export function useAfterSceneStart(): boolean {
  const started = useExplorer((s) => s.scene.status !== 'loading');
  const [due, setDue] = useState(false);
  const [latest, setLatest] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setLatest(true), LATEST_MS);
    return () => clearTimeout(id);
  }, []);
  useEffect(() => {
    if (due || !(started || latest)) return;
    return whenIdle(() => setDue(true));
  }, [started, latest, due]);
  return due;
}

import { lazy, Suspense, useEffect, useState } from 'react';
import { useTakeHome } from '../../state/takeHome';
import { loadTakeHome } from './takeHomeChunk';

const Handout = lazy(() => loadTakeHome().then((m) => ({ default: m.Handout })));

/** The printed handout, loaded once the page is idle (or at once when Take this home opens). */
export function LazyHandout() {
  const open = useTakeHome((s) => s.open);
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const done = () => setIdle(true);
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(done, { timeout: 5_000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(done, 2_000);
    return () => clearTimeout(id);
  }, []);
  if (!idle && !open) return null;
  return (
    <Suspense fallback={null}>
      <Handout />
    </Suspense>
  );
}

import { lazy, Suspense } from 'react';
import { useTakeHome } from '../../state/takeHome';
import { loadTakeHome } from './takeHomeChunk';
import { useAfterSceneStart } from '../../state/useAfterSceneStart';

const Handout = lazy(() => loadTakeHome().then((m) => ({ default: m.Handout })));

/**
 * The printed handout, loaded once the scene has started and the page is idle (or at once when Take this
 * home opens).
 */
export function LazyHandout() {
  const open = useTakeHome((s) => s.open);
  const idle = useAfterSceneStart();
  if (!idle && !open) return null;
  return (
    <Suspense fallback={null}>
      <Handout />
    </Suspense>
  );
}

import { lazy, Suspense, useId } from 'react';
import { closeTakeHome, openTakeHome, useTakeHome } from '../../state/takeHome';
import { loadTakeHome } from './takeHomeChunk';
import { useVisitStrings } from './visitStrings';
import './visit.css';

const TakeHomePanel = lazy(() => loadTakeHome().then((m) => ({ default: m.TakeHomePanel })));

/** "Take this home": a large button that opens the panel (TakeHomePanel.tsx, loaded when first opened). */
export function TakeHome() {
  const v = useVisitStrings();
  const panelId = useId();
  const open = useTakeHome((s) => s.open);
  return (
    <section className="take-home" data-testid="take-home">
      <button
        type="button"
        className="button take-home__open"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="take-home-open"
        onClick={() => (open ? closeTakeHome() : openTakeHome())}
      >
        {v('takeHome')}
      </button>
      <div id={panelId} className="take-home__panel" hidden={!open} data-testid="take-home-panel">
        {open && (
          <Suspense fallback={<p className="hint">…</p>}>
            <TakeHomePanel />
          </Suspense>
        )}
      </div>
    </section>
  );
}

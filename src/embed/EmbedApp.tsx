import { useEffect, useState } from 'react';
import { useExplorer } from '../state/store';
import { About } from '../ui/About';
import { useStrings } from '../ui/i18n/useStrings';
import { ListView } from '../ui/ListView';
import { Notice } from '../ui/Notice';
import { SceneArea } from '../ui/SceneArea';
import type { SceneCanvas } from '../ui/sceneSlot';
import { SelectionPanel } from '../ui/SelectionPanel';
import { LazyHandout } from '../ui/visit/LazyHandout';

/**
 * The compact explorer for an iframe: the scene and a scrolling panel, no page header (the host page has
 * its own). On touch, the scene lets vertical swipes scroll the host page until the user taps the body;
 * after that, one finger turns the model, until focus leaves the frame.
 */
export function EmbedApp({ kiosk, canvas }: { kiosk: boolean; canvas: SceneCanvas }) {
  const t = useStrings();
  const lang = useExplorer((s) => s.lang);
  const [engaged, setEngaged] = useState(false);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appTitle');
  }, [lang, t]);
  useEffect(() => {
    const release = () => setEngaged(false);
    window.addEventListener('blur', release);
    return () => window.removeEventListener('blur', release);
  }, []);

  const classes = ['embed', kiosk ? 'embed--kiosk' : '', engaged ? 'embed--engaged' : ''].filter(Boolean);
  return (
    <div className={classes.join(' ')} data-testid="embed">
      <Notice />
      <main className="embed__layout">
        <div className="embed__scene" onPointerUp={() => setEngaged(true)}>
          <SceneArea canvas={canvas} />
        </div>
        <aside className="panel embed__panel" id="panel" tabIndex={-1} aria-label={t('panelLabel')}>
          <SelectionPanel />
          <ListView />
          {kiosk ? null : <About />}
          <p className="embed__disclaimer" data-testid="disclaimer">
            {t('disclaimer')}
          </p>
        </aside>
      </main>
      <LazyHandout />
    </div>
  );
}

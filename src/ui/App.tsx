import { useEffect } from 'react';
import { useExplorer } from '../state/store';
import { About } from './About';
import { Announcer } from './Announcer';
import { usePreloadDescriptions } from './descriptionsChunk';
import { Header } from './Header';
import { useStrings } from './i18n/useStrings';
import { ListView } from './ListView';
import { Notice } from './Notice';
import { RedFlagsLink } from './RedFlags';
import { SceneArea } from './SceneArea';
import type { SceneCanvas } from './sceneSlot';
import { SearchBox } from './SearchBox';
import { SelectionPanel } from './SelectionPanel';
import { TourStudyArea } from './TourStudyArea';
import { useKioskPage } from './useKioskPage';
import { LazyHandout } from './visit/LazyHandout';

/** The full explorer page; `canvas` is the 3D view, given by the composition root. */
export function App({ canvas }: { canvas: SceneCanvas }) {
  const t = useStrings();
  const lang = useExplorer((s) => s.lang);
  useKioskPage();
  usePreloadDescriptions();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appTitle');
  }, [lang, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        {t('skipToPanel')}
      </a>
      <Header />
      <Notice />
      <Announcer />
      <main className="layout">
        <SceneArea canvas={canvas} />
        <aside className="panel" id="panel" tabIndex={-1} aria-label={t('panelLabel')}>
          <SearchBox />
          <TourStudyArea />
          <SelectionPanel />
          <ListView />
          <About />
        </aside>
      </main>
      <footer className="disclaimer" data-testid="disclaimer">
        <span>{t('disclaimer')}</span> <RedFlagsLink testId="red-flags-open-footer" />
      </footer>
      <LazyHandout />
    </div>
  );
}

// Order matters: zod must be told not to probe eval before any schema parses (the host's messages).
import '../embed/zodJitless';
import './errorLog';
import { bootDone, logCaughtError, showBootFailure } from './bootFailure';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from '../embed/EmbedApp';
import { LazyExplorerCanvas } from './lazyCanvas';
import { readFrameConfig } from '../embed/frameConfig';
import { startFrameBridge } from '../embed/frameBridge';
import { useExplorer } from '../state/store';
import { parseUrlState } from '../state/urlState';
import '../ui/styles.css';
import '../embed/embed.css';

try {
  // Read the link once; no history sync, since an iframe's history entries would hijack the host's back button.
  const { state, problems } = parseUrlState(window.location.search);
  useExplorer.getState().applyUrlState(state, problems);
  const config = readFrameConfig(
    window.location.search,
    window.location.origin,
    import.meta.env.VITE_EMBED_ORIGINS as string | undefined,
  );
  if (config.rejected.length > 0)
    console.warn('[pain-explorer] Ignored entries in the origin list (need exact origins):', config.rejected);
  if (navigator.webdriver) window.__explorerStore = useExplorer;
  startFrameBridge({ win: window, store: useExplorer, allowed: config.allowed });

  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root, { onUncaughtError: showBootFailure, onCaughtError: logCaughtError }).render(
    <StrictMode>
      <EmbedApp kiosk={config.kiosk} canvas={LazyExplorerCanvas} />
    </StrictMode>,
  );
  bootDone();
} catch (error) {
  showBootFailure(error);
}

import './errorLog';
import { bootDone, logCaughtError, showBootFailure } from './bootFailure';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { LazyExplorerCanvas } from './lazyCanvas';
import { syncUrl } from '../state/syncUrl';
import { useExplorer } from '../state/store';
import { startKiosk } from '../state/kiosk';
import { kioskOfDevice, languageOfDevice } from '../state/deviceSettings';
import { registeredItems } from '../state/patientReset';
import { registerServiceWorker } from './registerServiceWorker';
import '../ui/styles.css';

try {
  const kiosk = kioskOfDevice(window.location.search);
  syncUrl(window, { kiosk: kiosk.enabled });
  // A link that names no language opens in the one this device's user chose, else the device's own.
  if (!new URLSearchParams(window.location.search).has('lang')) {
    const lang = languageOfDevice(navigator.languages);
    if (lang) useExplorer.getState().setLang(lang);
  }
  const updates = registerServiceWorker();
  // In a kiosk a waiting update is applied only at the idle reset, when nobody is using the tablet.
  if (kiosk.enabled)
    startKiosk({ config: kiosk, startLang: useExplorer.getState().lang, onIdleReset: updates.applyUpdate });
  // Automated browsers (tests, benchmarks) drive the store directly; regular visitors never get this handle.
  if (navigator.webdriver) {
    window.__explorerStore = useExplorer;
    window.__patientState = registeredItems;
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root, { onUncaughtError: showBootFailure, onCaughtError: logCaughtError }).render(
    <StrictMode>
      <App canvas={LazyExplorerCanvas} />
    </StrictMode>,
  );
  bootDone();
} catch (error) {
  showBootFailure(error);
}

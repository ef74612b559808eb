// First: zod must not probe `new Function` (a violation under the app's strict CSP).
import '../embed/zodJitless';
import './errorLog';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { syncUrl } from '../state/syncUrl';
import { useExplorer } from '../state/store';
import { parseKioskConfig, startKiosk } from '../state/kiosk';
import { registeredItems } from '../state/patientReset';
import { registerServiceWorker } from './registerServiceWorker';
import '../ui/styles.css';

const kiosk = parseKioskConfig(window.location.search);
syncUrl(window, { kiosk: kiosk.enabled });
const updates = registerServiceWorker();
// In a kiosk a waiting update is applied only at the idle reset, when nobody is using the tablet.
if (kiosk.enabled)
  startKiosk({ config: kiosk, startLang: useExplorer.getState().lang, onIdleReset: updates.applyUpdate });
// Automated browsers (tests, benchmarks) drive the store directly; regular visitors never get this handle.
if (navigator.webdriver)
  Object.assign(window, { __explorerStore: useExplorer, __patientState: registeredItems });
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

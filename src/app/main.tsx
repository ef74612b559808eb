import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { syncUrl } from '../state/syncUrl';
import { useExplorer } from '../state/store';
import '../ui/styles.css';

syncUrl();
// Automated browsers (tests, benchmarks) drive the store directly; regular visitors never get this handle.
if (navigator.webdriver)
  (window as unknown as { __explorerStore: typeof useExplorer }).__explorerStore = useExplorer;
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

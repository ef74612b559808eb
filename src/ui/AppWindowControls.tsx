import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { appHistory } from '../state/appHistory';
import { useKiosk } from '../state/kiosk';
import { useStrings } from './i18n/useStrings';
import { ToggleButton } from './ToggleButton';

const STANDALONE = '(display-mode: standalone), (display-mode: fullscreen), (display-mode: minimal-ui)';

/** Installed (home screen or app window): the browser's own Back button and address bar are gone. */
function useInstalled(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(STANDALONE);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () =>
      window.matchMedia(STANDALONE).matches ||
      (navigator as Navigator & { standalone?: boolean }).standalone === true,
  );
}

function useFullscreen(): boolean {
  return useSyncExternalStore(
    (changed) => {
      document.addEventListener('fullscreenchange', changed);
      return () => document.removeEventListener('fullscreenchange', changed);
    },
    () => document.fullscreenElement !== null && document.fullscreenElement !== undefined,
  );
}

/**
 * The app's own Back: only when installed, where the browser's is gone, and never in a kiosk, which keeps
 * no history. Enabled when one of the explorer's own entries lies behind this one.
 */
export function AppBackButton() {
  const t = useStrings();
  const installed = useInstalled();
  const kiosk = useKiosk((s) => s.enabled);
  const depth = useStore(appHistory, (s) => s.depth);
  if (!installed || kiosk) return null;
  return (
    <button
      type="button"
      className="button"
      data-testid="app-back"
      disabled={depth === 0}
      onClick={() => window.history.back()}
    >
      {t('back')}
    </button>
  );
}

/** Full screen where the Fullscreen API exists (in an iframe only with allow="fullscreen"). */
export function FullscreenButton() {
  const t = useStrings();
  const fullscreen = useFullscreen();
  if (typeof document.documentElement.requestFullscreen !== 'function' || !document.fullscreenEnabled)
    return null;
  const toggle = (on: boolean) => {
    const change = on ? document.documentElement.requestFullscreen() : document.exitFullscreen();
    change.catch(() => {}); // refused (no user gesture, a policy): the button simply stays as it is
  };
  return (
    <ToggleButton pressed={fullscreen} data-testid="fullscreen" onToggle={toggle}>
      {t('fullscreen')}
    </ToggleButton>
  );
}

import type { Workbox } from 'workbox-window';

/**
 * Registers the service worker that precaches the app (shell, model, decoders) so a clinic tablet works
 * offline after its first visit. A new version never replaces the running one mid-use: it waits, and is
 * applied either at once when it was already waiting at page load (nobody has touched this page yet), or
 * when the caller decides (the kiosk's idle reset) through the returned `applyUpdate`. workbox-window is
 * loaded on its own, after the app's code: registration waits for the page's load event anyway, and the
 * start-up JavaScript stays smaller (bench/README.md).
 */
export function registerServiceWorker(): { applyUpdate(): void } {
  let waiting = false;
  let wb: Workbox | undefined;
  const apply = () => {
    if (!wb || !waiting) return;
    // Reload once the new worker controls the page, so shell and assets come from the same version.
    wb.addEventListener('controlling', () => window.location.reload());
    wb.messageSkipWaiting();
  };
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    import('workbox-window')
      .then(({ Workbox }) => {
        wb = new Workbox(new URL('sw.js', document.baseURI).href, { scope: './' });
        wb.addEventListener('waiting', (event) => {
          waiting = true;
          if (event.wasWaitingBeforeRegister) apply();
        });
        return wb.register();
      })
      .catch((error: unknown) => console.warn('No offline support:', error));
  }
  return { applyUpdate: apply };
}

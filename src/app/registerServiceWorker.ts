import { Workbox } from 'workbox-window';

/**
 * Registers the service worker that precaches the app (shell, model, decoders) so a clinic tablet works
 * offline after its first visit. A new version never replaces the running one mid-use: it waits, and is
 * applied either at once when it was already waiting at page load (nobody has touched this page yet), or
 * when the caller decides (the kiosk's idle reset) through the returned `applyUpdate`.
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
    wb = new Workbox(new URL('sw.js', document.baseURI).href, { scope: './' });
    wb.addEventListener('waiting', (event) => {
      waiting = true;
      if (event.wasWaitingBeforeRegister) apply();
    });
    wb.register().catch((error: unknown) => console.warn('No offline support:', error));
  }
  return { applyUpdate: apply };
}

/**
 * The explorer's pages hold a message in #root (index.html, embed.html): "loading" and, if the app never
 * replaces it, "could not start" with a link to the start, which boot.css reveals after a while. This
 * module shows it at once when the start fails in a way code can see: an error while the app's modules
 * run or while it starts (imported before them, it listens from the first), or a render error that
 * leaves React's root empty (`showBootFailure` as createRoot's onUncaughtError).
 */
import './boot.css';
import { isNoWebglError } from '../lib/noWebgl';

const root = () => document.getElementById('root');
/** The message as the page brought it, to put back if React empties #root. */
const message = root()?.querySelector('.boot')?.cloneNode(true) ?? null;

export function showBootFailure(error: unknown): void {
  document.documentElement.classList.add('boot-failed');
  const container = root();
  if (container && message && !container.querySelector('.boot'))
    container.replaceChildren(message.cloneNode(true));
  console.error('[pain-explorer] The explorer could not start:', error);
}

const onError = (event: ErrorEvent) => showBootFailure(event.error ?? event.message);
window.addEventListener('error', onError);

/** Called once the app is rendering: from then on an error is the app's to handle, not a failed start. */
export function bootDone(): void {
  window.removeEventListener('error', onError);
}

/**
 * createRoot's onCaughtError: an error a boundary handled is still logged (React's default), except a
 * browser without WebGL, which the scene's note explains and which is no fault to report.
 */
export function logCaughtError(error: unknown): void {
  if (!isNoWebglError(error)) console.error(error);
}

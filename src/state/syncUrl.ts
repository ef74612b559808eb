import { useExplorer, urlStateOf } from './store';
import { parseUrlState, serializeUrlState } from './urlState';
import { KIOSK_PARAMS } from './kiosk';

/** The shared view's query plus the kiosk's own parameters from the current address, kept unchanged. */
export function withKioskParams(search: string, current: string): string {
  const params = new URLSearchParams(search);
  const from = new URLSearchParams(current);
  for (const key of KIOSK_PARAMS) {
    const value = from.get(key);
    if (value !== null) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Keeps the address bar and the store in step: reads the link at start, pushes a history entry when
 * the selection changes (so back/forward walk selections), replaces it for other changes, and
 * follows back/forward. Returns a function that stops it.
 */
export function syncUrl(win: Window = window): () => void {
  const fromUrl = () => {
    const { state, problems } = parseUrlState(win.location.search);
    useExplorer.getState().applyUrlState(state, problems);
  };
  fromUrl();
  let lastSearch = serializeUrlState(urlStateOf(useExplorer.getState()));

  const unsubscribe = useExplorer.subscribe((state, previous) => {
    const search = serializeUrlState(urlStateOf(state));
    if (search === lastSearch) return;
    const url = `${win.location.pathname}${withKioskParams(search, win.location.search)}${win.location.hash}`;
    if (state.selection !== previous.selection) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    lastSearch = search;
  });
  const onPopState = () => {
    fromUrl();
    lastSearch = serializeUrlState(urlStateOf(useExplorer.getState()));
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

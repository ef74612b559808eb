import { useExplorer, urlStateOf } from './store';
import { parseUrlState, serializeUrlState } from './urlState';
import { KIOSK_PARAMS } from './kiosk';
import { appHistory, depthOf } from './appHistory';

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

export interface SyncUrlOptions {
  /**
   * A shared kiosk never adds a history entry, and Back never brings back a state from one: the next
   * patient must not reach the last one's selection, language or layers with the back button or gesture.
   */
  readonly kiosk?: boolean;
}

/**
 * Keeps the address bar and the store in step: reads the link at start, pushes a history entry when
 * the selection changes (so back/forward walk selections), replaces it for other changes, and
 * follows back/forward. In a kiosk it only ever replaces, and ignores back/forward. Returns a function
 * that stops it.
 */
export function syncUrl(win: Window = window, { kiosk = false }: SyncUrlOptions = {}): () => void {
  const fromUrl = () => {
    const { state, problems } = parseUrlState(win.location.search);
    useExplorer.getState().applyUrlState(state, problems);
  };
  fromUrl();
  if (!kiosk) appHistory.setState({ depth: depthOf(win.history.state) });
  let lastSearch = serializeUrlState(urlStateOf(useExplorer.getState()));
  const urlOf = (search: string) =>
    `${win.location.pathname}${withKioskParams(search, win.location.search)}${win.location.hash}`;

  const unsubscribe = useExplorer.subscribe((state, previous) => {
    const search = serializeUrlState(urlStateOf(state));
    if (search === lastSearch) return;
    const depth = depthOf(win.history.state);
    if (state.selection !== previous.selection && !kiosk) {
      win.history.pushState({ depth: depth + 1 }, '', urlOf(search));
      appHistory.setState({ depth: depth + 1 });
    } else win.history.replaceState({ depth }, '', urlOf(search));
    lastSearch = search;
  });
  const onPopState = () => {
    // In a kiosk an older entry (a same-page #anchor's, say) may hold an earlier patient's view: the
    // address takes the current view instead of the store taking the entry's.
    if (kiosk) win.history.replaceState(null, '', urlOf(lastSearch));
    else {
      appHistory.setState({ depth: depthOf(win.history.state) });
      // Known before the store changes, so its listener does not push the entry we came back to again.
      lastSearch = serializeUrlState(parseUrlState(win.location.search).state);
      fromUrl();
      lastSearch = serializeUrlState(urlStateOf(useExplorer.getState()));
    }
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

import { useExplorer, urlStateOf } from './store';
import { parseUrlState, serializeUrlState } from './urlState';

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
    const url = `${win.location.pathname}${search}${win.location.hash}`;
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

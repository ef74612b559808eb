import { lazyModule } from './lazyModule';

type SearchEngine = typeof import('../anatomy/searchStructures');

/** The search's matching (its word lists and fuzzy matcher, ~2 kB): its own chunk, fetched once. */
const searchEngine = lazyModule(() => import('../anatomy/searchStructures'));

/**
 * The search engine, or null until it has loaded: it is fetched once the scene has started and the page is
 * idle, or at once when `wanted` (the search box has the focus or holds text), and comes from the service
 * worker's cache offline.
 */
export function useSearchEngine(wanted: boolean): SearchEngine | null {
  return searchEngine.useModule(wanted);
}

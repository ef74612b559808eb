import { useEffect, useState } from 'react';
import { useAfterSceneStart } from '../state/useAfterSceneStart';

type SearchEngine = typeof import('../anatomy/searchStructures');

let engine: SearchEngine | null = null;
let loading: Promise<SearchEngine> | null = null;

/** The search's matching (its word lists and fuzzy matcher, ~2 kB): its own chunk, fetched once. */
function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= import('../anatomy/searchStructures').then((module) => (engine = module));
  return loading;
}

/**
 * The search engine, or null until it has loaded: it is fetched once the scene has started and the page is
 * idle, or at once when `wanted` (the search box has the focus or holds text), and comes from the service
 * worker's cache offline.
 */
export function useSearchEngine(wanted: boolean): SearchEngine | null {
  const [loaded, setLoaded] = useState(engine);
  const idle = useAfterSceneStart();
  useEffect(() => {
    if (loaded || !(wanted || idle)) return;
    let live = true;
    void loadSearchEngine().then((module) => {
      if (live) setLoaded(module);
    });
    return () => {
      live = false;
    };
  }, [loaded, wanted, idle]);
  return loaded;
}

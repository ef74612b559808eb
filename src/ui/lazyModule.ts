import { useEffect, useSyncExternalStore } from 'react';
import { useAfterSceneStart } from '../state/useAfterSceneStart';

/**
 * A module the page starts without (its own chunk, precached by the service worker): fetched once, at the
 * page's after-first-frame moment (`useAfterSceneStart`) or at once when a part asks for it. A failed fetch
 * (offline before the precache) is tried again at the next ask.
 */
export function lazyModule<M>(importer: () => Promise<M>) {
  let loading: Promise<M> | null = null;
  let loaded: M | null = null;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  const load = (): Promise<M> => {
    loading ??= importer().then(
      (module) => {
        loaded = module;
        for (const listener of listeners) listener();
        return module;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  /**
   * Starts the fetch at the after-first-frame moment, or now when `wanted`; asks again (after a failure)
   * whenever `ask` changes, e.g. a new selection. Renders nothing again.
   */
  const usePreload = (wanted = false, ask?: unknown) => {
    const idle = useAfterSceneStart();
    useEffect(() => {
      if (!loaded && (wanted || idle)) load().catch(() => undefined);
    }, [wanted, idle, ask]);
  };

  /** The module, or null until it has loaded (fetched as `usePreload` says). */
  const useModule = (wanted = false, ask?: unknown): M | null => {
    usePreload(wanted, ask);
    return useSyncExternalStore(subscribe, () => loaded);
  };

  return { usePreload, useModule };
}

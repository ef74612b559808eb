import { useEffect, useSyncExternalStore } from 'react';
import type { StructureId } from '../content/ids';
import type { Localized } from '../content/schema';
import { useAfterSceneStart } from '../state/useAfterSceneStart';

/**
 * The structures' plain descriptions (content/descriptions) are a chunk of their own: the page starts
 * without them, and they load once the scene has drawn its first frame and the page is idle, or at once when
 * a panel that shows one asks (a selection). The service worker precaches the chunk like every other.
 */
type Descriptions = typeof import('../content/descriptions');

let loading: Promise<Descriptions> | null = null;
let loaded: Descriptions | null = null;
const listeners = new Set<() => void>();

export function loadDescriptions(): Promise<Descriptions> {
  loading ??= import('../content/descriptions').then(
    (module) => {
      loaded = module;
      for (const listener of listeners) listener();
      return module;
    },
    (error: unknown) => {
      // A failed fetch (offline before the precache) is tried again at the next ask.
      loading = null;
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The structure's description, or undefined while the chunk loads (asking for it at once). */
export function useDescription(id: StructureId): Localized | undefined {
  const descriptions = useSyncExternalStore(subscribe, () => loaded);
  useEffect(() => {
    if (!loaded) loadDescriptions().catch(() => undefined);
  }, [id]);
  return descriptions?.descriptionOf(id);
}

/** Fetches the descriptions after the scene's first frame, so a later selection shows its text at once. */
export function usePreloadDescriptions(): void {
  const idle = useAfterSceneStart();
  useEffect(() => {
    if (idle) loadDescriptions().catch(() => undefined);
  }, [idle]);
}

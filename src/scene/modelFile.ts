import { useSyncExternalStore } from 'react';
import type { Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { loadProgressStore } from '../state/sceneSignals';

export type ModelFile =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly root: Object3D }
  | { readonly status: 'error'; readonly message: string };

interface Entry {
  state: ModelFile;
  readonly listeners: Set<() => void>;
}

/** One load per URL for the page's lifetime, shared by every mount (StrictMode, remounts, context restore). */
const entries = new Map<string, Entry>();

function entryFor(url: string): Entry {
  const known = entries.get(url);
  if (known) return known;
  const entry: Entry = { state: { status: 'loading' }, listeners: new Set() };
  entries.set(url, entry);
  const settle = (state: ModelFile) => {
    entry.state = state;
    for (const listener of entry.listeners) listener();
  };
  new GLTFLoader()
    .setMeshoptDecoder(MeshoptDecoder)
    .loadAsync(url, (event) => {
      if (event.lengthComputable) loadProgressStore.setState({ percent: (100 * event.loaded) / event.total });
    })
    .then(
      (gltf) => settle({ status: 'ready', root: gltf.scene }),
      (error: unknown) =>
        settle({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  return entry;
}

/**
 * The model file's state, loaded once. A missing or corrupt file is a state, not a thrown error: React
 * error boundaries would log it as a crash, while the explorer simply goes on with its list view.
 */
export function useModelFile(url: string): ModelFile {
  const entry = entryFor(url);
  return useSyncExternalStore(
    (listener) => {
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    () => entry.state,
  );
}

import { useSyncExternalStore } from 'react';
import type { Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { loadProgressStore } from '../state/sceneSignals';

export type ModelFile =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly root: Object3D }
  | { readonly status: 'error'; readonly message: string };

/** One load per URL for the page's lifetime, shared by every mount (StrictMode, remounts, context restore). */
const entries = new Map<string, { state: ModelFile }>();
/** Told whenever a load starts or settles (few files, few changes: one set for all). */
const listeners = new Set<() => void>();
const changed = () => {
  for (const listener of listeners) listener();
};

/** Starts loading `url` once; `progress` drives the loading bar (the start view's file only). */
function load(url: string, progress: boolean): void {
  if (entries.has(url)) return;
  const entry = { state: { status: 'loading' } as ModelFile };
  entries.set(url, entry);
  const settle = (state: ModelFile) => {
    entry.state = state;
    changed();
  };
  new GLTFLoader()
    .setMeshoptDecoder(MeshoptDecoder)
    .loadAsync(url, (event) => {
      if (progress && event.lengthComputable)
        loadProgressStore.setState({ percent: (100 * event.loaded) / event.total });
    })
    .then(
      (gltf) => settle({ status: 'ready', root: gltf.scene }),
      (error: unknown) =>
        settle({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  changed();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * The model file's state, loaded once. A missing or corrupt file is a state, not a thrown error: React
 * error boundaries would log it as a crash, while the explorer simply goes on with its list view.
 */
export function useModelFile(url: string): ModelFile {
  load(url, true);
  return useSyncExternalStore(subscribe, () => entries.get(url)!.state);
}

/** Starts loading a file the view does not need yet, without the loading bar (deepModel.ts). */
export function requestModelFile(url: string): void {
  load(url, false);
}

/** Where a file's load stands, without subscribing (the test hook): null before anything requested it. */
export const modelFileStatus = (url: string): ModelFile['status'] | null =>
  entries.get(url)?.state.status ?? null;

/** A file's state once something has requested it (`requestModelFile`), else null; never starts a load. */
export function useRequestedModelFile(url: string): ModelFile | null {
  return useSyncExternalStore(subscribe, () => entries.get(url)?.state ?? null);
}

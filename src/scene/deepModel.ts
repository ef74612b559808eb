/**
 * The deep structures' file (lower-body-deep.glb: DEEP_STRUCTURE_IDS, under other muscles, never seen in the
 * start view) is fetched once the first frame is drawn and the page is idle, so it never delays the start
 * view, or at once when a deep structure is selected (search, list, link) before that. Its meshes join the
 * same index, batches, picking and layers as the start view's (BodyModel.tsx): drawn where a deep
 * structure lies, under the muscles over it, they appear without a visible pop.
 */
import { useEffect } from 'react';
import type { Object3D } from 'three';
import { isDeep } from '../content/ids';
import { useExplorer } from '../state/store';
import type { ExplorerState } from '../state/store';
import { useAfterSceneStart } from '../state/useAfterSceneStart';
import { requestModelFile, useRequestedModelFile } from './modelFile';
import { DEEP_MODEL_URL } from './modelUrl';

export const requestDeepModel = () => requestModelFile(DEEP_MODEL_URL);

const asksForDeep = (state: ExplorerState) =>
  state.selection?.kind === 'structure' && isDeep(state.selection.id);

/**
 * The deep structures' root once loaded (null before, or if the file fails: the start view goes on without
 * them). Requested when the start view is up (the scene's status is ready) and the page idle.
 */
export function useDeepModel(): Object3D | null {
  const started = useExplorer((s) => s.scene.status === 'ready');
  useEffect(() => {
    if (asksForDeep(useExplorer.getState())) requestDeepModel();
    return useExplorer.subscribe((state) => {
      if (asksForDeep(state)) requestDeepModel();
    });
  }, []);
  // After the first frame, at the page's idle moment (once the start view stands; never for a failed one).
  const afterStart = useAfterSceneStart();
  useEffect(() => {
    if (started && afterStart) requestDeepModel();
  }, [started, afterStart]);
  const file = useRequestedModelFile(DEEP_MODEL_URL);
  useEffect(() => {
    if (file?.status === 'error') console.warn(`The deep structures could not be loaded: ${file.message}`);
  }, [file]);
  return file?.status === 'ready' ? file.root : null;
}

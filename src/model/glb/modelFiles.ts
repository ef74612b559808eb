/**
 * The model is two files in public/models: what the start view draws (`lower-body.glb`, within the start
 * view's budget), and the deep structures (`lower-body-deep.glb`: DEEP_STRUCTURE_IDS in content/ids.ts),
 * which the app loads after the first frame and merges into the same picking, highlight and layers.
 */
import { isDeep } from '../../content/ids.ts';
import type { MeshData } from '../types.ts';
import { parseNodeName } from './nodeInfo.ts';

export const START_FILE = 'lower-body.glb';
export const DEEP_FILE = 'lower-body-deep.glb';

/** The meshes of each file, in the generator's order. */
export function splitModel(meshes: readonly MeshData[]): { start: MeshData[]; deep: MeshData[] } {
  const deep = (m: MeshData): boolean => isDeep(parseNodeName(m.name)?.id ?? '');
  return { start: meshes.filter((m) => !deep(m)), deep: meshes.filter(deep) };
}

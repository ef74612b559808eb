/** Measurements of a built model (meshes as read back from the GLB or fresh from the generator). */
import type { MeshData } from '../types.ts';
import { parseNodeName } from '../glb/nodeInfo.ts';
import { unionVolume } from './volume.ts';

/** Volume of every left-side muscle node, cm³, by structure id. */
export async function muscleVolumesCm3(meshes: readonly MeshData[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const m of meshes) {
    const info = parseNodeName(m.name);
    if (m.kind !== 'muscle' || info?.side !== 'left') continue;
    out.set(info.id, unionVolume(m) * 1e6);
  }
  return out;
}

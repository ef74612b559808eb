/** Meshes the pelvic ligaments, the labrum and the iliopsoas bursa once per run: left from the fields, right mirrored. */
import type { MeshData } from '../types.ts';
import { nodeName } from '../../content/ids.ts';
import { meshField } from '../kernel/meshField.ts';
import { mirrorMesh } from '../kernel/mesh.ts';
import {
  PELVIC_LIGAMENT_IDS,
  pelvicLigamentKind,
  pelvicLigamentMeshSettings,
  pelvicLigamentSdf,
} from './pelvicLigaments.ts';

let cached: Promise<MeshData[]> | null = null;

async function build(): Promise<MeshData[]> {
  const out: MeshData[] = [];
  for (const id of PELVIC_LIGAMENT_IDS) {
    const s = pelvicLigamentMeshSettings(id);
    const left = await meshField(nodeName(id, 'left'), pelvicLigamentKind(id), pelvicLigamentSdf(id), {
      bounds: { min: s.min, max: s.max },
      edge: s.edge,
      maxTriangles: s.tris,
    });
    out.push(left, mirrorMesh(left, nodeName(id, 'right')));
  }
  return out;
}

export function meshLigaments(): Promise<MeshData[]> {
  cached ??= build();
  return cached;
}

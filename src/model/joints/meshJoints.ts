/**
 * Meshes the joint and bursa shells and the knee's ligaments and menisci once per run: left from the fields,
 * right by mirroring.
 */
import type { MeshData } from '../types.ts';
import { nodeName } from '../../content/ids.ts';
import { meshField } from '../kernel/meshField.ts';
import { mirrorMesh } from '../kernel/mesh.ts';
import { JOINT_IDS, jointMeshSettings, jointSdf } from './joints.ts';
import { KNEE_PART_IDS, KNEE_PART_KIND, kneePartMeshSettings, kneePartSdf } from './kneeParts.ts';

let cached: Promise<MeshData[]> | null = null;

async function build(): Promise<MeshData[]> {
  const out: MeshData[] = [];
  for (const id of JOINT_IDS) {
    const s = jointMeshSettings(id);
    const left = await meshField(nodeName(id, 'left'), 'joint', jointSdf(id), {
      bounds: { min: s.min, max: s.max },
      edge: s.edge,
      maxTriangles: s.tris,
    });
    out.push(left, mirrorMesh(left, nodeName(id, 'right')));
  }
  for (const id of KNEE_PART_IDS) {
    const s = kneePartMeshSettings(id);
    const left = await meshField(nodeName(id, 'left'), KNEE_PART_KIND[id], kneePartSdf(id), {
      bounds: { min: s.min, max: s.max },
      edge: s.edge,
      maxTriangles: s.tris,
    });
    out.push(left, mirrorMesh(left, nodeName(id, 'right')));
  }
  return out;
}

export function meshJoints(): Promise<MeshData[]> {
  cached ??= build();
  return cached;
}

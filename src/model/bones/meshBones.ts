/**
 * Meshes every bone and disc once per run (cached): left/midline from the fields, right side by
 * mirroring. Triangle budgets per bone keep bones + discs + joints within 65k triangles.
 */
import type { MeshData } from '../types.ts';
import { nodeName } from '../../content/ids.ts';
import { meshField } from '../kernel/meshField.ts';
import { mirrorMesh } from '../kernel/mesh.ts';
import { DISC_LEVELS } from '../landmarks.ts';
import { BONE_IDS, PAIRED_BONES, boneBounds, boneSdf, type BoneId } from './index.ts';
import { DISC_IDS, discSdf } from './discs.ts';

/** Grid edge (m) and triangle budget per bone (per side for paired bones). */
export const BONE_MESH_SETTINGS: Record<BoneId, { edge: number; tris: number }> = {
  hip_bone: { edge: 0.0022, tris: 6000 },
  femur: { edge: 0.0025, tris: 4000 },
  patella: { edge: 0.002, tris: 500 },
  tibia: { edge: 0.0025, tris: 2600 },
  fibula: { edge: 0.002, tris: 1000 },
  talus: { edge: 0.0015, tris: 800 },
  // 1,200: at 900 its peroneal trochlea (tarsus.ts) showed as a faceted lozenge
  calcaneus: { edge: 0.0016, tris: 1200 },
  tarsal_bones: { edge: 0.0013, tris: 1400 },
  metatarsals: { edge: 0.0012, tris: 1500 },
  phalanges_of_foot: { edge: 0.001, tris: 1250 },
  sacrum: { edge: 0.002, tris: 3500 },
  coccyx: { edge: 0.0015, tris: 400 },
  l1_vertebra: { edge: 0.0016, tris: 1050 },
  l2_vertebra: { edge: 0.0016, tris: 1050 },
  l3_vertebra: { edge: 0.0016, tris: 1050 },
  l4_vertebra: { edge: 0.0016, tris: 1050 },
  l5_vertebra: { edge: 0.0016, tris: 1050 },
};
export const DISC_TRIANGLES = 260;

let cached: Promise<MeshData[]> | null = null;

async function meshLeftBone(id: BoneId): Promise<MeshData> {
  const s = BONE_MESH_SETTINGS[id];
  const paired = PAIRED_BONES.includes(id);
  const name = paired ? nodeName(id, 'left') : nodeName(id, null);
  return meshField(name, 'bone', boneSdf(id), {
    bounds: boneBounds(id),
    edge: s.edge,
    maxTriangles: s.tris,
  });
}

async function build(): Promise<MeshData[]> {
  const out: MeshData[] = [];
  for (const id of BONE_IDS) {
    const left = await meshLeftBone(id);
    out.push(left);
    if (PAIRED_BONES.includes(id)) out.push(mirrorMesh(left, nodeName(id, 'right')));
  }
  for (let i = 0; i < DISC_IDS.length; i++) {
    const id = DISC_IDS[i] as (typeof DISC_IDS)[number];
    const c = DISC_LEVELS[i]?.centre ?? [0, 1, 0];
    out.push(
      await meshField(nodeName(id, null), 'disc', discSdf(i), {
        bounds: { min: [-0.04, c[1] - 0.025, c[2] - 0.035], max: [0.04, c[1] + 0.025, c[2] + 0.035] },
        edge: 0.0015,
        maxTriangles: DISC_TRIANGLES,
      }),
    );
  }
  return out;
}

/** All bone and disc meshes (both sides), meshed once per process. */
export function meshBones(): Promise<MeshData[]> {
  cached ??= build();
  return cached;
}

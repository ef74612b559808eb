/**
 * The whole lower-body model as a list of named meshes: bones and discs, joints and bursae, the pelvic
 * ligaments (./joints), then the soft tissue (./soft). Pure and deterministic; meshing results are cached per run.
 */
import type { MeshData } from './types.ts';
import { meshBones } from './bones/meshBones.ts';
import { meshJoints } from './joints/meshJoints.ts';
import { meshLigaments } from './joints/meshLigaments.ts';
import { buildSoftTissue } from './soft/index.ts';
import { withOcclusion } from './occlusion.ts';

/** Skeleton, discs and joints only (used by tests and the bones-only preview). */
export async function buildSkeleton(): Promise<MeshData[]> {
  return [...(await meshBones()), ...(await meshJoints())];
}

export async function buildModel(): Promise<MeshData[]> {
  return withOcclusion([
    ...(await buildSkeleton()),
    ...(await meshLigaments()),
    ...(await buildSoftTissue()),
  ]);
}

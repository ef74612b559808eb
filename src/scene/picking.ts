import type * as THREE from 'three';
import type { ModelIndex, IndexedMesh } from './modelIndex';

/**
 * The front-most structure (or, in "where does it hurt?", region) among ray hits sorted near to far.
 * Meshes count by `userData.pickable` (set by applyLooks), not by visibility: a structure drawn by its kind's
 * batch has its own mesh hidden but is still there to tap. The translucent skin is never picked.
 */
export function pickFrontMost(
  hits: readonly { object: THREE.Object3D }[],
  index: ModelIndex,
  wantRegions: boolean,
): IndexedMesh | null {
  for (const { object } of hits) {
    const entry = index.byName.get(object.name);
    if (!entry || entry.mesh !== object || entry.mesh.userData.pickable !== true) continue;
    if (entry.kind === 'skin') continue;
    if ((entry.kind === 'region') !== wantRegions) continue;
    return entry;
  }
  return null;
}

/** A tap is a press and release close together with one pointer; drags and pinches are not taps. */
export const TAP_SLOP_PX = 8;

/** Radii (CSS px) of the rings of extra rays a tap tries when its exact point selects nothing. */
export const TAP_RINGS_PX = [0, 12, 24] as const;

import type * as THREE from 'three';
import type { ModelIndex, IndexedMesh } from './modelIndex';

function shown(object: THREE.Object3D | null): boolean {
  for (let o = object; o; o = o.parent) if (!o.visible) return false;
  return true;
}

/**
 * The front-most structure (or, in "where does it hurt?", region) among ray hits sorted near to far.
 * The translucent skin is never picked: it would hide everything beneath it.
 */
export function pickFrontMost(
  hits: readonly { object: THREE.Object3D }[],
  index: ModelIndex,
  wantRegions: boolean,
): IndexedMesh | null {
  for (const { object } of hits) {
    const entry = index.byName.get(object.name);
    if (!entry || entry.mesh !== object || !shown(object)) continue;
    if (entry.kind === 'skin') continue;
    if ((entry.kind === 'region') !== wantRegions) continue;
    return entry;
  }
  return null;
}

/** A tap is a press and release close together with one pointer; drags and pinches are not taps. */
export const TAP_SLOP_PX = 8;

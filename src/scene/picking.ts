import type * as THREE from 'three';
import { CENTER } from 'three-mesh-bvh';
import type { ModelIndex, IndexedMesh } from './modelIndex';

/**
 * A bursa is a thin sac on another structure (the prepatellar bursa on the kneecap): a tap on it gives way to
 * what lies this close behind it (metres), so the deep file's bursae never take a tap from what a patient
 * sees there. Where nothing is behind it (isolated, or layers off), the bursa itself is picked.
 */
export const BURSA_GIVES_WAY = 0.012;

const isBursa = (entry: IndexedMesh) => /_bursa(_[lr])?$/.test(entry.name);

/**
 * The front-most structure (or, in "where does it hurt?", region) among ray hits sorted near to far.
 * Meshes count by `userData.pickable` (set by applyLooks), not by visibility: a structure drawn by its kind's
 * batch has its own mesh hidden but is still there to tap. The translucent skin is never picked; a bursa
 * gives way to what lies just behind it (BURSA_GIVES_WAY).
 */
export function pickFrontMost(
  hits: readonly { object: THREE.Object3D; distance: number }[],
  index: ModelIndex,
  wantRegions: boolean,
): IndexedMesh | null {
  let bursa: { entry: IndexedMesh; distance: number } | null = null;
  for (const { object, distance } of hits) {
    const entry = index.byName.get(object.name);
    if (!entry || entry.mesh !== object || entry.mesh.userData.pickable !== true) continue;
    if (entry.kind === 'skin') continue;
    if ((entry.kind === 'region') !== wantRegions) continue;
    if (bursa && distance - bursa.distance > BURSA_GIVES_WAY) return bursa.entry;
    if (bursa && entry === bursa.entry) continue;
    if (!isBursa(entry)) return entry;
    bursa ??= { entry, distance };
  }
  return bursa?.entry ?? null;
}

/** A tap is a press and release close together with one pointer; drags and pinches are not taps. */
export const TAP_SLOP_PX = 8;

/**
 * How the pick trees (drei's Bvh, three-mesh-bvh) split: at the centre of the longest axis. drei's default,
 * the surface-area heuristic, built trees ~3x slower (~0.2 s of every page's start here) for rays that pick
 * a few times a tap or hover, where either tree answers in well under a millisecond.
 */
export const PICK_TREE_SPLIT = CENTER;

/** Radii (CSS px) of the rings of extra rays a tap tries when its exact point selects nothing. */
export const TAP_RINGS_PX = [0, 12, 24] as const;

import * as THREE from 'three';
import { TISSUE_KINDS, type MeshKind } from '../model/types';
import type { KindBatches } from './kindBatches';

/**
 * While the camera moves on a slow GPU (AdaptiveResolution.tsx) the batches draw a simplified copy of
 * themselves: the same vertices (normals, fibres, occlusion unchanged) and about 40 % of the triangles,
 * none further than a millimetre from the full surface, about a third of a pixel at the moving frame's
 * half resolution. On software GL a moving frame's time is mostly vertex work once its pixels are
 * quartered (bench/README.md, "Orbit"). The simplified triangles follow the full ones in the same index
 * buffer; the draw range picks one or the other, so switching costs nothing.
 *
 * The skin keeps its triangles: its region weights are interpolated across them, and it is small.
 */
const SIMPLIFIED: readonly MeshKind[] = TISSUE_KINDS.filter((kind) => kind !== 'skin');
const TARGET_SHARE = 0.4;
/** Metres: meshoptimizer stops short of the target rather than move the surface further. */
const MAX_ERROR = 0.001;
/** A simplification that keeps most triangles is not worth a second index. */
const WORTH_IT = 0.8;

interface MovingRange {
  readonly start: number;
  readonly count: number;
}

const rangeOf = (geometry: THREE.BufferGeometry) => geometry.userData.movingRange as MovingRange | undefined;

/**
 * Adds the simplified triangles to every batch that lacks them (a batch grown by a later file has a new
 * geometry and gets them again). The simplifier (WebAssembly) loads with this call, after the first frame.
 */
export async function addMovingDetail(batches: KindBatches): Promise<void> {
  const { MeshoptSimplifier } = await import('meshoptimizer/simplifier');
  await MeshoptSimplifier.ready;
  for (const kind of SIMPLIFIED) {
    const geometry = batches.get(kind)?.geometry;
    const index = geometry?.getIndex();
    if (!geometry || !index || rangeOf(geometry)) continue;
    const full = index.array as Uint32Array;
    const positions = geometry.getAttribute('position').array as Float32Array;
    const target = Math.floor((full.length * TARGET_SHARE) / 3) * 3;
    const [light] = MeshoptSimplifier.simplify(full, positions, 3, target, MAX_ERROR, ['ErrorAbsolute']);
    if (light.length > full.length * WORTH_IT) continue;
    const joined = new Uint32Array(full.length + light.length);
    joined.set(full);
    joined.set(light, full.length);
    geometry.setIndex(new THREE.BufferAttribute(joined, 1));
    geometry.userData.movingRange = { start: full.length, count: light.length } satisfies MovingRange;
    // The full triangles until a move asks for the simplified ones (setMovingDetail).
    geometry.setDrawRange(0, full.length);
  }
}

/** The full triangles, or while the camera moves on a slow GPU the simplified ones (where a batch has them). */
export function setMovingDetail(batch: THREE.Mesh, reduced: boolean): void {
  const range = rangeOf(batch.geometry);
  if (!range) return;
  if (reduced) batch.geometry.setDrawRange(range.start, range.count);
  else batch.geometry.setDrawRange(0, range.start);
}

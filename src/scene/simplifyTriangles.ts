import { MeshoptSimplifier } from 'meshoptimizer/simplifier';

/** A batch's triangles, and how far to simplify them. */
export interface Triangles {
  readonly index: Uint32Array;
  readonly positions: Float32Array;
  /** How many indices to aim for. */
  readonly target: number;
  /** Metres: meshoptimizer stops short of the target rather than move the surface further. */
  readonly maxError: number;
}

/** The simplified triangles over the same vertices: what the worker and the page both run (movingDetail.ts). */
export async function simplifyTriangles({
  index,
  positions,
  target,
  maxError,
}: Triangles): Promise<Uint32Array> {
  await MeshoptSimplifier.ready;
  return MeshoptSimplifier.simplify(index, positions, 3, target, maxError, ['ErrorAbsolute'])[0];
}

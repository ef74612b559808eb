/** Re-exports used by several bone files, plus mirroring of helper points. */
import type { Vec3 } from '../types.ts';
export { frameYZ, norm, sub, add, scale } from '../sdf/math.ts';
export const mirrorXv = (v: Vec3): Vec3 => [-v[0], v[1], v[2]];

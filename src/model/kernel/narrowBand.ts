/**
 * Speeds up meshing of an expensive field: sample it on a coarse grid first; where a coarse sample
 * is far from the surface (relative to its distance from the query point), return a conservative
 * value of the same sign instead of evaluating the field. Valid for fields that are (about)
 * 1-Lipschitz, as distance fields are; the LIP factor leaves room for approximate primitives.
 * Only grid edges that cross the surface matter to the mesher, and those are always exact.
 */
import type { Sdf, Vec3 } from '../types.ts';

const LIP = 1.3;

export function narrowBand(sdf: Sdf, bounds: { min: Vec3; max: Vec3 }, coarse: number, margin: number): Sdf {
  const [x0, y0, z0] = bounds.min;
  const nx = Math.ceil((bounds.max[0] - x0) / coarse) + 2;
  const ny = Math.ceil((bounds.max[1] - y0) / coarse) + 2;
  const nz = Math.ceil((bounds.max[2] - z0) / coarse) + 2;
  const grid = new Float64Array(nx * ny * nz);
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++)
        grid[(k * ny + j) * nx + i] = sdf(x0 + i * coarse, y0 + j * coarse, z0 + k * coarse);
  return (x, y, z) => {
    const i = Math.min(nx - 1, Math.max(0, Math.round((x - x0) / coarse)));
    const j = Math.min(ny - 1, Math.max(0, Math.round((y - y0) / coarse)));
    const k = Math.min(nz - 1, Math.max(0, Math.round((z - z0) / coarse)));
    const fq = grid[(k * ny + j) * nx + i] as number;
    const dq = Math.hypot(x - (x0 + i * coarse), y - (y0 + j * coarse), z - (z0 + k * coarse));
    const slack = Math.abs(fq) - LIP * dq;
    if (slack > margin) return fq > 0 ? slack : -slack;
    return sdf(x, y, z);
  };
}

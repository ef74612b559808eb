/**
 * Approximate signed distance fields of lofted soft bodies, so later muscles can be pushed out of earlier
 * ones. Not exact distances: good near the surface, which is all push-out needs.
 */
import type { Sdf, Vec3 } from '../types';
import type { PathFrame } from '../kernel/pathFrames.ts';
import { dist } from '../kernel/vec.ts';

/** Field of an elliptical loft: nearest ring whose slab (half the spacing either side) holds the point. */
export function ellipseLoftSdf(
  path: readonly Vec3[],
  frames: readonly PathFrame[],
  sizes: readonly { width: number; thickness: number }[],
): Sdf {
  const half: number[] = path.map((_, i) => {
    const a = path[Math.max(0, i - 1)]!;
    const b = path[Math.min(path.length - 1, i + 1)]!;
    return dist(a, b) / (i === 0 || i === path.length - 1 ? 1 : 2);
  });
  return (x, y, z) => {
    let best = Infinity;
    for (let i = 0; i < path.length; i++) {
      const c = path[i]!;
      const f = frames[i]!;
      const dx = x - c[0];
      const dy = y - c[1];
      const dz = z - c[2];
      const along = dx * f.t[0] + dy * f.t[1] + dz * f.t[2];
      if (Math.abs(along) > half[i]! * 0.75) continue;
      const a = sizes[i]!.width / 2;
      const b = sizes[i]!.thickness / 2;
      const u = (dx * f.n[0] + dy * f.n[1] + dz * f.n[2]) / a;
      const v = (dx * f.b[0] + dy * f.b[1] + dz * f.b[2]) / b;
      const k = Math.hypot(u, v);
      const d = (k - 1) * Math.min(a, b);
      if (d < best) best = d;
    }
    return best === Infinity ? 1 : best;
  };
}

/** Field of a lofted sheet, from its rings: distance to the ring's mid-line minus the local half thickness. */
export function ringsSdf(rings: readonly (readonly Vec3[])[]): Sdf {
  // Each ring is a closed polygon; pair vertex k with its opposite (m - k) to get the mid-line and thickness.
  const mids: { c: Vec3; r: number }[] = [];
  for (const ring of rings) {
    const m = ring.length;
    for (let k = 1; k < m / 2; k++) {
      const a = ring[k]!;
      const b = ring[m - k]!;
      mids.push({ c: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2], r: dist(a, b) / 2 });
    }
  }
  return (x, y, z) => {
    let best = Infinity;
    for (const s of mids) {
      const d = Math.hypot(x - s.c[0], y - s.c[1], z - s.c[2]) - s.r;
      if (d < best) best = d;
    }
    return best;
  };
}

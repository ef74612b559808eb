/**
 * Approximate signed distance fields of lofted soft bodies, so later muscles can be pushed out of earlier
 * ones. Not exact distances: good near the surface, which is all push-out needs.
 */
import type { RawMesh, Sdf, Vec3 } from '../types';
import type { PathFrame } from '../kernel/pathFrames.ts';
import { dist } from '../kernel/vec.ts';
import { buildBvh } from '../kernel/bvh.ts';
import { badEdgeCount } from '../kernel/mesh.ts';

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

/**
 * Exact signed distance to a closed triangle mesh (a limb muscle's loft): the nearest triangle gives the
 * distance, the winding number the sign. Limb muscles are deep radially and narrow round the limb, and
 * `ringsSdf`'s spheres (one per pair of vertices across a ring) bulged ~1 cm past their sides, so a muscle
 * laid beside one (gluteus maximus between biceps femoris and vastus lateralis) was pushed out of empty space.
 * Both are found through a BVH; the winding number is counted along a ray, and where the ray grazes an edge
 * (or the mesh is not closed) summed from every triangle's solid angle, which the count equals elsewhere.
 */
export function meshSdf(mesh: RawMesh): Sdf {
  const bvh = buildBvh([mesh]);
  const closed = badEdgeCount(mesh) === 0;
  const inside = (x: number, y: number, z: number): boolean => {
    const counted = closed ? bvh.windingAlongX(x, y, z) : null;
    if (counted !== null) return counted !== 0;
    // the solid angles sum to 2π·(winding number) over the halved atan2
    return Math.abs(halfSolidAngles(bvh.triangles, x, y, z)) > Math.PI;
  };
  return (x, y, z) => {
    // far from the whole mesh: the distance to its box is a lower bound, enough for push-outs
    const far = bvh.boundsDistance(x, y, z);
    if (far > 0.01) return far;
    const best = bvh.distance(x, y, z);
    return inside(x, y, z) ? -best : best;
  };
}

/** Half the solid angles the triangles subtend at the point, summed (Van Oosterom & Strackee 1983). */
export function halfSolidAngles(tri: Float64Array, x: number, y: number, z: number): number {
  let sum = 0;
  for (let o = 0; o < tri.length; o += 9) {
    const ax = tri[o]! - x;
    const ay = tri[o + 1]! - y;
    const az = tri[o + 2]! - z;
    const bx = tri[o + 3]! - x;
    const by = tri[o + 4]! - y;
    const bz = tri[o + 5]! - z;
    const cx = tri[o + 6]! - x;
    const cy = tri[o + 7]! - y;
    const cz = tri[o + 8]! - z;
    const la = Math.hypot(ax, ay, az);
    const lb = Math.hypot(bx, by, bz);
    const lc = Math.hypot(cx, cy, cz);
    const det = ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
    const den =
      la * lb * lc +
      (ax * bx + ay * by + az * bz) * lc +
      (bx * cx + by * cy + bz * cz) * la +
      (cx * ax + cy * ay + cz * az) * lb;
    sum += Math.atan2(det, den);
  }
  return sum;
}

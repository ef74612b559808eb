/**
 * A bounding volume hierarchy over triangles: the nearest hit of short rays (the baked ambient occlusion,
 * occlusion.ts), and a point's distance and winding number (a muscle's signed distance field, meshSdf).
 * Median split on the longest axis of the centroids, four triangles a leaf: deterministic, and quick enough
 * for tens of thousands of vertices × a few dozen rays at build time.
 */
import type { RawMesh } from '../types.ts';
import { closestBarycentric } from './sdf.ts';

const LEAF = 4;

export interface TriangleBvh {
  /** Distance along the unit direction d from o to the nearest triangle within (tMin, tMax), or Infinity. */
  nearest(
    ox: number,
    oy: number,
    oz: number,
    dx: number,
    dy: number,
    dz: number,
    tMin: number,
    tMax: number,
  ): number;
  /** The triangles' corners, nine numbers a triangle, in the meshes' order. */
  readonly triangles: Float64Array;
  /** Distance from the point to the box round every triangle (0 inside it): a lower bound of `distance`. */
  boundsDistance(x: number, y: number, z: number): number;
  /** Distance from the point to the nearest triangle. */
  distance(x: number, y: number, z: number): number;
  /**
   * How many times a closed mesh winds round the point, from the faces a ray towards +x crosses (each
   * counted ±1 by the side it faces), or null where the ray grazes an edge or the point lies on a face:
   * there the count is not to be trusted, and the caller sums solid angles instead.
   */
  windingAlongX(x: number, y: number, z: number): number | null;
}

/** Closer to an edge than this (in y-z, m²: an edge's length × the distance to it) a crossing is unsure. */
const GRAZE = 1e-15;
/** Closer to a face than this along the ray (m), the point is taken as on it. */
const ON_FACE = 1e-12;

export function buildBvh(meshes: readonly RawMesh[]): TriangleBvh {
  const count = meshes.reduce((s, m) => s + m.indices.length / 3, 0);
  const tri = new Float64Array(count * 9);
  let t = 0;
  for (const m of meshes) {
    for (let i = 0; i < m.indices.length; i++) {
      const v = m.indices[i]! * 3;
      tri[t++] = m.positions[v]!;
      tri[t++] = m.positions[v + 1]!;
      tri[t++] = m.positions[v + 2]!;
    }
  }
  const centroid = (k: number, axis: number): number =>
    (tri[9 * k + axis]! + tri[9 * k + 3 + axis]! + tri[9 * k + 6 + axis]!) / 3;
  const order = Array.from({ length: count }, (_, k) => k);
  // nodes: bounds (6 each), then first triangle (in `order`) and count (0: inner node, children at i+1 and `first`)
  const bounds: number[] = [];
  const first: number[] = [];
  const size: number[] = [];

  const build = (lo: number, hi: number): number => {
    const node = first.length;
    first.push(0);
    size.push(0);
    const b = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
    const c = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
    for (let i = lo; i < hi; i++) {
      const k = order[i]!;
      for (let a = 0; a < 3; a++) {
        for (let v = 0; v < 3; v++) {
          const x = tri[9 * k + 3 * v + a]!;
          if (x < b[a]!) b[a] = x;
          if (x > b[a + 3]!) b[a + 3] = x;
        }
        const x = centroid(k, a);
        if (x < c[a]!) c[a] = x;
        if (x > c[a + 3]!) c[a + 3] = x;
      }
    }
    bounds.push(...b);
    if (hi - lo <= LEAF) {
      first[node] = lo;
      size[node] = hi - lo;
      return node;
    }
    const ext = [c[3]! - c[0]!, c[4]! - c[1]!, c[5]! - c[2]!];
    const axis = ext[0]! >= ext[1]! && ext[0]! >= ext[2]! ? 0 : ext[1]! >= ext[2]! ? 1 : 2;
    const part = order.slice(lo, hi).sort((p, q) => centroid(p, axis) - centroid(q, axis) || p - q);
    for (let i = lo; i < hi; i++) order[i] = part[i - lo]!;
    const mid = (lo + hi) >> 1;
    build(lo, mid);
    first[node] = build(mid, hi);
    return node;
  };
  build(0, count);
  const box = Float64Array.from(bounds);
  const stack = new Int32Array(64);
  const boxDistance = (o: number, x: number, y: number, z: number): number =>
    Math.hypot(
      Math.max(box[o]! - x, 0, x - box[o + 3]!),
      Math.max(box[o + 1]! - y, 0, y - box[o + 4]!),
      Math.max(box[o + 2]! - z, 0, z - box[o + 5]!),
    );

  return {
    triangles: tri,

    boundsDistance: (x, y, z) => boxDistance(0, x, y, z),

    nearest(ox, oy, oz, dx, dy, dz, tMin, tMax) {
      const ix = 1 / dx;
      const iy = 1 / dy;
      const iz = 1 / dz;
      let best = tMax;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const node = stack[--top]!;
        const o = node * 6;
        let t0x = (box[o]! - ox) * ix;
        let t1x = (box[o + 3]! - ox) * ix;
        if (t0x > t1x) [t0x, t1x] = [t1x, t0x];
        let t0y = (box[o + 1]! - oy) * iy;
        let t1y = (box[o + 4]! - oy) * iy;
        if (t0y > t1y) [t0y, t1y] = [t1y, t0y];
        let t0z = (box[o + 2]! - oz) * iz;
        let t1z = (box[o + 5]! - oz) * iz;
        if (t0z > t1z) [t0z, t1z] = [t1z, t0z];
        const enter = Math.max(t0x, t0y, t0z, 0);
        const exit = Math.min(t1x, t1y, t1z, best);
        if (enter > exit) continue;
        const n = size[node]!;
        if (n === 0) {
          stack[top++] = first[node]!;
          stack[top++] = node + 1;
          continue;
        }
        for (let i = first[node]!; i < first[node]! + n; i++) {
          const h = hit(tri, order[i]!, ox, oy, oz, dx, dy, dz);
          if (h > tMin && h < best) best = h;
        }
      }
      return best < tMax ? best : Infinity;
    },

    distance(x, y, z) {
      let best = Infinity;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const node = stack[--top]!;
        if (boxDistance(node * 6, x, y, z) >= best) continue;
        const n = size[node]!;
        if (n === 0) {
          // the nearer child is searched first, so the farther one is often pruned
          const near = node + 1;
          const far = first[node]!;
          const nearFirst = boxDistance(near * 6, x, y, z) <= boxDistance(far * 6, x, y, z);
          stack[top++] = nearFirst ? far : near;
          stack[top++] = nearFirst ? near : far;
          continue;
        }
        for (let i = first[node]!; i < first[node]! + n; i++)
          best = Math.min(best, triangleDistance(tri, 9 * order[i]!, x, y, z));
      }
      return best;
    },

    windingAlongX(x, y, z) {
      let winding = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const node = stack[--top]!;
        const o = node * 6;
        if (box[o + 3]! < x || y < box[o + 1]! || y > box[o + 4]! || z < box[o + 2]! || z > box[o + 5]!)
          continue;
        const n = size[node]!;
        if (n === 0) {
          stack[top++] = first[node]!;
          stack[top++] = node + 1;
          continue;
        }
        for (let i = first[node]!; i < first[node]! + n; i++) {
          const crossing = crossingAlongX(tri, 9 * order[i]!, x, y, z);
          if (crossing === null) return null;
          winding += crossing;
        }
      }
      return winding;
    },
  };
}

/**
 * Whether the ray from (x, y, z) towards +x crosses triangle `a` of a flat array: ±1 by the side the face
 * turns to the ray, 0 where it misses, null where it grazes an edge or starts on the face.
 */
function crossingAlongX(tri: Float64Array, a: number, x: number, y: number, z: number): number | null {
  const ay = tri[a + 1]! - y;
  const az = tri[a + 2]! - z;
  const by = tri[a + 4]! - y;
  const bz = tri[a + 5]! - z;
  const cy = tri[a + 7]! - y;
  const cz = tri[a + 8]! - z;
  // twice the areas, in the y-z plane, of the triangles the point makes with each edge
  const eA = by * cz - bz * cy;
  const eB = cy * az - cz * ay;
  const eC = ay * bz - az * by;
  const area = eA + eB + eC;
  if (area === 0) return 0; // edge-on to the ray: its neighbours' edges decide
  if (Math.abs(eA) < GRAZE || Math.abs(eB) < GRAZE || Math.abs(eC) < GRAZE) {
    // on an edge's line: unsure only where that is also within the triangle's extent
    const lo = (u: number, v: number, w: number) => Math.min(u, v, w) <= 0;
    const hi = (u: number, v: number, w: number) => Math.max(u, v, w) >= 0;
    if (lo(ay, by, cy) && hi(ay, by, cy) && lo(az, bz, cz) && hi(az, bz, cz)) return null;
    return 0;
  }
  if (eA > 0 !== eB > 0 || eB > 0 !== eC > 0) return 0;
  const hitX = (eA * tri[a]! + eB * tri[a + 3]! + eC * tri[a + 6]!) / area;
  if (Math.abs(hitX - x) < ON_FACE) return null;
  if (hitX < x) return 0;
  return area > 0 ? 1 : -1;
}

/** Distance from a point to triangle `o` of a flat array (closest point after Ericson 2005, 5.1.5). */
export function triangleDistance(tri: Float64Array, o: number, px: number, py: number, pz: number): number {
  const ax = tri[o]!;
  const ay = tri[o + 1]!;
  const az = tri[o + 2]!;
  const ab: [number, number, number] = [tri[o + 3]! - ax, tri[o + 4]! - ay, tri[o + 5]! - az];
  const ac: [number, number, number] = [tri[o + 6]! - ax, tri[o + 7]! - ay, tri[o + 8]! - az];
  const ap: [number, number, number] = [px - ax, py - ay, pz - az];
  const [v, w] = closestBarycentric(ab, ac, ap);
  return Math.hypot(
    px - (ax + ab[0] * v + ac[0] * w),
    py - (ay + ab[1] * v + ac[1] * w),
    pz - (az + ab[2] * v + ac[2] * w),
  );
}

/** Möller–Trumbore: the ray's distance to triangle k (either face), or Infinity. */
function hit(
  tri: Float64Array,
  k: number,
  ox: number,
  oy: number,
  oz: number,
  dx: number,
  dy: number,
  dz: number,
): number {
  const a = 9 * k;
  const ax = tri[a]!;
  const ay = tri[a + 1]!;
  const az = tri[a + 2]!;
  const e1x = tri[a + 3]! - ax;
  const e1y = tri[a + 4]! - ay;
  const e1z = tri[a + 5]! - az;
  const e2x = tri[a + 6]! - ax;
  const e2y = tri[a + 7]! - ay;
  const e2z = tri[a + 8]! - az;
  const px = dy * e2z - dz * e2y;
  const py = dz * e2x - dx * e2z;
  const pz = dx * e2y - dy * e2x;
  const det = e1x * px + e1y * py + e1z * pz;
  if (Math.abs(det) < 1e-14) return Infinity;
  const inv = 1 / det;
  const sx = ox - ax;
  const sy = oy - ay;
  const sz = oz - az;
  const u = (sx * px + sy * py + sz * pz) * inv;
  if (u < 0 || u > 1) return Infinity;
  const qx = sy * e1z - sz * e1y;
  const qy = sz * e1x - sx * e1z;
  const qz = sx * e1y - sy * e1x;
  const v = (dx * qx + dy * qy + dz * qz) * inv;
  if (v < 0 || u + v > 1) return Infinity;
  return (e2x * qx + e2y * qy + e2z * qz) * inv;
}

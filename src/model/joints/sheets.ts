/**
 * Helpers for ligaments and bursae drawn as thin sheets and shells (left side): a sheet through a grid of
 * points, points laid onto a bone's surface along a ray, and a shell that follows a surface inside a
 * footprint.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { add, normalize, scale, sub } from '../kernel/vec.ts';
import { closestBarycentric, gradient, smax, thickTriangle, union } from '../kernel/sdf.ts';

/**
 * A sheet through a grid of points (rows of equally many columns), half thickness t: thick triangles over
 * each cell, joined with a hard minimum (a smooth one would thicken every seam). With t a function of the
 * grid point (row i, column j), the half thickness varies over the sheet, blended across each triangle.
 */
export function gridSheet(
  grid: readonly (readonly Vec3[])[],
  t: number | ((i: number, j: number) => number),
): Sdf {
  const parts: Sdf[] = [];
  const at = typeof t === 'number' ? () => t : t;
  for (let i = 0; i + 1 < grid.length; i++) {
    const a = grid[i] as readonly Vec3[];
    const b = grid[i + 1] as readonly Vec3[];
    for (let j = 0; j + 1 < a.length; j++) {
      const [a0, a1, b0, b1] = [a[j] as Vec3, a[j + 1] as Vec3, b[j] as Vec3, b[j + 1] as Vec3];
      if (typeof t === 'number') {
        parts.push(thickTriangle(a0, a1, b0, t), thickTriangle(a1, b1, b0, t));
        continue;
      }
      const [ta0, ta1, tb0, tb1] = [at(i, j), at(i, j + 1), at(i + 1, j), at(i + 1, j + 1)];
      parts.push(taperedTriangle(a0, a1, b0, ta0, ta1, tb0), taperedTriangle(a1, b1, b0, ta1, tb1, tb0));
    }
  }
  return union(parts, 0);
}

/**
 * Triangle a-b-c thickened by a half thickness blended from its corners' (ta, tb, tc) at the nearest point
 * of the triangle (barycentric, after Ericson's closest-point test). Not an exact distance: where the
 * thickness changes it can overstate it a little, so it is scaled by 0.8 (the mesher's narrow band must never
 * be told a surface is further than it is).
 */
export function taperedTriangle(a: Vec3, b: Vec3, c: Vec3, ta: number, tb: number, tc: number): Sdf {
  const ab = sub(b, a);
  const ac = sub(c, a);
  return (x, y, z) => {
    const ap: Vec3 = [x - a[0], y - a[1], z - a[2]];
    const [v, w] = closestBarycentric(ab, ac, ap);
    const u = 1 - v - w;
    const q: Vec3 = [
      a[0] + ab[0] * v + ac[0] * w,
      a[1] + ab[1] * v + ac[1] * w,
      a[2] + ab[2] * v + ac[2] * w,
    ];
    return 0.8 * (Math.hypot(x - q[0], y - q[1], z - q[2]) - (u * ta + v * tb + w * tc));
  };
}

/** Rows × cols points bilinear between four corners (row 0 from a0 to a1, last row from b0 to b1). */
export function cornerGrid(a0: Vec3, a1: Vec3, b0: Vec3, b1: Vec3, rows: number, cols: number): Vec3[][] {
  const out: Vec3[][] = [];
  for (let i = 0; i < rows; i++) {
    const u = i / (rows - 1);
    const row: Vec3[] = [];
    for (let j = 0; j < cols; j++) {
      const v = j / (cols - 1);
      const p = (k: 0 | 1 | 2): number =>
        (1 - u) * ((1 - v) * a0[k] + v * a1[k]) + u * ((1 - v) * b0[k] + v * b1[k]);
      row.push([p(0), p(1), p(2)]);
    }
    out.push(row);
  }
  return out;
}

/**
 * The point where a ray along `dir` through p (started 12 cm before it) first comes within `offset` of the
 * surface of `sdf` (sphere tracing; 30 cm at most); p itself when the ray misses.
 */
export function drape(sdf: Sdf, p: Vec3, dir: Vec3, offset: number): Vec3 {
  const d = normalize(dir);
  let q = add(p, scale(d, -0.12));
  for (let k = 0; k < 1000; k++) {
    const s = sdf(q[0], q[1], q[2]) - offset;
    if (s < 0.0002) return q;
    q = add(q, scale(d, Math.max(s * 0.8, 0.0003)));
  }
  return p;
}

/** A shell of half thickness t at `offset` outside a surface, kept within a footprint field. */
export function shellOn(surface: Sdf, offset: number, t: number, footprint: Sdf): Sdf {
  return (x, y, z) => smax(Math.abs(surface(x, y, z) - offset) - t, footprint(x, y, z), 0.002);
}

/** Unit gradient of a field at p (the outward normal of its surface there), on a 0.3 mm step. */
export const surfaceNormal = (f: Sdf, p: Vec3): Vec3 => gradient(f, p[0], p[1], p[2], 0.0003);

/** Normals along a band's path after two passes of a three-point average, so the band turns smoothly. */
export function smoothNormals(raw: readonly Vec3[]): Vec3[] {
  let n = [...raw];
  for (let pass = 0; pass < 2; pass++)
    n = n.map((v, i) =>
      normalize(add(add(n[Math.max(0, i - 1)] as Vec3, v), n[Math.min(n.length - 1, i + 1)] as Vec3)),
    );
  return n;
}

/**
 * Helpers for ligaments and bursae drawn as thin sheets and shells (left side): a sheet through a grid of
 * points, points laid onto a bone's surface along a ray, and a shell that follows a surface inside a
 * footprint.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { add, normalize, scale } from '../kernel/vec.ts';
import { smax, thickTriangle, union } from '../kernel/sdf.ts';

/**
 * A sheet through a grid of points (rows of equally many columns), half thickness t: thick triangles over
 * each cell, joined with a hard minimum (a smooth one would thicken every seam).
 */
export function gridSheet(grid: readonly (readonly Vec3[])[], t: number): Sdf {
  const parts: Sdf[] = [];
  for (let i = 0; i + 1 < grid.length; i++) {
    const a = grid[i] as readonly Vec3[];
    const b = grid[i + 1] as readonly Vec3[];
    for (let j = 0; j + 1 < a.length; j++) {
      parts.push(thickTriangle(a[j] as Vec3, a[j + 1] as Vec3, b[j] as Vec3, t));
      parts.push(thickTriangle(a[j + 1] as Vec3, b[j + 1] as Vec3, b[j] as Vec3, t));
    }
  }
  return union(parts, 0);
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

/** Unit gradient of a field at p (the outward normal of its surface there). */
export function surfaceNormal(f: Sdf, p: Vec3): Vec3 {
  const h = 0.0003;
  return normalize([
    f(p[0] + h, p[1], p[2]) - f(p[0] - h, p[1], p[2]),
    f(p[0], p[1] + h, p[2]) - f(p[0], p[1] - h, p[2]),
    f(p[0], p[1], p[2] + h) - f(p[0], p[1], p[2] - h),
  ]);
}

/** Normals along a band's path after two passes of a three-point average, so the band turns smoothly. */
export function smoothNormals(raw: readonly Vec3[]): Vec3[] {
  let n = [...raw];
  for (let pass = 0; pass < 2; pass++)
    n = n.map((v, i) =>
      normalize(add(add(n[Math.max(0, i - 1)] as Vec3, v), n[Math.min(n.length - 1, i + 1)] as Vec3)),
    );
  return n;
}

/**
 * Girths measured like a tape: the plane y = h cuts the mesh; the convex hull of the cut (on the chosen side
 * of the midline) is what a tape round the limb or the hips would follow.
 */
import type { RawMesh } from '../types.ts';

/** Points where the plane y = h crosses the mesh's edges, as [x, z]. */
export function sectionPoints(m: RawMesh, h: number): [number, number][] {
  const p = m.positions;
  const out: [number, number][] = [];
  for (let t = 0; t < m.indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = 3 * m.indices[t + e]!;
      const b = 3 * m.indices[t + ((e + 1) % 3)]!;
      const ya = p[a + 1]! - h;
      const yb = p[b + 1]! - h;
      if (ya < 0 === yb < 0) continue;
      const s = ya / (ya - yb);
      out.push([p[a]! + (p[b]! - p[a]!) * s, p[a + 2]! + (p[b + 2]! - p[a + 2]!) * s]);
    }
  }
  return out;
}

/** Perimeter of the convex hull of 2D points (Andrew's monotone chain). */
export function hullPerimeter(points: readonly [number, number][]): number {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return 0;
  const cross = (o: [number, number], a: [number, number], b: [number, number]): number =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const q of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0)
      lower.pop();
    lower.push(q);
  }
  const upper: [number, number][] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const q = pts[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0)
      upper.pop();
    upper.push(q);
  }
  const hull = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  let per = 0;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    per += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return per;
}

/** Tape girth of the left limb (x > 0) or of the whole body (both sides) at height h. */
export function girth(m: RawMesh, h: number, side: 'left' | 'both'): number {
  const pts = sectionPoints(m, h);
  return hullPerimeter(side === 'left' ? pts.filter((q) => q[0] > 0) : pts);
}

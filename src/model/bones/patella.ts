/**
 * Left patella: a rounded triangle, base up and apex down, ~4.5 cm wide and tall and ~2.2 cm thick
 * (Gray's Anatomy 42nd ed.; Iranpour et al. 2008: width 44.8 mm, thickness 22.4 mm). The base is broad
 * (its superolateral and superomedial angles rounded) and the lateral and medial borders converge on the
 * pointed apex below, as the atlases draw it. Seen from the side: convex in front, the articular surface
 * rising to its vertical ridge behind, a rounded rim.
 */
import type { Sdf } from '../types.ts';
import { L } from '../landmarks.ts';
import { frameYZ } from '../kernel/vec.ts';

type P2 = readonly [number, number];

/** Signed distance to a 2D triangle (negative inside). */
function triangle2(a: P2, b: P2, c: P2): (u: number, v: number) => number {
  const edges: [P2, P2][] = [
    [a, b],
    [b, c],
    [c, a],
  ];
  const orient = Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  return (u, v) => {
    let d = Infinity;
    let inside = true;
    for (const [p, q] of edges) {
      const ex = q[0] - p[0];
      const ey = q[1] - p[1];
      const wx = u - p[0];
      const wy = v - p[1];
      const h = Math.min(1, Math.max(0, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
      d = Math.min(d, Math.hypot(wx - ex * h, wy - ey * h));
      if (orient * (ex * wy - ey * wx) < 0) inside = false;
    }
    return inside ? -d : d;
  };
}

export function patellaSdf(): Sdf {
  const c = L('patella_centre');
  const apex = L('patella_apex');
  // outline (before rounding by `round`): base corners ~1.6 cm either side, ~1.4 cm above the centre; apex
  // 4 mm above the apex landmark, so the rounded outline reaches it
  const round = 0.0065;
  const top = 0.0145;
  const outline = triangle2([-0.0165, top], [0.0165, top], [apex[0] - c[0], apex[1] - c[1] + round * 1.6]);
  // the front leans back towards the base (the bone lies on the sloping front of the femoral condyles)
  const lean = 0.1;
  const f = frameYZ([c[0], c[1], c[2]], [0, 1, -lean], [0, 0, 1]);
  // Sagittal profile (Gray's; Iranpour et al. 2008: thickness 22.4 mm): a rounded rim ~7 mm thick; the
  // anterior surface convex, rising ~6.5 mm over the rim; the articular surface behind rising ~9.5 mm to
  // its vertical ridge (slightly medial: the lateral facet is the larger), thickest in the upper half,
  // so the base is thick and the apex thin. Bumps fall to the rim with zero slope: no crease.
  const rim = 0.0035;
  const bump = (u: number, v: number, a: number, b: number, p: number): number =>
    Math.max(0, 1 - (u / a) ** 2 - (v / b) ** 2) ** p;
  return (x, y, z) => {
    const dx = x - f.o[0];
    const dy = y - f.o[1];
    const dz = z - f.o[2];
    const u = dx * f.x[0] + dy * f.x[1] + dz * f.x[2];
    const v = dx * f.y[0] + dy * f.y[1] + dz * f.y[2];
    const w = dx * f.z[0] + dy * f.z[1] + dz * f.z[2];
    const front = rim + 0.0065 * bump(u, v - 0.003, 0.027, 0.03, 1);
    // the lateral facet broader than the medial
    const back = rim + 0.0095 * bump(u + 0.003, v - 0.004, u > -0.003 ? 0.027 : 0.021, 0.028, 1.3);
    const mid = (front - back) / 2;
    const half = (front + back) / 2;
    // rounded extrusion of the outline with the varying half-thickness; its rim a half-round of radius `rim`
    const qx = outline(u, v) - round + rim;
    const qy = Math.abs(w - mid) - half + rim;
    const d = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - rim;
    // the surfaces slope up to ~0.5: scaled so the field does not overestimate the distance
    return d / 1.15;
  };
}

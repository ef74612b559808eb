/**
 * Left patella: a rounded triangle, base up and apex down, ~4.5 cm wide and tall and ~2.2 cm thick
 * (Gray's Anatomy 42nd ed.; Iranpour et al. 2008: width 44.8 mm, thickness 22.4 mm). The base is broad
 * (its superolateral and superomedial angles rounded) and the lateral and medial borders converge on the
 * pointed apex below, as the atlases draw it; front and back are domed, thinnest at the borders.
 */
import type { Sdf } from '../types.ts';
import { L } from '../landmarks.ts';
import { ellipsoid, smin } from '../kernel/sdf.ts';
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
  const dome = ellipsoid(frameYZ([c[0], c[1], c[2]], [0, 1, -lean], [0, 0, 1]), [0.034, 0.034, 0.0112]);
  return (x, y, z) => {
    const flat = outline(x - c[0], y - c[1]) - round;
    // smooth intersection of the outline's prism with the dome (rounded rims, no sharp edge)
    return -smin(-flat, -dome(x, y, z), 0.004);
  };
}

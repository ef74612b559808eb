/** Left patella: a rounded triangle (base up, apex down), ~4.5 x 4.5 x 2.2 cm (Gray's Anatomy 42nd ed.). */
import type { Sdf } from '../types.ts';
import { L } from '../landmarks.ts';
import { frameYZ } from '../kernel/vec.ts';
import { capsule, ellipsoid, smin } from '../kernel/sdf.ts';

export function patellaSdf(): Sdf {
  const c = L('patella_centre');
  const apex = L('patella_apex');
  const body = ellipsoid(
    frameYZ([c[0], c[1] + 0.003, c[2]], [0, 1, -0.1], [0, 0, 1]),
    [0.022, 0.018, 0.0105],
  );
  const tip = capsule([c[0], c[1] - 0.004, c[2]], [apex[0], apex[1] + 0.004, apex[2]], 0.012, 0.004);
  return (x, y, z) => smin(body(x, y, z), tip(x, y, z), 0.01);
}

/** Left fibula: head below the lateral tibial condyle, slender shaft, lateral malleolus (Gray's 42nd ed.). */
import type { Sdf } from '../types.ts';
import { L } from '../landmarks.ts';
import { frameYZ } from '../kernel/vec.ts';
import { capsule, chain, ellipsoid, smin } from '../kernel/sdf.ts';

export function fibulaSdf(): Sdf {
  const h = L('fibular_head');
  const lm = L('lateral_malleolus');
  const head = ellipsoid(frameYZ(h, [0.3, 1, 0], [0, 0, 1]), [0.011, 0.014, 0.011]);
  const apex = capsule(h, [h[0] + 0.002, h[1] + 0.013, h[2] - 0.004], 0.008, 0.004);
  const shaft = chain(
    [
      [h[0] - 0.001, h[1] - 0.012, h[2]],
      [0.118, 0.3, -0.008],
      [0.113, 0.14, -0.01],
      [lm[0] - 0.002, lm[1] + 0.03, lm[2] + 0.001],
    ],
    [0.0075, 0.0068, 0.0065, 0.0085],
  );
  const malleolus = capsule(
    [lm[0] - 0.002, lm[1] + 0.02, lm[2] + 0.001],
    [lm[0] + 0.001, lm[1] - 0.014, lm[2] - 0.003],
    0.0105,
    0.006,
  );
  return (x, y, z) => {
    let d = smin(head(x, y, z), apex(x, y, z), 0.005);
    d = smin(d, shaft(x, y, z), 0.008);
    return smin(d, malleolus(x, y, z), 0.008);
  };
}

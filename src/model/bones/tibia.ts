/**
 * Left tibia: plateau with two shallow condylar seats and the intercondylar eminence, tuberosity,
 * Gerdy's tubercle, a shaft triangular in section (anterior border), medial malleolus
 * (Gray's Anatomy 42nd ed.).
 */
import type { Sdf } from '../types.ts';
import { L } from '../landmarks.ts';
import { WORLD } from '../kernel/vec.ts';
import { capsule, chain, ellipsoid, ellipticSlab, smax, smin } from '../kernel/sdf.ts';

export function tibiaSdf(): Sdf {
  const pc = L('tibial_plateau_centre');
  const mm = L('medial_malleolus');
  const plateau = ellipticSlab(WORLD([pc[0], pc[1] - 0.011, pc[2] - 0.003]), 0.038, 0.026, 0.011, 0.006);
  const seatM = ellipsoid(WORLD([pc[0] - 0.019, pc[1] + 0.006, pc[2] - 0.004]), [0.015, 0.0075, 0.018]);
  const seatL = ellipsoid(WORLD([pc[0] + 0.02, pc[1] + 0.006, pc[2] - 0.006]), [0.014, 0.0072, 0.016]);
  // The medial condyle reaches further back than the lateral (AP ~53 vs ~48 mm, Cheng et al. 2009), which
  // turns the posterior condylar line inward and gives the leg its external torsion against the malleoli.
  const posteromedial = ellipsoid(
    WORLD([pc[0] - 0.019, pc[1] - 0.012, pc[2] - 0.019]),
    [0.015, 0.009, 0.011],
  );
  const metaphysis = capsule(
    [pc[0], pc[1] - 0.02, pc[2] - 0.004],
    [pc[0] - 0.002, pc[1] - 0.075, pc[2] + 0.0],
    0.027,
    0.0145,
  );
  const tub = ellipsoid(WORLD(L('tibial_tuberosity')), [0.011, 0.018, 0.0075]);
  const gerdy = ellipsoid(WORLD(L('gerdys_tubercle')), [0.0065, 0.007, 0.006]);
  const shaft = chain(
    [
      [pc[0] - 0.002, pc[1] - 0.06, pc[2] - 0.002],
      [0.086, 0.27, 0.0],
      [0.084, 0.14, 0.0],
      [0.083, 0.095, 0.001],
    ],
    [0.015, 0.0115, 0.0125, 0.017],
  );
  const anteriorBorder = chain(
    [
      [0.09, 0.43, 0.03],
      [0.087, 0.3, 0.0135],
      [0.084, 0.16, 0.0115],
    ],
    [0.004, 0.0035, 0.004],
  );
  const distal = ellipticSlab(WORLD([0.084, 0.083, 0.001]), 0.021, 0.019, 0.012, 0.006);
  const malleolus = capsule(
    [mm[0] + 0.008, mm[1] + 0.01, mm[2] - 0.001],
    [mm[0] + 0.001, mm[1] - 0.013, mm[2]],
    0.009,
    0.006,
  );
  return (x, y, z) => {
    let d = smax(plateau(x, y, z), -seatM(x, y, z), 0.003);
    d = smax(d, -seatL(x, y, z), 0.003);
    d = smin(d, posteromedial(x, y, z), 0.008);
    d = smin(d, metaphysis(x, y, z), 0.012);
    d = smin(d, tub(x, y, z), 0.014);
    d = smin(d, gerdy(x, y, z), 0.006);
    d = smin(d, shaft(x, y, z), 0.015);
    d = smin(d, anteriorBorder(x, y, z), 0.006);
    d = smin(d, distal(x, y, z), 0.012);
    return smin(d, malleolus(x, y, z), 0.008);
  };
}

/**
 * Left femur as a signed distance field, anchored on landmarks.ts. Shapes after Gray's Anatomy
 * 42nd ed.: head ~4.7 cm diameter, neck-shaft angle ~127 deg with ~12 deg anteversion, flattened
 * neck, greater trochanter with trochanteric fossa, posteromedial lesser trochanter, anteriorly
 * bowed shaft with the linea aspera behind, condyles joined in front by the patellar surface and
 * separated behind by the intercondylar notch.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { L } from '../landmarks.ts';
import { add, dist, frameYZ, lerp, mid, normalize, sub, WORLD } from '../kernel/vec.ts';
import { capsule, chain, ellipsoid, roundBox, smax, smin, sphere } from '../kernel/sdf.ts';

export const FEMORAL_HEAD_RADIUS = 0.0235;

export function femurSdf(): Sdf {
  const hjc = L('femoral_head_centre');
  const base = L('femoral_neck_base');
  const neckDir = normalize(sub(hjc, base));
  const head = sphere(hjc, FEMORAL_HEAD_RADIUS);
  // Neck: an oval taller than it is deep (frame x = supero-inferior extent, z = antero-posterior).
  const neck = ellipsoid(frameYZ(mid(hjc, base), neckDir, [0, 0, 1]), [
    0.0165,
    dist(hjc, base) * 0.62,
    0.0125,
  ]);
  const neckToShaft = capsule(base, [0.136, 0.872, -0.002], 0.018, 0.019);
  // Greater trochanter: a block leaning slightly back, its tip level with the head centre.
  const gt = ellipsoid(frameYZ([0.151, 0.9, -0.01], [0.15, 1, 0], [0, 0, 1]), [0.016, 0.03, 0.021]);
  const gtTip = capsule([0.148, 0.9, -0.012], [0.146, 0.924, -0.016], 0.012, 0.008);
  const fossa = sphere([0.134, 0.91, -0.024], 0.008);
  const lt = L('lesser_trochanter');
  const lesser = capsule([0.128, 0.86, -0.002], [lt[0] - 0.004, lt[1], lt[2] - 0.004], 0.011, 0.007);
  const crest = capsule([0.152, 0.895, -0.026], [lt[0] + 0.004, lt[1] + 0.002, lt[2] - 0.004], 0.006, 0.006);
  const intertrochLine = capsule([0.148, 0.905, 0.008], [0.115, 0.858, 0.008], 0.006, 0.006);
  // Shaft: bowed forward, wider at both metaphyses.
  // The shaft axis between its landmarks, bowed ~8 mm forward and ~3 mm outward in the middle (Gray's).
  const top = L('femoral_shaft_top');
  const bottom = L('femoral_shaft_bottom');
  const shaftPts: Vec3[] = [0, 0.23, 0.53, 0.8, 1].map((t) =>
    add(lerp(top, bottom, t), [0.003 * Math.sin(Math.PI * t), 0, 0.008 * Math.sin(Math.PI * t)]),
  );
  const shaft = chain(shaftPts, [0.018, 0.0145, 0.0135, 0.0145, 0.021]);
  const lineaAspera = chain(
    [
      [0.133, 0.82, -0.011],
      [0.12, 0.7, -0.005],
      [0.108, 0.61, -0.007],
    ],
    [0.0045, 0.005, 0.0045],
  );
  const supracondylarM = capsule([0.106, 0.61, -0.008], [0.068, 0.525, -0.014], 0.0045, 0.006);
  const supracondylarL = capsule([0.108, 0.61, -0.008], [0.116, 0.53, -0.012], 0.0045, 0.006);
  // Condyles and the anterior (patellar) block.
  const medCond = ellipsoid(frameYZ([0.066, 0.499, -0.005], [0.15, 1, 0], [0, 0, 1]), [0.015, 0.023, 0.03]);
  const latCond = ellipsoid(frameYZ([0.111, 0.5, -0.003], [0, 1, 0], [0, 0, 1]), [0.016, 0.022, 0.029]);
  const block = roundBox(WORLD([0.089, 0.516, 0.01]), [0.036, 0.026, 0.021], 0.013);
  // Epicondyle landmarks are the palpable surface points; the bumps are centred just inside them.
  const medEpi = sphere(add(L('medial_epicondyle'), [0.008, 0, 0]), 0.012);
  const latEpi = sphere(add(L('lateral_epicondyle'), [-0.007, 0, 0]), 0.011);
  const notch = capsule([0.089, 0.478, -0.04], [0.089, 0.493, 0.006], 0.0105, 0.0085);
  // the notch's roof rises backwards in the straight knee (Blumensaat's line), so its back part is deeper:
  // the anterior cruciate ligament runs up it at ~45 deg to the plateau to the back of the lateral
  // condyle's wall
  const notchRoof = capsule([0.09, 0.488, 0.004], [0.09, 0.513, -0.022], 0.0095, 0.0095);
  const groove = capsule([0.089, 0.488, 0.042], [0.09, 0.545, 0.037], 0.012, 0.011);

  return (x, y, z) => {
    let d = smin(head(x, y, z), neck(x, y, z), 0.008);
    d = smin(d, neckToShaft(x, y, z), 0.012);
    d = smin(d, gt(x, y, z), 0.012);
    d = smin(d, gtTip(x, y, z), 0.006);
    d = smax(d, -fossa(x, y, z), 0.004);
    d = smin(d, crest(x, y, z), 0.006);
    d = smin(d, intertrochLine(x, y, z), 0.006);
    d = smin(d, lesser(x, y, z), 0.008);
    d = smin(d, shaft(x, y, z), 0.014);
    d = smin(d, lineaAspera(x, y, z), 0.006);
    d = smin(d, supracondylarM(x, y, z), 0.006);
    d = smin(d, supracondylarL(x, y, z), 0.006);
    let k = smin(medCond(x, y, z), latCond(x, y, z), 0.01);
    k = smin(k, block(x, y, z), 0.012);
    k = smin(k, medEpi(x, y, z), 0.008);
    k = smin(k, latEpi(x, y, z), 0.008);
    k = smax(k, -notch(x, y, z), 0.004);
    k = smax(k, -notchRoof(x, y, z), 0.004);
    k = smax(k, -groove(x, y, z), 0.006);
    return smin(d, k, 0.015);
  };
}

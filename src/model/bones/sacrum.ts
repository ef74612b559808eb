/**
 * Sacrum and coccyx (midline) as signed distance fields. The sacrum is a curved triangle: five
 * fused bodies shrinking down the concave pelvic surface, alae at the base, lateral masses with
 * the auricular surfaces, anterior and posterior foramina (dimples), a median crest behind
 * (Gray's Anatomy 42nd ed.; base width ~11 cm, length ~10.5 cm in men).
 */
import type { Sdf, Vec3 } from '../types.ts';
import { L, type LandmarkName } from '../landmarks.ts';
import { frameYZ, mirrorPoint, normalize, sub } from '../kernel/vec.ts';
import {
  capsule,
  chain,
  curvedFanPlate,
  ellipsoid,
  ellipticSlab,
  smax,
  smin,
  sphere,
  union,
} from '../kernel/sdf.ts';

const CENTRES: LandmarkName[] = [
  's1_centre',
  's2_centre',
  's3_centre',
  's4_centre',
  's5_centre',
  'sacral_apex',
];

export function sacrumSdf(): Sdf {
  const c = CENTRES.map(L);
  const parts: Sdf[] = [];
  const half = [0.025, 0.019, 0.015, 0.0115, 0.009];
  const depth = [0.017, 0.012, 0.01, 0.0085, 0.007];
  for (let i = 0; i < 5; i++) {
    const a = c[i] as Vec3;
    const b = c[i + 1] as Vec3;
    const axis = normalize(sub(i === 0 ? a : (c[i - 1] as Vec3), b));
    const hy = i === 0 ? 0.012 : 0.011;
    parts.push(ellipticSlab(frameYZ(a, axis, [0, 0, 1]), half[i] ?? 0.01, depth[i] ?? 0.008, hy, 0.004));
  }
  // Lateral masses: a thick fan outline per side (ala, auricular part, tapering to the apex).
  const outline: Vec3[] = [
    [0.028, 1.055, -0.012],
    [0.048, 1.046, -0.028],
    [0.053, 1.03, -0.048],
    [0.047, 1.0, -0.066],
    [0.036, 0.978, -0.074],
    [0.022, 0.955, -0.08],
    [0.01, 0.935, -0.078],
  ];
  const massL = curvedFanPlate([0.012, 1.0, -0.05], outline, 0.0085);
  const massR = curvedFanPlate([-0.012, 1.0, -0.05], outline.map(mirrorPoint), 0.0085);
  const alaL = ellipsoid(frameYZ([0.034, 1.037, -0.032], [0, 0.8, 0.6], [0, -0.6, 0.8]), [0.02, 0.01, 0.017]);
  const alaR = ellipsoid(
    frameYZ([-0.034, 1.037, -0.032], [0, 0.8, 0.6], [0, -0.6, 0.8]),
    [0.02, 0.01, 0.017],
  );
  const crest = chain(
    [
      [0, 1.04, -0.062],
      [0, 1.012, -0.07],
      [0, 0.985, -0.077],
      [0, 0.962, -0.08],
    ],
    [0.0055, 0.0055, 0.005, 0.004],
  );
  const canal = capsule([0, 1.06, -0.05], [0, 0.99, -0.073], 0.008, 0.004);
  const foramina: Sdf[] = [];
  (['s1_foramen', 's2_foramen', 's3_foramen'] as const).forEach((n, i) => {
    const p = L(n);
    const r = 0.0055 - i * 0.0008;
    foramina.push(sphere([p[0], p[1], p[2] + 0.002], r), sphere([-p[0], p[1], p[2] + 0.002], r));
    // Posterior foramina: behind, a little closer to the midline.
    const q: Vec3 = [p[0] - 0.004, p[1] + 0.008, p[2] - 0.052 + i * 0.01];
    foramina.push(sphere(q, r * 0.8), sphere([-q[0], q[1], q[2]], r * 0.8));
  });
  const body = union([...parts, massL, massR, alaL, alaR, crest], 0.008);
  const holes = union(foramina, 0);
  return (x, y, z) => {
    let d = body(x, y, z);
    d = smax(d, -holes(x, y, z), 0.002);
    return smax(d, -canal(x, y, z), 0.002);
  };
}

export function coccyxSdf(): Sdf {
  const apex = L('sacral_apex');
  const tip = L('coccyx_tip');
  const first: Vec3 = [0, apex[1] - 0.006, apex[2] + 0.0];
  const cornua = ellipsoid(frameYZ(first, [0, 1, 0.2], [0, 0, 1]), [0.012, 0.006, 0.006]);
  const rest = chain(
    [first, [0, apex[1] - 0.018, apex[2] + 0.003], [0, tip[1] + 0.006, tip[2] - 0.003], tip],
    [0.0065, 0.0055, 0.0045, 0.0035],
  );
  return (x, y, z) => smin(cornua(x, y, z), rest(x, y, z), 0.005);
}

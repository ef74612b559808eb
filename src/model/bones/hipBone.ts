/**
 * Left hip bone (ilium, ischium, pubis) as a signed distance field anchored on landmarks.ts.
 * Shapes after Gray's Anatomy 42nd ed.: a thin, flared iliac wing (concave iliac fossa inside,
 * convex gluteal surface outside) bounded by a thick crest from ASIS through the iliac tubercle
 * to the PSIS; the acetabulum as a cup facing lateral, anterior and down; the ischium descending
 * to its tuberosity with the ischial spine; superior and inferior pubic rami round a real
 * obturator foramen; the greater sciatic notch between the PIIS and the ischial spine.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { L } from '../landmarks.ts';
import { add, frameYZ, normalize, scale, sub } from '../kernel/vec.ts';
import {
  capsule,
  chain,
  curvedFanPlate,
  ellipsoid,
  ellipticSlab,
  roundBox,
  smax,
  smin,
  sphere,
} from '../kernel/sdf.ts';
import { FEMORAL_HEAD_RADIUS } from './femur.ts';

/** Direction the acetabulum opens: lateral, ~40 deg down and ~20 deg forward (Gray's / Murray 1993). */
export const ACETABULUM_AXIS: Vec3 = normalize([1, -0.75, 0.4]);

export function hipBoneSdf(): Sdf {
  const asis = L('asis');
  const aiis = L('aiis');
  const tub = L('iliac_tubercle');
  const top = L('iliac_crest_top');
  const psis = L('psis');
  const piis = L('piis');
  const notch = L('greater_sciatic_notch');
  const spine = L('ischial_spine');
  const ischT = L('ischial_tuberosity');
  // The landmark is the palpable (inferior) surface; the tuberosity's bulk sits above and in front of it.
  const tubC: Vec3 = [ischT[0], ischT[1] + 0.013, ischT[2] + 0.004];
  const hjc = L('hip_joint_centre');
  const pubT = L('pubic_tubercle');

  const crestPts: Vec3[] = [
    asis,
    [0.128, 1.038, 0.044],
    [tub[0] - 0.008, tub[1], tub[2]],
    [0.128, 1.078, -0.008],
    top,
    [0.1, 1.079, -0.06],
    [0.07, 1.061, -0.085],
    psis,
    piis,
  ];
  const crest = chain(crestPts, [0.0055, 0.0065, 0.0085, 0.007, 0.007, 0.0075, 0.008, 0.009, 0.0065]);
  // Wing: a fan from a point on the gluteal surface (lateral of the rim: the fossa is concave inside).
  const wingCentre: Vec3 = [0.104, 1.02, -0.012];
  const wingRim: Vec3[] = [
    aiis,
    ...crestPts.slice(0, 9),
    [0.052, 0.98, -0.072],
    notch,
    [0.083, 0.948, -0.022],
    [0.098, 0.958, 0.012],
    aiis,
  ];
  const wing = curvedFanPlate(wingCentre, wingRim, 0.0032);
  // Thickened pillar from the acetabular roof to the iliac tubercle (iliac pillar) and arcuate line.
  const pillar = capsule([0.1, 0.96, 0.0], [tub[0] - 0.012, tub[1] - 0.004, tub[2]], 0.011, 0.006);
  const arcuate = chain(
    [
      [0.055, 1.0, -0.05],
      [0.066, 0.965, -0.012],
      [0.062, 0.935, 0.022],
      [0.04, 0.925, 0.04],
    ],
    [0.007, 0.008, 0.0075, 0.007],
  );
  // Auricular (sacroiliac) thickening at the back, facing the sacrum.
  const auricular = ellipsoid(
    frameYZ([0.058, 1.005, -0.068], [0, 1, 0.25], [0.45, 0, 1]),
    [0.012, 0.024, 0.016],
  );
  // Acetabulum: a body round the cup, then the cup itself carved out.
  const bodyCentre = sub(hjc, scale(ACETABULUM_AXIS, 0.011));
  const accBody = sphere(bodyCentre, 0.035);
  // 3 mm of joint space (two layers of articular cartilage, ~1.5 mm each), which also keeps the coarse
  // meshes of head and cup from crossing
  const cup = sphere(hjc, FEMORAL_HEAD_RADIUS + 0.0031);
  const accNotch = capsule(add(hjc, [0.01, -0.02, 0.004]), add(hjc, [0.03, -0.036, 0.012]), 0.009, 0.011);
  // Ischium: body down to the tuberosity, spine, posterior border of the notch.
  const ischium = capsule([0.074, 0.915, -0.024], [tubC[0] + 0.002, tubC[1] + 0.01, tubC[2]], 0.013, 0.012);
  const tuberosity = ellipsoid(frameYZ(tubC, [0.2, 1, -0.3], [0, 0, 1]), [0.013, 0.024, 0.015]);
  const spineP = capsule([0.066, 0.925, -0.038], spine, 0.007, 0.0035);
  const notchBorder = chain(
    [piis, [0.055, 0.975, -0.07], notch, [0.066, 0.935, -0.045], spine],
    [0.0065, 0.006, 0.006, 0.007, 0.004],
  );
  // Pubis and ischium round the obturator foramen, an oval ~5 x 3.5 cm (Gray's) whose plane faces
  // forward, laterally and a little down and whose long axis runs from the pubic body down and back to
  // the ischial tuberosity. A broad elliptic plate in that plane (its rim is the flat ischiopubic ramus
  // and the lower border of the superior ramus), with the foramen cut out.
  const obC = L('obturator_foramen_centre');
  const obN = normalize([0.75, -0.1, 0.65]);
  const obLong = normalize([0.036, -0.05, -0.055]);
  const obFrame = frameYZ(obC, obN, obLong);
  const obRing = ellipticSlab(obFrame, 0.0175 + 0.0115, 0.025 + 0.012, 0.0045, 0.004);
  const obturator = ellipticSlab(obFrame, 0.0175, 0.025, 0.03, 0.002);
  // Superior ramus: a broad three-sided bar from the acetabulum to the pubic body, sharp pectineal line
  // (pecten pubis) along its upper-posterior edge ending at the pubic tubercle; obturator crest in front.
  const supRamus = chain(
    [
      [0.08, 0.932, 0.026],
      [0.056, 0.922, 0.038],
      [pubT[0] + 0.004, pubT[1] - 0.005, pubT[2] - 0.008],
    ],
    [0.0125, 0.011, 0.0105],
  );
  const pecten = chain(
    [
      [0.066, 0.946, 0.016],
      [0.046, 0.934, 0.034],
      [pubT[0] + 0.002, pubT[1] + 0.003, pubT[2] - 0.006],
    ],
    [0.004, 0.0035, 0.004],
  );
  const obturatorCrest = capsule(
    [0.07, 0.925, 0.044],
    [pubT[0] + 0.004, pubT[1] - 0.004, pubT[2] + 0.002],
    0.005,
  );
  // Pubic body: a block with the oval symphyseal face (~3.5 x 1.5 cm) turned to the midline, the pubic
  // crest on top.
  const pubicBody = roundBox(
    frameYZ([0.0135, 0.9, 0.041], [0, 1, -0.15], [0.3, 0, 1]),
    [0.0105, 0.021, 0.0115],
    0.006,
  );
  const midlineGap = (x: number): number => 0.0025 - x; // symphyseal disc lies between the two bodies
  const infRamus = chain(
    [
      [0.016, 0.882, 0.036],
      [0.032, 0.862, 0.02],
      [0.046, 0.85, 0.0],
      [tubC[0] - 0.002, tubC[1] - 0.006, tubC[2] + 0.006],
    ],
    [0.0085, 0.0075, 0.0075, 0.011],
  );
  // Ischial tuberosity: a rough mass ~2.5 x 5 cm behind and below the acetabulum.
  const tuberosityMass = ellipsoid(
    frameYZ(add(tubC, [0.002, 0.008, -0.002]), [0.15, 1, -0.35], [0, 0, 1]),
    [0.016, 0.027, 0.017],
  );

  return (x, y, z) => {
    let d = smin(wing(x, y, z), crest(x, y, z), 0.008);
    d = smin(d, pillar(x, y, z), 0.01);
    d = smin(d, arcuate(x, y, z), 0.008);
    d = smin(d, auricular(x, y, z), 0.012);
    d = smin(d, notchBorder(x, y, z), 0.006);
    d = smin(d, accBody(x, y, z), 0.02);
    d = smin(d, ischium(x, y, z), 0.012);
    d = smin(d, tuberosity(x, y, z), 0.01);
    d = smin(d, spineP(x, y, z), 0.006);
    d = smin(d, tuberosityMass(x, y, z), 0.012);
    d = smin(d, obRing(x, y, z), 0.008);
    d = smin(d, supRamus(x, y, z), 0.01);
    d = smin(d, pecten(x, y, z), 0.005);
    d = smin(d, obturatorCrest(x, y, z), 0.006);
    d = smin(d, pubicBody(x, y, z), 0.01);
    d = smin(d, infRamus(x, y, z), 0.01);
    d = smax(d, -obturator(x, y, z), 0.005);
    d = smax(d, midlineGap(x), 0.002);
    d = smax(d, -cup(x, y, z), 0.003);
    return smax(d, -accNotch(x, y, z), 0.003);
  };
}

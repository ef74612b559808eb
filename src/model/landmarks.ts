/**
 * Named anatomical landmarks of one adult (male, stature 1.75 m, 50th percentile) in the model frame
 * (see types.ts): metres, origin on the floor between the feet, +Y up, +Z anterior, +X = LEFT.
 * Paired landmarks are given for the LEFT side only (x > 0); use mirrorX() for the right side.
 *
 * Everything else in src/model (bones, muscles, nerves, skin) is placed from this table, so a
 * correction here moves every dependent structure.
 *
 * Main sources (cited per entry):
 * - Winter DA, Biomechanics and Motor Control of Human Movement, 4th ed. 2009, fig. 4.1: segment
 *   lengths as fractions of height H (hip/greater trochanter 0.530 H, knee 0.285 H, ankle 0.039 H,
 *   foot length 0.152 H).
 * - Harrington ME et al. 2007, J Biomech 40:595: hip joint centre from pelvic width PW (inter-ASIS)
 *   and depth PD (mid-ASIS to mid-PSIS): ML = 0.33 PW + 7.3 mm, AP = -0.24 PD - 9.9 mm,
 *   SI = -0.30 PW - 10.9 mm, from the mid-point between the ASIS.
 * - Pelvimetry: bi-iliac crest width ~28 cm, inter-ASIS ~24 cm in men (Tague RG 1989 / Gray's
 *   Anatomy 42nd ed., pelvis chapter); obstetric conjugate ~11-12 cm; sacral slope ~40 deg
 *   (Legaye J et al. 1998, Eur Spine J 7:99).
 * - Lumbar spine: vertebral body and disc heights after Gray's Anatomy 42nd ed. and Zhou SH et al.
 *   2000 (Eur Spine J 9:242); L1 top to S1 top ~17-18 cm; lordosis L1-S1 ~55 deg with about
 *   two thirds below L4 (Been E, Kalichman L 2014, Spine J).
 * - Trotter M, Gleser GC 1958: femur length from stature (white males): S = 2.38 F + 61.41 cm.
 * - Knee and ankle widths: Gray's Anatomy 42nd ed.; Rajagopal A et al. 2016, IEEE TBME 63:2068
 *   (OpenSim full-body model) for the joint centre relations hip-knee-ankle.
 */
import type { Landmark, Vec3 } from './types.ts';
import { add, scale } from './kernel/vec.ts';

/** Stature of the model subject, metres. */
export const HEIGHT = 1.75;
const H = HEIGHT;

const W = 'Winter 2009, anthropometric segment lengths (fraction of H)';
const HAR = 'Harrington et al. 2007 HJC regression from ASIS';
const PEL = "pelvimetry (Tague 1989; Gray's Anatomy 42nd ed.)";
const GRAY = "Gray's Anatomy 42nd ed. (typical adult male dimensions)";
const RAJ = 'Rajagopal et al. 2016 OpenSim model (joint centre relations)';

// ---- Pelvis, from Harrington 2007 --------------------------------------------------------------
/** Inter-ASIS width (PW) and pelvic depth (PD), metres. */
export const PELVIC_WIDTH = 0.24;
export const PELVIC_DEPTH = 0.152;
const HIP_Y = 0.53 * H; // Winter: greater trochanter / hip height 0.530 H
const HJC: Vec3 = [0.33 * PELVIC_WIDTH + 0.0073, HIP_Y, 0.01];
// ASIS from HJC by inverting Harrington's offsets.
const ASIS: Vec3 = [
  PELVIC_WIDTH / 2,
  HJC[1] + (0.3 * PELVIC_WIDTH + 0.0109),
  HJC[2] + (0.24 * PELVIC_DEPTH + 0.0099),
];

// ---- Lumbar spine ------------------------------------------------------------------------------
/** Sacral slope (S1 endplate to horizontal), Legaye et al. 1998. */
export const SACRAL_SLOPE_DEG = 40;
/** Total lumbar lordosis S1 endplate to L1 top endplate (deg). */
export const LUMBAR_LORDOSIS_DEG = 55;
/** Body heights L1..L5 and disc heights L1/L2..L5/S1 (metres), Gray's / Zhou 2000 (rounded). */
export const BODY_HEIGHTS = [0.0245, 0.0255, 0.026, 0.026, 0.026] as const;
export const DISC_HEIGHTS = [0.0085, 0.0095, 0.01, 0.0105, 0.01] as const;
/** Vertebral body width (ML) and depth (AP) for L1..L5, metres (Zhou et al. 2000, male means). */
export const BODY_WIDTHS = [0.042, 0.044, 0.046, 0.048, 0.05] as const;
export const BODY_DEPTHS = [0.031, 0.032, 0.033, 0.034, 0.034] as const;

const rad = (d: number): number => (d * Math.PI) / 180;
const PROMONTORY: Vec3 = [0, 1.04, -0.005];
/** Centre of the S1 top endplate: half the S1 endplate depth (~3.5 cm) behind the promontory. */
const S1_TOP: Vec3 = [
  0,
  PROMONTORY[1] + 0.0175 * Math.sin(rad(SACRAL_SLOPE_DEG)),
  PROMONTORY[2] - 0.0175 * Math.cos(rad(SACRAL_SLOPE_DEG)),
];

export interface SpineLevel {
  /** Centre of the lower and upper endplates, the body centre, and the unit axis (pointing up). */
  readonly bottom: Vec3;
  readonly top: Vec3;
  readonly centre: Vec3;
  readonly axis: Vec3;
}

/**
 * Lumbar column walked up from the S1 endplate: the axis leans forward by the sacral slope at S1
 * and turns back by the lordosis, mostly in the lower segments (theta = slope - lordosis*(2t - t^2)).
 * Returns [L5/S1 disc, L5, L4/L5 disc, L4, ..., L1] as alternating disc/body segments, bottom first.
 */
function walkLumbar(): SpineLevel[] {
  const heights: number[] = [];
  for (let i = 4; i >= 0; i--) heights.push(DISC_HEIGHTS[i] ?? 0, BODY_HEIGHTS[i] ?? 0);
  const total = heights.reduce((a, b) => a + b, 0);
  const theta = (s: number): number => {
    const t = s / total;
    return rad(SACRAL_SLOPE_DEG) - rad(LUMBAR_LORDOSIS_DEG) * (2 * t - t * t);
  };
  const out: SpineLevel[] = [];
  let p: Vec3 = S1_TOP;
  let s = 0;
  for (const h of heights) {
    const steps = 16;
    const start = p;
    let q = p;
    for (let k = 0; k < steps; k++) {
      const th = theta(s + (h * (k + 0.5)) / steps);
      q = [0, q[1] + (h / steps) * Math.cos(th), q[2] + (h / steps) * Math.sin(th)];
    }
    const thc = theta(s + h / 2);
    out.push({
      bottom: start,
      top: q,
      centre: [0, (start[1] + q[1]) / 2, (start[2] + q[2]) / 2],
      axis: [0, Math.cos(thc), Math.sin(thc)],
    });
    p = q;
    s += h;
  }
  return out;
}

const LUMBAR = walkLumbar();
/** Vertebral bodies L1..L5 (index 0 = L1). */
export const VERTEBRA_LEVELS: readonly SpineLevel[] = [9, 7, 5, 3, 1].map((i) => LUMBAR[i] as SpineLevel);
/** Discs L1/L2..L5/S1 (index 0 = L1/L2). */
export const DISC_LEVELS: readonly SpineLevel[] = [8, 6, 4, 2, 0].map((i) => LUMBAR[i] as SpineLevel);

/** Posterior unit vector perpendicular to a vertebral axis (in the sagittal plane). */
const backOf = (axis: Vec3): Vec3 => [0, axis[2], -axis[1]];

/** Intervertebral foramen beside a disc: behind the posterior body margin, 2.2 cm from the midline. */
function foramenAt(level: SpineLevel, depth: number): Vec3 {
  const b = backOf(level.axis);
  // Foramen sits at the level of the lower part of the upper body / the disc, just behind the body.
  return add(add(level.centre, scale(b, depth / 2 + 0.008)), [0.022, 0.004, 0]);
}

function vLm(i: number, what: string): Landmark {
  const v = VERTEBRA_LEVELS[i] as SpineLevel;
  return {
    p: v.centre,
    source: `L${i + 1} ${what}: walked up from S1 with body/disc heights (Gray's; Zhou 2000)`,
  };
}
function fLm(i: number): Landmark {
  const d = DISC_LEVELS[i] as SpineLevel;
  return {
    p: foramenAt(d, BODY_DEPTHS[i] ?? 0.033),
    source: `intervertebral foramen behind disc ${i + 1}, 2.2 cm lateral (Gray's Anatomy 42nd ed.)`,
  };
}

// ---- Sacrum / coccyx centre line (body centres S1..S5, coccyx tip) -------------------------------
const S1_CENTRE: Vec3 = [0, S1_TOP[1] - 0.0115, S1_TOP[2] - 0.0095];

// ---- Foot -------------------------------------------------------------------------------------
/**
 * Foot length (heel to the tip of the longest toe, skin) 0.1544 H: ANSUR II 2012, public male data
 * (Gordon CC et al. 2014, NATICK/TR-15/007; n = 4082), mean footlength / stature. The bones end ~7 mm
 * short of the skin at the heel and at the toes (heel pad and toe pulp).
 */
export const FOOT_LENGTH = 0.1544 * H;
/** Toe-out of the foot's long axis from straight ahead in standing (Fick angle ~5-7 deg). */
export const FOOT_PROGRESSION_DEG = 6;
const ANKLE: Vec3 = [0.085, 0.039 * H, 0];
/** Back of the calcaneus, on the floor: 25 % of the foot length behind the ankle centre (Gray's). */
const HEEL_FLOOR: Vec3 = [ANKLE[0] + 0.004, 0, ANKLE[2] - 0.25 * FOOT_LENGTH + 0.007];

/**
 * Point of the left foot from (u forward along the foot's long axis from the back of the heel, v up from
 * the floor, w lateral), metres, for a foot 27 cm long: scaled with FOOT_LENGTH and turned by the toe-out.
 * Every foot bone and foot landmark is placed with it.
 */
export function footPoint(u: number, v: number, w: number): Vec3 {
  const k = FOOT_LENGTH / 0.27;
  const a = rad(FOOT_PROGRESSION_DEG);
  // forward = (sin a, 0, cos a) turned laterally (+x on the left); lateral = (cos a, 0, -sin a)
  return [
    HEEL_FLOOR[0] + k * (u * Math.sin(a) + w * Math.cos(a)),
    HEEL_FLOOR[1] + k * v,
    HEEL_FLOOR[2] + k * (u * Math.cos(a) - w * Math.sin(a)),
  ];
}
/** The inverse of footPoint: (u, v, w) on a 27 cm foot of a point near the left foot. */
export function footCoords(p: Vec3): Vec3 {
  const k = FOOT_LENGTH / 0.27;
  const a = rad(FOOT_PROGRESSION_DEG);
  const dx = p[0] - HEEL_FLOOR[0];
  const dz = p[2] - HEEL_FLOOR[2];
  return [
    (dx * Math.sin(a) + dz * Math.cos(a)) / k,
    (p[1] - HEEL_FLOOR[1]) / k,
    (dx * Math.cos(a) - dz * Math.sin(a)) / k,
  ];
}
const FOOT = "Gray's Anatomy 42nd ed., foot skeleton on a 27 cm foot (footPoint)";

export const LANDMARKS = {
  // Pelvis
  hip_joint_centre: { p: HJC, source: `${HAR}; height 0.530 H (${W})` },
  asis: { p: ASIS, source: `${HAR}; inter-ASIS 24 cm (${PEL})` },
  aiis: { p: [0.107, HJC[1] + 0.047, HJC[2] + 0.032], source: `${GRAY}: ~2 cm above acetabular rim` },
  piis: { p: [0.042, 0.995, -0.088], source: `${GRAY}: 2.5 cm below the PSIS` },
  psis: {
    p: [0.04, 1.02, ASIS[2] - PELVIC_DEPTH],
    source: `${HAR} pelvic depth 15.2 cm; level of S2 (${GRAY})`,
  },
  iliac_crest_top: { p: [0.122, 1.085, -0.035], source: `${GRAY}: crest summit at L4 (Tuffier's line)` },
  iliac_tubercle: {
    p: [0.14, 1.062, 0.018],
    source: `bi-iliac crest width 28 cm (${PEL}); 5 cm behind ASIS`,
  },
  pubic_symphysis: { p: [0, 0.905, 0.045], source: `${PEL}: anterior pelvic plane vertical in standing` },
  pubic_symphysis_top: { p: [0, 0.925, 0.05], source: `${PEL}: obstetric conjugate ~12 cm to promontory` },
  pubic_tubercle: { p: [0.024, 0.918, 0.052], source: `${GRAY}: 2.5 cm from midline on the crest` },
  ischial_tuberosity: {
    p: [0.058, 0.85, -0.032],
    source: `${PEL}: intertuberous ~11.5 cm; 7.5 cm below HJC`,
  },
  ischial_spine: { p: [0.048, 0.912, -0.052], source: `${PEL}: interspinous distance ~10 cm` },
  greater_sciatic_notch: {
    p: [0.07, 0.963, -0.047],
    source: `${GRAY}: apex ~2.5 cm in front of the PIIS-spine line`,
  },
  obturator_foramen_centre: { p: [0.052, 0.878, 0.022], source: `${GRAY}: below/medial to acetabulum` },
  acetabulum_centre: { p: HJC, source: 'concentric with the femoral head (HJC)' },
  sacral_promontory: { p: PROMONTORY, source: `${PEL}: inlet ~12.7 cm at ~64 deg to the symphysis` },
  s1_top_centre: { p: S1_TOP, source: `sacral slope 40 deg (Legaye 1998); S1 endplate depth 3.5 cm` },
  s1_centre: { p: S1_CENTRE, source: 'S1 body centre below its endplate' },
  s2_centre: { p: [0, 1.016, -0.046], source: `${GRAY}: sacral curve, length ~10.5 cm` },
  s3_centre: { p: [0, 0.992, -0.061], source: GRAY },
  s4_centre: { p: [0, 0.968, -0.07], source: GRAY },
  s5_centre: { p: [0, 0.946, -0.073], source: GRAY },
  sacral_apex: { p: [0, 0.933, -0.073], source: GRAY },
  coccyx_tip: { p: [0, 0.9, -0.062], source: `${GRAY}: coccyx ~3.5 cm, curving forward` },
  s1_foramen: { p: [0.028, 1.022, -0.018], source: `${GRAY}: anterior sacral foramina ~2.8 cm lateral` },
  s2_foramen: { p: [0.026, 0.998, -0.035], source: GRAY },
  s3_foramen: { p: [0.023, 0.974, -0.05], source: GRAY },
  sacroiliac_joint_centre: { p: [0.046, 1.018, -0.055], source: `${GRAY}: auricular surface beside S1-S2` },
  // Lumbar spine (body centres; foramina of the exiting roots)
  l1_body: vLm(0, 'body centre'),
  l2_body: vLm(1, 'body centre'),
  l3_body: vLm(2, 'body centre'),
  l4_body: vLm(3, 'body centre'),
  l5_body: vLm(4, 'body centre'),
  l1_l2_foramen: fLm(0),
  l2_l3_foramen: fLm(1),
  l3_l4_foramen: fLm(2),
  l4_l5_foramen: fLm(3),
  l5_s1_foramen: fLm(4),
  // Femur
  femoral_head_centre: { p: HJC, source: 'HJC' },
  femoral_neck_base: {
    p: [0.118, 0.897, 0.0055],
    source: `${GRAY}: neck-shaft angle ~127-131 deg, anteversion ~12 deg (Toogood et al. 2009)`,
  },
  greater_trochanter: {
    p: [0.158, 0.922, -0.008],
    source: `${GRAY}: tip level with HJC; bitrochanteric ~34 cm`,
  },
  greater_trochanter_lateral: {
    p: [0.168, 0.895, -0.004],
    source: 'lateral prominence, bitrochanteric width',
  },
  lesser_trochanter: { p: [0.108, 0.858, -0.012], source: `${GRAY}: posteromedial, ~6 cm below neck` },
  lateral_epicondyle: { p: [0.131, 0.506, 0.008], source: `${GRAY}: epicondylar width ~8.6 cm` },
  medial_epicondyle: { p: [0.045, 0.51, 0.008], source: GRAY },
  knee_joint_centre: { p: [0.088, 0.285 * H, 0.015], source: `knee height 0.285 H (${W}); ${RAJ}` },
  patella_centre: { p: [0.093, 0.516, 0.047], source: `${GRAY}: patella 4.5 x 4.5 x 2.2 cm` },
  patella_apex: { p: [0.093, 0.494, 0.045], source: GRAY },
  // Tibia / fibula
  tibial_plateau_centre: { p: [0.088, 0.478, 0.012], source: `${GRAY}: joint line ~2 cm below epicondyles` },
  tibial_tuberosity: { p: [0.091, 0.446, 0.044], source: `${GRAY}: patellar ligament ~5 cm` },
  gerdys_tubercle: { p: [0.117, 0.464, 0.032], source: GRAY },
  fibular_head: { p: [0.126, 0.457, -0.01], source: `${GRAY}: posterolateral, 2 cm below the plateau` },
  ankle_joint_centre: { p: ANKLE, source: `ankle height 0.039 H (${W}); ${RAJ}` },
  medial_malleolus: {
    p: [0.058, 0.078, 0.01],
    source: `${GRAY}: ~1.5 cm higher and well in front of the lateral`,
  },
  lateral_malleolus: {
    p: [0.117, 0.063, -0.02],
    source:
      'bimalleolar axis turned ~30 deg outward from the knee (tibiofibular torsion 34.9 ± 8.6 deg, Pfeifer et al. 1995)',
  },
  // Shaft axes (the frames of the thigh and leg sections, soft/limb.ts)
  femoral_shaft_top: {
    p: [0.137, 0.875, -0.002],
    source: `${GRAY}: shaft axis below the lesser trochanter; anatomical axis ~7 deg from the vertical`,
  },
  femoral_shaft_bottom: {
    p: [0.095, 0.545, 0.006],
    source: `${GRAY}: shaft axis at the distal metaphysis, above the intercondylar notch`,
  },
  tibial_shaft_top: { p: [0.087, 0.42, 0.0], source: `${GRAY}: shaft axis below the tuberosity` },
  tibial_shaft_bottom: { p: [0.083, 0.095, 0.001], source: `${GRAY}: shaft axis above the plafond` },
  // Foot (footPoint: u forward from the back of the heel, v up, w lateral)
  heel_back: { p: footPoint(0, 0.03, 0), source: `${FOOT}: back of the calcaneal tuberosity` },
  calcaneal_tuberosity_plantar: {
    p: footPoint(0.018, 0.012, 0),
    source: `${FOOT}: medial and lateral processes, on the heel pad (~1.2 cm thick)`,
  },
  sustentaculum_tali: { p: footPoint(0.055, 0.042, -0.021), source: `${FOOT}: medial shelf under the talus` },
  talar_head: { p: footPoint(0.1, 0.044, -0.012), source: `${FOOT}: head of the talus, medial of the axis` },
  navicular_tuberosity: {
    p: footPoint(0.117, 0.038, -0.03),
    source: `${FOOT}: ~4 cm above the floor (navicular height)`,
  },
  cuboid_centre: { p: footPoint(0.1, 0.03, 0.017), source: FOOT },
  base_fifth_metatarsal: { p: footPoint(0.121, 0.022, 0.041), source: `${FOOT}: tuberosity, lateral border` },
  first_metatarsal_head: {
    p: footPoint(0.195, 0.016, -0.022),
    source: `${FOOT}: ball of the foot, ~72 % of its length`,
  },
  second_metatarsal_head: { p: footPoint(0.203, 0.015, -0.004), source: FOOT },
  fifth_metatarsal_head: { p: footPoint(0.18, 0.013, 0.04), source: FOOT },
  toe_tip: {
    p: footPoint(0.2565, 0.009, -0.023),
    source: `${FOOT}: tip of the hallux, 7 mm inside the skin`,
  },
} satisfies Record<string, Landmark>;

export type LandmarkName = keyof typeof LANDMARKS;

let moved: Partial<Record<LandmarkName, Vec3>> = {};
let generation = 0;

/** Position of a named landmark (left side / midline). */
export function L(name: LandmarkName): Vec3 {
  return moved[name] ?? (LANDMARKS[name].p as Vec3);
}

/**
 * A point given as an offset (metres) from a landmark: it moves with the landmark. Soft tissue placed by
 * hand near a bony landmark (pelvic and lumbar muscles, nerves in the pelvis) is written this way, so a
 * corrected landmark carries its neighbours along.
 */
export function rel(name: LandmarkName, offset: Vec3): Vec3 {
  return add(L(name), offset);
}

/** Changes each time landmarks are moved (withLandmarks): caches of derived geometry key on it. */
export const landmarkGeneration = (): number => generation;

/**
 * Runs `fn` with some landmarks moved (tests: does a structure follow the skeleton?). Everything that reads
 * L() while `fn` runs sees the moved positions; caches keyed on landmarkGeneration() are rebuilt.
 */
export function withLandmarks<T>(changes: Partial<Record<LandmarkName, Vec3>>, fn: () => T): T {
  const before = moved;
  moved = { ...before, ...changes };
  generation++;
  try {
    return fn();
  } finally {
    moved = before;
    generation++;
  }
}

/** A value computed from the landmarks once per landmark generation. */
export function perLandmarks<T>(make: () => T): () => T {
  let at = -1;
  let value: T | undefined;
  return () => {
    if (at !== generation) {
      value = make();
      at = generation;
    }
    return value as T;
  };
}

/** Mirror a left-side point to the right side (x -> -x). */
export function mirrorX(v: Vec3): Vec3 {
  return [-v[0], v[1], v[2]];
}

export type ForamenLevel = 'l1' | 'l2' | 'l3' | 'l4' | 'l5' | 's1' | 's2' | 's3';

/**
 * Where the nerve root of a level leaves the spine: L1..L5 at the foramen below their own
 * vertebra (L1/L2 ... L5/S1), S1..S3 at the anterior sacral foramina.
 */
export function foramen(level: ForamenLevel, side: 'left' | 'right'): Vec3 {
  const name: Record<ForamenLevel, LandmarkName> = {
    l1: 'l1_l2_foramen',
    l2: 'l2_l3_foramen',
    l3: 'l3_l4_foramen',
    l4: 'l4_l5_foramen',
    l5: 'l5_s1_foramen',
    s1: 's1_foramen',
    s2: 's2_foramen',
    s3: 's3_foramen',
  };
  const p = L(name[level]);
  return side === 'left' ? p : mirrorX(p);
}

/**
 * The skin: one closed, symmetric surface from just above L1 down to the soles, the level set of a smooth
 * union of a trunk and two legs lofted through horizontal sections, and feet of round cones. The sections
 * are sized from the ANSUR II girths of the average man as fractions of stature (measure/ansur.ts: thigh at
 * the gluteal furrow, lower thigh above the patella, calf, ankle, hips at the buttocks, hip breadth and
 * buttock depth) and placed on the skeleton: leg sections are centred off the femoral and tibial shaft
 * axes, at heights taken from the landmarks, so the outline follows the bones. Girths ANSUR II does not
 * give (mid-thigh, knee, lower leg) are typical values, marked where used.
 */
import type { Sdf, Vec3 } from '../types';
import { FOOT_LENGTH, HEIGHT, L, footPoint, perLandmarks, rel } from '../landmarks';
import { toePhalanges } from '../bones/forefoot';
import { capsule, smax, smin } from '../kernel/sdf.ts';
import { meshField } from '../kernel/meshField.ts';
import { lerp } from '../kernel/vec.ts';
import { monotoneCubic } from '../kernel/spline.ts';
import type { RawMesh } from '../kernel/mesh.ts';
import { ANSUR_MALE as A } from '../measure/ansur.ts';
import { smoothLateralOutline } from './lateralOutline.ts';

const H = HEIGHT;

/** Perimeter of an ellipse with semi-axes a, b (Ramanujan's second approximation). */
export function ellipsePerimeter(a: number, b: number): number {
  const h = ((a - b) / (a + b)) ** 2;
  return Math.PI * (a + b) * (1 + (3 * h) / (10 + Math.sqrt(4 - 3 * h)));
}

/** Perimeter of the superellipse |x/a|^n + |z/b|^n = 1 (polygon of 720 sides). */
export function superellipsePerimeter(a: number, b: number, n: number): number {
  let p = 0;
  let prev: [number, number] = [a, 0];
  for (let i = 1; i <= 720; i++) {
    const t = (2 * Math.PI * i) / 720;
    const c = Math.cos(t);
    const s = Math.sin(t);
    const q: [number, number] = [
      a * Math.sign(c) * Math.abs(c) ** (2 / n),
      b * Math.sign(s) * Math.abs(s) ** (2 / n),
    ];
    p += Math.hypot(q[0] - prev[0], q[1] - prev[1]);
    prev = q;
  }
  return p;
}

/** Axis point of a shaft (between two landmarks, extended beyond them) at height y. */
function axisAt(top: Vec3, bottom: Vec3, y: number): Vec3 {
  return lerp(top, bottom, (top[1] - y) / (top[1] - bottom[1]));
}

interface LegSection {
  y: number;
  /** Girth (m), ratio of the front-to-back to the side-to-side diameter, centre. */
  girth: number;
  aspect: number;
  x: number;
  z: number;
}

/**
 * Left leg sections, bottom to top. Centres are offsets from the shaft axis at that height: the femur lies
 * in the lateral part of the upper thigh (the adductors fill the medial side) and the tibia in the front
 * of the leg (the calf muscles behind it).
 */
export function legSections(): LegSection[] {
  const fTop = L('femoral_shaft_top');
  const fBottom = L('femoral_shaft_bottom');
  const tTop = L('tibial_shaft_top');
  const tBottom = L('tibial_shaft_bottom');
  const femur = (y: number, dx: number, dz: number): { y: number; x: number; z: number } => {
    const p = axisAt(fTop, fBottom, y);
    return { y, x: p[0] + dx, z: p[2] + dz };
  };
  const tibia = (y: number, dx: number, dz: number): { y: number; x: number; z: number } => {
    const p = axisAt(tTop, tBottom, y);
    return { y, x: p[0] + dx, z: p[2] + dz };
  };
  const knee = L('knee_joint_centre')[1];
  const ankle = L('ankle_joint_centre')[1];
  const patellaTop = L('patella_centre')[1] + 0.022;
  const crotch = A.crotchHeight.mean * H;
  return [
    { ...tibia(ankle - 0.004, 0.006, -0.016), girth: 0.148 * H, aspect: 1.3 },
    // ANSUR II ankle circumference: the narrowest part above the malleoli
    { ...tibia(ankle + 0.035, 0.004, -0.014), girth: A.ankleCircumference.mean * H, aspect: 1.22 },
    // lower leg (typical: the calf narrows to the Achilles tendon)
    { ...tibia(ankle + 0.16, 0.01, -0.028), girth: 0.17 * H, aspect: 1.12 },
    // ANSUR II calf circumference, the widest part about a third of the way down the leg
    { ...tibia(knee - 0.125, 0.016, -0.036), girth: A.calfCircumference.mean * H, aspect: 1.12 },
    { ...tibia(knee - 0.07, 0.008, 0.002), girth: 0.214 * H, aspect: 1.06 },
    // knee at the joint line (typical ~0.22 H across mid-patella; fuller behind, over the popliteal fossa)
    {
      y: knee,
      x: L('knee_joint_centre')[0] + 0.002,
      z: L('knee_joint_centre')[2] - 0.004,
      girth: 0.225 * H,
      aspect: 1,
    },
    // ANSUR II lower thigh circumference, just above the patella
    { ...femur(patellaTop + 0.012, 0.002, -0.004), girth: A.lowerThighCircumference.mean * H, aspect: 1.05 },
    // mid-thigh (typical ~0.31 H)
    { ...femur((crotch + patellaTop) / 2, -0.006, -0.012), girth: 0.31 * H, aspect: 1.12 },
    // ANSUR II thigh circumference at the gluteal furrow (crotch height)
    { ...femur(crotch, -0.036, -0.014), girth: A.thighCircumference.mean * H, aspect: 1.22 },
    { ...femur(crotch + 0.06, -0.058, -0.018), girth: 0.345 * H, aspect: 1.2 },
  ];
}

interface TrunkSection {
  y: number;
  /** Half-width, half-depth, superellipse power, centre z. */
  a: number;
  b: number;
  n: number;
  z: number;
}

/** Power of the superellipse of half-axes a, b whose perimeter is `girth` (bisection). */
function powerForGirth(a: number, b: number, girth: number): number {
  let lo = 2;
  let hi = 8;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (superellipsePerimeter(a, b, mid) < girth) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Trunk sections, bottom to top. At the buttocks the hips are ANSUR II's hip breadth wide and buttock depth
 * deep, and rounded-square enough to have its buttock circumference; above, the waist narrows to the level
 * of L1 (typical values).
 */
export function trunkSections(): TrunkSection[] {
  const hipA = (A.hipBreadth.mean * H) / 2;
  const hipB = (A.buttockDepth.mean * H) / 2;
  const front = L('pubic_symphysis')[2] + 0.032;
  const hipZ = front - hipB;
  const crotch = A.crotchHeight.mean * H;
  const buttock = A.buttockHeight.mean * H;
  return [
    // the trunk narrows between the thighs to the perineum; the buttocks' lower edges are their own shapes
    { y: crotch - 0.012, a: 0.06, b: 0.05, n: 2, z: hipZ + 0.025 },
    { y: buttock, a: hipA, b: hipB, n: powerForGirth(hipA, hipB, A.buttockCircumference.mean * H), z: hipZ },
    // widest over the greater trochanters, ~1.5 cm of soft tissue beyond the bone
    {
      y: L('greater_trochanter')[1] - 0.01,
      a: L('greater_trochanter_lateral')[0] + 0.017,
      b: hipB * 0.97,
      n: 2.5,
      z: hipZ + 0.006,
    },
    { y: L('asis')[1] - 0.04, a: 0.176, b: 0.118, n: 2.6, z: -0.03 },
    { y: L('iliac_crest_top')[1] + 0.01, a: 0.168, b: 0.112, n: 2.4, z: -0.024 },
    { y: 1.15, a: 0.158, b: 0.108, n: 2.2, z: -0.018 },
    { y: 1.265, a: 0.15, b: 0.106, n: 2.2, z: -0.014 },
  ];
}

/**
 * Interpolates numeric fields of keyed sections over y (monotone cubic), tabulated every millimetre so the
 * skin field stays cheap to evaluate. Returns the fields in the order asked, clamped to the keys' range.
 */
function interpolator<T extends { y: number }>(keys: readonly T[], fields: readonly (keyof T)[]) {
  const ys = keys.map((k) => k.y);
  const lo = ys[0]!;
  const hi = ys[ys.length - 1]!;
  const n = Math.ceil((hi - lo) / 0.001) + 1;
  const table = fields.map((name) => {
    const f = monotoneCubic(
      ys,
      keys.map((k) => k[name] as number),
    );
    return Float64Array.from({ length: n }, (_, i) => f(lo + ((hi - lo) * i) / (n - 1)));
  });
  const out = new Float64Array(fields.length);
  return (y: number): Float64Array => {
    const x = ((Math.min(hi, Math.max(lo, y)) - lo) / (hi - lo)) * (n - 1);
    const i = Math.min(n - 2, Math.floor(x));
    const f = x - i;
    for (let k = 0; k < table.length; k++) out[k] = table[k]![i]! * (1 - f) + table[k]![i + 1]! * f;
    return out;
  };
}

/** Distance-like value of a superellipse section: (k - 1) times the smaller half-axis. */
function sectionDistance(dx: number, dz: number, a: number, b: number, n: number): number {
  const k = (Math.abs(dx / a) ** n + Math.abs(dz / b) ** n) ** (1 / n);
  return (k - 1) * Math.min(a, b);
}

/** Soft tissue over a lesser toe's phalanges: skin and the extensor or flexor tendon (Gray's, toes). */
const TOE_SOFT = 0.0045;

/** Feet: round cones along the foot frame (heel pad, arches, ball, toes; ~7 mm over the bones). */
function footParts(): Sdf[] {
  const k = FOOT_LENGTH / 0.27;
  const c = (a: Vec3, b: Vec3, ra: number, rb: number): Sdf =>
    capsule(footPoint(a[0], a[1], a[2]), footPoint(b[0], b[1], b[2]), ra * k, rb * k);
  return [
    c([0.028, 0.036, 0.002], [0.08, 0.042, 0.004], 0.036, 0.032),
    c([0.07, 0.036, -0.008], [0.19, 0.022, -0.022], 0.03, 0.021),
    c([0.07, 0.03, 0.018], [0.176, 0.018, 0.038], 0.026, 0.017),
    c([0.19, 0.019, -0.022], [0.25, 0.013, -0.023], 0.02, 0.013),
    c([0.19, 0.017, 0.0], [0.244, 0.011, 0.012], 0.018, 0.011),
    c([0.178, 0.015, 0.03], [0.222, 0.01, 0.04], 0.015, 0.009),
    // under the third and fourth metatarsal heads, between the two above (the ball is flat on the floor there:
    // without it the skin's sole rose 4-5 mm into a groove under the third head, 3.5 mm from the bone)
    c([0.185, 0.012, 0.016], [0.226, 0.009, 0.025], 0.0128, 0.0095),
    // the instep: the skin lies ~5 mm over the extensor tendons on the tarsal bones' dorsum (Gray's, foot)
    c([0.09, 0.046, -0.01], [0.175, 0.03, -0.004], 0.028, 0.02),
    // each lesser toe along its own phalanges, ~4.5 mm of skin and tendon over the bone (its base), tapering
    // to the pulp: the cones above lie straight while the toes rise and curl, and left the second and fourth
    // toes' joints outside the skin and the dorsum of the others within 4 mm of the bone
    ...[1, 2, 3, 4].flatMap((toe) =>
      toePhalanges(toe).map((b, j, all) =>
        c(
          b.from,
          b.to,
          b.radius * 1.3 + TOE_SOFT,
          j === all.length - 1 ? b.radius * 0.85 + 0.0035 : b.radius * 1.3 + TOE_SOFT,
        ),
      ),
    ),
  ];
}

/**
 * The front and side of the leg lateral to the tibial crest: the anterior and lateral compartments (tibialis
 * anterior, the long extensors, the fibulares) bulge there, ~2.5-3 cm deep to the skin at the upper third,
 * while the crest and the medial surface of the tibia stay subcutaneous (Netter's Atlas 7th ed., serial
 * cross-sections of the leg; Gray's Anatomy 42nd ed., leg). An ellipse round the calf cannot give both, so
 * a round cone lateral to the crest, tapering to the ankle, joins the leg's sections.
 */
function shinBulge(): Sdf {
  const tTop = L('tibial_shaft_top');
  const tBottom = L('tibial_shaft_bottom');
  const knee = L('knee_joint_centre')[1];
  const ankle = L('ankle_joint_centre')[1];
  const at = (y: number, dx: number, dz: number): Vec3 => {
    const p = axisAt(tTop, tBottom, y);
    return [p[0] + dx, y, p[2] + dz];
  };
  return capsule(at(knee - 0.075, 0.024, 0.012), at(ankle + 0.1, 0.017, 0.008), 0.032, 0.018);
}

/** Signed distance to the skin surface (symmetric in x). */
export const skinSdf = perLandmarks((): Sdf => {
  const legs = legSections();
  const leg = interpolator(legs, ['girth', 'aspect', 'x', 'z']);
  const legBottom = legs[0]!.y;
  const legTop = legs[legs.length - 1]!.y;
  const trunks = trunkSections();
  const trunk = interpolator(trunks, ['a', 'b', 'n', 'z']);
  const trunkBottom = trunks[0]!.y;
  const trunkTop = trunks[trunks.length - 1]!.y;
  const feet = footParts();
  const shin = shinBulge();
  // Buttocks: the lower, rounded edge of gluteus maximus over the gluteal fold.
  const buttock = capsule(
    rel('ischial_spine', [0.012, 0.023, -0.046]),
    rel('ischial_spine', [0.022, -0.012, -0.042]),
    0.06,
    0.05,
  );
  const legDistance = (x: number, y: number, z: number): number => {
    const [girth, aspect, cx, cz] = leg(y) as unknown as [number, number, number, number];
    // girth -> semi-axes: side-to-side a, front-to-back b = aspect * a
    const a = girth / ellipsePerimeter(1, aspect);
    const d = sectionDistance(x - cx, z - cz, a, a * aspect, 2);
    return Math.max(d, legBottom - y, y - legTop);
  };
  const trunkDistance = (x: number, y: number, z: number): number => {
    const [a, b, n, cz] = trunk(y) as unknown as [number, number, number, number];
    const d = sectionDistance(x, z - cz, a, b, n);
    return Math.max(smax(d, trunkBottom - y, 0.02), y - trunkTop);
  };
  const union: Sdf = (ax, y, z) => {
    let d = smin(trunkDistance(ax, y, z), buttock(ax, y, z), 0.03);
    d = smin(d, smin(legDistance(ax, y, z), shin(ax, y, z), 0.025), 0.035);
    for (const f of feet) d = smin(d, f(ax, y, z), 0.018);
    return d;
  };
  // from the upper thigh, 10 cm below the gluteal furrow where its sections meet the trunk's, to just
  // under the iliac crest
  const smoothed = smoothLateralOutline(union, {
    from: A.crotchHeight.mean * H - 0.1,
    to: L('iliac_crest_top')[1] - 0.045,
  });
  return (x, y, z) => smoothed(Math.abs(x), y, z);
});

export async function buildSkin(
  maxTriangles: number,
  edge = 0.008,
): Promise<RawMesh & { normals?: Float32Array }> {
  return meshField('skin', 'skin', skinSdf(), {
    bounds: { min: [-0.26, -0.01, -0.22], max: [0.26, 1.3, 0.25] },
    edge,
    maxTriangles,
  });
}

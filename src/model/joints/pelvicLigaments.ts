/**
 * The ligaments of the pelvis and hip, the acetabular labrum and the iliopsoas bursa (left side), as thin
 * sheets, cords and shells anchored on landmarks.ts and laid onto the bone fields. Places after Gray's
 * Anatomy 42nd ed. (pelvic girdle; hip joint), Netter's Atlas of Human Anatomy 7th ed. (plates of the
 * pelvic ligaments and the hip joint) and Moore's Clinically Oriented Anatomy 8th ed.:
 * - iliolumbar ligament: tip of the L5 transverse process to the inner lip of the posterior iliac crest;
 * - sacroiliac ligaments: the posterior ones as bands (thicker rows, thinner between them) from the posterior
 *   superior iliac spine and the medial border of the ilium to the lateral sacral crest (S1-S3), bridging the
 *   deep groove the interosseous ligament fills; the anterior one as a thin sheet across the front of the joint;
 * - sacrotuberous ligament: broad and thin from the posterior iliac spines and the lateral border of the
 *   sacrum and coccyx (its origin follows the border), narrowing and thickening behind the ischial spine, then
 *   fanning again to the medial margin of the ischial tuberosity;
 * - sacrospinous ligament: a thin triangle from the lateral border of the lower sacrum and coccyx to the
 *   ischial spine, thicker at the spine, in front of (pelvic side of) the sacrotuberous ligament;
 * - inguinal ligament: a cord from the anterior superior iliac spine to the pubic tubercle, curved down
 *   towards the thigh (~12-14 cm long, Gray's);
 * - iliofemoral ligament: the inverted Y in front of the hip capsule from the anterior inferior iliac spine
 *   and the acetabular rim to the intertrochanteric line (Gray's: the strongest ligament of the body; Fuss &
 *   Bacher 1991, Am J Anat 192:1, its two bands); here ~4.4 mm thick;
 * - acetabular labrum: a fibrocartilage ring of triangular section (Seldes et al. 2001, Clin Orthop 382:232)
 *   on the acetabular rim, deepening the socket round the femoral head; here ~6 mm at its base and ~6 mm high;
 * - iliopsoas bursa: the flattened sac between the iliopsoas tendon and the front of the hip capsule and
 *   the pubis, medial to the iliofemoral ligament (Gray's: the largest bursa round the hip); here ~5.6 by
 *   2.6 cm.
 * They lie under muscles (or, the inguinal ligament, under the skin), so they go in the deep model file.
 */
import type { MeshKind, Sdf, Vec3 } from '../types.ts';
import type { DeepStructureId } from '../../content/ids.ts';
import { L, rel } from '../landmarks.ts';
import { add, cross, dist, frameYZ, lerp, normalize, scale, sub } from '../kernel/vec.ts';
import { ellipsoid, union } from '../kernel/sdf.ts';
import { boneSdf } from '../bones/index.ts';
import { transverseProcessTip } from '../bones/vertebra.ts';
import { ACETABULUM_AXIS } from '../bones/hipBone.ts';
import { FEMORAL_HEAD_RADIUS } from '../bones/femur.ts';
import { hipJointSdf } from './joints.ts';
import { cornerGrid, drape, gridSheet, shellOn, smoothNormals, surfaceNormal } from './sheets.ts';
import { type BandPath, pathBand } from './bands.ts';

/** Each a deep-file structure of the content (a typo, or a move out of the deep file, fails to compile). */
export const PELVIC_LIGAMENT_IDS = [
  'iliolumbar_ligament',
  'sacroiliac_ligaments',
  'sacrotuberous_ligament',
  'sacrospinous_ligament',
  'inguinal_ligament',
  'iliofemoral_ligament',
  'acetabular_labrum',
  'iliopsoas_bursa',
] as const satisfies readonly DeepStructureId[];
export type PelvicLigamentId = (typeof PELVIC_LIGAMENT_IDS)[number];

const BACK: Vec3 = [0, 0, 1]; // a ray from behind travels forward
const FRONT: Vec3 = [0, 0, -1];
const minOf =
  (...f: Sdf[]): Sdf =>
  (x, y, z) =>
    Math.min(...f.map((g) => g(x, y, z)));

const pelvisSdf = (): Sdf => minOf(boneSdf('hip_bone'), boneSdf('sacrum'), boneSdf('coccyx'));

/** The iliolumbar ligament: L5 transverse process tip to the inner lip of the iliac crest. */
export function iliolumbarBand(): BandPath {
  // in front of the sacroiliac joint; two bands fused, ~1 cm wide at the process, fanning to ~1.6 cm on
  // the crest (Gray's; Netter pl. 340), rounded at both ends
  const tip = add(transverseProcessTip(4, 1), [-0.002, 0, 0]);
  const crest = rel('psis', [0.032, 0.042, 0.028]);
  const face = normalize(cross([0, 1, 0.25], sub(crest, tip)));
  return {
    points: [tip, crest],
    halfWidths: [0.005, 0.008],
    halfThicks: [0.0018, 0.0018],
    normals: [face, face],
  };
}

export function iliolumbarSdf(): Sdf {
  return pathBand(iliolumbarBand());
}

/**
 * The posterior sacroiliac ligaments as rows of points, top to bottom, each from the lateral sacral crest (laid
 * on it from behind) to the medial border of the ilium: the short bands from above the PSIS down to the PIIS,
 * then the long posterior ligament from the PSIS region down to the lateral crest at S3-S4 (Gray's; Netter).
 * Between each two bands a row half-way, where the sheet thins (the grooves between the bands).
 */
export function posteriorSacroiliacRows(): { rows: Vec3[][]; band: boolean[] } {
  const pelvis = pelvisSdf();
  const bands: Vec3[][] = [];
  for (const [y, ilX, saX, saY] of [
    [1.04, 0.052, 0.03, 1.03],
    [1.025, 0.044, 0.026, 1.012],
    [1.008, 0.043, 0.023, 0.994],
    [0.99, 0.045, 0.021, 0.976],
    [0.975, 0.041, 0.02, 0.958],
  ] as const) {
    const ilium = drape(pelvis, [ilX, y, 0], BACK, 0.0016);
    const sacrum = drape(pelvis, [saX, saY, 0], BACK, 0.0016);
    bands.push([sacrum, lerp(sacrum, ilium, 0.5), ilium]);
  }
  const rows: Vec3[][] = [];
  const band: boolean[] = [];
  bands.forEach((r, i) => {
    if (i > 0) {
      // half-way between two bands (laid onto the bone from behind, it would ride up onto the PSIS)
      const prev = bands[i - 1] as Vec3[];
      rows.push(r.map((p, j) => lerp(p, prev[j] as Vec3, 0.5)));
      band.push(false);
    }
    rows.push(r);
    band.push(true);
  });
  return { rows, band };
}

/**
 * Half thickness of the posterior sacroiliac sheet at row i, column j: 2.1 mm along each band's middle,
 * thinner at its two ends (1.6 mm) and in the grooves between bands (0.65 of that), so the bands stand out
 * over the sacral crest instead of one plane of even thickness.
 */
const sacroiliacThickness =
  (band: readonly boolean[]) =>
  (i: number, j: number): number =>
    (j === 1 ? 0.0021 : 0.0016) * (band[i] ? 1 : 0.65);

export function sacroiliacLigamentsSdf(): Sdf {
  const pelvis = pelvisSdf();
  const { rows, band } = posteriorSacroiliacRows();
  const posterior = gridSheet(rows, sacroiliacThickness(band));
  // Anterior: a thin sheet on the pelvic surface across the front of the joint, ala to ilium.
  const front = cornerGrid(
    [0.04, 1.036, 0],
    [0.058, 1.036, 0],
    [0.042, 0.998, 0],
    [0.058, 0.996, 0],
    4,
    3,
  ).map((row) => row.map((p) => drape(pelvis, p, FRONT, 0.001)));
  return union([posterior, gridSheet(front, 0.001)], 0);
}

/**
 * The lateral border of the sacrum and coccyx at height y (the outermost point of either bone, over depths
 * behind the bodies): where the sacrotuberous and sacrospinous ligaments arise (Gray's), so their origins
 * follow the bone's outline instead of a straight line.
 */
export function sacralBorder(y: number): Vec3 {
  const f = minOf(boneSdf('sacrum'), boneSdf('coccyx'));
  let best: Vec3 = [0, y, -0.075];
  for (let z = -0.11; z <= -0.03; z += 0.001) {
    let x = 0.07;
    while (x > best[0] && f(x, y, z) > 0) x -= Math.max(0.0003, f(x, y, z) * 0.9);
    if (x > best[0]) best = [x, y, z];
  }
  return best;
}

/**
 * Edge points of the sacrotuberous ligament's origin, top (below the PSIS, on the ilium's posterior border)
 * down the lateral border of the sacrum and the coccyx (on their dorsal surface, 4 mm in from the border),
 * and of its insertion on the medial margin of the ischial tuberosity (and its falciform edge).
 */
export function sacrotuberousEnds(): { origin: Vec3[]; insertion: Vec3[] } {
  const pelvis = pelvisSdf();
  const border = [0.976, 0.96, 0.944, 0.928].map((y) => {
    const e = sacralBorder(y);
    return drape(pelvis, [e[0] - 0.004, y, 0], BACK, 0.0012);
  });
  return {
    origin: [rel('psis', [0.004, -0.022, -0.002]), ...border],
    insertion: [
      rel('ischial_tuberosity', [-0.006, 0.026, -0.008]),
      rel('ischial_tuberosity', [-0.0075, 0.02, -0.0072]),
      rel('ischial_tuberosity', [-0.009, 0.014, -0.0065]),
      rel('ischial_tuberosity', [-0.0103, 0.008, -0.0058]),
      rel('ischial_tuberosity', [-0.011, 0.002, -0.005]),
    ],
  };
}

/** The sacrotuberous ligament's sheet as rows of points, origin to insertion (before its rounded end). */
export function sacrotuberousRows(): Vec3[][] {
  const { origin, insertion } = sacrotuberousEnds();
  const rows: Vec3[][] = [];
  const n = 9;
  for (let i = 0; i < n; i++) {
    const u = i / (n - 1);
    const row = origin.map((o, j) => lerp(o, insertion[j] as Vec3, u));
    const c = scale(
      row.reduce((s, p) => add(s, p), [0, 0, 0] as Vec3),
      1 / row.length,
    );
    // narrowest past the middle (~1.5 cm), then widening a little onto the tuberosity; bowed backwards
    const pinch = 1 - 0.55 * Math.sin(Math.PI * Math.min(1, u * 1.25));
    rows.push(row.map((p) => add(add(c, scale(sub(p, c), pinch)), [0, 0, -0.007 * Math.sin(Math.PI * u)])));
  }
  return rows;
}

/** The sacrotuberous ligament's greatest half thickness (m), behind the ischial spine. */
const SACROTUBEROUS_PEAK = 0.0036;

/**
 * Half thickness of the sacrotuberous ligament at row i (of its 9 rows, then the tongue's) and column j (of
 * 5): thin where it fans out on the sacrum (1.4 mm), thickest (3.6 mm) where it is narrowest, behind the
 * ischial spine, thinner again (2 mm) as it spreads onto the tuberosity, and thinner at its edges than along
 * its middle (Gray's; Netter: a thick, narrow middle fanning at both ends).
 */
export function sacrotuberousThickness(i: number, j: number, peak = SACROTUBEROUS_PEAK): number {
  const u = Math.min(1, i / 8);
  const ease = (t: number): number => t * t * (3 - 2 * t);
  const along =
    u < 0.45 ? 0.0014 + (peak - 0.0014) * ease(u / 0.45) : peak - 0.0018 * ease((u - 0.45) / 0.55);
  // the rounded tongue on the tuberosity (its last row and the rows past it) evenly thick
  return i >= 8 ? along : along * ([0.8, 0.95, 1, 0.95, 0.8][j] ?? 1);
}

/** The sacrotuberous ligament's field; `peak` other than its own only to test the mesher at other shapes. */
export function sacrotuberousSdf(peak = SACROTUBEROUS_PEAK): Sdf {
  return gridSheet(roundedTongue(sacrotuberousRows(), 3, 0.6), (i, j) => sacrotuberousThickness(i, j, peak));
}

/**
 * A sheet's grid with `k` rows added past its last one along a flattened half ellipse (reaching `depth`
 * times the last row's half width beyond it), so that the sheet ends in a rounded tongue, not a squared
 * edge; the added rows lie on or in the bone the sheet ends on.
 */
function roundedTongue(rows: readonly Vec3[][], k: number, depth: number): Vec3[][] {
  const mean = (r: readonly Vec3[]): Vec3 =>
    scale(
      r.reduce((s, p) => add(s, p), [0, 0, 0] as Vec3),
      1 / r.length,
    );
  const last = rows.at(-1) as Vec3[];
  const c = mean(last);
  const along = normalize(sub(c, mean(rows.at(-2) as Vec3[])));
  const half = dist(last[0] as Vec3, last.at(-1) as Vec3) / 2;
  const out = [...rows];
  for (let i = 1; i <= k; i++) {
    const th = ((i / k) * Math.PI) / 2;
    const f = Math.max(0.12, Math.cos(th));
    out.push(last.map((p) => add(add(c, scale(along, half * depth * Math.sin(th))), scale(sub(p, c), f))));
  }
  return out;
}

/** The sacrospinous ligament's base on the lateral border of the lower sacrum and coccyx, and its apex. */
export function sacrospinousEnds(): { base: Vec3[]; apex: Vec3 } {
  return {
    // on the border itself, in front of the sacrotuberous ligament's origin (Gray's)
    base: [0.962, 0.945, 0.928].map((y) => add(sacralBorder(y), [-0.001, 0, 0])),
    apex: rel('ischial_spine', [-0.002, 0, -0.002]),
  };
}

/** The sacrospinous ligament's rows of points, from its base on the sacrum and coccyx to the ischial spine. */
export function sacrospinousRows(): Vec3[][] {
  const { base, apex } = sacrospinousEnds();
  const rows: Vec3[][] = [];
  for (let i = 0; i < 6; i++) {
    const u = i / 5;
    // the apex is ~8 mm wide on the spine, not a point
    rows.push(base.map((b, j) => lerp(b, add(apex, [0, (1 - j) * 0.004, 0]), u)));
  }
  return rows;
}

/**
 * A thin triangle: 1.1 mm half thickness where it fans onto the sacrum and coccyx, thickening to 2.1 mm at the
 * ischial spine, its edges thinner than its middle (Gray's; Netter).
 */
export function sacrospinousThickness(i: number, j: number): number {
  return (0.0011 + 0.001 * (i / 5)) * (j === 1 ? 1 : 0.9);
}

export function sacrospinousSdf(): Sdf {
  return gridSheet(sacrospinousRows(), sacrospinousThickness);
}

/** Points of the inguinal ligament from the ASIS to the pubic tubercle. */
export function inguinalPath(): Vec3[] {
  const asis = rel('asis', [-0.004, -0.006, 0.004]);
  const tub = rel('pubic_tubercle', [0.003, 0.002, 0.004]);
  // curved, convex towards the thigh (Gray's), along the groin fold
  return [
    asis,
    add(lerp(asis, tub, 0.33), [0, -0.006, 0.008]),
    add(lerp(asis, tub, 0.66), [0, -0.006, 0.008]),
    tub,
  ];
}

/**
 * The inguinal ligament in section: the thickened lower border of the external oblique aponeurosis, a
 * band ~9 mm high facing forward whose lower edge rolls back into a shelf ~6 mm deep (the shelving edge,
 * a gutter open upwards that holds the spermatic cord or round ligament; Gray's; Moore), widest medially
 * where it turns into the lacunar ligament. Each limb is a band of rounded section along the path.
 */
export function inguinalLimbs(): { front: BandPath; shelf: BandPath } {
  const path = inguinalPath();
  const face: Vec3 = normalize([0, -0.25, 1]);
  const up: Vec3 = normalize([0, 1, 0.15]);
  return {
    front: {
      points: path.map((p) => add(p, [0, 0.0005, 0])),
      halfWidths: [0.0035, 0.0045, 0.0045, 0.004],
      halfThicks: [0.0012, 0.0012, 0.0012, 0.0012],
      normals: path.map(() => face),
    },
    shelf: {
      points: path.map((p, i) => add(p, [0, -0.0035, -0.0025 - 0.0005 * i])),
      halfWidths: [0.0018, 0.003, 0.0032, 0.0035],
      halfThicks: [0.0011, 0.0011, 0.0011, 0.0011],
      normals: path.map(() => up),
    },
  };
}

export function inguinalSdf(): Sdf {
  const { front, shelf } = inguinalLimbs();
  return union([pathBand(front), pathBand(shelf)], 0.0015);
}

/** Hip capsule, femur and hip bone: what the iliofemoral ligament and the iliopsoas bursa lie on. */
const hipSurface = (): Sdf => minOf(hipJointSdf(), boneSdf('femur'), boneSdf('hip_bone'));

/**
 * The iliofemoral ligament's two bands, each a thick band of rounded section laid on the capsule (an
 * inverted Y, Gray's; Fuss & Bacher 1991): from a common stem below the AIIS and on the rim above the
 * acetabulum, the lateral (superior) band over the top of the capsule to the upper intertrochanteric line
 * (laid on from above and in front, as it wraps the neck), the medial (inferior) band straight down its
 * front to the lower end of the line above the lesser trochanter. Thickest (~6 mm) over the capsule,
 * thinner where they end on the bone.
 */
export function iliofemoralBands(): { lateral: BandPath; medial: BandPath } {
  const s = hipSurface();
  const aiis = L('aiis');
  const top: Vec3 = [aiis[0] - 0.003, aiis[1] - 0.01, 0];
  const n = 7;
  const halfThicks = [0.002, 0.0026, 0.003, 0.003, 0.0028, 0.0024, 0.0019];
  const lay = (p: Vec3, dir: Vec3, i: number): Vec3 => drape(s, p, dir, (halfThicks[i] as number) + 0.0003);
  const path = (end: Vec3, place: (p: Vec3, i: number) => Vec3, halfWidths: number[]): BandPath => {
    const points = Array.from({ length: n }, (_, i) => place(lerp(top, end, i / (n - 1)), i));
    // the capsule, femur and hip bone meet in creases, so their normals jump from point to point: the first
    // (under the AIIS) takes the second's before smoothing
    const raw = points.map((p) => surfaceNormal(s, p));
    return {
      points,
      halfWidths,
      halfThicks,
      normals: smoothNormals(raw.map((v, i) => (i === 0 ? (raw[1] as Vec3) : v))),
    };
  };
  return {
    lateral: path(
      [0.142, 0.9195, 0],
      (p, i) => lay([p[0], p[1] - (0.012 * i) / 6, 0.035 - (0.01 * i) / 6], [0, -0.6, -1], i),
      [0.0055, 0.0055, 0.0055, 0.0055, 0.0055, 0.0055, 0.0055],
    ),
    medial: path(
      [0.124, 0.873, 0],
      (p, i) => lay(p, FRONT, i),
      [0.0055, 0.005, 0.005, 0.005, 0.005, 0.005, 0.0055],
    ),
  };
}

export function iliofemoralSdf(): Sdf {
  const { lateral, medial } = iliofemoralBands();
  // the two bands merge into one stem below the AIIS
  return union([pathBand(lateral), pathBand(medial)], 0.003);
}

/** Rim of the bony acetabulum: polar angle from the acetabular axis at each of `n` angles round it. */
export function acetabularRim(n = 48): { centre: Vec3; e1: Vec3; e2: Vec3; theta: number[] } {
  const hip = boneSdf('hip_bone');
  const centre = L('hip_joint_centre');
  const ax = ACETABULUM_AXIS;
  const e1 = normalize(cross(ax, [0, 0, 1]));
  const e2 = cross(ax, e1);
  const r = FEMORAL_HEAD_RADIUS + 0.0031 + 0.002;
  const raw: number[] = [];
  for (let i = 0; i < n; i++) {
    const phi = (2 * Math.PI * i) / n;
    const dir = add(scale(e1, Math.cos(phi)), scale(e2, Math.sin(phi)));
    let theta = 1.9;
    for (let th = 0.3; th < 1.9; th += 0.01) {
      const p = add(centre, add(scale(ax, r * Math.cos(th)), scale(dir, r * Math.sin(th))));
      if (hip(p[0], p[1], p[2]) < 0) {
        theta = th;
        break;
      }
    }
    raw.push(theta);
  }
  // The acetabular notch: the labrum bridges it with the transverse ligament, so no dip deeper than 0.15 rad
  // past the median; then a circular moving average.
  const median = [...raw].sort((a, b) => a - b)[Math.floor(n / 2)] as number;
  const capped = raw.map((t) => Math.min(t, median + 0.15));
  const theta = capped.map((_, i) => {
    let s = 0;
    for (let k = -2; k <= 2; k++) s += capped[(i + k + n) % n] as number;
    return s / 5;
  });
  return { centre, e1, e2, theta };
}

/** Signed distance to a 2D triangle (a, b, c counter-clockwise or not). */
function triangle2(
  p: [number, number],
  a: [number, number],
  b: [number, number],
  c: [number, number],
): number {
  const seg = (q: [number, number], r: [number, number]): number => {
    const ex = r[0] - q[0];
    const ey = r[1] - q[1];
    const h = Math.min(1, Math.max(0, ((p[0] - q[0]) * ex + (p[1] - q[1]) * ey) / (ex * ex + ey * ey)));
    return Math.hypot(p[0] - q[0] - ex * h, p[1] - q[1] - ey * h);
  };
  const side = (q: [number, number], r: [number, number]): number =>
    Math.sign((r[0] - q[0]) * (p[1] - q[1]) - (r[1] - q[1]) * (p[0] - q[0]));
  const d = Math.min(seg(a, b), seg(b, c), seg(c, a));
  const s = side(a, b) + side(b, c) + side(c, a);
  return Math.abs(s) === 3 ? -d : d;
}

export function labrumSdf(): Sdf {
  const { centre, e1, e2, theta } = acetabularRim();
  const n = theta.length;
  const ax = ACETABULUM_AXIS;
  const cup = FEMORAL_HEAD_RADIUS + 0.0031;
  // Section in (outward from the cup surface, towards the pole along it): base on the rim ~6 mm wide,
  // sunk 1.5 mm into the bone, apex ~5 mm beyond the rim hugging the head (Seldes 2001: triangular).
  const A: [number, number] = [0.0002, -0.0015];
  const B: [number, number] = [0.0062, -0.0015];
  const C: [number, number] = [0.0004, 0.0052];
  const femur = boneSdf('femur');
  return (x, y, z) => {
    const d = sub([x, y, z], centre);
    const h = d[0] * ax[0] + d[1] * ax[1] + d[2] * ax[2];
    const u = d[0] * e1[0] + d[1] * e1[1] + d[2] * e1[2];
    const v = d[0] * e2[0] + d[1] * e2[1] + d[2] * e2[2];
    const rho = Math.hypot(h, u, v);
    const th = Math.atan2(Math.hypot(u, v), h);
    let phi = Math.atan2(v, u);
    if (phi < 0) phi += 2 * Math.PI;
    const f = (phi / (2 * Math.PI)) * n;
    const i0 = Math.floor(f) % n;
    const rim =
      (theta[i0] as number) * (1 - (f - Math.floor(f))) +
      (theta[(i0 + 1) % n] as number) * (f - Math.floor(f));
    const ring = triangle2([rho - cup, (rim - th) * cup], A, B, C) - 0.0007;
    // clear of the head-neck junction, which bulges past the head's sphere
    return Math.max(ring, 0.001 - femur(x, y, z));
  };
}

export function iliopsoasBursaSdf(): Sdf {
  const s = hipSurface();
  // in front of the capsule and the iliopubic eminence, under the tendon (psoas passes ~4 cm in front of
  // the joint centre, trunk.ts), medial to the iliofemoral ligament's medial band
  const c = drape(s, rel('hip_joint_centre', [-0.006, 0.004, 0]), FRONT, 0.004);
  const footprint = ellipsoid(frameYZ(c, [0.12, 1, 0], [0, 0, 1]), [0.013, 0.028, 0.012]);
  return shellOn(s, 0.004, 0.0018, footprint);
}

export function pelvicLigamentSdf(id: PelvicLigamentId): Sdf {
  switch (id) {
    case 'iliolumbar_ligament':
      return iliolumbarSdf();
    case 'sacroiliac_ligaments':
      return sacroiliacLigamentsSdf();
    case 'sacrotuberous_ligament':
      return sacrotuberousSdf();
    case 'sacrospinous_ligament':
      return sacrospinousSdf();
    case 'inguinal_ligament':
      return inguinalSdf();
    case 'iliofemoral_ligament':
      return iliofemoralSdf();
    case 'acetabular_labrum':
      return labrumSdf();
    case 'iliopsoas_bursa':
      return iliopsoasBursaSdf();
  }
}

/** Mesh kind: ligaments, the labrum's fibrocartilage, and the bursa drawn like the other bursa (a joint shell). */
export function pelvicLigamentKind(id: PelvicLigamentId): MeshKind {
  return id === 'acetabular_labrum' ? 'cartilage' : id === 'iliopsoas_bursa' ? 'joint' : 'ligament';
}

/** Bounds (left side) and meshing settings. */
export function pelvicLigamentMeshSettings(id: PelvicLigamentId): {
  min: Vec3;
  max: Vec3;
  edge: number;
  tris: number;
} {
  const box = (min: Vec3, max: Vec3, edge: number, tris: number) => ({ min, max, edge, tris });
  const hjc = L('hip_joint_centre');
  switch (id) {
    case 'iliolumbar_ligament':
      return box([0.025, 1.04, -0.09], [0.09, 1.1, -0.015], 0.0012, 200);
    case 'sacroiliac_ligaments':
      return box([0.01, 0.955, -0.115], [0.075, 1.06, -0.02], 0.0012, 460);
    case 'sacrotuberous_ligament':
      return box([0.0, 0.84, -0.115], [0.065, 1.02, -0.02], 0.0013, 480);
    case 'sacrospinous_ligament':
      return box([0.0, 0.9, -0.09], [0.06, 0.975, -0.04], 0.0011, 220);
    case 'inguinal_ligament':
      return box([0.01, 0.89, 0.03], [0.135, 1.025, 0.08], 0.0008, 440);
    case 'iliofemoral_ligament':
      return box(sub(hjc, [0.0, 0.07, 0.01]), add(hjc, [0.085, 0.06, 0.06]), 0.0011, 700);
    case 'acetabular_labrum':
      return box(sub(hjc, [0.04, 0.04, 0.04]), add(hjc, [0.04, 0.04, 0.04]), 0.0014, 540);
    case 'iliopsoas_bursa':
      return box(sub(hjc, [0.04, 0.05, -0.01]), add(hjc, [0.04, 0.05, 0.07]), 0.0012, 220);
  }
}

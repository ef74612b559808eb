/**
 * Bone form measured on the meshes (left side) the way anatomists and radiologists measure it, beside the
 * published normal range for adult men. Each measure finds its own axes on the mesh (a sphere fitted to the
 * femoral head, a line fitted to the shaft, the posterior condylar points...), so a wrong field fails, not
 * only a wrong landmark table.
 */
import type { RawMesh, Vec3 } from '../types.ts';
import { FOOT_PROGRESSION_DEG, HEIGHT, L } from '../landmarks.ts';
import { add, angleDeg, cross, dot, madd, normalize, reject, scale, sub } from '../kernel/vec.ts';
import { levelSegments, planeLevel, vertexList } from '../kernel/mesh.ts';
import { ANSUR_MALE } from './ansur.ts';

export interface BoneMeasure {
  readonly name: string;
  readonly value: number;
  readonly unit: '°' | 'mm';
  /** Published normal range for adult men, and where it comes from. */
  readonly range: readonly [number, number];
  readonly source: string;
}

const deg = (r: number): number => (r * 180) / Math.PI;
const points = vertexList;
const mean = (ps: readonly Vec3[]): Vec3 => {
  let s: Vec3 = [0, 0, 0];
  for (const p of ps) s = add(s, p);
  return scale(s, 1 / ps.length);
};
const norm3 = (v: Vec3): number => Math.hypot(v[0], v[1], v[2]);

/** Solves a 4x4 linear system (Gaussian elimination with partial pivoting). */
function solve4(a: number[][], b: number[]): number[] {
  const n = 4;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/** Least-squares sphere through points: |p|² = 2 c·p + d. */
export function fitSphere(ps: readonly Vec3[]): { centre: Vec3; radius: number } {
  const ata = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  const atb = [0, 0, 0, 0];
  for (const p of ps) {
    const row = [2 * p[0], 2 * p[1], 2 * p[2], 1];
    const rhs = dot(p, p);
    for (let i = 0; i < 4; i++) {
      atb[i]! += row[i]! * rhs;
      for (let j = 0; j < 4; j++) ata[i]![j]! += row[i]! * row[j]!;
    }
  }
  const [cx, cy, cz, d] = solve4(ata, atb) as [number, number, number, number];
  const centre: Vec3 = [cx, cy, cz];
  return { centre, radius: Math.sqrt(d + dot(centre, centre)) };
}

/** The femoral head: a sphere fitted to the vertices on the head's cap (beyond the neck), refined twice. */
export function femoralHead(femur: RawMesh): { centre: Vec3; radius: number } {
  const ps = points(femur);
  // seed: the joint centre the pelvis defines; the fit itself uses only the mesh
  let centre = L('hip_joint_centre');
  let radius = 0.025;
  const away = normalize(sub(centre, L('greater_trochanter')));
  for (let pass = 0; pass < 3; pass++) {
    const cap = ps.filter(
      (p) =>
        Math.abs(norm3(sub(p, centre)) - radius) < (pass === 0 ? 0.01 : 0.002) &&
        dot(normalize(sub(p, centre)), away) > -0.1,
    );
    ({ centre, radius } = fitSphere(cap));
  }
  return { centre, radius };
}

/** Best-fit line (centroid and principal direction, pointing up) through points. */
function fitLine(ps: readonly Vec3[]): { at: Vec3; dir: Vec3 } {
  const c = mean(ps);
  // power iteration on the scatter matrix
  let v: Vec3 = [0, 1, 0];
  for (let it = 0; it < 50; it++) {
    let w: Vec3 = [0, 0, 0];
    for (const p of ps) {
      const d = sub(p, c);
      w = madd(w, [d, dot(d, v)]);
    }
    v = normalize(w);
  }
  return { at: c, dir: v[1] < 0 ? [-v[0], -v[1], -v[2]] : v };
}

/**
 * Centre of the mesh's cross-section by a plane (through `at`, normal `n`): the length-weighted mean of the
 * contour segments within `maxR` of `at`. Robust on coarse meshes, where few vertices lie near any plane.
 */
export function sectionCentre(m: RawMesh, at: Vec3, n: Vec3, maxR: number): Vec3 | null {
  let sum: Vec3 = [0, 0, 0];
  let total = 0;
  for (const { enter: a, leave: b } of levelSegments(points(m), m.indices, planeLevel(at, n))) {
    const mid: Vec3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
    if (norm3(sub(mid, at)) > maxR) continue;
    const len = norm3(sub(a, b));
    sum = madd(sum, [mid, len]);
    total += len;
  }
  return total > 0 ? scale(sum, 1 / total) : null;
}

/** Centres of horizontal cross-sections of a mesh between two heights. */
function sliceCentres(m: RawMesh, y0: number, y1: number, n: number): Vec3[] {
  const out: Vec3[] = [];
  const ps = points(m);
  for (let i = 0; i < n; i++) {
    const y = y0 + ((y1 - y0) * (i + 0.5)) / n;
    const near = ps.filter((p) => Math.abs(p[1] - y) < 0.05);
    const c = sectionCentre(m, [mean(near)[0], y, mean(near)[2]], [0, 1, 0], 0.05);
    if (c) out.push(c);
  }
  return out;
}

/** Angle of a horizontal direction (x, z) for a left limb: 0 pointing medially (-x), positive forwards. */
const medialAngle = (v: Vec3): number => deg(Math.atan2(v[2], -v[0]));

export interface FemurForm {
  headRadius: number;
  neckShaftAngle: number;
  anteversion: number;
  bicondylarWidth: number;
}

export function femurForm(femur: RawMesh): FemurForm {
  const ps = points(femur);
  const ys = ps.map((p) => p[1]);
  const top = Math.max(...ys);
  const bottom = Math.min(...ys);
  const length = top - bottom;
  const head = femoralHead(femur);
  // shaft: the middle of the diaphysis (30-75 % of the length from the top)
  const shaft = fitLine(sliceCentres(femur, top - 0.75 * length, top - 0.3 * length, 12));
  // neck: centres of sections across the neck just outside the head, the axis refined from them
  let dir = normalize(sub(L('greater_trochanter'), head.centre));
  let neckCentre: Vec3 = head.centre;
  for (let it = 0; it < 8; it++) {
    const cs = [0.006, 0.011, 0.016]
      .map((s) => sectionCentre(femur, madd(head.centre, [dir, head.radius + s]), dir, 0.025))
      .filter((c): c is Vec3 => c !== null);
    neckCentre = mean(cs);
    dir = normalize(sub(neckCentre, head.centre));
  }
  // the neck axis points from the neck to the head; the shaft axis downwards
  const neck = normalize(sub(head.centre, neckCentre));
  const down: Vec3 = [-shaft.dir[0], -shaft.dir[1], -shaft.dir[2]];
  const neckShaftAngle = angleDeg(neck, down);
  // anteversion: the neck axis against the posterior condylar line, both seen along the shaft axis
  const distal = ps.filter((p) => p[1] < bottom + 0.05);
  const xs = distal.map((p) => p[0]);
  const midX = (Math.min(...xs) + Math.max(...xs)) / 2;
  const back = (side: (p: Vec3) => boolean): Vec3 =>
    distal.filter(side).reduce((a, p) => (p[2] < a[2] ? p : a));
  const medialBack = back((p) => p[0] < midX);
  const lateralBack = back((p) => p[0] >= midX);
  const flat = (v: Vec3): Vec3 => reject(v, shaft.dir);
  const anteversion = medialAngle(flat(neck)) - medialAngle(flat(sub(medialBack, lateralBack)));
  const condyles = ps.filter((p) => p[1] < bottom + 0.08).map((p) => p[0]);
  return {
    headRadius: head.radius,
    neckShaftAngle,
    anteversion,
    bicondylarWidth: Math.max(...condyles) - Math.min(...condyles),
  };
}

export interface LegForm {
  plateauWidth: number;
  tibialTorsion: number;
}

/**
 * Tibial plateau width (mediolateral, the top 2 cm) and tibiofibular torsion: the bimalleolar axis
 * (the most medial point of the medial malleolus, the most lateral of the lateral) against the posterior
 * tibial condylar line, seen from above; positive = external (the lateral malleolus behind).
 */
export function legForm(tibia: RawMesh, fibula: RawMesh): LegForm {
  const tp = points(tibia);
  const top = Math.max(...tp.map((p) => p[1]));
  const bottom = Math.min(...tp.map((p) => p[1]));
  const plateau = tp.filter((p) => p[1] > top - 0.02);
  const px = plateau.map((p) => p[0]);
  const midX = (Math.min(...px) + Math.max(...px)) / 2;
  const condyles = tp.filter((p) => p[1] > top - 0.035);
  const back = (side: (p: Vec3) => boolean): Vec3 =>
    condyles.filter(side).reduce((a, p) => (p[2] < a[2] ? p : a));
  const proximal = sub(
    back((p) => p[0] >= midX),
    back((p) => p[0] < midX),
  );
  const medialMalleolus = tp.filter((p) => p[1] < bottom + 0.05).reduce((a, p) => (p[0] < a[0] ? p : a));
  const fp = points(fibula);
  const fBottom = Math.min(...fp.map((p) => p[1]));
  const lateralMalleolus = fp.filter((p) => p[1] < fBottom + 0.05).reduce((a, p) => (p[0] > a[0] ? p : a));
  const distal = sub(lateralMalleolus, medialMalleolus);
  // angle of a medial-to-lateral line, positive when its lateral end lies behind
  const lateralBack = (v: Vec3): number => deg(Math.atan2(-v[2], v[0]));
  return {
    plateauWidth: Math.max(...px) - Math.min(...px),
    tibialTorsion: lateralBack(distal) - lateralBack(proximal),
  };
}

export function patellaSize(patella: RawMesh): { width: number; height: number; thickness: number } {
  const ps = points(patella);
  const ext = (k: number): number => Math.max(...ps.map((p) => p[k]!)) - Math.min(...ps.map((p) => p[k]!));
  return { width: ext(0), height: ext(1), thickness: ext(2) };
}

/** The foot's long axis (forwards) and its lateral axis in the floor plane. */
function footAxes(): { forward: Vec3; lateral: Vec3 } {
  const a = (FOOT_PROGRESSION_DEG * Math.PI) / 180;
  const forward: Vec3 = [Math.sin(a), 0, Math.cos(a)];
  return { forward, lateral: normalize(cross([0, 1, 0], forward)) };
}

/** Skin foot length: heel to the tip of the longest toe, along the foot's long axis (left foot). */
export function skinFootLength(skin: RawMesh): number {
  const { forward } = footAxes();
  const foot = points(skin).filter((p) => p[0] > 0.02 && p[1] < 0.06);
  const us = foot.map((p) => dot(p, forward));
  return Math.max(...us) - Math.min(...us);
}

/**
 * Calcaneal pitch: the line under the calcaneus from its plantar tuberosity to the lowest point of its
 * front end (the calcaneocuboid joint), against the floor.
 */
export function calcanealPitch(calcaneus: RawMesh): number {
  const { forward } = footAxes();
  const ps = points(calcaneus).map((p) => ({ u: dot(p, forward), v: p[1] }));
  const u0 = Math.min(...ps.map((p) => p.u));
  const u1 = Math.max(...ps.map((p) => p.u));
  const lowest = (from: number, to: number): { u: number; v: number } =>
    ps
      .filter((p) => p.u >= u0 + from * (u1 - u0) && p.u <= u0 + to * (u1 - u0))
      .reduce((a, p) => (p.v < a.v ? p : a));
  const heel = lowest(0, 0.35);
  const front = lowest(0.85, 1);
  return deg(Math.atan2(front.v - heel.v, front.u - heel.u));
}

/** Every bone measure of the model against its normal range. */
export function boneForm(byName: ReadonlyMap<string, RawMesh>): BoneMeasure[] {
  const get = (n: string): RawMesh => {
    const m = byName.get(n);
    if (!m) throw new Error(`no mesh ${n}`);
    return m;
  };
  const f = femurForm(get('femur_l'));
  const leg = legForm(get('tibia_l'), get('fibula_l'));
  const pat = patellaSize(get('patella_l'));
  const mm = (m: number): number => m * 1000;
  const foot = ANSUR_MALE.footLength;
  return [
    {
      name: 'femoral neck-shaft angle',
      value: f.neckShaftAngle,
      unit: '°',
      range: [120, 136],
      source:
        'Toogood et al. 2009 (Clin Orthop 467:876; 375 femurs, mean 129.2°); Carmona et al. 2022 (3D CT of 628 hips, 124.7 ± 6.2°)',
    },
    {
      name: 'femoral anteversion',
      value: f.anteversion,
      unit: '°',
      range: [5, 20],
      source:
        'Toogood et al. 2009 (mean 9.7°); Hartel et al. 2016 (PLoS One 11:e0149480; 1070 CT femurs, IQR 7.4–20.4°)',
    },
    {
      name: 'femoral head diameter',
      value: mm(2 * f.headRadius),
      unit: 'mm',
      range: [45.5, 55],
      source: "men above 45.5 mm (Pearson & Bell 1919, vertical diameter); Gray's Anatomy 42nd ed.",
    },
    {
      name: 'femoral bicondylar width',
      value: mm(f.bicondylarWidth),
      unit: 'mm',
      range: [80, 97],
      source: 'Terzidis et al. 2012 (Anat Res Int 2012:679658; 192 men, 88.6 ± 4.2 mm), ± 2 SD',
    },
    {
      name: 'tibial plateau width',
      value: mm(leg.plateauWidth),
      unit: 'mm',
      range: [72, 88],
      source:
        'Mensch & Amstutz 1975 (Caucasian men 80.3 ± 3.7 mm); Cheng et al. 2009 (76.4 ± 2.8 mm), ± 2 SD',
    },
    {
      name: 'tibiofibular torsion (external)',
      value: leg.tibialTorsion,
      unit: '°',
      range: [18, 52],
      source:
        'Pfeifer et al. 1995 (In Vivo 9:257; CT, 34.9 ± 8.6°), ± 2 SD; Kristiansen et al. 2001 (adults 38°, 18–47°)',
    },
    {
      name: 'patella width',
      value: mm(pat.width),
      unit: 'mm',
      range: [40, 54],
      source: 'Iranpour et al. 2008 (Clin Orthop 466:1198; 44.8 ± 4.8 mm), ± 2 SD, rounded',
    },
    {
      name: 'patella thickness',
      value: mm(pat.thickness),
      unit: 'mm',
      range: [18, 27],
      source: 'Iranpour et al. 2008 (22.4 ± 2.3 mm), ± 2 SD',
    },
    {
      name: 'foot length (skin)',
      value: mm(skinFootLength(get('skin'))),
      unit: 'mm',
      range: [mm((foot.mean - 2 * foot.sd) * HEIGHT), mm((foot.mean + 2 * foot.sd) * HEIGHT)],
      source: 'ANSUR II men (Gordon et al. 2014): foot length 0.1544 ± 0.0052 × stature, ± 2 SD',
    },
    {
      name: 'calcaneal pitch (arch)',
      value: calcanealPitch(get('calcaneus_l')),
      unit: '°',
      range: [18, 30],
      source:
        'weight-bearing lateral radiographs: normal 18–30°, below 18° flat foot (Radiopaedia, calcaneal inclination angle)',
    },
  ];
}

/**
 * The thigh and the leg as frames for their muscles. A limb point is (t, θ, ρ):
 * - t, the level: 0 at the upper joint centre's height (hip; knee for the leg), 1 at the lower (knee; ankle);
 *   sections are horizontal (the limbs stand almost vertical);
 * - θ, degrees round the bone's shaft axis at that height: 0 lateral, 90 anterior, 180 medial, 270 posterior
 *   (left side; the right is the mirror image);
 * - ρ, the depth across the muscle compartment: 0 on the bone (plus a fascial gap), 1 under the
 *   subcutaneous fat (skin minus fat thickness); beyond 1 it counts fat thicknesses (2 = the skin), where
 *   the thin superficial straps (sartorius, gracilis, tensor fasciae latae) and the iliotibial band lie.
 * So a muscle given in (t, θ, ρ) sits between its bone and the skin wherever the landmarks put them, and
 * muscles given as non-overlapping (θ, ρ) boxes at a level fill the limb without piercing each other.
 */
import type { Sdf, Vec3 } from '../types';
import { L, perLandmarks, type LandmarkName } from '../landmarks';
import { boneSdf, type BoneId } from '../bones';
import { lerp } from '../kernel/vec.ts';
import { skinSdf } from './skin';

export type LimbId = 'thigh' | 'leg';

/**
 * Subcutaneous fat kept over the muscles, metres. Chosen so that the muscles Handsfield et al. 2014's volume
 * regressions give for a man of ANSUR II's mean stature and mass (1.76 m, 85 kg; BMI ~28) fill the
 * compartment inside the ANSUR II girths, together with the vessels and the muscles not modelled yet:
 * ~1.6 cm over the thigh, ~0.8 cm over the leg, now that all its muscles are modelled (ultrasound in men of
 * that build reports 1-2 cm over the thigh).
 */
const FAT: Record<LimbId, number> = { thigh: 0.016, leg: 0.008 };
/** Gap kept off the bone surface (periosteum and deep fascia). */
const BONE_GAP = 0.0015;

interface LimbDef {
  upper: LandmarkName;
  lower: LandmarkName;
  shaftTop: LandmarkName;
  shaftBottom: LandmarkName;
  bones: readonly BoneId[];
}

const DEFS: Record<LimbId, LimbDef> = {
  thigh: {
    upper: 'hip_joint_centre',
    lower: 'knee_joint_centre',
    shaftTop: 'femoral_shaft_top',
    shaftBottom: 'femoral_shaft_bottom',
    bones: ['femur'],
  },
  leg: {
    upper: 'knee_joint_centre',
    lower: 'ankle_joint_centre',
    shaftTop: 'tibial_shaft_top',
    shaftBottom: 'tibial_shaft_bottom',
    bones: ['tibia', 'fibula'],
  },
};

/** Levels and angles of the radius tables (t every 1/80, θ every 2°). */
const NT = 81;
const NA = 180;

export interface Limb {
  readonly id: LimbId;
  y(t: number): number;
  /** Level of a height (may lie outside [0, 1]). */
  level(y: number): number;
  /** The shaft axis at level t. */
  centre(t: number): Vec3;
  /** Radius of the bone surface (plus gap) and of the compartment's outer surface along θ at level t. */
  rIn(t: number, deg: number): number;
  rOut(t: number, deg: number): number;
  point(t: number, deg: number, rho: number): Vec3;
  /** Distance from the shaft axis of the point at (t, θ, ρ). */
  radius(t: number, deg: number, rho: number): number;
  /** Limb coordinates of a point (θ in [0, 360)). */
  locate(p: Vec3): { t: number; deg: number; r: number; rho: number };
}

/** First radius from `from` outwards along (dx, 0, dz) from c where f reaches `target` (to ~0.1 mm). */
function march(f: Sdf, c: Vec3, dx: number, dz: number, from: number, target: number): number {
  const at = (r: number): number => f(c[0] + r * dx, c[1], c[2] + r * dz);
  const step = 0.002;
  let r = from;
  if (at(r) >= target) return r;
  while (r < 0.3 && at(r + step) < target) r += step;
  let lo = r;
  let hi = r + step;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (at(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function buildLimb(id: LimbId): Limb {
  const d = DEFS[id];
  const y0 = L(d.upper)[1];
  const y1 = L(d.lower)[1];
  const top = L(d.shaftTop);
  const bottom = L(d.shaftBottom);
  const y = (t: number): number => y0 + (y1 - y0) * t;
  const level = (h: number): number => (h - y0) / (y1 - y0);
  const centre = (t: number): Vec3 => {
    const p = lerp(top, bottom, (top[1] - y(t)) / (top[1] - bottom[1]));
    return [p[0], y(t), p[2]];
  };
  const bones = d.bones.map((b) => boneSdf(b));
  const bone: Sdf = (x, yy, z) => {
    let m = Infinity;
    for (const f of bones) m = Math.min(m, f(x, yy, z));
    return m;
  };
  const skin = skinSdf();
  // The compartment ends under the fat, and at the midline where the thighs meet the perineum.
  const compartment: Sdf = (x, yy, z) => Math.max(skin(x, yy, z) + FAT[id], 0.004 - x);
  const inner = new Float64Array(NT * NA);
  const outer = new Float64Array(NT * NA);
  for (let i = 0; i < NT; i++) {
    const t = i / (NT - 1);
    const c = centre(t);
    for (let j = 0; j < NA; j++) {
      const a = (j * 2 * Math.PI) / NA;
      const dx = Math.cos(a);
      const dz = Math.sin(a);
      // leave the bone the axis lies in (the first bone met; the fibula beside the tibia is not skipped)
      const rb = bone(c[0], c[1], c[2]) < 0 ? march(bone, c, dx, dz, 0, 0) + BONE_GAP : 0;
      const ro = march(compartment, c, dx, dz, rb, 0);
      inner[i * NA + j] = rb;
      outer[i * NA + j] = Math.max(ro, rb + 0.004);
    }
  }
  const sample = (table: Float64Array, t: number, deg: number): number => {
    const ti = Math.min(NT - 1.000001, Math.max(0, t * (NT - 1)));
    const a = ((((deg % 360) + 360) % 360) / 360) * NA;
    const i0 = Math.floor(ti);
    const j0 = Math.floor(a) % NA;
    const j1 = (j0 + 1) % NA;
    const ft = ti - i0;
    const fa = a - Math.floor(a);
    const v = (i: number, j: number): number => table[i * NA + j]!;
    const r0 = v(i0, j0) * (1 - fa) + v(i0, j1) * fa;
    const r1 = v(i0 + 1, j0) * (1 - fa) + v(i0 + 1, j1) * fa;
    return r0 * (1 - ft) + r1 * ft;
  };
  const rIn = (t: number, deg: number): number => sample(inner, t, deg);
  const rOut = (t: number, deg: number): number => sample(outer, t, deg);
  const fat = FAT[id];
  const radius = (t: number, deg: number, rho: number): number => {
    const ri = rIn(t, deg);
    const ro = rOut(t, deg);
    return rho <= 1 ? ri + rho * (ro - ri) : ro + (rho - 1) * fat;
  };
  const point = (t: number, deg: number, rho: number): Vec3 => {
    const c = centre(t);
    const r = radius(t, deg, rho);
    const a = (deg * Math.PI) / 180;
    return [c[0] + r * Math.cos(a), c[1], c[2] + r * Math.sin(a)];
  };
  const locate = (p: Vec3): { t: number; deg: number; r: number; rho: number } => {
    const t = level(p[1]);
    const c = centre(t);
    const dx = p[0] - c[0];
    const dz = p[2] - c[2];
    const deg = ((Math.atan2(dz, dx) * 180) / Math.PI + 360) % 360;
    const r = Math.hypot(dx, dz);
    const ri = rIn(t, deg);
    const ro = rOut(t, deg);
    return { t, deg, r, rho: r <= ro ? (r - ri) / Math.max(1e-6, ro - ri) : 1 + (r - ro) / fat };
  };
  return { id, y, level, centre, rIn, rOut, point, radius, locate };
}

const limbs = perLandmarks(() => ({ thigh: buildLimb('thigh'), leg: buildLimb('leg') }));

/** The thigh or leg frame for the current landmarks (built once per landmark set). */
export const limb = (id: LimbId): Limb => limbs()[id];

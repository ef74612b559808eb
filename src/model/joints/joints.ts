/**
 * Joints and bursae as small closed shells (left side): the sacroiliac joint as a thin plate in the
 * gap between sacrum and ilium; the hip joint capsule as a sleeve from the acetabular rim to the
 * intertrochanteric line; the knee joint as a capsule band at the joint line;
 * the greater trochanteric bursa as a flattened sac over the greater trochanter.
 * Positions from landmarks.ts; shapes after Gray's Anatomy 42nd ed.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { L } from '../landmarks.ts';
import { add, dot, frameYZ, scale, sub, WORLD } from '../kernel/vec.ts';
import { capsule, ellipsoid, ellipticSlab, smax } from '../kernel/sdf.ts';
import { ACETABULUM_AXIS } from '../bones/hipBone.ts';

export const JOINT_IDS = [
  'sacroiliac_joint',
  'hip_joint',
  'knee_joint',
  'greater_trochanteric_bursa',
] as const;
export type JointId = (typeof JOINT_IDS)[number];

export function sacroiliacJointSdf(): Sdf {
  // Oblique plate facing lateral-posterior (auricular surfaces, Gray's), in the SI gap.
  return ellipsoid(frameYZ(L('sacroiliac_joint_centre'), [0, 1, 0.3], [0.5, 0, 1]), [0.0022, 0.024, 0.014]);
}

export function hipJointSdf(): Sdf {
  const hjc = L('hip_joint_centre');
  const base = L('femoral_neck_base');
  const outer = capsule(add(hjc, scale(ACETABULUM_AXIS, -0.004)), add(base, [0.012, 0.002, 0]), 0.032, 0.024);
  // Keep only the part lateral to the acetabular rim plane.
  const n = ACETABULUM_AXIS;
  const rim = add(hjc, scale(n, 0.011));
  // Solid sleeve (the app shows joints translucent): a thin shell would defeat the simplifier. Its rim lies
  // just clear of the bony rim and is rounded, so it reads as a lip rather than a cut.
  return (x, y, z) => smax(outer(x, y, z), -dot(sub([x, y, z], rim), n), 0.008);
}

export function kneeJointSdf(): Sdf {
  const pc = L('tibial_plateau_centre');
  const c: Vec3 = [pc[0], pc[1] + 0.006, pc[2] - 0.004];
  // Capsule as a solid translucent band round the joint line (synovial cavity inside; the menisci and the
  // ligaments are their own structures: kneeParts.ts).
  return ellipticSlab(WORLD(c), 0.044, 0.034, 0.014, 0.008);
}

export function trochantericBursaSdf(): Sdf {
  const g = L('greater_trochanter_lateral');
  // 3.5 mm out from the landmark, on the trochanter (its surface 1-2 mm inside the landmark), deep to the
  // iliotibial band (~18 mm of tissue here); leaning in towards its top as the trochanter's face does (leaning
  // out, its upper end stood ~1 cm off the bone and showed through the band)
  return ellipsoid(frameYZ(add(g, [0.0035, 0.004, 0]), [-0.06, 1, 0], [0, 0, 1]), [0.0028, 0.024, 0.017]);
}

export function jointSdf(id: JointId): Sdf {
  switch (id) {
    case 'sacroiliac_joint':
      return sacroiliacJointSdf();
    case 'hip_joint':
      return hipJointSdf();
    case 'knee_joint':
      return kneeJointSdf();
    case 'greater_trochanteric_bursa':
      return trochantericBursaSdf();
  }
}

/** Bounds (left side) and meshing settings per joint. */
export function jointMeshSettings(id: JointId): { min: Vec3; max: Vec3; edge: number; tris: number } {
  const around = (p: Vec3, r: number): { min: Vec3; max: Vec3 } => ({
    min: sub(p, [r, r, r]),
    max: add(p, [r, r, r]),
  });
  switch (id) {
    case 'sacroiliac_joint':
      return { ...around(L('sacroiliac_joint_centre'), 0.035), edge: 0.0015, tris: 500 };
    case 'hip_joint':
      return { ...around(L('hip_joint_centre'), 0.075), edge: 0.0025, tris: 900 };
    case 'knee_joint':
      return { ...around(L('tibial_plateau_centre'), 0.06), edge: 0.002, tris: 1000 };
    case 'greater_trochanteric_bursa':
      return { ...around(L('greater_trochanter_lateral'), 0.035), edge: 0.0015, tris: 300 };
  }
}

/**
 * The skin: one closed, symmetric surface from just above L1 down to the feet, the level set of a smooth
 * union of generous capsules and elliptic slabs, meshed with manifold-3d and simplified with meshoptimizer.
 * Girths after adult male anthropometry (waist ~85 cm, upper thigh ~58 cm, knee ~38 cm, calf ~38 cm,
 * ankle ~23 cm; ANSUR II 2012 means, rounded) at the heights of the shared landmarks.
 */
import type { Sdf, Vec3 } from '../types';
import { L } from '../landmarks';
import { capsule, smin } from '../kernel/sdf.ts';
import { meshField } from '../kernel/meshField.ts';
import type { RawMesh } from '../kernel/mesh.ts';

/** Trunk cross-sections (y, half-width, half-depth, centre z), waist to crotch. */
const TRUNK: readonly [number, number, number, number][] = [
  [1.27, 0.148, 0.108, -0.012],
  [1.12, 0.162, 0.112, -0.016],
  [1.0, 0.182, 0.128, -0.022],
  [0.92, 0.186, 0.128, -0.026],
  [0.85, 0.15, 0.1, -0.02],
];
const TOP = 1.265;

function trunkSdf(x: number, y: number, z: number): number {
  const yc = Math.min(TRUNK[0]![0], Math.max(TRUNK[TRUNK.length - 1]![0], y));
  let a = TRUNK[0]![1];
  let b = TRUNK[0]![2];
  let c = TRUNK[0]![3];
  for (let i = 0; i < TRUNK.length - 1; i++) {
    const p = TRUNK[i]!;
    const q = TRUNK[i + 1]!;
    if (yc <= p[0] && yc >= q[0]) {
      const t = (p[0] - yc) / (p[0] - q[0]);
      a = p[1] + (q[1] - p[1]) * t;
      b = p[2] + (q[2] - p[2]) * t;
      c = p[3] + (q[3] - p[3]) * t;
    }
  }
  const radial = (Math.hypot(x / a, (z - c) / b) - 1) * Math.min(a, b);
  const bottom = TRUNK[TRUNK.length - 1]![0] - y;
  return Math.max(radial, bottom, y - TOP);
}

/** Left leg as round cones: thigh, knee, calf, ankle, foot (centres from the shared landmarks). */
function legParts(): Sdf[] {
  const knee = L('knee_joint_centre');
  const ankle = L('ankle_joint_centre');
  const thighTop: Vec3 = [0.102, 0.9, -0.01];
  const midThigh: Vec3 = [0.11, 0.7, -0.004];
  const kneeC: Vec3 = [knee[0] + 0.004, knee[1], knee[2] - 0.002];
  const calf: Vec3 = [knee[0], 0.36, -0.018];
  const ankleC: Vec3 = [ankle[0], ankle[1] + 0.02, ankle[2] - 0.012];
  return [
    capsule(thighTop, midThigh, 0.1, 0.088),
    capsule(midThigh, kneeC, 0.088, 0.058),
    capsule(kneeC, calf, 0.058, 0.062),
    capsule(calf, ankleC, 0.062, 0.036),
    capsule(ankleC, [L('heel_back')[0], 0.038, L('heel_back')[2] + 0.026], 0.036, 0.032),
    capsule(
      [0.082, 0.036, -0.045],
      [L('first_metatarsal_head')[0] + 0.004, 0.028, L('first_metatarsal_head')[2]],
      0.03,
      0.024,
    ),
    capsule(
      [0.09, 0.034, -0.04],
      [L('fifth_metatarsal_head')[0] - 0.006, 0.026, L('fifth_metatarsal_head')[2]],
      0.028,
      0.02,
    ),
    capsule([0.07, 0.026, 0.13], [L('toe_tip')[0] + 0.012, 0.022, L('toe_tip')[2] - 0.004], 0.02, 0.016),
    capsule([0.11, 0.022, 0.11], [0.1, 0.02, 0.165], 0.016, 0.013),
  ];
}

/** Signed distance to the skin surface (symmetric in x). */
export function skinSdf(): Sdf {
  const leg = legParts();
  // Buttocks: posterior bulges over gluteus maximus.
  const buttock = capsule([0.075, 0.95, -0.075], [0.085, 0.89, -0.07], 0.085, 0.08);
  return (x, y, z) => {
    const ax = Math.abs(x);
    let d = trunkSdf(x, y, z);
    d = smin(d, buttock(ax, y, z), 0.03);
    let l = Infinity;
    for (const f of leg) l = smin(l, f(ax, y, z), 0.02);
    return smin(d, l, 0.04);
  };
}

export async function buildSkin(
  maxTriangles: number,
  edge = 0.008,
): Promise<RawMesh & { normals?: Float32Array }> {
  return meshField('skin', 'skin', skinSdf(), {
    bounds: { min: [-0.26, -0.01, -0.2], max: [0.26, 1.3, 0.25] },
    edge,
    maxTriangles,
  });
}

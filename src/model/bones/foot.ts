/**
 * A simple left foot skeleton (talus, calcaneus, navicular, cuboid, cuneiforms, metatarsals,
 * phalanges) meshed into the tibia node, since the catalogue has no foot ids. Proportions: foot
 * length 0.152 H (Winter 2009); arrangement after Gray's Anatomy 42nd ed.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { L } from '../landmarks.ts';
import { frameYZ } from '../kernel/vec.ts';
import { capsule, ellipsoid, union } from '../kernel/sdf.ts';

export function footSdf(): Sdf {
  const a = L('ankle_joint_centre');
  const parts: Sdf[] = [
    ellipsoid(frameYZ([a[0], a[1] - 0.012, a[2] + 0.006], [0, 1, 0], [0, 0, 1]), [0.016, 0.013, 0.024]), // talus
    capsule(
      [a[0] + 0.001, a[1] - 0.01, a[2] + 0.03],
      [a[0] - 0.006, a[1] - 0.02, a[2] + 0.045],
      0.011,
      0.011,
    ), // talar neck/head
    capsule(L('heel_back'), [0.092, 0.028, 0.02], 0.018, 0.012), // calcaneus
    capsule([0.082, 0.02, -0.06], [0.082, 0.012, -0.045], 0.013, 0.01), // calcaneal tuberosity
    ellipsoid(frameYZ([0.075, 0.045, 0.048], [0.3, 1, 0], [0, 0.2, 1]), [0.016, 0.011, 0.009]), // navicular
    ellipsoid(frameYZ([0.108, 0.028, 0.048], [0, 1, 0], [0, 0, 1]), [0.012, 0.011, 0.013]), // cuboid
    ellipsoid(frameYZ([0.079, 0.042, 0.066], [0.3, 1, 0], [0, 0.2, 1]), [0.022, 0.012, 0.011]), // cuneiforms
  ];
  const bases: Vec3[] = [
    [0.067, 0.038, 0.078],
    [0.079, 0.04, 0.08],
    [0.09, 0.036, 0.076],
    [0.101, 0.03, 0.068],
    [0.114, 0.023, 0.062],
  ];
  const heads: Vec3[] = [
    L('first_metatarsal_head'),
    [0.077, 0.018, 0.132],
    [0.091, 0.017, 0.126],
    [0.106, 0.016, 0.119],
    L('fifth_metatarsal_head'),
  ];
  const toeLen = [0.054, 0.042, 0.038, 0.034, 0.03];
  heads.forEach((h, i) => {
    const b = bases[i] as Vec3;
    const r = i === 0 ? 0.0075 : 0.0045;
    parts.push(capsule(b, h, r + 0.0015, r));
    const l = toeLen[i] ?? 0.03;
    parts.push(capsule(h, [h[0] - 0.002, h[1] - 0.004, h[2] + l], r, r * 0.75));
  });
  return union(parts, 0.004);
}

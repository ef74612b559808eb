/**
 * Bone fields by id (left side or midline, metres, negative inside). Other model code uses these
 * to push soft tissue out of bone and to test attachments (|sdf| < 1 cm). The signature is stable;
 * the shapes behind it improve.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { femurSdf } from './femur.ts';
import { fibulaSdf } from './fibula.ts';
import { hipBoneSdf } from './hipBone.ts';
import { patellaSdf } from './patella.ts';
import { coccyxSdf, sacrumSdf } from './sacrum.ts';
import { tibiaSdf } from './tibia.ts';
import { vertebraSdf } from './vertebra.ts';
import { calcaneusSdf, talusSdf, tarsalBonesSdf } from './tarsus.ts';
import { metatarsalsSdf, phalangesSdf } from './forefoot.ts';
import { footPoint, perLandmarks, VERTEBRA_LEVELS } from '../landmarks.ts';

export const BONE_IDS = [
  'hip_bone',
  'femur',
  'patella',
  'tibia',
  'fibula',
  'talus',
  'calcaneus',
  'tarsal_bones',
  'metatarsals',
  'phalanges_of_foot',
  'sacrum',
  'coccyx',
  'l1_vertebra',
  'l2_vertebra',
  'l3_vertebra',
  'l4_vertebra',
  'l5_vertebra',
] as const;
export type BoneId = (typeof BONE_IDS)[number];
export const FOOT_BONES = ['talus', 'calcaneus', 'tarsal_bones', 'metatarsals', 'phalanges_of_foot'] as const;
export const PAIRED_BONES: readonly BoneId[] = [
  'hip_bone',
  'femur',
  'patella',
  'tibia',
  'fibula',
  ...FOOT_BONES,
];

const caches = perLandmarks(() => new Map<BoneId, Sdf>());

function make(id: BoneId): Sdf {
  switch (id) {
    case 'hip_bone':
      return hipBoneSdf();
    case 'femur':
      return femurSdf();
    case 'patella':
      return patellaSdf();
    case 'tibia':
      return tibiaSdf();
    case 'fibula':
      return fibulaSdf();
    case 'talus':
      return talusSdf();
    case 'calcaneus':
      return calcaneusSdf();
    case 'tarsal_bones':
      return tarsalBonesSdf();
    case 'metatarsals':
      return metatarsalsSdf();
    case 'phalanges_of_foot':
      return phalangesSdf();
    case 'sacrum':
      return sacrumSdf();
    case 'coccyx':
      return coccyxSdf();
    default:
      return vertebraSdf(Number(id[1]) - 1);
  }
}

/** Signed distance to a bone of the LEFT side (or a midline bone). Mirror x for the right side. */
export function boneSdf(id: BoneId): Sdf {
  const cache = caches();
  let f = cache.get(id);
  if (!f) {
    f = make(id);
    cache.set(id, f);
  }
  return f;
}

/** Box round a part of the foot given in foot-frame ranges (u forward, v up, w lateral; see footPoint). */
function footBox(u: [number, number], v: [number, number], w: [number, number]): { min: Vec3; max: Vec3 } {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const a of u)
    for (const b of v)
      for (const c of w) {
        const p = footPoint(a, b, c);
        for (let k = 0; k < 3; k++) {
          min[k] = Math.min(min[k]!, p[k]!);
          max[k] = Math.max(max[k]!, p[k]!);
        }
      }
  return { min, max };
}

/** Axis-aligned box (min, max) that contains each left/midline bone, metres. */
export function boneBounds(id: BoneId): { min: Vec3; max: Vec3 } {
  switch (id) {
    case 'hip_bone':
      return { min: [-0.005, 0.82, -0.115], max: [0.16, 1.1, 0.075] };
    case 'femur':
      return { min: [0.03, 0.46, -0.05], max: [0.19, 0.965, 0.06] };
    case 'patella':
      return { min: [0.06, 0.48, 0.035], max: [0.125, 0.55, 0.075] };
    case 'tibia':
      return { min: [0.04, 0.045, -0.03], max: [0.135, 0.49, 0.06] };
    case 'fibula':
      return { min: [0.095, 0.03, -0.042], max: [0.145, 0.48, 0.01] };
    case 'talus':
      return footBox([0.04, 0.125], [0.025, 0.08], [-0.035, 0.03]);
    case 'calcaneus':
      return footBox([-0.005, 0.1], [0.0, 0.07], [-0.035, 0.03]);
    case 'tarsal_bones':
      return footBox([0.08, 0.165], [0.01, 0.07], [-0.045, 0.035]);
    case 'metatarsals':
      return footBox([0.105, 0.215], [0.0, 0.055], [-0.035, 0.055]);
    case 'phalanges_of_foot':
      return footBox([0.18, 0.27], [-0.002, 0.03], [-0.035, 0.055]);
    case 'sacrum':
      return { min: [-0.065, 0.92, -0.1], max: [0.065, 1.07, 0.005] };
    case 'coccyx':
      return { min: [-0.02, 0.885, -0.09], max: [0.02, 0.94, -0.05] };
    default: {
      const lv = VERTEBRA_LEVELS[Number(id[1]) - 1];
      const c = lv?.centre ?? [0, 1.1, 0];
      return { min: [-0.06, c[1] - 0.04, c[2] - 0.085], max: [0.06, c[1] + 0.04, c[2] + 0.04] };
    }
  }
}

/** Fields that soft-tissue ends attach to: the skeleton's boneSdf, the foot field, the iliotibial band. */
import type { Sdf } from '../types';
import { perLandmarks } from '../landmarks';
import { boneSdf, BONE_IDS } from '../bones';
import type { AttachTarget, BoneId } from './spec';
import { buildSoftBody } from './build';
import { tendonSpecs } from './tendons';

const caches = perLandmarks(() => new Map<AttachTarget, Sdf>());

export function attachSdf(id: AttachTarget): Sdf {
  const cache = caches();
  let f = cache.get(id);
  if (!f) {
    if (id === 'iliotibial_band') f = buildSoftBody(tendonSpecs().find((t) => t.id === id)!).sdf;
    else f = boneSdf(id);
    cache.set(id, f);
  }
  return f;
}

export const ALL_BONES: readonly BoneId[] = BONE_IDS;

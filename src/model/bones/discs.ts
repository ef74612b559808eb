/**
 * Intervertebral discs L1/L2..L5/S1: kidney-shaped slabs filling the gap between the endplates of
 * the bodies above and below (heights in landmarks.ts after Gray's Anatomy / Zhou et al. 2000),
 * bulging ~1 mm beyond the bodies as real annuli do.
 */
import type { Sdf } from '../types.ts';
import { BODY_DEPTHS, BODY_WIDTHS, DISC_HEIGHTS, DISC_LEVELS, type SpineLevel } from '../landmarks.ts';
import { kidneySlab, levelFrame } from './vertebra.ts';

export const DISC_IDS = ['l1_l2_disc', 'l2_l3_disc', 'l3_l4_disc', 'l4_l5_disc', 'l5_s1_disc'] as const;

export function discSdf(index: number): Sdf {
  const lv = DISC_LEVELS[index] as SpineLevel;
  // The L5/S1 disc sits on the sacrum whose S1 endplate is ~as wide as L5.
  const w = (BODY_WIDTHS[index] ?? 0.045) + 0.002;
  const d = (BODY_DEPTHS[index] ?? 0.033) + 0.002;
  return kidneySlab(levelFrame(lv), w, d, (DISC_HEIGHTS[index] ?? 0.01) / 2);
}

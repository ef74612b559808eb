/** References of the joints and bursae: Gray's 42nd ed.; Moore 8th ed. */
import { gray, moore } from '../references';
import type { FactsEntry } from '../schema';

export const JOINT_FACTS: readonly FactsEntry[] = [
  {
    id: 'sacroiliac_joint',
    references: [
      moore('ch. 6 Pelvis and Perineum, sacroiliac joints'),
      gray('pelvic girdle: sacroiliac joint'),
    ],
  },
  {
    id: 'hip_joint',
    references: [moore('ch. 7 Lower Limb, hip joint'), gray('hip joint')],
  },
  {
    id: 'knee_joint',
    references: [moore('ch. 7 Lower Limb, knee joint'), gray('knee joint')],
  },
  {
    id: 'greater_trochanteric_bursa',
    references: [
      moore('ch. 7 Lower Limb, gluteal region: bursae'),
      gray('gluteal region: trochanteric bursa of gluteus maximus'),
    ],
  },
];

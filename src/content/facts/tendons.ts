/** References of the tendons and bands: Gray's 42nd ed.; Moore 8th ed. */
import { gray, moore } from '../references';
import type { FactsEntry } from '../schema';

export const TENDON_FACTS: readonly FactsEntry[] = [
  {
    id: 'iliotibial_band',
    references: [
      moore('ch. 7 Lower Limb, fascia lata and iliotibial tract'),
      gray('thigh: fascia lata and iliotibial tract'),
    ],
  },
  {
    id: 'quadriceps_tendon',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of anterior thigh": quadriceps femoris'),
      gray('knee: quadriceps tendon'),
    ],
  },
  {
    id: 'patellar_ligament',
    references: [moore('ch. 7 Lower Limb, knee joint: patellar ligament'), gray('knee: patellar ligament')],
  },
];

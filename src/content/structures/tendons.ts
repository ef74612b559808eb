/** Tendons, ligaments and bands (paired). Facts: Gray's 42nd ed.; Moore 8th ed., listed in facts/tendons.ts. */
import type { Structure } from '../schema';

export const TENDONS: Structure[] = [
  {
    id: 'iliotibial_band',
    kind: 'tendon',
    layer: 'muscles',
    anatomicalName: { en: 'Iliotibial tract', es: 'Tracto iliotibial (cintilla iliotibial)' },
    plainName: { en: 'IT band (iliotibial band)', es: 'Banda iliotibial (cintilla iliotibial)' },
  },
  {
    id: 'quadriceps_tendon',
    kind: 'tendon',
    layer: 'muscles',
    anatomicalName: { en: 'Quadriceps tendon', es: 'Tendón del cuádriceps femoral' },
    plainName: {
      en: 'Quadriceps tendon (above the kneecap)',
      es: 'Tendón del cuádriceps (encima de la rótula)',
    },
  },
  {
    id: 'patellar_ligament',
    kind: 'tendon',
    layer: 'muscles',
    anatomicalName: { en: 'Patellar ligament', es: 'Ligamento rotuliano (patelar)' },
    plainName: { en: 'Patellar tendon (below the kneecap)', es: 'Tendón rotuliano (debajo de la rótula)' },
  },
];

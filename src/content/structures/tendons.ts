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
  {
    // a ligament for its facts (attachments, function) and its silvery colour; shown with the sole's muscles
    id: 'plantar_aponeurosis',
    kind: 'ligament',
    layer: 'muscles',
    anatomicalName: { en: 'Plantar aponeurosis', es: 'Aponeurosis plantar' },
    plainName: {
      en: 'Plantar fascia (the tough sheet under the sole)',
      es: 'Fascia plantar (la lámina resistente bajo la planta)',
    },
  },
];

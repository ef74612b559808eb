import type { SynonymsEntry } from '../schema';

export const TENDONS_SYNONYMS: readonly SynonymsEntry[] = [
  {
    id: 'iliotibial_band',
    synonyms: [
      'IT band',
      'ITB',
      'iliotibial tract',
      'IT tract',
      "Maissiat's band",
      'cintilla iliotibial',
      'banda iliotibial',
    ],
  },
  {
    id: 'quadriceps_tendon',
    synonyms: ['quad tendon', 'quads tendon', 'tendon of quadriceps femoris', 'tendón cuadricipital'],
  },
  {
    id: 'patellar_ligament',
    synonyms: [
      'patellar tendon',
      'patella tendon',
      'ligamentum patellae',
      'jumper’s knee',
      'ligamento rotuliano',
      'tendón rotuliano',
    ],
  },
  {
    id: 'plantar_aponeurosis',
    synonyms: [
      'plantar fascia',
      'plantar fascia ligament',
      'aponeurosis plantaris',
      'fascia plantar',
      'aponeurosis plantar',
    ],
  },
];

/** Tendons, ligaments and bands (paired). Facts: Gray's 42nd ed.; Moore 8th ed., listed in facts/tendons.ts. */
import type { Structure } from '../schema';

export const TENDONS: Structure[] = [
  {
    id: 'iliotibial_band',
    kind: 'tendon',
    layer: 'muscles',
    anatomicalName: { en: 'Iliotibial tract', es: 'Tracto iliotibial (cintilla iliotibial)' },
    plainName: { en: 'IT band (iliotibial band)', es: 'Banda iliotibial (cintilla iliotibial)' },
    description: {
      en: 'A strong band of tissue down the outside of the thigh, from the hip to just below the knee.',
      es: 'Una banda fuerte de tejido que baja por la parte externa del muslo, desde la cadera hasta justo debajo de la rodilla.',
    },
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
    kind: 'tendon',
    layer: 'muscles',
    anatomicalName: { en: 'Quadriceps tendon', es: 'Tendón del cuádriceps femoral' },
    plainName: {
      en: 'Quadriceps tendon (above the kneecap)',
      es: 'Tendón del cuádriceps (encima de la rótula)',
    },
    description: {
      en: 'The thick tendon that joins the four quad muscles, including the rectus femoris, to the kneecap.',
      es: 'El tendón grueso que une los cuatro músculos del cuádriceps, entre ellos el recto femoral, a la rótula.',
    },
    synonyms: ['quad tendon', 'quads tendon', 'tendon of quadriceps femoris', 'tendón cuadricipital'],
  },
  {
    id: 'patellar_ligament',
    kind: 'tendon',
    layer: 'muscles',
    anatomicalName: { en: 'Patellar ligament', es: 'Ligamento rotuliano (patelar)' },
    plainName: { en: 'Patellar tendon (below the kneecap)', es: 'Tendón rotuliano (debajo de la rótula)' },
    description: {
      en: 'The strong band from the kneecap to the bump at the top of the shin bone; it carries the pull of the quads.',
      es: 'La banda fuerte que va de la rótula al bulto de la parte alta de la tibia; transmite la fuerza del cuádriceps.',
    },
    synonyms: [
      'patellar tendon',
      'patella tendon',
      'ligamentum patellae',
      'jumper’s knee',
      'ligamento rotuliano',
      'tendón rotuliano',
    ],
  },
];

/** Plain descriptions of the lumbar vertebrae, discs, sacrum and coccyx (structures/spine.ts). */
import type { DescriptionEntry } from '../schema';

const VERTEBRAE: DescriptionEntry[] = ([1, 2, 3, 4, 5] as const).map((n) => ({
  id: `l${n}_vertebra` as const,
  description: {
    en: `One of the five bones of the low back. The L${n} spinal nerve leaves the spine just below it.`,
    es: `Uno de los cinco huesos de la parte baja de la espalda. El nervio espinal L${n} sale de la columna justo debajo de él.`,
  },
}));

const DISCS: DescriptionEntry[] = (
  [
    ['l1_l2_disc', 'L1', 'L2'],
    ['l2_l3_disc', 'L2', 'L3'],
    ['l3_l4_disc', 'L3', 'L4'],
    ['l4_l5_disc', 'L4', 'L5'],
    ['l5_s1_disc', 'L5', 'S1'],
  ] as const
).map(([id, upper, lower]) => ({
  id,
  description: {
    en: `The soft cushion between the ${upper} and ${lower} bones that absorbs shocks. If it bulges, it can press on a nerve.`,
    es: `El cojín blando entre los huesos ${upper} y ${lower} que amortigua los golpes. Si se abulta, puede apretar un nervio.`,
  },
}));

export const SPINE_DESCRIPTIONS: DescriptionEntry[] = [
  ...VERTEBRAE,
  ...DISCS,
  {
    id: 'sacrum',
    description: {
      en: 'The flat triangle-shaped bone at the bottom of the spine that joins the two hip bones.',
      es: 'El hueso plano en forma de triángulo al final de la columna que une los dos huesos de la cadera.',
    },
  },
  {
    id: 'coccyx',
    description: {
      en: 'The small bone at the very end of the spine.',
      es: 'El hueso pequeño en la punta final de la columna.',
    },
  },
];

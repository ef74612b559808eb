/** Lumbar vertebrae, discs, sacrum and coccyx (midline). References: facts/spine.ts. */
import type { Structure } from '../schema';

export const LEVELS = [1, 2, 3, 4, 5] as const;

const vertebrae: Structure[] = LEVELS.map((n) => ({
  id: `l${n}_vertebra` as const,
  kind: 'bone',
  layer: 'bones',
  anatomicalName: { en: `L${n} vertebra`, es: `Vértebra L${n}` },
  plainName: {
    en: `L${n} vertebra (low back bone)`,
    es: `Vértebra L${n} (hueso de la parte baja de la espalda)`,
  },
}));

export const DISC_LEVELS = [
  ['l1_l2_disc', 'L1', 'L2'],
  ['l2_l3_disc', 'L2', 'L3'],
  ['l3_l4_disc', 'L3', 'L4'],
  ['l4_l5_disc', 'L4', 'L5'],
  ['l5_s1_disc', 'L5', 'S1'],
] as const;

const discs: Structure[] = DISC_LEVELS.map(([id, upper, lower]) => ({
  id,
  kind: 'disc',
  layer: 'bones',
  anatomicalName: {
    en: `${upper}-${lower} intervertebral disc`,
    es: `Disco intervertebral ${upper}-${lower}`,
  },
  plainName: { en: `${upper}-${lower} disc`, es: `Disco ${upper}-${lower}` },
}));

export const SPINE: Structure[] = [
  ...vertebrae,
  ...discs,
  {
    id: 'sacrum',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Sacrum', es: 'Sacro' },
    plainName: { en: 'Sacrum (bottom of the spine)', es: 'Sacro (base de la columna)' },
  },
  {
    id: 'coccyx',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Coccyx', es: 'Cóccix' },
    plainName: { en: 'Tailbone', es: 'Coxis (rabadilla)' },
  },
];

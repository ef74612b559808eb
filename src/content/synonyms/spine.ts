import type { SynonymsEntry } from '../schema';
import { DISC_LEVELS, LEVELS } from '../structures/spine';

const vertebrae: SynonymsEntry[] = LEVELS.map((n) => ({
  id: `l${n}_vertebra` as const,
  synonyms: [`L${n}`, `lumbar vertebra ${n}`, `vertebra L${n}`, 'backbone', 'spine', 'lumbar spine'],
}));

const discs: SynonymsEntry[] = DISC_LEVELS.map(([id, upper, lower]) => ({
  id,
  synonyms: [
    `${upper}-${lower}`,
    `${upper}/${lower}`,
    `${upper}${lower}`,
    'disc',
    'disk',
    'spinal disc',
    'slipped disc',
    'herniated disc',
    'bulging disc',
    'shock absorber',
  ],
}));

export const SPINE_SYNONYMS: readonly SynonymsEntry[] = [
  ...vertebrae,
  ...discs,
  { id: 'sacrum', synonyms: ['os sacrum', 'sacral bone', 'S1', 'sacral spine'] },
  { id: 'coccyx', synonyms: ['tailbone', 'tail bone', 'os coccygis', 'coccygeal bone', 'cóccix'] },
];

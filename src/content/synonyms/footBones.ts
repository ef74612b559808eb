import type { SynonymsEntry } from '../schema';

export const FOOT_BONES_SYNONYMS: readonly SynonymsEntry[] = [
  { id: 'talus', synonyms: ['ankle bone', 'astragalus', 'astragalo', 'trochlea of talus', 'talar dome'] },
  { id: 'calcaneus', synonyms: ['heel bone', 'os calcis', 'calcaneo', 'heel', 'calcaneal tuberosity'] },
  {
    id: 'tarsal_bones',
    synonyms: [
      'midfoot',
      'tarsal bones',
      'tarsus',
      'navicular',
      'scaphoid of the foot',
      'cuboid',
      'cuneiform',
      'cuneiforms',
      'cuboides',
      'cuneiformes',
    ],
  },
  {
    id: 'metatarsals',
    synonyms: ['metatarsal bones', 'metatarsus', 'ball of the foot', 'metatarsianos', 'fifth metatarsal'],
  },
  {
    id: 'phalanges_of_foot',
    synonyms: ['toe bones', 'toes', 'big toe', 'hallux', 'phalanx', 'falanges', 'dedos del pie'],
  },
];

import type { SynonymsEntry } from '../schema';

export const SKIN_SYNONYMS: readonly SynonymsEntry[] = [
  { id: 'skin', synonyms: ['integument', 'cutis', 'dermis'] },
];

/** References of the skin: Gray's 42nd ed. */
import { gray } from '../references';
import type { FactsEntry } from '../schema';

export const SKIN_FACTS: readonly FactsEntry[] = [
  {
    id: 'skin',
    references: [gray('skin and its appendages')],
  },
];

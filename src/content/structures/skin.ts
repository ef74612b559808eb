/** The skin (midline, one translucent surface). References: facts/skin.ts. */
import type { Structure } from '../schema';

export const SKIN: Structure[] = [
  {
    id: 'skin',
    kind: 'skin',
    layer: 'skin',
    anatomicalName: { en: 'Skin (integument)', es: 'Piel (tegumento común)' },
    plainName: { en: 'Skin', es: 'Piel' },
  },
];

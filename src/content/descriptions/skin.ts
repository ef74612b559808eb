/** Plain descriptions of the skin (structures/skin.ts). */
import type { DescriptionEntry } from '../schema';

export const SKIN_DESCRIPTIONS: DescriptionEntry[] = [
  {
    id: 'skin',
    description: {
      en: 'The outer covering of the body; the app draws it see-through.',
      es: 'La capa que cubre el cuerpo por fuera; la aplicación la muestra transparente.',
    },
  },
];

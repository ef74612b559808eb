/**
 * Bones of the foot (paired), in five groups as the model draws them. Facts: Gray's 42nd ed. and Moore 8th ed.
 * (foot chapters), listed in facts/footBones.ts; Spanish anatomical names after Terminología Anatómica (Sociedad
 * Anatómica Española, 2001).
 */
import type { Structure } from '../schema';

export const FOOT_BONES: Structure[] = [
  {
    id: 'talus',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Talus', es: 'Astrágalo (talus)' },
    plainName: { en: 'Ankle bone (talus)', es: 'Hueso del tobillo (astrágalo)' },
  },
  {
    id: 'calcaneus',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Calcaneus', es: 'Calcáneo' },
    plainName: { en: 'Heel bone (calcaneus)', es: 'Hueso del talón (calcáneo)' },
  },
  {
    id: 'tarsal_bones',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: {
      en: 'Navicular, cuboid and cuneiform bones',
      es: 'Huesos navicular, cuboides y cuneiformes',
    },
    plainName: { en: 'Midfoot bones', es: 'Huesos del medio del pie' },
  },
  {
    id: 'metatarsals',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Metatarsals', es: 'Huesos metatarsianos' },
    plainName: { en: 'Long bones of the foot (metatarsals)', es: 'Huesos largos del pie (metatarsianos)' },
  },
  {
    id: 'phalanges_of_foot',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Phalanges of the foot', es: 'Falanges del pie' },
    plainName: { en: 'Toe bones (phalanges)', es: 'Huesos de los dedos del pie (falanges)' },
  },
];

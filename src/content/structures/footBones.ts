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
    description: {
      en: 'The bone that sits between the shin bone and the heel bone; its rounded top forms the ankle joint, and no muscle attaches to it.',
      es: 'El hueso que está entre la tibia y el hueso del talón; su parte de arriba, redondeada, forma la articulación del tobillo, y ningún músculo se inserta en él.',
    },
    synonyms: ['ankle bone', 'astragalus', 'astragalo', 'trochlea of talus', 'talar dome'],
  },
  {
    id: 'calcaneus',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Calcaneus', es: 'Calcáneo' },
    plainName: { en: 'Heel bone (calcaneus)', es: 'Hueso del talón (calcáneo)' },
    description: {
      en: 'The largest bone of the foot, forming the heel; the calf muscles pull on its back through the Achilles (calcaneal) tendon.',
      es: 'El hueso más grande del pie, que forma el talón; los músculos de la pantorrilla tiran de su parte de atrás por el tendón de Aquiles (tendón calcáneo).',
    },
    synonyms: ['heel bone', 'os calcis', 'calcaneo', 'heel', 'calcaneal tuberosity'],
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
    description: {
      en: 'Five small bones in the middle of the foot (the navicular, the cuboid and three cuneiforms) that, with the talus and heel bone, form the arches of the foot.',
      es: 'Cinco huesos pequeños en el medio del pie (el navicular, el cuboides y tres cuneiformes) que, con el astrágalo y el calcáneo, forman los arcos del pie.',
    },
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
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Metatarsals', es: 'Huesos metatarsianos' },
    plainName: { en: 'Long bones of the foot (metatarsals)', es: 'Huesos largos del pie (metatarsianos)' },
    description: {
      en: 'Five long bones between the midfoot and the toes; their heads form the ball of the foot.',
      es: 'Cinco huesos largos entre el medio del pie y los dedos; sus cabezas forman la parte de la planta que apoya delante.',
    },
    synonyms: ['metatarsal bones', 'metatarsus', 'ball of the foot', 'metatarsianos', 'fifth metatarsal'],
  },
  {
    id: 'phalanges_of_foot',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Phalanges of the foot', es: 'Falanges del pie' },
    plainName: { en: 'Toe bones (phalanges)', es: 'Huesos de los dedos del pie (falanges)' },
    description: {
      en: 'The small bones of the toes: two in the big toe and three in each of the other toes.',
      es: 'Los huesos pequeños de los dedos del pie: dos en el dedo gordo y tres en cada uno de los otros dedos.',
    },
    synonyms: ['toe bones', 'toes', 'big toe', 'hallux', 'phalanx', 'falanges', 'dedos del pie'],
  },
];

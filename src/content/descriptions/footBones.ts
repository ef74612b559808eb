/** Plain descriptions of the foot bones (structures/footBones.ts). */
import type { DescriptionEntry } from '../schema';

export const FOOT_BONE_DESCRIPTIONS: DescriptionEntry[] = [
  {
    id: 'talus',
    description: {
      en: 'The bone that sits between the shin bone and the heel bone; its rounded top forms the ankle joint, and no muscle attaches to it.',
      es: 'El hueso que está entre la tibia y el hueso del talón; su parte de arriba, redondeada, forma la articulación del tobillo, y ningún músculo se inserta en él.',
    },
  },
  {
    id: 'calcaneus',
    description: {
      en: 'The largest bone of the foot, forming the heel; the calf muscles pull on its back through the Achilles (calcaneal) tendon.',
      es: 'El hueso más grande del pie, que forma el talón; los músculos de la pantorrilla tiran de su parte de atrás por el tendón de Aquiles (tendón calcáneo).',
    },
  },
  {
    id: 'tarsal_bones',
    description: {
      en: 'Five small bones in the middle of the foot (the navicular, the cuboid and three cuneiforms) that, with the talus and heel bone, form the arches of the foot.',
      es: 'Cinco huesos pequeños en el medio del pie (el navicular, el cuboides y tres cuneiformes) que, con el astrágalo y el calcáneo, forman los arcos del pie.',
    },
  },
  {
    id: 'metatarsals',
    description: {
      en: 'Five long bones between the midfoot and the toes; their heads form the ball of the foot.',
      es: 'Cinco huesos largos entre el medio del pie y los dedos; sus cabezas forman la parte de la planta que apoya delante.',
    },
  },
  {
    id: 'phalanges_of_foot',
    description: {
      en: 'The small bones of the toes: two in the big toe and three in each of the other toes.',
      es: 'Los huesos pequeños de los dedos del pie: dos en el dedo gordo y tres en cada uno de los otros dedos.',
    },
  },
];

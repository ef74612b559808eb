/** Plain descriptions of the pelvis and leg bones (structures/limbBones.ts). */
import type { DescriptionEntry } from '../schema';

export const LIMB_BONE_DESCRIPTIONS: DescriptionEntry[] = [
  {
    id: 'hip_bone',
    description: {
      en: 'The large bone of the pelvis; the top of the thigh bone fits into its socket.',
      es: 'El hueso grande de la pelvis; la parte de arriba del fémur encaja en su cavidad.',
    },
  },
  {
    id: 'femur',
    description: {
      en: 'The long bone of the thigh, from the hip to the knee.',
      es: 'El hueso largo del muslo, que va de la cadera a la rodilla.',
    },
  },
  {
    id: 'patella',
    description: {
      en: 'The small round bone at the front of the knee that glides in a groove of the thigh bone.',
      es: 'El hueso pequeño y redondo delante de la rodilla que se desliza por un surco del fémur.',
    },
  },
  {
    id: 'tibia',
    description: {
      en: 'The large bone of the lower leg that carries the body weight from the knee.',
      es: 'El hueso grande de la pierna que soporta el peso del cuerpo desde la rodilla.',
    },
  },
  {
    id: 'fibula',
    description: {
      en: 'The thin bone on the outer side of the lower leg.',
      es: 'El hueso delgado en la parte de afuera de la pierna.',
    },
  },
];

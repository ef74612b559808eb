/** Plain descriptions of the joints and the bursa (structures/joints.ts). */
import type { DescriptionEntry } from '../schema';

export const JOINT_DESCRIPTIONS: DescriptionEntry[] = [
  {
    id: 'sacroiliac_joint',
    description: {
      en: 'The joint where the base of the spine meets the hip bone; it moves only a little.',
      es: 'La articulación donde la base de la columna se une al hueso de la cadera; se mueve muy poco.',
    },
  },
  {
    id: 'hip_joint',
    description: {
      en: 'The ball-and-socket joint where the thigh bone meets the pelvis.',
      es: 'La articulación de bola y cavidad donde el fémur se une a la pelvis.',
    },
  },
  {
    id: 'knee_joint',
    description: {
      en: 'The hinge joint between the thigh bone, the shin bone and the kneecap.',
      es: 'La articulación en bisagra entre el fémur, la tibia y la rótula.',
    },
  },
  {
    id: 'greater_trochanteric_bursa',
    description: {
      en: 'A small fluid sac on the bony point at the side of the hip that lets the muscles and the IT band glide.',
      es: 'Una bolsita de líquido sobre el hueso saliente del costado de la cadera que deja que los músculos y la banda iliotibial se deslicen.',
    },
  },
];

/** Joints and bursae (paired). References: facts/joints.ts. */
import type { Structure } from '../schema';

export const JOINTS: Structure[] = [
  {
    id: 'sacroiliac_joint',
    kind: 'joint',
    layer: 'joints',
    anatomicalName: { en: 'Sacroiliac joint', es: 'Articulación sacroilíaca' },
    plainName: { en: 'Sacroiliac joint (SI joint)', es: 'Articulación sacroilíaca' },
    description: {
      en: 'The joint where the base of the spine meets the hip bone; it moves only a little.',
      es: 'La articulación donde la base de la columna se une al hueso de la cadera; se mueve muy poco.',
    },
    synonyms: ['SI joint', 'SIJ', 'sacroiliac', 'articulatio sacroiliaca'],
  },
  {
    id: 'hip_joint',
    kind: 'joint',
    layer: 'joints',
    anatomicalName: {
      en: 'Hip joint (acetabulofemoral joint)',
      es: 'Articulación de la cadera (coxofemoral)',
    },
    plainName: { en: 'Hip joint', es: 'Articulación de la cadera' },
    description: {
      en: 'The ball-and-socket joint where the thigh bone meets the pelvis.',
      es: 'La articulación de bola y cavidad donde el fémur se une a la pelvis.',
    },
    synonyms: [
      'hip',
      'coxofemoral joint',
      'acetabulofemoral joint',
      'hip capsule',
      'ball and socket',
      'cadera',
    ],
  },
  {
    id: 'knee_joint',
    kind: 'joint',
    layer: 'joints',
    anatomicalName: {
      en: 'Knee joint (tibiofemoral and patellofemoral joints)',
      es: 'Articulación de la rodilla (femorotibial y femoropatelar)',
    },
    plainName: { en: 'Knee joint', es: 'Articulación de la rodilla' },
    description: {
      en: 'The hinge joint between the thigh bone, the shin bone and the kneecap.',
      es: 'La articulación en bisagra entre el fémur, la tibia y la rótula.',
    },
    synonyms: ['knee', 'tibiofemoral joint', 'patellofemoral joint', 'meniscus', 'rodilla'],
  },
  {
    id: 'greater_trochanteric_bursa',
    kind: 'bursa',
    layer: 'joints',
    anatomicalName: { en: 'Trochanteric bursa of gluteus maximus', es: 'Bolsa trocantérea del glúteo mayor' },
    plainName: {
      en: 'Hip bursa (on the side of the hip)',
      es: 'Bursa de la cadera (en el costado de la cadera)',
    },
    description: {
      en: 'A small fluid sac on the bony point at the side of the hip that lets the muscles and the IT band glide.',
      es: 'Una bolsita de líquido sobre el hueso saliente del costado de la cadera que deja que los músculos y la banda iliotibial se deslicen.',
    },
    synonyms: [
      'trochanteric bursa',
      'bursa',
      'hip bursitis',
      'trochanteric bursitis',
      'greater trochanter bursa',
      'bursitis trocanterea',
    ],
  },
];

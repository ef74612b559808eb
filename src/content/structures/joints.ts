/** Joints and bursae (paired). References: facts/joints.ts. */
import type { Structure } from '../schema';

export const JOINTS: Structure[] = [
  {
    id: 'sacroiliac_joint',
    kind: 'joint',
    layer: 'joints',
    anatomicalName: { en: 'Sacroiliac joint', es: 'Articulación sacroilíaca' },
    plainName: { en: 'Sacroiliac joint (SI joint)', es: 'Articulación sacroilíaca' },
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
  },
];

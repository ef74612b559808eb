/** Bones of the pelvis and lower limb (paired). References: facts/limbBones.ts. */
import type { Structure } from '../schema';

export const LIMB_BONES: Structure[] = [
  {
    id: 'hip_bone',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Hip bone (os coxae)', es: 'Hueso coxal (os coxae)' },
    plainName: { en: 'Hip bone (pelvis)', es: 'Hueso de la cadera (pelvis)' },
    description: {
      en: 'The large bone of the pelvis; the top of the thigh bone fits into its socket.',
      es: 'El hueso grande de la pelvis; la parte de arriba del fémur encaja en su cavidad.',
    },
    synonyms: [
      'os coxae',
      'innominate bone',
      'pelvis',
      'pelvic bone',
      'ilium',
      'ischium',
      'pubis',
      'iliac crest',
    ],
  },
  {
    id: 'femur',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Femur', es: 'Fémur' },
    plainName: { en: 'Thigh bone (femur)', es: 'Hueso del muslo (fémur)' },
    description: {
      en: 'The long bone of the thigh, from the hip to the knee.',
      es: 'El hueso largo del muslo, que va de la cadera a la rodilla.',
    },
    synonyms: ['thigh bone', 'thighbone', 'os femoris', 'greater trochanter', 'femoral head'],
  },
  {
    id: 'patella',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Patella', es: 'Rótula (patela)' },
    plainName: { en: 'Kneecap (patella)', es: 'Rótula' },
    description: {
      en: 'The small round bone at the front of the knee that glides in a groove of the thigh bone.',
      es: 'El hueso pequeño y redondo delante de la rodilla que se desliza por un surco del fémur.',
    },
    synonyms: ['kneecap', 'knee cap', 'patellofemoral joint', 'rotula'],
  },
  {
    id: 'tibia',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Tibia', es: 'Tibia' },
    plainName: { en: 'Shin bone (tibia)', es: 'Hueso de la espinilla (tibia)' },
    description: {
      en: 'The large bone of the lower leg that carries the body weight from the knee.',
      es: 'El hueso grande de la pierna que soporta el peso del cuerpo desde la rodilla.',
    },
    synonyms: ['shin bone', 'shinbone', "Gerdy's tubercle", 'tibial tuberosity'],
  },
  {
    id: 'fibula',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Fibula', es: 'Peroné (fíbula)' },
    plainName: { en: 'Fibula (thin leg bone)', es: 'Peroné (hueso delgado de la pierna)' },
    description: {
      en: 'The thin bone on the outer side of the lower leg.',
      es: 'El hueso delgado en la parte de afuera de la pierna.',
    },
    synonyms: ['calf bone', 'perone', 'fibular head', 'head of fibula'],
  },
];

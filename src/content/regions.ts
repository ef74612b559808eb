/** The body regions where pain is felt (all paired). Plain names for patients, anatomical names for students. */
import type { Region } from './schema';

export const REGIONS: readonly Region[] = [
  {
    id: 'low_back',
    name: { en: 'Low back', es: 'Parte baja de la espalda' },
    anatomicalName: { en: 'Lumbar region', es: 'Región lumbar' },
    description: {
      en: 'The lower part of the back, between the ribs and the top of the pelvis.',
      es: 'La parte de abajo de la espalda, entre las costillas y la parte alta de la pelvis.',
    },
  },
  {
    id: 'sacroiliac_area',
    name: {
      en: 'Back of the pelvis (sacroiliac joint)',
      es: 'Parte de atrás de la pelvis (articulación sacroilíaca)',
    },
    anatomicalName: { en: 'Sacroiliac region', es: 'Región sacroilíaca' },
    description: {
      en: 'The dimple area at the base of the spine, where the spine meets the pelvis.',
      es: 'La zona de los hoyuelos al final de la columna, donde la columna se une a la pelvis.',
    },
  },
  {
    id: 'buttock',
    name: { en: 'Buttock', es: 'Nalga' },
    anatomicalName: { en: 'Gluteal region', es: 'Región glútea' },
    description: {
      en: 'The back of the hip, the part you sit on.',
      es: 'La parte de atrás de la cadera, la parte sobre la que uno se sienta.',
    },
  },
  {
    id: 'front_of_hip',
    name: { en: 'Front of the hip (groin)', es: 'Parte delantera de la cadera (ingle)' },
    anatomicalName: {
      en: 'Anterior hip and inguinal region',
      es: 'Región anterior de la cadera y región inguinal',
    },
    description: {
      en: 'The crease where the thigh meets the belly.',
      es: 'El pliegue donde el muslo se une con el vientre.',
    },
  },
  {
    id: 'side_of_hip',
    name: { en: 'Side of the hip', es: 'Costado de la cadera' },
    anatomicalName: {
      en: 'Lateral hip (greater trochanter region)',
      es: 'Región lateral de la cadera (región del trocánter mayor)',
    },
    description: {
      en: 'The bony point on the outside of the hip that you can feel when you lie on your side.',
      es: 'El hueso saliente en la parte de afuera de la cadera que se siente al acostarse de lado.',
    },
  },
  {
    id: 'front_of_thigh',
    name: { en: 'Front of the thigh', es: 'Parte delantera del muslo' },
    anatomicalName: { en: 'Anterior thigh', es: 'Región anterior del muslo' },
    description: {
      en: 'The front of the upper leg, over the quads.',
      es: 'La parte de adelante de la pierna de arriba, sobre el cuádriceps.',
    },
  },
  {
    id: 'outside_of_thigh',
    name: { en: 'Outside of the thigh', es: 'Parte externa del muslo' },
    anatomicalName: { en: 'Lateral thigh', es: 'Región lateral del muslo' },
    description: {
      en: 'The outer side of the upper leg, along the IT band.',
      es: 'El lado de afuera de la pierna de arriba, a lo largo de la banda iliotibial.',
    },
  },
  {
    id: 'back_of_thigh',
    name: { en: 'Back of the thigh', es: 'Parte de atrás del muslo' },
    anatomicalName: { en: 'Posterior thigh', es: 'Región posterior del muslo' },
    description: {
      en: 'The back of the upper leg, over the hamstrings.',
      es: 'La parte de atrás de la pierna de arriba, sobre los isquiotibiales.',
    },
  },
  {
    id: 'inside_of_thigh',
    name: { en: 'Inside of the thigh', es: 'Parte interna del muslo' },
    anatomicalName: { en: 'Medial thigh', es: 'Región medial del muslo' },
    description: {
      en: 'The inner side of the upper leg, over the groin muscles.',
      es: 'El lado de adentro de la pierna de arriba, sobre los músculos de la ingle.',
    },
  },
  {
    id: 'front_of_knee',
    name: { en: 'Front of the knee', es: 'Parte delantera de la rodilla' },
    anatomicalName: {
      en: 'Anterior knee (patellar region)',
      es: 'Región anterior de la rodilla (región rotuliana)',
    },
    description: {
      en: 'The kneecap and the area around it.',
      es: 'La rótula y la zona que la rodea.',
    },
  },
  {
    id: 'outside_of_knee',
    name: { en: 'Outside of the knee', es: 'Parte externa de la rodilla' },
    anatomicalName: { en: 'Lateral knee', es: 'Región lateral de la rodilla' },
    description: {
      en: 'The outer side of the knee, where the IT band ends.',
      es: 'El lado de afuera de la rodilla, donde termina la banda iliotibial.',
    },
  },
  {
    id: 'inside_of_knee',
    name: { en: 'Inside of the knee', es: 'Parte interna de la rodilla' },
    anatomicalName: { en: 'Medial knee', es: 'Región medial de la rodilla' },
    description: {
      en: 'The inner side of the knee, the side that faces the other knee.',
      es: 'El lado de adentro de la rodilla, el que mira hacia la otra rodilla.',
    },
  },
  {
    id: 'back_of_knee',
    name: { en: 'Back of the knee', es: 'Parte de atrás de la rodilla (corva)' },
    anatomicalName: {
      en: 'Posterior knee (popliteal fossa)',
      es: 'Región posterior de la rodilla (fosa poplítea)',
    },
    description: {
      en: 'The soft hollow behind the knee. Pain here can also come from the knee joint itself, such as a swelling behind it (a Baker’s cyst), which the article does not discuss.',
      es: 'El hueco blando detrás de la rodilla. El dolor aquí también puede venir de la propia articulación de la rodilla, por ejemplo de un bulto detrás de ella (un quiste de Baker), del que el artículo no habla.',
    },
  },
  {
    id: 'calf',
    name: { en: 'Calf', es: 'Pantorrilla' },
    anatomicalName: {
      en: 'Posterior leg (sural region)',
      es: 'Región posterior de la pierna (región sural)',
    },
    description: {
      en: 'The back of the lower leg, below the knee. Calf pain can also come from the calf muscles themselves, which the article does not discuss.',
      es: 'La parte de atrás de la pierna, debajo de la rodilla. El dolor de pantorrilla también puede venir de los propios músculos de la pantorrilla, de los que el artículo no habla.',
    },
  },
];

/** Plain descriptions of the pelvis' ligaments, the hip labrum and the iliopsoas bursa (structures/pelvicLigaments.ts). */
import type { DescriptionEntry } from '../schema';

export const PELVIC_LIGAMENT_DESCRIPTIONS: DescriptionEntry[] = [
  {
    id: 'iliolumbar_ligament',
    description: {
      en: 'A strong, short band from the lowest bone of the back to the top of the pelvis; it keeps the spine steady on the pelvis.',
      es: 'Una banda corta y fuerte que va de la última vértebra de la espalda a la parte alta de la pelvis; mantiene la columna firme sobre la pelvis.',
    },
  },
  {
    id: 'sacroiliac_ligaments',
    description: {
      en: 'The strong bands that tie the base of the spine (the sacrum) to the hip bones at the SI joints, behind and in front.',
      es: 'Las bandas fuertes que atan la base de la columna (el sacro) a los huesos de la cadera en las articulaciones sacroilíacas, por detrás y por delante.',
    },
  },
  {
    id: 'sacrotuberous_ligament',
    description: {
      en: 'A long, strong band deep in the buttock, from the base of the spine and the tailbone down to the sit bone.',
      es: 'Una banda larga y fuerte en lo profundo de la nalga, desde la base de la columna y el coxis hasta el hueso de sentarse.',
    },
  },
  {
    id: 'sacrospinous_ligament',
    description: {
      en: 'A short, thin band deep in the buttock, from the side of the tailbone to a small bony point of the pelvis.',
      es: 'Una banda corta y delgada en lo profundo de la nalga, desde el lado del coxis hasta una pequeña punta de hueso de la pelvis.',
    },
  },
  {
    id: 'inguinal_ligament',
    description: {
      en: 'A firm band along the crease of the groin, from the bony point at the front of the hip to the pubic bone.',
      es: 'Una banda firme a lo largo del pliegue de la ingle, desde el hueso saliente de delante de la cadera hasta el pubis.',
    },
  },
  {
    id: 'iliofemoral_ligament',
    description: {
      en: 'The strongest ligament of the body: a Y-shaped band on the front of the hip joint that stops the hip from bending too far back.',
      es: 'El ligamento más fuerte del cuerpo: una banda en forma de Y delante de la articulación de la cadera que impide que la cadera se vaya demasiado hacia atrás.',
    },
  },
  {
    id: 'acetabular_labrum',
    description: {
      en: 'A rim of tough cartilage around the hip socket that makes it deeper and seals the joint around the ball of the thigh bone.',
      es: 'Un borde de cartílago resistente alrededor de la cavidad de la cadera que la hace más profunda y sella la articulación alrededor de la cabeza del fémur.',
    },
  },
  {
    id: 'iliopsoas_bursa',
    description: {
      en: 'A small fluid sac at the front of the hip joint that lets the tendon of the main hip flexor glide over it.',
      es: 'Una bolsita de líquido delante de la articulación de la cadera que deja que el tendón del principal flexor de la cadera se deslice sobre ella.',
    },
  },
];

/**
 * The pelvis' ligaments, the acetabular labrum and the iliopsoas bursa (paired, joints layer; in the deep model
 * file). Names after Terminologia Anatomica (FIPAT 2019; Spanish: SAE 2001). Facts: facts/pelvicLigaments.ts.
 */
import type { Structure } from '../schema';

export const PELVIC_LIGAMENTS: Structure[] = [
  {
    id: 'iliolumbar_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: { en: 'Iliolumbar ligament', es: 'Ligamento iliolumbar' },
    plainName: {
      en: 'Iliolumbar ligament (lowest back bone to pelvis)',
      es: 'Ligamento iliolumbar (de la última vértebra a la pelvis)',
    },
    liesIn: ['low_back'],
  },
  {
    id: 'sacroiliac_ligaments',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: {
      en: 'Sacroiliac ligaments (anterior, interosseous and posterior)',
      es: 'Ligamentos sacroilíacos (anterior, interóseo y posterior)',
    },
    plainName: { en: 'SI joint ligaments', es: 'Ligamentos de la articulación sacroilíaca' },
    liesIn: ['sacroiliac_area'],
  },
  {
    id: 'sacrotuberous_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: { en: 'Sacrotuberous ligament', es: 'Ligamento sacrotuberoso' },
    plainName: {
      en: 'Sacrotuberous ligament (sacrum to sit bone)',
      es: 'Ligamento sacrotuberoso (del sacro al hueso de sentarse)',
    },
    liesIn: ['buttock'],
  },
  {
    id: 'sacrospinous_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: { en: 'Sacrospinous ligament', es: 'Ligamento sacroespinoso' },
    plainName: {
      en: 'Sacrospinous ligament (deep in the buttock)',
      es: 'Ligamento sacroespinoso (en lo profundo de la nalga)',
    },
    liesIn: ['buttock'],
  },
  {
    id: 'inguinal_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: { en: 'Inguinal ligament', es: 'Ligamento inguinal' },
    plainName: { en: 'Groin ligament (inguinal ligament)', es: 'Ligamento de la ingle (ligamento inguinal)' },
    liesIn: ['front_of_hip'],
  },
  {
    id: 'iliofemoral_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: { en: 'Iliofemoral ligament', es: 'Ligamento iliofemoral' },
    plainName: {
      en: 'Front hip ligament (Y ligament)',
      es: 'Ligamento de delante de la cadera (ligamento en Y)',
    },
    liesIn: ['front_of_hip'],
  },
  {
    id: 'acetabular_labrum',
    kind: 'cartilage',
    layer: 'joints',
    anatomicalName: { en: 'Acetabular labrum', es: 'Rodete acetabular (labrum acetabular)' },
    plainName: {
      en: 'Hip labrum (rim of the hip socket)',
      es: 'Labrum de la cadera (borde de la cavidad de la cadera)',
    },
    liesIn: ['front_of_hip'],
  },
  {
    id: 'iliopsoas_bursa',
    kind: 'bursa',
    layer: 'joints',
    anatomicalName: {
      en: 'Iliopectineal bursa (iliopsoas bursa)',
      es: 'Bolsa iliopectínea (bolsa del iliopsoas)',
    },
    plainName: {
      en: 'Iliopsoas bursa (front of the hip)',
      es: 'Bursa del iliopsoas (delante de la cadera)',
    },
    liesIn: ['front_of_hip'],
  },
];

/**
 * The knee's ligaments, menisci and bursae (paired; in the deep model file). Names: Terminologia Anatomica
 * (English, and its Spanish edition, SAE 2001). References: facts/knee.ts.
 */
import type { Structure } from '../schema';

export const KNEE_PARTS: Structure[] = [
  {
    id: 'anterior_cruciate_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: { en: 'Anterior cruciate ligament', es: 'Ligamento cruzado anterior' },
    plainName: {
      en: 'ACL (front cross ligament inside the knee)',
      es: 'LCA (ligamento cruzado anterior, dentro de la rodilla)',
    },
    liesIn: ['front_of_knee', 'back_of_knee'],
    synonyms: [
      'ACL',
      'ACL tear',
      'torn ACL',
      'anterior cruciate',
      'ligamentum cruciatum anterius',
      'LCA',
      'cruzado anterior',
    ],
  },
  {
    id: 'posterior_cruciate_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: { en: 'Posterior cruciate ligament', es: 'Ligamento cruzado posterior' },
    plainName: {
      en: 'PCL (back cross ligament inside the knee)',
      es: 'LCP (ligamento cruzado posterior, dentro de la rodilla)',
    },
    liesIn: ['back_of_knee'],
    synonyms: ['PCL', 'posterior cruciate', 'ligamentum cruciatum posterius', 'LCP', 'cruzado posterior'],
  },
  {
    id: 'medial_collateral_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: {
      en: 'Tibial collateral ligament (medial collateral ligament)',
      es: 'Ligamento colateral tibial (ligamento colateral medial)',
    },
    plainName: {
      en: 'MCL (ligament on the inner side of the knee)',
      es: 'LCM (ligamento de la cara interna de la rodilla)',
    },
    liesIn: ['inside_of_knee'],
    synonyms: [
      'MCL',
      'medial collateral',
      'tibial collateral ligament',
      'ligamentum collaterale tibiale',
      'LCM',
      'ligamento lateral interno',
      'colateral medial',
    ],
  },
  {
    id: 'lateral_collateral_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: {
      en: 'Fibular collateral ligament (lateral collateral ligament)',
      es: 'Ligamento colateral peroneo (fibular) (ligamento colateral lateral)',
    },
    plainName: {
      en: 'LCL (ligament on the outer side of the knee)',
      es: 'LCL (ligamento de la cara externa de la rodilla)',
    },
    liesIn: ['outside_of_knee'],
    synonyms: [
      'LCL',
      'lateral collateral',
      'fibular collateral ligament',
      'ligamentum collaterale fibulare',
      'ligamento lateral externo',
      'colateral lateral',
      'ligamento colateral fibular',
    ],
  },
  {
    id: 'medial_meniscus',
    kind: 'cartilage',
    layer: 'joints',
    anatomicalName: { en: 'Medial meniscus', es: 'Menisco medial' },
    plainName: {
      en: 'Inner meniscus (cartilage cushion of the knee)',
      es: 'Menisco interno (almohadilla de cartílago de la rodilla)',
    },
    liesIn: ['inside_of_knee'],
    synonyms: ['meniscus medialis', 'medial cartilage', 'inner meniscus', 'menisco interno'],
  },
  {
    id: 'lateral_meniscus',
    kind: 'cartilage',
    layer: 'joints',
    anatomicalName: { en: 'Lateral meniscus', es: 'Menisco lateral' },
    plainName: {
      en: 'Outer meniscus (cartilage cushion of the knee)',
      es: 'Menisco externo (almohadilla de cartílago de la rodilla)',
    },
    liesIn: ['outside_of_knee'],
    synonyms: ['meniscus lateralis', 'lateral cartilage', 'outer meniscus', 'menisco externo'],
  },
  {
    id: 'prepatellar_bursa',
    kind: 'bursa',
    layer: 'joints',
    anatomicalName: { en: 'Subcutaneous prepatellar bursa', es: 'Bolsa subcutánea prerrotuliana' },
    plainName: {
      en: 'Kneecap bursa (in front of the kneecap)',
      es: 'Bursa de la rótula (delante de la rótula)',
    },
    liesIn: ['front_of_knee'],
    synonyms: [
      'prepatellar bursa',
      "housemaid's knee",
      'prepatellar bursitis',
      'bursa subcutanea prepatellaris',
      'bursitis prerrotuliana',
      'bolsa prerrotuliana',
      'bursa prepatelar',
    ],
  },
  {
    id: 'pes_anserine_bursa',
    kind: 'bursa',
    layer: 'joints',
    anatomicalName: { en: 'Anserine bursa', es: 'Bolsa anserina' },
    plainName: {
      en: 'Goose-foot bursa (inner knee, below the joint)',
      es: 'Bursa de la pata de ganso (cara interna de la rodilla)',
    },
    liesIn: ['inside_of_knee'],
    synonyms: [
      'pes anserine bursa',
      'pes anserinus bursa',
      'anserine bursitis',
      'goose foot bursa',
      'bursa anserina',
      'bursitis anserina',
      'bursa de la pata de ganso',
    ],
  },
];

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
  },
  {
    // not a Terminologia Anatomica term: named as in the papers of facts/knee.ts (LaPrade et al. 2007)
    id: 'posterior_oblique_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: { en: 'Posterior oblique ligament', es: 'Ligamento oblicuo posterior' },
    plainName: {
      en: 'POL (ligament at the back of the inner knee)',
      es: 'LOP (ligamento de la parte posterior de la cara interna de la rodilla)',
    },
    liesIn: ['inside_of_knee', 'back_of_knee'],
  },
  {
    id: 'deep_medial_collateral_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: { en: 'Deep medial collateral ligament', es: 'Ligamento colateral medial profundo' },
    plainName: {
      en: 'Deep MCL (inner knee ligament under the MCL)',
      es: 'LCM profundo (ligamento interno de la rodilla, bajo el LCM)',
    },
    liesIn: ['inside_of_knee'],
  },
  {
    id: 'oblique_popliteal_ligament',
    kind: 'ligament',
    layer: 'joints',
    anatomicalName: { en: 'Oblique popliteal ligament', es: 'Ligamento poplíteo oblicuo' },
    plainName: {
      en: 'OPL (ligament across the back of the knee)',
      es: 'LPO (ligamento que cruza la parte posterior de la rodilla)',
    },
    liesIn: ['back_of_knee'],
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
  },
];

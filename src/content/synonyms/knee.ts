import type { SynonymsEntry } from '../schema';

export const KNEE_SYNONYMS: readonly SynonymsEntry[] = [
  {
    id: 'anterior_cruciate_ligament',
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
    synonyms: ['PCL', 'posterior cruciate', 'ligamentum cruciatum posterius', 'LCP', 'cruzado posterior'],
  },
  {
    id: 'medial_collateral_ligament',
    synonyms: [
      'MCL',
      'medial collateral ligament',
      'ligamento colateral medial',
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
    id: 'posterior_oblique_ligament',
    synonyms: ['POL', 'posterior oblique', 'LOP', 'oblicuo posterior'],
  },
  {
    id: 'deep_medial_collateral_ligament',
    synonyms: [
      'deep MCL',
      'dMCL',
      'medial capsular ligament',
      'meniscofemoral ligament',
      'meniscotibial ligament',
      'coronary ligament',
      'LCM profundo',
      'ligamento capsular medial',
      'ligamento meniscofemoral',
      'ligamento meniscotibial',
    ],
  },
  {
    id: 'oblique_popliteal_ligament',
    synonyms: [
      'OPL',
      'oblique popliteal',
      'ligamentum popliteum obliquum',
      "Winslow's ligament",
      'LPO',
      'poplíteo oblicuo',
      'ligamento de Winslow',
    ],
  },
  {
    id: 'medial_meniscus',
    synonyms: ['meniscus medialis', 'medial cartilage', 'inner meniscus', 'menisco interno'],
  },
  {
    id: 'lateral_meniscus',
    synonyms: ['meniscus lateralis', 'lateral cartilage', 'outer meniscus', 'menisco externo'],
  },
  {
    id: 'prepatellar_bursa',
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

import type { SynonymsEntry } from '../schema';

export const PELVIC_LIGAMENTS_SYNONYMS: readonly SynonymsEntry[] = [
  {
    id: 'iliolumbar_ligament',
    synonyms: ['iliolumbar', 'ligamentum iliolumbale', 'lumbosacral ligament', 'ligamento iliolumbar'],
  },
  {
    id: 'sacroiliac_ligaments',
    synonyms: [
      'SI ligaments',
      'sacroiliac ligament',
      'posterior sacroiliac ligament',
      'long dorsal sacroiliac ligament',
      'interosseous sacroiliac ligament',
      'anterior sacroiliac ligament',
      'ligamentos sacroilíacos',
      'ligamento sacroilíaco posterior',
    ],
  },
  {
    id: 'sacrotuberous_ligament',
    synonyms: [
      'sacrotuberous',
      'great sacrosciatic ligament',
      'ligamentum sacrotuberale',
      'ligamento sacrotuberoso',
      'ligamento sacrociático mayor',
    ],
  },
  {
    id: 'sacrospinous_ligament',
    synonyms: [
      'sacrospinous',
      'small sacrosciatic ligament',
      'ligamentum sacrospinale',
      'ligamento sacroespinoso',
      'ligamento sacrociático menor',
    ],
  },
  {
    id: 'inguinal_ligament',
    synonyms: [
      "Poupart's ligament",
      'groin ligament',
      'ligamentum inguinale',
      'ligamento inguinal',
      'ligamento de Poupart',
      'arcada crural',
    ],
  },
  {
    id: 'iliofemoral_ligament',
    synonyms: [
      'Y ligament',
      'Y ligament of Bigelow',
      "Bigelow's ligament",
      'ligamentum iliofemorale',
      'ligamento iliofemoral',
      'ligamento en Y de Bigelow',
    ],
  },
  {
    id: 'acetabular_labrum',
    synonyms: [
      'labrum',
      'hip labrum',
      'labral tear',
      'labrum acetabulare',
      'labrum acetabular',
      'rodete acetabular',
      'rodete cotiloideo',
    ],
  },
  {
    id: 'iliopsoas_bursa',
    synonyms: [
      'iliopsoas bursa',
      'iliopectineal bursa',
      'psoas bursa',
      'iliopsoas bursitis',
      'bursa iliopectínea',
      'bursa del psoas',
    ],
  },
];

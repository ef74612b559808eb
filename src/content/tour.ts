/**
 * The guided tour: for each of the article's claims, the structures that make it concrete in the scene
 * (one side shown, the right, unless a structure is midline), and for the general claims G1-G3, which name
 * no structure, a short plain introduction of our own in both languages.
 *
 * Which structures make a claim concrete follows shared/design/article-claims.md (standard anatomy, not the
 * article's words). That each structure really has a connection citing its claim is checked against the
 * pain graph in src/study/tourSteps.ts (this layer may not import the graph).
 */
import type { Side, StructureId } from './ids';
import type { TourEntry } from './tourSchema';

export type { TourEntry } from './tourSchema';

const right = (...ids: StructureId[]) => ids.map((id) => ({ id, side: 'right' as Side }));
const midline = (...ids: StructureId[]) => ids.map((id) => ({ id, side: null }));

const TOUR_TABLE: readonly TourEntry[] = [
  {
    claim: 'G1',
    structures: [],
    intro: {
      en: 'The low back, the hips and the knees are joined by muscles, ligaments, nerves and bones. Trouble in one place can be felt in another.',
      es: 'La parte baja de la espalda, las caderas y las rodillas están unidas por músculos, ligamentos, nervios y huesos. Un problema en un sitio se puede sentir en otro.',
    },
  },
  {
    claim: 'G2',
    structures: [],
    intro: {
      en: 'Four things keep them working together: steady ligaments, strong muscles, joints that move well and nerves that are not irritated or pinched.',
      es: 'Cuatro cosas los hacen funcionar juntos: ligamentos estables, músculos fuertes, articulaciones que se mueven bien y nervios sin irritación ni presión.',
    },
  },
  // Roots L4 and L5 between them reach the femoral, obturator, sciatic and gluteal nerves.
  { claim: 'B1', structures: right('l4_nerve_root', 'l5_nerve_root') },
  // The two lowest discs: most disc herniations that press on a root are at these levels (Moore 8th ed.).
  { claim: 'B2', structures: midline('l4_l5_disc', 'l5_s1_disc') },
  { claim: 'B3', structures: right('psoas_major', 'quadratus_lumborum', 'erector_spinae') },
  { claim: 'B4', structures: midline('l4_vertebra', 'l5_vertebra') },
  { claim: 'B5', structures: right('knee_joint') },
  { claim: 'H1', structures: right('gluteus_medius', 'gluteus_minimus', 'gluteus_maximus') },
  { claim: 'H2', structures: right('femur', 'piriformis', 'gluteus_maximus') },
  { claim: 'H3', structures: right('iliotibial_band', 'tensor_fasciae_latae', 'greater_trochanteric_bursa') },
  { claim: 'H4', structures: right('hip_joint') },
  {
    claim: 'H5',
    structures: right('psoas_major', 'iliacus', 'rectus_femoris', 'sartorius', 'tensor_fasciae_latae'),
  },
  { claim: 'H6', structures: right('hip_joint') },
  { claim: 'K1', structures: right('iliotibial_band', 'tensor_fasciae_latae', 'gluteus_maximus') },
  { claim: 'K2', structures: right('rectus_femoris') },
  { claim: 'K3', structures: right('knee_joint') },
  {
    claim: 'G3',
    structures: [],
    intro: {
      en: 'So the place that hurts is not always the cause. A physical therapist looks at all three areas to find it.',
      es: 'Por eso, el sitio que duele no siempre es la causa. Un fisioterapeuta revisa las tres zonas para encontrarla.',
    },
  },
];

/** The tour table, checked by tour.test.ts (order here does not matter: the tour follows the article's order). */
export const TOUR_ENTRIES: readonly TourEntry[] = TOUR_TABLE;

/**
 * Nerves, left side: tubes along their anatomical course (Gray's Anatomy, 42nd ed.). Diameters: lumbar and
 * sacral roots ~4-6 mm, femoral ~5-7 mm, sciatic ~1.2-2 cm wide at the buttock (flattened), tibial ~6-8 mm,
 * common fibular ~4-5 mm, saphenous ~2-3 mm, gluteal nerves ~3 mm (Gray's; ultrasound series reviewed by
 * Chen et al. 2009 and Rossey-Marec 2004 for sciatic width).
 */
import type { Vec3 } from '../types';
import { foramen, type ForamenLevel } from '../landmarks';
import { A } from './attachments';

export type NerveId =
  | 'l1_nerve_root'
  | 'l2_nerve_root'
  | 'l3_nerve_root'
  | 'l4_nerve_root'
  | 'l5_nerve_root'
  | 's1_nerve_root'
  | 's2_nerve_root'
  | 's3_nerve_root'
  | 'lumbar_plexus'
  | 'femoral_nerve'
  | 'obturator_nerve'
  | 'lateral_femoral_cutaneous_nerve'
  | 'sciatic_nerve'
  | 'tibial_nerve'
  | 'common_fibular_nerve'
  | 'superior_gluteal_nerve'
  | 'inferior_gluteal_nerve'
  | 'saphenous_nerve';

export interface NervePart {
  readonly points: readonly Vec3[];
  /** Radius at the start and at the end (metres). */
  readonly r0: number;
  readonly r1: number;
}
export interface NerveSpec {
  readonly id: NerveId;
  readonly parts: readonly NervePart[];
}

const F = (l: ForamenLevel): Vec3 => foramen(l, 'left');

/** Where the lumbar plexus gathers inside / behind psoas at each level (placement, Gray's). */
const PLEXUS: Vec3[] = [
  [0.044, 1.18, -0.012],
  [0.048, 1.15, -0.008],
  [0.052, 1.12, -0.006],
  [0.054, 1.09, -0.006],
];
/** Lumbosacral trunk (L4-L5) and sacral plexus on the front of piriformis. */
const SACRAL_PLEXUS: Vec3 = [0.052, 0.985, -0.058];
/** The sciatic nerve leaves the pelvis below piriformis through the greater sciatic notch. */
const BELOW_PIRIFORMIS: Vec3 = [0.078, 0.93, -0.1];
const SCIATIC_SPLIT: Vec3 = [0.1, 0.58, -0.05];

function root(id: NerveId, level: ForamenLevel, to: Vec3, mid?: Vec3): NerveSpec {
  const f = F(level);
  const m: Vec3 = mid ?? [(f[0] + to[0]) / 2 + 0.004, (f[1] + to[1]) / 2, (f[2] + to[2]) / 2];
  return { id, parts: [{ points: [f, m, to], r0: 0.0026, r1: 0.0026 }] };
}

export const NERVES: readonly NerveSpec[] = [
  root('l1_nerve_root', 'l1', PLEXUS[0]!),
  root('l2_nerve_root', 'l2', PLEXUS[1]!),
  root('l3_nerve_root', 'l3', PLEXUS[2]!),
  root('l4_nerve_root', 'l4', PLEXUS[3]!),
  root('l5_nerve_root', 'l5', [0.05, 1.03, -0.045], [0.04, 1.055, -0.035]),
  root('s1_nerve_root', 's1', [0.05, 1.0, -0.055], [0.04, 1.012, -0.036]),
  root('s2_nerve_root', 's2', [0.054, 0.975, -0.065], [0.042, 0.99, -0.05]),
  root('s3_nerve_root', 's3', [0.056, 0.958, -0.07], [0.04, 0.965, -0.06]),
  {
    id: 'lumbar_plexus',
    parts: [
      { points: [PLEXUS[0]!, PLEXUS[1]!, PLEXUS[2]!, PLEXUS[3]!], r0: 0.003, r1: 0.004 },
      // lumbosacral trunk (L4-L5) down over the ala to the sacral plexus
      { points: [PLEXUS[3]!, [0.052, 1.05, -0.03], SACRAL_PLEXUS], r0: 0.003, r1: 0.004 },
    ],
  },
  {
    id: 'femoral_nerve',
    // L2-L4, emerges lateral to psoas, in the groove with iliacus, under the inguinal ligament lateral to the
    // femoral artery, then fans into muscular and cutaneous branches.
    parts: [
      {
        points: [
          PLEXUS[2]!,
          [0.064, 1.06, 0.022],
          [0.078, 0.99, 0.05],
          [0.082, 0.95, 0.068],
          [0.086, 0.9, 0.078],
        ],
        r0: 0.003,
        r1: 0.0032,
      },
      {
        points: [
          [0.086, 0.9, 0.078],
          [0.1, 0.86, 0.09],
          [0.11, 0.8, 0.1],
        ],
        r0: 0.0018,
        r1: 0.0012,
      },
      {
        points: [
          [0.086, 0.9, 0.078],
          [0.118, 0.86, 0.075],
          [0.14, 0.8, 0.06],
        ],
        r0: 0.0018,
        r1: 0.0012,
      },
      {
        points: [
          [0.086, 0.9, 0.078],
          [0.082, 0.86, 0.085],
          [0.08, 0.8, 0.085],
        ],
        r0: 0.0018,
        r1: 0.0012,
      },
    ],
  },
  {
    id: 'saphenous_nerve',
    // Branch of the femoral: adductor canal, medial knee between sartorius and gracilis, medial leg.
    parts: [
      {
        points: [
          [0.086, 0.9, 0.078],
          [0.078, 0.8, 0.06],
          [0.066, 0.68, 0.045],
          [0.046, 0.56, 0.012],
          [0.036, 0.49, -0.005],
          [0.05, 0.36, 0.0],
          [0.058, 0.2, 0.004],
          [0.058, 0.09, 0.012],
        ],
        r0: 0.0015,
        r1: 0.0011,
      },
    ],
  },
  {
    id: 'obturator_nerve',
    // L2-L4, medial to psoas, along the lateral pelvic wall to the obturator foramen, into the adductors.
    parts: [
      {
        points: [
          PLEXUS[2]!,
          [0.036, 1.06, -0.006],
          [0.048, 0.98, -0.01],
          [0.052, 0.91, 0.014],
          [0.05, 0.87, 0.04],
        ],
        r0: 0.0025,
        r1: 0.002,
      },
      {
        points: [
          [0.05, 0.87, 0.04],
          [0.058, 0.8, 0.045],
        ],
        r0: 0.0016,
        r1: 0.0012,
      },
      {
        points: [
          [0.05, 0.87, 0.04],
          [0.066, 0.8, 0.015],
        ],
        r0: 0.0016,
        r1: 0.0012,
      },
    ],
  },
  {
    id: 'lateral_femoral_cutaneous_nerve',
    // L2-L3, across iliacus, medial to the ASIS under the inguinal ligament, to the lateral thigh.
    parts: [
      {
        points: [
          PLEXUS[1]!,
          [0.07, 1.1, -0.006],
          [0.095, 1.04, 0.025],
          [0.11, 0.995, 0.068],
          [0.135, 0.9, 0.075],
          [0.16, 0.78, 0.06],
        ],
        r0: 0.0016,
        r1: 0.0012,
      },
    ],
  },
  {
    id: 'sciatic_nerve',
    // L4-S3, through the greater sciatic notch below piriformis, between the ischial tuberosity and the
    // greater trochanter, down the back of the thigh under the long head of biceps; splits above the knee.
    parts: [
      {
        points: [
          SACRAL_PLEXUS,
          [0.05, 0.94, -0.072],
          BELOW_PIRIFORMIS,
          [0.095, 0.88, -0.072],
          // deep: on adductor magnus, under the long head of biceps femoris
          [0.106, 0.78, -0.046],
          [0.106, 0.68, -0.045],
          SCIATIC_SPLIT,
        ],
        r0: 0.0075,
        r1: 0.0055,
      },
    ],
  },
  {
    id: 'tibial_nerve',
    // Straight down the middle of the popliteal fossa, between the gastrocnemius heads, deep in the calf,
    // behind the medial malleolus.
    parts: [
      {
        points: [
          SCIATIC_SPLIT,
          [0.094, 0.5, -0.048],
          [0.088, 0.4, -0.035],
          [0.078, 0.24, -0.025],
          [0.065, 0.1, -0.018],
        ],
        r0: 0.0042,
        r1: 0.003,
      },
    ],
  },
  {
    id: 'common_fibular_nerve',
    // Lateral, along the medial border of biceps femoris, behind the fibular head, around the fibular neck.
    parts: [
      {
        points: [
          SCIATIC_SPLIT,
          [0.122, 0.52, -0.042],
          [0.138, 0.468, -0.022],
          A('fibular_neck'),
          [0.132, 0.41, 0.03],
        ],
        r0: 0.003,
        r1: 0.0024,
      },
    ],
  },
  {
    id: 'superior_gluteal_nerve',
    // L4-S1, leaves above piriformis, runs between gluteus medius and minimus to TFL.
    parts: [
      {
        points: [
          SACRAL_PLEXUS,
          [0.07, 0.99, -0.082],
          [0.1, 1.0, -0.07],
          [0.138, 1.0, -0.02],
          [0.15, 0.99, 0.03],
        ],
        r0: 0.0016,
        r1: 0.0012,
      },
    ],
  },
  {
    id: 'inferior_gluteal_nerve',
    // L5-S2, leaves below piriformis and enters the deep surface of gluteus maximus.
    parts: [
      {
        points: [SACRAL_PLEXUS, [0.05, 0.945, -0.074], [0.075, 0.935, -0.11], [0.095, 0.925, -0.122]],
        r0: 0.0016,
        r1: 0.0012,
      },
    ],
  },
];

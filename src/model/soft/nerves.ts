/**
 * Nerves, left side: tubes along their anatomical course (Gray's Anatomy, 42nd ed.). Diameters: lumbar and
 * sacral roots ~4-6 mm, femoral ~5-7 mm, sciatic ~1.2-2 cm wide at the buttock (flattened), tibial ~6-8 mm,
 * common fibular ~4-5 mm, saphenous ~2-3 mm, gluteal nerves ~3 mm (Gray's; ultrasound series reviewed by
 * Chen et al. 2009 and Rossey-Marec 2004 for sciatic width).
 */
import type { Vec3 } from '../types';
import { foramen, perLandmarks, rel, type ForamenLevel } from '../landmarks';
import { roundCorner } from '../kernel/spline.ts';
import { limb } from './limb';
import { fibularDivision, smallNerveSpecs } from './smallNerves';

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
  | 'saphenous_nerve'
  | 'sural_nerve'
  | 'superficial_fibular_nerve'
  | 'deep_fibular_nerve'
  | 'posterior_femoral_cutaneous_nerve'
  | 'superior_cluneal_nerves'
  | 'ilioinguinal_nerve'
  | 'genitofemoral_nerve';

export interface NervePart {
  readonly points: readonly Vec3[];
  /** Radius at the start and at the end (metres). */
  readonly r0: number;
  readonly r1: number;
  /** Spacing of the tube's rings (metres) where the nerve's default would show kinks. */
  readonly ringStep?: number;
  /**
   * The most its centre line turns between two rings (degrees; default soft/index.ts' NERVE_MAX_TURN), less
   * where a fine nerve in view bends round a bone and its rings' turns would show as corners.
   */
  readonly maxTurn?: number;
}
export interface NerveSpec {
  readonly id: NerveId;
  readonly parts: readonly NervePart[];
  /** Fewer sides and rings for the thinnest nerves (~1-2 mm), to stay in the nerves' triangle budget. */
  readonly fine?: boolean;
}

const F = (l: ForamenLevel): Vec3 => foramen(l, 'left');

function root(id: NerveId, level: ForamenLevel, to: Vec3, mid?: Vec3): NerveSpec {
  const f = F(level);
  const m: Vec3 = mid ?? [(f[0] + to[0]) / 2 + 0.004, (f[1] + to[1]) / 2, (f[2] + to[2]) / 2];
  return { id, parts: [{ points: [f, m, to], r0: 0.0026, r1: 0.0026 }] };
}

/** Every nerve, for the current landmarks (thigh and leg courses in limb coordinates, soft/limb.ts). */
export const nerveSpecs = perLandmarks((): readonly NerveSpec[] => {
  const thigh = limb('thigh');
  const leg = limb('leg');
  const T = (t: number, deg: number, rho: number): Vec3 => thigh.point(t, deg, rho);
  const G = (t: number, deg: number, rho: number): Vec3 => leg.point(t, deg, rho);
  const split = T(0.8, 266, 0.45);
  // where the femoral nerve leaves the femoral triangle and branches
  const femoralFan = rel('obturator_foramen_centre', [0.034, 0.022, 0.056]);
  // where the lumbar plexus gathers inside / behind psoas at each level (placement, Gray's)
  const plexus: Vec3[] = [
    rel('l1_l2_foramen', [0.022, -0.011, 0.0126]),
    rel('l2_l3_foramen', [0.026, -0.0094, 0.011]),
    rel('l3_l4_foramen', [0.03, -0.008, 0.0117]),
    rel('l4_l5_foramen', [0.032, -0.0089, 0.0171]),
  ];
  // lumbosacral trunk (L4-L5) and sacral plexus on the front of piriformis
  const sacralPlexus: Vec3 = rel('greater_sciatic_notch', [-0.018, 0.022, -0.011]);
  // the sciatic nerve leaves the pelvis below piriformis through the greater sciatic notch
  const belowPiriformis: Vec3 = rel('ischial_spine', [0.03, 0.018, -0.048]);
  const inPelvis = rel('ischial_spine', [0.002, 0.028, -0.02]);
  const besideTuberosity = rel('ischial_spine', [0.047, -0.032, -0.02]);
  return [
    root('l1_nerve_root', 'l1', plexus[0]!),
    root('l2_nerve_root', 'l2', plexus[1]!),
    root('l3_nerve_root', 'l3', plexus[2]!),
    root('l4_nerve_root', 'l4', plexus[3]!),
    root(
      'l5_nerve_root',
      'l5',
      rel('sacroiliac_joint_centre', [0.004, 0.012, 0.01]),
      rel('l5_s1_foramen', [0.018, -0.0193, 0.0004]),
    ),
    root(
      's1_nerve_root',
      's1',
      rel('sacroiliac_joint_centre', [0.004, -0.018, 0]),
      rel('s2_foramen', [0.014, 0.014, -0.001]),
    ),
    root(
      's2_nerve_root',
      's2',
      rel('greater_sciatic_notch', [-0.016, 0.012, -0.018]),
      rel('s2_foramen', [0.016, -0.008, -0.015]),
    ),
    root(
      's3_nerve_root',
      's3',
      rel('greater_sciatic_notch', [-0.014, -0.005, -0.023]),
      rel('s3_foramen', [0.017, -0.009, -0.01]),
    ),
    {
      id: 'lumbar_plexus',
      parts: [
        { points: [plexus[0]!, plexus[1]!, plexus[2]!, plexus[3]!], r0: 0.003, r1: 0.004 },
        // lumbosacral trunk (L4-L5) down over the ala to the sacral plexus
        {
          points: [plexus[3]!, rel('s1_foramen', [0.024, 0.028, -0.012]), sacralPlexus],
          r0: 0.003,
          r1: 0.004,
        },
      ],
    },
    {
      id: 'femoral_nerve',
      // L2-L4, emerges lateral to psoas, in the groove with iliacus, under the inguinal ligament lateral to the
      // femoral artery, then fans into muscular and cutaneous branches.
      parts: [
        {
          points: [
            plexus[2]!,
            rel('s1_foramen', [0.036, 0.038, 0.04]),
            rel('aiis', [-0.029, 0.0155, 0.008]),
            rel('aiis', [-0.025, -0.0245, 0.026]),
            femoralFan,
          ],
          r0: 0.003,
          r1: 0.0032,
        },
        // muscular branches under sartorius into rectus femoris and the vasti, and an anterior cutaneous one
        { points: [femoralFan, T(0.12, 95, 0.95), T(0.24, 75, 0.9)], r0: 0.0018, r1: 0.0012 },
        { points: [femoralFan, T(0.12, 108, 0.8), T(0.28, 112, 0.85)], r0: 0.0018, r1: 0.0012 },
        { points: [femoralFan, T(0.1, 110, 1.25), T(0.3, 118, 1.35)], r0: 0.0016, r1: 0.0011 },
      ],
    },
    {
      id: 'saphenous_nerve',
      // Branch of the femoral: adductor canal under sartorius, medial knee between sartorius and gracilis,
      // then with the great saphenous vein down the medial leg to the front of the medial malleolus.
      parts: [
        {
          points: [
            femoralFan,
            T(0.2, 128, 0.75),
            T(0.4, 160, 0.8),
            T(0.6, 178, 0.85),
            T(0.8, 196, 1.2),
            T(1.0, 200, 1.45),
            G(0.3, 175, 1.5),
            G(0.7, 160, 1.5),
            G(0.95, 140, 1.4),
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
            plexus[2]!,
            rel('l5_s1_foramen', [0.014, -0.0143, 0.0294]),
            rel('s2_foramen', [0.022, -0.018, 0.025]),
            rel('obturator_foramen_centre', [0, 0.032, -0.008]),
            rel('obturator_foramen_centre', [-0.002, -0.008, 0.018]),
          ],
          r0: 0.0025,
          r1: 0.002,
        },
        // anterior branch between adductor longus and (not drawn) brevis; posterior branch on adductor magnus
        {
          points: [
            rel('obturator_foramen_centre', [-0.002, -0.008, 0.018]),
            T(0.22, 150, 0.45),
            T(0.34, 168, 0.4),
          ],
          r0: 0.0016,
          r1: 0.0012,
        },
        {
          points: [
            rel('obturator_foramen_centre', [-0.002, -0.008, 0.018]),
            T(0.22, 178, 0.1),
            T(0.34, 200, 0.05),
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
            plexus[1]!,
            rel('l4_l5_foramen', [0.048, 0.0011, 0.0171]),
            rel('asis', [-0.025, 0.0296, -0.0314]),
            rel('asis', [-0.01, -0.0154, 0.0116]),
            T(0.05, 50, 1.4),
            T(0.3, 30, 1.4),
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
            sacralPlexus,
            // it turns back towards the notch by ~65 deg, then down below piriformis by ~85: each corner an
            // arc (2 and 2.5 cm radius), so the 15 mm-thick nerve does not fold (a spline through the corners
            // themselves turned on 9 and 8 mm)
            ...roundCorner(sacralPlexus, inPelvis, belowPiriformis, 0.02, 4),
            ...roundCorner(inPelvis, belowPiriformis, besideTuberosity, 0.025, 4),
            besideTuberosity,
            // deep: on adductor magnus, under semitendinosus and the long head of biceps femoris
            T(0.3, 262, 0.45),
            T(0.55, 263, 0.45),
            split,
          ],
          r0: 0.0075,
          r1: 0.0055,
        },
      ],
    },
    {
      id: 'tibial_nerve',
      // Straight down the middle of the popliteal fossa, between the gastrocnemius heads, deep in the calf,
      // behind the medial malleolus. In the fossa it is the most superficial of its contents, the popliteal
      // vein and then the artery deep to it, on the oblique popliteal ligament and the capsule (Gray's;
      // Moore): ~1 cm behind the capsule's back (kneeParts.ts: obliquePoplitealBand). At rho 0.4 and 0.35
      // it ran through the capsule's back at the joint line, where that ligament lies
      parts: [
        {
          points: [
            split,
            T(0.95, 268, 1),
            G(0.12, 266, 0.5),
            G(0.4, 255, 0.3),
            G(0.75, 235, 0.4),
            G(0.97, 210, 0.7),
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
            split,
            T(0.9, 290, 0.5),
            G(0.03, 312, 0.85),
            // on the back and then the lateral surface of the fibular head and neck, just outside the bone,
            // where it can be felt (it ran straight from behind the head to a point on the neck, through the
            // bone, and came out of it there)
            G(0.09, 330, 0.95),
            G(0.125, 341, 0.95),
            G(0.15, 353, 0.8),
            fibularDivision(),
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
            sacralPlexus,
            rel('piis', [0.028, -0.005, 0.006]),
            rel('greater_sciatic_notch', [0.03, 0.037, -0.023]),
            rel('iliac_tubercle', [-0.002, -0.062, -0.038]),
            rel('asis', [0.03, -0.0204, -0.0264]),
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
          points: [
            sacralPlexus,
            rel('greater_sciatic_notch', [-0.02, -0.018, -0.027]),
            rel('ischial_spine', [0.027, 0.023, -0.058]),
            rel('ischial_spine', [0.047, 0.013, -0.07]),
          ],
          r0: 0.0016,
          r1: 0.0012,
        },
      ],
    },
    ...smallNerveSpecs(sacralPlexus, plexus[0]!, plexus[1]!),
  ];
});

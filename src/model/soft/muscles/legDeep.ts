/**
 * Deep posterior compartment of the leg and popliteus (left side), boxes of the leg's cross-section as in
 * leg.ts, under soleus (which starts at ρ 0.42 over them). After Gray's Anatomy 42nd ed. (leg: posterior
 * compartment, deep group) and Netter's Atlas 7th ed. (serial cross-sections of the leg; deep posterior leg
 * plate): flexor digitorum longus on the back of the tibia (medial), tibialis posterior on the interosseous
 * membrane between the bones (central, deepest), flexor hallucis longus on the back of the fibula (lateral,
 * the largest of the three, reaching lowest). Their tendons pass behind the medial malleolus, in front to
 * back tibialis posterior, flexor digitorum longus, flexor hallucis longus ("Tom, Dick and Harry"), to the
 * navicular tuberosity and into the sole. Popliteus runs from the lateral femoral condyle down and medially to
 * the back of the tibia above the soleal line. These nodes go in the deep model file (DEEP_STRUCTURE_IDS).
 */
import type { Vec3 } from '../../types';
import { L, footPoint } from '../../landmarks';
import { limb } from '../limb';
import type { MuscleSpec } from './types';
import { alongToe, TOE_TENDON_CLEAR, TOE_TENDON_LEAST } from './toes';
import { heldAt } from '../attachments';

const off = (p: Vec3, d: Vec3): Vec3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];

/** As the superficial leg muscles: rings every 2.5 cm, 10 vertices a ring. */
const LEG = { kind: 'limb', limb: 'leg', segments: 10, ringStep: 0.025 } as const;

const F = (p: Vec3): Vec3 => footPoint(p[0], p[1], p[2]);

/**
 * Where flexor digitorum longus' tendon divides into four under the midfoot (foot u, v, w): a line across
 * its front edge, medial to lateral, from which the tendons to toes 2-5 leave side by side; quadratus
 * plantae (sole.ts) inserts on its lateral border just behind it. Deep to flexor digitorum brevis, ~1 cm
 * under the bases of the metatarsals and the lateral cuneiform.
 */
export const FDL_SPLIT: readonly [Vec3, Vec3] = [
  [0.142, 0.0235, -0.007],
  [0.137, 0.0235, 0.011],
];
/** A point along the split line (0 its medial, 1 its lateral end). */
export const fdlSplitAt = (s: number): Vec3 =>
  FDL_SPLIT[0].map((a, k) => a + (FDL_SPLIT[1][k]! - a) * s) as unknown as Vec3;
/** The sole of the hallux (toes.ts): under its head, the base and middle of the proximal phalanx, the distal base. */
const HALLUX_SOLE = alongToe(0, -1, 0.0025);

/**
 * One of flexor digitorum longus' four tendons (toe 1-4: the second to the fifth): from its point on the
 * split line under the midfoot, under the metatarsal head and along the plantar face of the toe to the base of the
 * distal phalanx (Gray's 42nd ed.; it passes through the split tendon of flexor digitorum brevis, not drawn),
 * ~3 mm wide, thinning to ~2.4 x 1.2 mm on the toe.
 */
function fdlTendon(toe: number): MuscleSpec {
  // In the curled toe's sole, on the concave side of the curl, the fibrous sheath holds it to the phalanges
  // (a taut line would bridge off them) in one smooth arch: under the metatarsal head and the base of the
  // proximal phalanx, spanning that phalanx's waist (1.2 radii off its axis, not down on the shaft), held under
  // its head at the joint (1.12 radii: further off, it lay 4.5 mm off the bone where the joint's gap opens), and
  // from there straight on past the short middle phalanx (2-4 mm) to the base of the distal one. Down into each
  // waist, up over the middle phalanx's mid-point (which lies above its base: the toe is curled) and steeply
  // down to the distal base it turned up to 22 deg from one ring to the next (pathBends.test.ts)
  const [head, proximalBase, proximalMid, proximalHead, , , , distalBase] = alongToe(
    toe,
    -1,
    TOE_TENDON_CLEAR + 0.0002,
    1.2,
    1.12,
  );
  return {
    id: 'flexor_digitorum_longus',
    kind: 'path',
    // from its own point on the split line, as drawn (not snapped onto the metatarsals above)
    origin: heldAt('metatarsals', F(fdlSplitAt((toe - 1) / 3))),
    insertion: { bone: 'phalanges_of_foot', p: F(distalBase!) },
    via: [head!, proximalBase!, proximalMid!, proximalHead!].map(F),
    profile: [
      [0, 0.0045, 0.0018],
      [0.35, 0.0032, 0.0014],
      [1, 0.0024, 0.0012],
    ],
    widthDir: [{ at: 0, dir: [1, 0, 0] }],
    // Where its rings fall on the toe decides whether they bridge the phalanges' bumps: from the division
    // line under the midfoot, 14 rings (its old 16 at most 1.3 even spacings apart bridged the joints 4.5 mm
    // off the bone, toeTendons.test's bound). They crowd into the toe's bends twice as strongly as a path's
    // by default, and the straight run under the metatarsal may keep them 2 even spacings apart, so that
    // more of them lie on the toe: at the default 0.4 and 1.5 the same curve turned up to 17.2 deg a ring, at
    // 0.8 and 1.5 up to 14.9 (13.4 now)
    rings: 14,
    ringTurnWeight: 0.8,
    ringMaxGap: 2,
    segments: 6,
    leastThickness: TOE_TENDON_LEAST,
    tendons: { origin: 1 },
  };
}

export const legDeepMuscles = (): MuscleSpec[] => {
  const leg = limb('leg');
  const at = (t: number, deg: number, rho: number): Vec3 => leg.point(t, deg, rho);
  const malleolus = L('medial_malleolus');
  return [
    {
      id: 'popliteus',
      ...LEG,
      // a flat triangle on the back of the knee, under the popliteal vessels and the gastrocnemius heads: narrow
      // at the lateral condyle, widening as it runs down and medially, its lower border the oblique soleal line
      sections: [
        [0.07, 274, 326, 0, 0.42],
        [0.1, 236, 324, 0, 0.5],
        [0.15, 204, 306, 0, 0.5],
        [0.2, 194, 260, 0, 0.44],
        [0.23, 184, 206, 0, 0.3],
      ],
      // a tendon from the groove on the lateral surface of the lateral femoral condyle
      origin: {
        bone: 'femur',
        p: off(L('lateral_epicondyle'), [0.002, -0.014, -0.006]),
        width: 0.008,
        thickness: 0.005,
        tendon: 0.35,
      },
      // its tendon passes into the joint under the capsule: the end sinks into the condyle (pushed out of
      // the bone it was flattened into a small dark flap beside the lateral joint line)
      sinksInto: ['femur'],
      // posterior surface of the tibia above the soleal line, its end closing within 8 mm (over the default
      // 2.6 cm it ran on below the line through flexor digitorum longus' top); its last box on the medial border
      insertion: {
        bone: 'tibia',
        p: at(0.19, 215, 0),
        width: 0.025,
        thickness: 0.006,
        fleshy: true,
        close: 0.008,
      },
    },
    {
      id: 'tibialis_posterior',
      ...LEG,
      sections: [
        // its top narrow and thin on the bone, widening over 3-4 cm (a full-width top closed in a flat cap)
        [0.2, 270, 320, 0, 0.14],
        [0.27, 252, 326, 0, 0.26],
        [0.45, 250, 326, 0, 0.3],
        [0.62, 248, 305, 0, 0.3],
        [0.74, 236, 275, 0, 0.3],
      ],
      // interosseous membrane and the adjoining backs of the tibia and fibula
      origin: { bone: 'tibia', p: at(0.2, 297, 0), width: 0.02, thickness: 0.006, fleshy: true },
      // behind the medial malleolus (in front of the other two) to the navicular tuberosity
      insertion: {
        bone: 'tarsal_bones',
        p: L('navicular_tuberosity'),
        width: 0.01,
        thickness: 0.004,
        via: [off(malleolus, [-0.002, -0.008, -0.011])],
        maxTurn: 16,
        ringStep: 0.04,
        tendon: 0.6,
      },
    },
    {
      id: 'flexor_digitorum_longus',
      ...LEG,
      sections: [
        // its top narrow and thin on the bone, widening over 3-4 cm (a full-width top closed in a flat cap)
        [0.24, 210, 242, 0, 0.16],
        [0.32, 200, 250, 0, 0.32],
        [0.45, 198, 250, 0, 0.4],
        [0.62, 200, 248, 0, 0.4],
        [0.76, 202, 236, 0.05, 0.42],
      ],
      // back of the tibia below the soleal line
      origin: { bone: 'tibia', p: at(0.24, 225, 0), width: 0.015, thickness: 0.006, fleshy: true },
      // behind the medial malleolus into the sole, deep to abductor hallucis and flexor digitorum brevis,
      // broadening where quadratus plantae joins it into the line where it divides into four tendons to the
      // lateral toes (fdlTendon, above); the line is drawn below the bones, as far out from them as it is
      insertion: {
        ...heldAt('metatarsals', F(FDL_SPLIT[0])),
        to: F(FDL_SPLIT[1]),
        width: 0.018,
        thickness: 0.003,
        via: [
          off(malleolus, [-0.004, -0.012, -0.016]),
          footPoint(0.06, 0.031, -0.02),
          footPoint(0.105, 0.021, -0.011),
        ],
        maxTurn: 16,
        ringStep: 0.04,
        tendon: 0.6,
      },
    },
    ...[1, 2, 3, 4].map(fdlTendon),
    {
      id: 'flexor_hallucis_longus',
      ...LEG,
      sections: [
        // its top narrow and thin on the bone, widening over 3-4 cm (a full-width top closed in a flat cap)
        [0.3, 314, 338, 0.3, 0.42],
        [0.39, 282, 338, 0.29, 0.42],
        [0.5, 264, 338, 0.3, 0.42],
        [0.68, 258, 332, 0.3, 0.44],
        [0.82, 255, 315, 0.05, 0.45],
      ],
      // lower two thirds of the back of the fibula
      origin: { bone: 'fibula', p: at(0.3, 330, 0.35), width: 0.015, thickness: 0.006, fleshy: true },
      // behind the medial malleolus (last), under the sustentaculum tali and along the sole to the base of
      // the distal phalanx of the great toe
      insertion: {
        bone: 'phalanges_of_foot',
        p: F(HALLUX_SOLE[HALLUX_SOLE.length - 1]!),
        width: 0.006,
        thickness: 0.003,
        via: [
          off(malleolus, [-0.006, -0.016, -0.022]),
          // under the sustentaculum tali
          footPoint(0.05, 0.031, -0.015),
          // under the medial cuneiform, lateral of abductor hallucis
          footPoint(0.12, 0.013, -0.017),
          footPoint(0.19, 0.007, -0.022),
          // under the proximal phalanx
          F(HALLUX_SOLE[2]!),
        ],
        maxTurn: 22,
        ringStep: 0.04,
        tendon: 0.6,
      },
    },
  ];
};

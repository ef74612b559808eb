/**
 * The leg (left side), as boxes of its cross-section (soft/limb.ts: t 0 at the knee centre to 1 at the
 * ankle; θ from the tibial shaft axis, 0 lateral, 90 anterior; the fibula lies at θ ≈ 335–355, ρ 0.4–0.85,
 * and the interosseous membrane runs to it from the tibia). After Gray's Anatomy 42nd ed. (leg: anterior,
 * lateral and posterior compartments) and Netter's Atlas 7th ed. (serial cross-sections of the leg; anterior,
 * lateral and posterior leg plates):
 * - posterior, superficial: gastrocnemius's heads arise from the femur above the condyles, bound the
 *   popliteal fossa below, meet in the upper calf and end on an aponeurosis that narrows into the calcaneal
 *   (Achilles) tendon; soleus lies deep to them, from the head and upper back of the fibula and the soleal
 *   line of the tibia, broadest below the gastrocnemius bellies, into the same tendon;
 * - anterior: tibialis anterior against the lateral surface of the tibia, extensor digitorum longus lateral
 *   to it against the fibula's front, extensor hallucis longus deep between them from the middle third; their
 *   tendons cross the front of the ankle (tibialis anterior most medial) to the medial cuneiform and first
 *   metatarsal, the lateral four toes and the great toe;
 * - lateral: fibularis longus superficial from the fibular head and upper fibula, fibularis brevis deep to it
 *   from the lower two thirds; both tendons pass behind the lateral malleolus, brevis to the tuberosity of the
 *   fifth metatarsal, longus under the cuboid and across the sole to the first metatarsal and medial cuneiform.
 * The deep posterior compartment (ρ below 0.42, under soleus) and popliteus: legDeep.ts.
 */
import type { Vec3 } from '../../types';
import { L, footPoint } from '../../landmarks';
import { A } from '../attachments';
import { limb } from '../limb';
import { METATARSALS } from '../../bones/forefoot';
import type { MuscleSpec } from './types';
import { alongToe, TOE_TENDON_CLEAR, TOE_TENDON_LEAST } from './toes';

const off = (p: Vec3, d: Vec3): Vec3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];

/**
 * Long, straight leg muscles keep their shape with rings every 2.5 cm and 10 vertices a ring (12 for
 * tibialis anterior, the broadest, and 14 for soleus): the start view's triangle and byte budgets.
 */
const LEG = { kind: 'limb', limb: 'leg', segments: 10, ringStep: 0.025 } as const;

/** Where extensor digitorum longus' band parts into its four tendons (foot u, v, w: medial and lateral edge). */
const EDL_SPLIT: readonly [Vec3, Vec3] = [
  [0.135, 0.052, -0.002],
  [0.13, 0.047, 0.024],
];

/**
 * One of extensor digitorum longus' four tendons (toe 1-4: the second to the fifth): from the band over its
 * metatarsal, over the metatarsophalangeal joint and along the dorsum of the toe to the base of the distal
 * phalanx (Gray's 42nd ed.: slips to the middle and distal phalanges), ~2-4 mm wide and thin, thinner still
 * over the toe (~2.2 x 1 mm), where it lies under the toe's thin dorsal skin (skinMargin.ts).
 */
function edlTendon(toe: number): MuscleSpec {
  const s = (toe - 1) / 3;
  const split = EDL_SPLIT[0].map((a, k) => a + (EDL_SPLIT[1][k]! - a) * s) as unknown as Vec3;
  const m = METATARSALS[toe]!;
  const shaft: Vec3 = [
    (m.base[0] + m.head[0]) / 2,
    (m.base[1] + m.head[1]) / 2 + 0.003 + m.shaft + 0.0018,
    (m.base[2] + m.head[2]) / 2,
  ];
  // over the metatarsal head, the base and middle of the proximal phalanx, the base of the middle phalanx,
  // then taut over the curled middle and distal joints to the base of the distal phalanx: not down into the
  // middle phalanx's waist (its mid-point lies ~2 mm past the top of its base and ~2 mm lower, and through it
  // the tendon turned 20-26 deg from one ring to the next)
  const [head, proximalBase, proximalMid, middleBase, , distalBase] = alongToe(toe, 1, TOE_TENDON_CLEAR);
  const F = (p: Vec3): Vec3 => footPoint(p[0], p[1], p[2]);
  return {
    id: 'extensor_digitorum_longus',
    kind: 'path',
    origin: { bone: 'metatarsals', p: F(split) },
    insertion: { bone: 'phalanges_of_foot', p: F(distalBase!) },
    via: [shaft, head!, proximalBase!, proximalMid!, middleBase!].map(F),
    profile: [
      [0, 0.004, 0.0014],
      [0.35, 0.003, 0.0012],
      [0.55, 0.0026, 0.0011],
      [1, 0.0022, 0.001],
    ],
    widthDir: [{ at: 0, dir: [1, 0, 0] }],
    rings: 18,
    segments: 6,
    leastThickness: TOE_TENDON_LEAST,
    tendons: { origin: 1 },
  };
}

/** The dorsum of the hallux (toes.ts): over its head, the base and middle of the proximal phalanx, the distal base. */
const HALLUX_DORSUM = alongToe(0, 1, 0.0025);
const hallux = (k: number): Vec3 => {
  const p = HALLUX_DORSUM[k]!;
  return footPoint(p[0], p[1], p[2]);
};

/** 3 mm over the head of the first metatarsal: extensor hallucis longus over the joint's capsule. */
const HALLUX_HEAD: Vec3 = (() => {
  const m = METATARSALS[0]!;
  return footPoint(m.head[0], m.head[1] + m.headR + 0.003, m.head[2]);
})();

export const legMuscles = (): MuscleSpec[] => {
  const leg = limb('leg');
  const at = (t: number, deg: number, rho: number): Vec3 => leg.point(t, deg, rho);
  const malleolus = L('lateral_malleolus');
  const fifth = L('base_fifth_metatarsal');
  // a flat tendon, ~2.5 cm wide and ~5 mm thick where it spreads onto the back of the calcaneus
  const achilles = {
    bone: 'calcaneus' as const,
    p: A('calcaneal_tuberosity'),
    width: 0.024,
    thickness: 0.0045,
  };
  return [
    {
      id: 'gastrocnemius',
      part: 'medial head',
      fuse: true,
      kind: 'limb',
      limb: 'leg',
      sections: [
        [0.06, 195, 248, 0.6, 1],
        [0.15, 205, 262, 0.55, 1],
        [0.28, 217, 270, 0.55, 1],
        [0.4, 228, 270, 0.6, 1],
        [0.5, 238, 268, 0.7, 1],
      ],
      origin: {
        bone: 'femur',
        p: A('medial_femoral_condyle_back'),
        width: 0.022,
        thickness: 0.012,
        tendon: 0.15,
      },
      sinksInto: ['femur'],
      insertion: { ...achilles, p: off(achilles.p, [-0.002, 0, 0]), tendon: 0.6 },
    },
    {
      id: 'gastrocnemius',
      part: 'lateral head',
      fuse: true,
      kind: 'limb',
      limb: 'leg',
      sections: [
        [0.06, 294, 335, 0.6, 1],
        [0.15, 276, 328, 0.55, 1],
        [0.28, 268, 316, 0.6, 1],
        [0.38, 268, 304, 0.66, 1],
      ],
      origin: {
        bone: 'femur',
        p: A('lateral_femoral_condyle_back'),
        width: 0.02,
        thickness: 0.012,
        tendon: 0.15,
      },
      sinksInto: ['femur'],
      insertion: { ...achilles, p: off(achilles.p, [0.002, 0, 0]), tendon: 0.65 },
    },
    {
      id: 'soleus',
      ...LEG,
      segments: 14,
      // deep to gastrocnemius above; below its bellies the broad, flat lower soleus reaches the surface
      // on both sides of the calcaneal tendon (Netter, posterior leg; Gray's)
      sections: [
        [0.15, 295, 340, 0.3, 0.6],
        [0.2, 250, 338, 0.36, 0.6],
        [0.27, 205, 335, 0.42, 0.6],
        [0.4, 205, 335, 0.42, 0.64],
        [0.5, 208, 332, 0.42, 0.7],
        [0.62, 210, 330, 0.44, 1],
        [0.72, 222, 318, 0.46, 0.98],
        [0.8, 236, 304, 0.5, 0.95],
      ],
      // from the back of the fibular head (its tendinous top passes into the head), the upper back of the
      // fibula and, across the tendinous arch, the soleal line of the tibia: its top boxes lie lateral under
      // the head and reach medially as they descend, so its upper medial border runs obliquely down the line of
      // the soleal line, below popliteus (Gray's; Netter, posterior leg, deep); its deep face there lies on the
      // deep flexors, ~12 mm off the tibia (the attachment along the line is not drawn). Its origin was a line
      // from the head down to the soleal line below its first box, and its top folded back in a square cap.
      sinksInto: ['fibula'],
      origin: {
        bone: 'fibula',
        p: off(L('fibular_head'), [-0.002, -0.01, -0.007]),
        width: 0.02,
        thickness: 0.008,
        tendon: 0.1,
      },
      insertion: { ...achilles, width: 0.02, tendon: 0.5 },
    },
    {
      id: 'tibialis_anterior',
      ...LEG,
      sinksInto: ['tarsal_bones'],
      segments: 12,
      // its top tapers onto the lateral condyle medial to Gerdy's tubercle (θ ≈ 47 at t 0.08, where the
      // iliotibial band ends, left uncovered), ~2 cm across and thin (Netter, anterior leg)
      sections: [
        [0.08, 57, 79, 0, 0.45],
        [0.13, 26, 82, 0, 1],
        [0.25, 24, 80, 0, 1],
        [0.45, 34, 80, 0, 1],
        [0.62, 37, 80, 0.1, 1],
        [0.76, 45, 80, 0.4, 1],
      ],
      // lateral condyle and upper half of the lateral surface of the tibia
      origin: { bone: 'tibia', p: at(0.08, 68, 0), width: 0.02, thickness: 0.008, fleshy: true },
      // medial cuneiform and base of the first metatarsal, medial and plantar side
      insertion: {
        bone: 'tarsal_bones',
        p: footPoint(0.145, 0.024, -0.03),
        width: 0.012,
        thickness: 0.004,
        via: [at(0.92, 78, 1.1), footPoint(0.1, 0.058, -0.026)],
        maxTurn: 10,
        round: 0.008,
        tendon: 0.75,
      },
    },
    {
      id: 'extensor_digitorum_longus',
      ...LEG,
      // its top tapers onto the lateral condyle behind Gerdy's tubercle, beside tibialis anterior's (the two
      // keys at the same levels, so their boxes never overlap while they narrow)
      sections: [
        [0.08, 10, 30, 0, 0.5],
        [0.13, 8, 26, 0, 1],
        [0.2, 8, 24, 0.1, 1],
        [0.3, 6, 28, 0.6, 1],
        [0.55, 6, 34, 0.62, 1],
        [0.72, 15, 40, 0.7, 1],
      ],
      // fleshy from the lateral tibial condyle (its top) and the front of the fibular head and the upper three
      // quarters of the fibula (along its belly)
      origin: { bone: 'tibia', p: at(0.08, 20, 0), width: 0.015, thickness: 0.008, fleshy: true },
      // one flat band under the extensor retinacula to the front of the tarsus, where it parts into four
      insertion: {
        bone: 'tarsal_bones',
        p: footPoint(EDL_SPLIT[0][0], EDL_SPLIT[0][1], EDL_SPLIT[0][2]),
        to: footPoint(EDL_SPLIT[1][0], EDL_SPLIT[1][1], EDL_SPLIT[1][2]),
        width: 0.022,
        thickness: 0.0025,
        via: [at(0.93, 45, 1.1), footPoint(0.115, 0.056, 0.008)],
        maxTurn: 10,
        tendon: 0.7,
      },
    },
    ...[1, 2, 3, 4].map(edlTendon),
    {
      id: 'extensor_hallucis_longus',
      ...LEG,
      sections: [
        [0.26, 6, 28, 0.04, 0.6],
        [0.55, 6, 34, 0.04, 0.62],
        [0.72, 15, 40, 0.08, 0.7],
        [0.86, 30, 55, 0.3, 0.95],
      ],
      // middle half of the front of the fibula and the interosseous membrane
      origin: { bone: 'fibula', p: at(0.3, 16, 0), width: 0.012, thickness: 0.006, fleshy: true },
      // base of the distal phalanx of the great toe
      insertion: {
        bone: 'phalanges_of_foot',
        p: hallux(HALLUX_DORSUM.length - 1),
        width: 0.008,
        thickness: 0.003,
        // its tendon turns with its way (maxTurn), each ring square to it: carried unturned from the belly its
        // rings lay up to 46 deg off square over the foot. Down the front of the distal tibia lateral of
        // tibialis anterior, ~3 mm off the bone (the belly's axis led 3 cm straight on into the tibia's front,
        // 3.1 mm deep once turned), under the extensor retinacula over the front of the ankle, over the talus,
        // the navicular and the medial cuneiform under the skin of the instep, then along the dorsum of the first
        // metatarsal, over its head (3 mm over it) and the dorsum of the proximal phalanx (Gray's): through a
        // point ~1 cm over the head it stood 6.2 mm off the hallux's phalanges where it came down onto them
        via: [
          footPoint(0.0825, 0.092, -0.0065),
          footPoint(0.1, 0.069, -0.011),
          footPoint(0.12, 0.062, -0.016),
          footPoint(0.14, 0.058, -0.018),
          footPoint(0.17, 0.046, -0.019),
          HALLUX_HEAD,
          // along the dorsum of the proximal phalanx
          hallux(2),
        ],
        lead: 0.004,
        maxTurn: 10,
        tendon: 0.7,
      },
    },
    {
      id: 'fibularis_longus',
      ...LEG,
      // its end in the first metatarsal's base and the medial cuneiform, not a flat cap pushed out of them; its
      // origin's in the fibular head
      sinksInto: ['metatarsals', 'tarsal_bones', 'fibula'],
      sections: [
        // its top narrower and lower (it was the full box at t 0.11, 5 mm below the head), tapering over ~3 cm
        // to its tendinous origin on the head: lofted in 3 rings over 5 mm, its vertex lines turned 100 deg
        [0.16, -28, 2, 0.58, 0.96],
        [0.25, -32, 6, 0.6, 1],
        // over fibularis brevis from mid-leg, its belly ending in the tendon that lies on brevis (Netter): its
        // last box over brevis' (lowered under it), behind where it was (θ -26..6), so the belly already heads
        // for the back of the malleolus; ending at ρ 0.9-1.02 it lay up to 2.5 mm inside brevis
        // (fibularisLongus.test.ts)
        [0.42, -36, 10, 0.82, 1.03],
        [0.56, -36, -4, 0.945, 1.05],
      ],
      // head and upper two thirds of the lateral surface of the fibula; its tendinous top curving at once from the
      // belly's line to the head (`lead`) and passing into it in a rounded tip (`sinksInto`, `round`, its rings
      // square to its way: `maxTurn`): lifted 3 mm off the head it ended in a flat 16 mm cap against it
      // (fibularisLongus.test.ts). A fleshy end closed 13 mm below the head, where the head flares across its way.
      origin: {
        bone: 'fibula',
        p: off(L('fibular_head'), [0.006, 0.0, 0.0]),
        width: 0.016,
        thickness: 0.006,
        lead: 0.003,
        maxTurn: 10,
        round: 0.008,
        tendon: 0.1,
      },
      // down on brevis (at ρ 1.5 it lay in the fat over it, up to 2.4 mm off it, the skin's clamp moving it
      // 3 mm), behind brevis' tendon in the groove behind the lateral malleolus (medial of its lateral edge,
      // where the skin leaves room), under the tip below brevis', on the lateral face of the calcaneus below
      // brevis' tendon (Gray's: below the peroneal trochlea, brevis above it; it ran 9-14 mm under the
      // calcaneus, near the sole), in the groove below the trochlea (bones/tarsus.ts; its centre 0.5-1 mm lower
      // there, 3.7-5.2 mm under the crest, fibularisLongus.test.ts), out round the lateral border of the cuboid into the groove on its plantar
      // face (it passed under the border) and across the sole into the base of the first metatarsal and the
      // medial cuneiform (Gray's), its rings wherever the way turns 10 deg, each square to it (`maxTurn`),
      // its section turned to lie flat on its bones, or under the skin where that is nearer (`flatOn`; carried
      // from the insertion it stood on edge against the calcaneus and the skin).
      // Through one point beside the malleolus, its rings 2.5 cm apart keeping the insertion's orientation,
      // it turned 25-43 deg a ring and crossed brevis' tendon.
      // Its tendon is oval, 7 x 4.4 mm (on MRI at the retromalleolar groove longus' tendon is usually rounded,
      // brevis' flatter: Wikibooks, Diagnostic Radiology, Peroneal Tendon Injury), swelling round the cuboid's lateral border to a rounder 6.6 x 5.8 mm (`swell`: Grinbaum et al. 2009,
      // Radiol Bras 42(3): a fusiform thickening under the arc of the cuboid in all 50 tendons). As an 8 x 4 mm
      // ribbon turned from lying flat on the calcaneus to lying flat in the groove round that sharp bend, it read as
      // a twisted ribbon from behind (fibularisLongus.test.ts). Its course lies out by the added half thickness
      // (the calcaneus, the border, the groove), and 0.5 mm forward and at ρ 1.33 above the malleolus, where the
      // narrower tendon stood 1.6 mm off brevis.
      insertion: {
        bone: 'metatarsals',
        p: footPoint(0.15, 0.012, -0.02),
        width: 0.007,
        thickness: 0.0044,
        via: [
          at(0.72, -36, 1.33),
          off(malleolus, [-0.008, 0.066, -0.018]),
          off(malleolus, [-0.011, 0.037, -0.019]),
          off(malleolus, [-0.005, 0.007, -0.0205]),
          off(malleolus, [0.0, -0.02, -0.019]),
          footPoint(0.032, 0.033, 0.0255),
          footPoint(0.045, 0.028, 0.0228),
          footPoint(0.06, 0.0288, 0.0217),
          footPoint(0.076, 0.026, 0.0265),
          footPoint(0.086, 0.023, 0.0335),
          footPoint(0.094, 0.02, 0.0335),
          // in the groove of the cuboid and across the sole deepest of all, on the bones above the long
          // flexor tendons and the sole's muscles (sole.ts)
          footPoint(0.105, 0.0178, 0.024),
          footPoint(0.13, 0.0235, 0.003),
        ],
        maxTurn: 10,
        flatOn: ['fibula', 'calcaneus', 'tarsal_bones', 'metatarsals'],
        swell: { at: footPoint(0.086, 0.023, 0.0335), width: 0.0066, thickness: 0.0058, reach: 0.013 },
        tendon: 0.7,
      },
    },
    {
      id: 'fibularis_brevis',
      ...LEG,
      // On the fibula's lateral surface under fibularis longus (ρ past the bone, which lies at θ -28..-4, ρ
      // 0.3-0.66 at mid-leg, to 0.8 at t 0.64), then round its posterior border into the groove behind the
      // malleolus, in front of soleus; Netter's serial sections of the leg. Its boxes lay inside the fibula
      // (up to 1 cm²) and were pushed round it, leaving a notch behind the bone.
      // Keyed at each of its belly rings (ringStep 1.25 cm), its centre, width and thickness following smooth
      // curves (fibularisBrevis.test.ts): keyed every 3-6 cm, it turned up to 27 deg from one ring to the
      // next round the bone's posterior border (a crease).
      // Its top is a point on the fibula where the lower two thirds begin (Gray's), widening over ~6 cm: it
      // was 22 deg by 0.1 ρ ~4.5 cm higher, closed onto the bone in two rings (a corner seen from the side).
      // Its lower end heads straight for the groove behind the malleolus: its last rings ran medially
      // round the bone, away from the groove, and the tendon turned back 21 deg in one ring.
      // Where its boxes' deep face cuts the fibula's posterior border (t 0.6-0.78) its rings are laid off the
      // bone by a smoothed displacement (`wraps`): pushed out vertex by vertex by the fit, it turned 14-15 deg
      // from one ring to the next there.
      // Its surface is lowered under fibularis longus' belly's end and tendon (ρ to 0.885-1.015 from t 0.505,
      // was 0.907-1.06, its deep face a little deeper behind the bone): limb muscles are not pushed out of
      // each other, and longus lay up to 2.5 mm inside it (fibularisLongus.test.ts); share 0.92 -> 0.78.
      ringStep: 0.0125,
      wraps: ['fibula'],
      // its tendon ends in the tuberosity, not in a flat cap pushed out of it (7 mm, 44 deg a ring)
      sinksInto: ['metatarsals'],
      sections: [
        [0.4225, -18.5, -4.3, 0.638, 0.702],
        [0.45, -21.5, -3.2, 0.631, 0.755],
        [0.4775, -25.3, -0.6, 0.628, 0.827],
        [0.505, -28.9, 2.2, 0.632, 0.885],
        [0.5325, -31.5, 3.9, 0.644, 0.918],
        [0.56, -33.2, 4, 0.658, 0.94],
        [0.5875, -34.1, 2.2, 0.669, 0.952],
        [0.615, -35, -1.4, 0.682, 0.962],
        [0.6425, -36.5, -6.8, 0.684, 0.971],
        [0.67, -39.8, -13.1, 0.676, 0.981],
        [0.6975, -43.6, -18.7, 0.655, 0.992],
        [0.725, -47.1, -22.9, 0.636, 1.0],
        [0.7525, -49.5, -25.1, 0.655, 1.006],
        [0.78, -50.8, -27, 0.718, 1.015],
      ],
      // lower two thirds of the lateral surface of the fibula (its top, where the fleshy end closes)
      origin: { bone: 'fibula', p: at(0.37, -8, 0.6), width: 0.012, thickness: 0.006, fleshy: true },
      // tuberosity of the base of the fifth metatarsal: down the groove behind the malleolus (behind the bone,
      // medial of its lateral edge, where the skin lies close over it), curving under its tip and forward on
      // the lateral face of the calcaneus and the cuboid (Gray's; Netter's lateral ankle: brevis in front of
      // and above longus), its rings wherever the way turns 10 deg, each square to it (`maxTurn`). Through one
      // point beside the tip, its rings 1.25 cm apart and keeping the insertion's orientation, the tendon was
      // pushed 6-9 mm out of the malleolus and in by the skin, and turned 37.6 deg at a ring under the tip.
      // On the calcaneus it lies on the bone above the peroneal trochlea (bones/tarsus.ts; Shibata et al. 2014:
      // the trochlea separates brevis' tendon, above, from longus'), its centre 4.7-5.3 mm over the crest and 1.6-1.8
      // mm off the bone (fibularisLongus.test.ts); it ran 5.5 mm above longus' centre, 6-7.7 mm off the bone
      // (w 0.030 in the foot), and now runs under the malleolus' tip (its tip at u 0.041, v 0.043) and out to the
      // fifth metatarsal's base over evenly spaced points (a kink between unevenly spaced ones turned it 20-54
      // deg a ring).
      insertion: {
        bone: 'metatarsals',
        p: fifth,
        width: 0.009,
        thickness: 0.004,
        via: [
          off(malleolus, [-0.007, 0.037, -0.012]),
          off(malleolus, [-0.003, 0.007, -0.014]),
          footPoint(0.0315, 0.044, 0.0259),
          footPoint(0.039, 0.0388, 0.0252),
          footPoint(0.051, 0.0377, 0.0231),
          footPoint(0.063, 0.0357, 0.0245),
          footPoint(0.077, 0.0334, 0.0305),
          off(fifth, [-0.005, 0.008, -0.026]),
          off(fifth, [-0.002, 0.006, -0.012]),
        ],
        maxTurn: 10,
        tendon: 0.55,
      },
    },
  ];
};

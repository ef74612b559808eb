/**
 * The sole's muscles (left side), lofted paths in the foot frame (footPoint: u forward from the back of the heel,
 * v up from the floor, w lateral, on a 27 cm foot), so they follow the foot's bones; its first two layers here,
 * the third in thirdLayer (below). After Gray's Anatomy 42nd ed. (foot: muscles of the sole) and Netter's Atlas
 * 7th ed. (plantar plates, first and second layers):
 * - abductor hallucis along the medial border, from the medial process of the calcaneal tuberosity to the
 *   medial side of the base of the hallux's proximal phalanx, the long flexor tendons passing deep to it;
 * - flexor digitorum brevis in the middle of the sole, from the medial process of the tuberosity, under the
 *   long flexor tendons, in four slips to the middle phalanges of toes 2-5, each tendon splitting over the
 *   proximal phalanx round the long flexor's;
 * - abductor digiti minimi along the lateral border, from both processes of the tuberosity, under the
 *   tuberosity of the fifth metatarsal, to the lateral side of the base of the fifth toe's proximal phalanx;
 * - quadratus plantae (second layer) from the plantar surface of the calcaneus, its two heads joined, to the
 *   lateral border of flexor digitorum longus' tendon, just behind where that tendon divides (legDeep.ts:
 *   FDL_SPLIT).
 * Sizes: abductor hallucis' largest section ~2.2-2.5 cm² (the means of seven ultrasound studies of healthy
 * adults, 2.16-2.75 cm², Mickle et al. 2.56 ± 0.89, tabulated by Latey et al. 2018, J Foot Ankle Res, doi
 * 10.1186/s13047-018-0259-0, table 5); the other three in the atlases' proportions to it (flexor digitorum
 * brevis about as broad but thinner, quadratus plantae a flat quadrilateral, abductor digiti minimi the
 * slenderest): no published size of them was found. Their sections are measured on the built meshes in
 * soleMuscles.test.ts. These nodes go in the deep model file (DEEP_STRUCTURE_IDS).
 */
import type { Vec3 } from '../../types';
import { footPoint } from '../../landmarks';
import { METATARSALS, toePhalanges } from '../../bones/forefoot';
import { heldAt, onBone } from '../attachments';
import type { MuscleSpec } from './types';
import type { PathSpec } from '../spec';
import { alongToe, TOE_TENDON_CLEAR, TOE_TENDON_LEAST } from './toes';
import { lerp, sub } from '../../kernel/vec.ts';
import { FDL_SPLIT } from './legDeep';

const F = (p: Vec3): Vec3 => footPoint(p[0], p[1], p[2]);
/** A direction given in the foot frame (u, v, w), in world terms. */
const dir = (d: Vec3): Vec3 => {
  const o = F([0, 0, 0]);
  const p = F(d);
  return [p[0] - o[0], p[1] - o[1], p[2] - o[2]];
};
const ACROSS = dir([0, 0, 1]);

/**
 * Flexor digitorum brevis' tendon under the long flexor's, off the bone: the long flexor's centre
 * (legDeep.ts' fdlTendon, TOE_TENDON_CLEAR + 0.2 mm), its half thickness (~0.7 mm there), a gap of 0.3 mm and
 * the brevis tendon's own half thickness (0.5 mm).
 */
const UNDER_LONG_FLEXOR = TOE_TENDON_CLEAR + 0.0002 + 0.0007 + 0.0003 + 0.0005;

/**
 * Where flexor digitorum brevis' tendon to toe `toe` (1-4) divides (foot frame): under the long flexor's
 * tendon at the base of the proximal phalanx (Gray's 42nd ed.: at the base of the proximal phalanx each
 * tendon divides round the long flexor's, the halves passing to either side of it).
 */
const fdbSplit = (toe: number): Vec3 => alongToe(toe, -1, UNDER_LONG_FLEXOR)[1]!;

/**
 * A point over the plantar face of toe `toe`'s proximal phalanx (foot frame), a fraction `t` of the way from
 * its base to its head: `clear` off the bone's plantar surface, square to the phalanx's axis, `across` lateral
 * of it. The shaft's plantar surface lies ~1.02 radii off the axis at mid-length and closer towards the head
 * (forefoot.ts: a shaft tapering to a smaller head; measured on the built bone, 0.86-0.88 radii at the head),
 * and further off towards the broad base.
 */
function overProximal(toe: number, t: number, clear: number, across: number): Vec3 {
  const b = toePhalanges(toe)[0]!;
  const du = b.to[0] - b.from[0];
  const dv = b.to[1] - b.from[1];
  const len = Math.hypot(du, dv);
  const surface = b.radius * (t < 0.5 ? 1.02 + 0.6 * (0.5 - t) : 1.02 - 0.33 * (t - 0.5));
  const off = surface + clear;
  return [b.from[0] + du * t + (dv / len) * off, b.from[1] + dv * t - (du / len) * off, b.from[2] + across];
}

/**
 * The chiasma tendinum's depth: a half's centre off the proximal phalanx's plantar face where it passes deep
 * to the long flexor's tendon (whose deep face lies ~2.4 mm off the bone over the phalanx's distal half,
 * measured on the built meshes): the bone margin (1.5 mm), the half's own half thickness (0.3 mm) and 0.05.
 */
const CHIASMA_CLEAR = 0.0015 + 0.0003 + 0.00005;

/**
 * A point by the middle phalanx of toe `toe` (1-4), world: `along` metres from its base's centre towards its
 * head, on its side `side` (-1 medial), `deg` below the horizontal through its axis, on the bone's surface and
 * `lift` off it (negative: into it). The phalanx is a broad base (a ball 1.35 radii round its centre) and a
 * short shaft narrowing to its head (forefoot.ts), 2.5-4.3 mm from base to head on toes 2-5.
 */
function byMiddle(toe: number, along: number, side: -1 | 1, deg: number, lift: number): Vec3 {
  const m = toePhalanges(toe)[1]!;
  const du = m.to[0] - m.from[0];
  const dv = m.to[1] - m.from[1];
  const len = Math.hypot(du, dv);
  const a = (deg * Math.PI) / 180;
  // from inside the bone (a radius off its axis), out along the field to its surface
  const [down, out] = [m.radius * Math.sin(a), m.radius * Math.cos(a)];
  const p: Vec3 = [
    m.from[0] + (du / len) * along + (dv / len) * down,
    m.from[1] + (dv / len) * along - (du / len) * down,
    m.from[2] + side * out,
  ];
  return onBone('phalanges_of_foot', F(p), lift);
}

/** The middle phalanx of toe `toe`'s length from its base's centre to its head's (2.5-4.3 mm on toes 2-5). */
const middleLength = (toe: number): number => {
  const m = toePhalanges(toe)[1]!;
  return Math.hypot(m.to[0] - m.from[0], m.to[1] - m.from[1]);
};

/**
 * One of flexor digitorum brevis' four slips (toe 1-4: the second to the fifth), fused with the others into
 * one belly under the heel and midfoot, its tendon plantar to flexor digitorum longus' from under the
 * metatarsal head to the base of the proximal phalanx, where it divides: the slip's own tendon goes on as
 * the lateral half, up beside the long flexor's to the lateral side of the base of the middle phalanx, the
 * medial half (fdbMedialHalf) to its medial side. The third toe's slip is
 * the belly; four slips of equal size read from below as four spindles with grooves between them.
 */
function fdbSlip(toe: number): MuscleSpec {
  const k = (toe - 1) / 3;
  const under = alongToe(toe, -1, UNDER_LONG_FLEXOR);
  return {
    id: 'flexor_digitorum_brevis',
    fuse: true,
    kind: 'path',
    origin: { bone: 'calcaneus', p: F([0.03, 0.012, -0.004 + 0.004 * k]) },
    // ends where its tendon divides (the halves, fdbHalf, go on from there)
    insertion: heldAt('phalanges_of_foot', F(fdbSplit(toe))),
    via: [
      F([0.065, 0.0115, -0.006 + 0.008 * k]),
      F([0.1, 0.0125, -0.008 + 0.017 * k]),
      F([0.135, 0.0125, -0.008 + 0.026 * k]),
      // under the long flexor's tendon, under the front of the metatarsal head and to the split
      F(lerp(under[0]!, under[1]!, 0.35)),
    ],
    // one belly ~2.5 cm broad and ~8 mm thick, drawn as the third toe's slip, the other three slender inside it
    // until they leave it under the metatarsal bases; ~2 x 1 mm tendons, dividing into halves (fdbHalf)
    profile:
      toe === 2
        ? [
            [0, 0.016, 0.004],
            [0.15, 0.023, 0.0075],
            [0.4, 0.025, 0.008],
            [0.55, 0.005, 0.003],
            [0.65, 0.0022, 0.0012],
            [1, 0.0018, 0.001],
          ]
        : [
            [0, 0.004, 0.003],
            [0.4, 0.006, 0.005],
            [0.55, 0.004, 0.003],
            [0.65, 0.0022, 0.0012],
            [1, 0.0018, 0.001],
          ],
    widthDir: [{ at: 0, dir: ACROSS }],
    // squarer than an ellipse, so the slips lying side by side read as one belly
    power: 3,
    // 13 rings: dipping under the long flexor's tendon beneath the metatarsal head, the fifth toe's slip turned
    // up to 30 deg from one ring to the next with 13 when it went on to the middle phalanx; ending at the
    // division, 13 keep it under 22 (pathBends.test.ts)
    rings: 13,
    segments: 5,
    leastThickness: TOE_TENDON_LEAST,
    tendons: { insertion: 0.42 },
  };
}

/**
 * One half (`side` -1 medial, 1 lateral) of flexor digitorum brevis' tendon to toe `toe` (1-4). Gray's 42nd ed.
 * and Standring: at the base of the proximal phalanx each tendon divides round the long flexor's; the halves
 * pass round it, reunite deep (dorsal) to it, partially decussating (the chiasma tendinum, Camper's chiasma),
 * and divide again to insert on both sides of the middle phalanx. Drawn from the division (where the slip,
 * fdbSlip, ends) up the long flexor's side, over its edge and deep to it over the proximal phalanx's distal
 * half, where the two halves, each ~1.8 mm broad and ~0.6 mm thick and 0.9 mm apart, overlap into one flat
 * band ~3 mm broad between the long flexor's tendon and the bone (the chiasma; CHIASMA_CLEAR), then apart
 * again beside the joint, round the plantar side of the middle phalanx's base and along the side of its shaft,
 * where each spreads flat on the bone (~2.4 x 0.5 mm) and ends in it (`sinksInto`: its end ring's centre
 * 0.3 mm inside the bone, its flat face on the plantar side of the shaft, 40 deg below the horizontal: the
 * margins of the plantar surface). Its specs give ~1.6 x 0.9 mm.
 */
function fdbHalf(toe: number, side: -1 | 1): MuscleSpec {
  const sideOf = (p: Vec3, across: number): Vec3 => [p[0], p[1], p[2] + across];
  const at = (t: number, clear: number, across: number): Vec3 =>
    F(overProximal(toe, t, clear, side * across));
  const len = middleLength(toe);
  const origin = heldAt('phalanges_of_foot', F(sideOf(fdbSplit(toe), side * 0.0007)));
  // round the plantar side of the middle phalanx's base (its ball) just off the bone, and its end on the
  // plantar side of the shaft, 40 deg below the horizontal, 0.7 of the way to the head (on the fifth toe's
  // 2.5 mm phalanx too), in the bone (more to the side, or further along, it turned over 22 deg a ring)
  const base = byMiddle(toe, -0.0005, side, 60, 0.0006);
  const END_IN = -0.0003;
  const end = byMiddle(toe, 0.7 * len, side, 40, END_IN);
  const via = [
    // beside the long flexor's tendon, level with it
    at(0.3, 0.0024, 0.0017),
    // deep to it: the chiasma
    at(0.62, CHIASMA_CLEAR, 0.00045),
    at(0.88, CHIASMA_CLEAR, 0.00045),
    // apart again beside the joint
    at(1, CHIASMA_CLEAR, 0.0013),
    base,
  ];
  // the profile's keys at the control points' fractions of the way (by chord length)
  const points = [origin.p, ...via, end];
  const chords = points.slice(1).map((p, i) => Math.hypot(...sub(p, points[i]!)));
  const total = chords.reduce((x, y) => x + y, 0);
  const f = chords.map((_, i) => chords.slice(0, i + 1).reduce((x, y) => x + y, 0) / total);
  const [f1, f2, f3, f4, f5] = f as [number, number, number, number, number];
  return {
    id: 'flexor_digitorum_brevis',
    fuse: true,
    kind: 'path',
    // from its side of the slip's end, where the tendon divides
    origin,
    insertion: { bone: 'phalanges_of_foot', p: end, lift: END_IN },
    via,
    profile: [
      [0, 0.0016, 0.0009],
      [f1, 0.0016, 0.0009],
      [f1 + 0.3 * (f2 - f1), 0.0018, 0.0006],
      [f3, 0.0018, 0.0006],
      [f4, 0.0016, 0.0007],
      [f5, 0.0018, 0.0006],
      [1, 0.0024, 0.0005],
    ],
    // flat across the sole, then on the bone's side: its width along the bone's surface there (square to the
    // way round the phalanx from 40 deg below the horizontal)
    widthDir: [
      { at: 0, dir: ACROSS },
      { at: f4, dir: ACROSS },
      { at: 1, dir: dir([0, side * Math.cos((40 * Math.PI) / 180), Math.sin((40 * Math.PI) / 180)]) },
    ],
    rings: 9,
    segments: 4,
    leastThickness: 0.0005,
    // its end sinks into the middle phalanx: the bone is not pushed out of it within 5 mm of its insertion
    // (its way round the base's ball and along the shaft; the proximal phalanx's head lies ~8 mm back)
    sinksInto: ['phalanges_of_foot'],
    sinkReach: 0.005,
    tendons: { origin: 1 },
  };
}

/** Up the foot (v), in world terms: the width axis of the third layer's bellies, taller than they are broad. */
const UP = dir([0, 1, 0]);
/** Along the foot (u), in world terms: the width axis of adductor hallucis' transverse head, which runs across. */
const ALONG = dir([1, 0, 0]);

/**
 * The sole's third layer (Gray's Anatomy 42nd ed., foot: muscles of the sole; Netter's Atlas 7th ed., plantar
 * third layer), deep to the long flexor tendons, against the metatarsals:
 * - flexor hallucis brevis, two bellies under the first metatarsal from one origin tendon (drawn from the
 *   plantar surface of the medial cuneiform, where tibialis posterior's slip reaches it: its limb from the
 *   cuboid and lateral cuneiform would run deep to flexor digitorum longus' dividing tendon and quadratus
 *   plantae, which lie on those bones here), the medial one to the medial sesamoid and the medial side of the
 *   base of the hallux's proximal phalanx (with abductor hallucis), the lateral one to the lateral sesamoid and
 *   the lateral side of the base (with adductor hallucis); flexor hallucis longus' tendon runs in the groove
 *   between them. Sizes: the medial belly's largest section ~1.3 cm² (Latey et al. 2018, J Foot Ankle Res, doi
 *   10.1186/s13047-018-0259-0, table 5: 1.44 ± 0.35 cm² by ultrasound in healthy adults, "medial-plantar mid
 *   metatarsal thickest portion"; Kura et al.'s dissections give the lateral belly the larger: 2.12 against 1.80);
 * - adductor hallucis, its oblique head from the bases of metatarsals 2-4 (and the sheath of fibularis longus,
 *   which crosses just behind them) forward and medially between those bones and the long flexor tendons, its
 *   transverse head from the plantar ligaments of the third to fifth metatarsophalangeal joints across the
 *   necks of metatarsals 3-5, both to the lateral sesamoid and the lateral side of the base of the hallux's
 *   proximal phalanx; fused pieces of one muscle;
 * - flexor digiti minimi brevis from the base of the fifth metatarsal (and the sheath of fibularis longus)
 *   along the plantar face of its shaft, medial to abductor digiti minimi, to the lateral side of the base of
 *   the fifth toe's proximal phalanx.
 * No published size of adductor hallucis or flexor digiti minimi brevis was checked: drawn in the atlases'
 * proportions (the oblique head about as large as flexor hallucis brevis, the transverse head and flexor
 * digiti minimi brevis slender). Measured in soleMuscles.test.ts.
 */
function thirdLayer(): MuscleSpec[] {
  const hallux = toePhalanges(0)[0]!;
  const fifth = toePhalanges(4)[0]!;
  // the lateral sesamoid and the lateral side of the hallux's base: adductor hallucis and the lateral belly
  const lateralBase: Vec3 = [hallux.from[0] - 0.0015, hallux.from[1] - 0.0068, hallux.from[2] + 0.0075];
  // plantar surface of the medial cuneiform, lateral part
  const fhbOrigin: Vec3 = [0.137, 0.0155, -0.0145];
  return [
    {
      id: 'flexor_hallucis_brevis',
      part: 'medial',
      fuse: true,
      kind: 'path',
      origin: { bone: 'tarsal_bones', p: F(fhbOrigin) },
      // the medial sesamoid and the medial side of the base of the proximal phalanx, beside abductor hallucis
      insertion: {
        bone: 'phalanges_of_foot',
        p: F([hallux.from[0] - 0.0015, hallux.from[1] - 0.0068, hallux.from[2] - 0.0045]),
      },
      // under the medial half of the first metatarsal, lateral to abductor hallucis, over flexor hallucis
      // longus' tendon and round its medial side under the head (where the medial sesamoid lies)
      via: [
        F([0.152, 0.0135, -0.0195]),
        F([0.166, 0.0165, -0.0235]),
        F([0.18, 0.0125, -0.0245]),
        F([0.191, 0.0065, -0.0265]),
      ],
      // ~1.6 cm up the bone's medial side, ~8.5 mm across, tapering to its tendon under the head
      profile: [
        [0, 0.006, 0.0025],
        [0.18, 0.009, 0.005],
        [0.38, 0.016, 0.009],
        [0.48, 0.015, 0.009],
        [0.62, 0.008, 0.006],
        [0.8, 0.0045, 0.0035],
        [1, 0.004, 0.003],
      ],
      widthDir: [{ at: 0, dir: dir([0, 1, -0.35]) }],
      power: 3,
      rings: 10,
      segments: 8,
      tendons: { origin: 0.15, insertion: 0.25 },
    },
    {
      id: 'flexor_hallucis_brevis',
      part: 'lateral',
      fuse: true,
      kind: 'path',
      origin: { bone: 'tarsal_bones', p: F(fhbOrigin) },
      insertion: {
        bone: 'phalanges_of_foot',
        p: F([lateralBase[0], lateralBase[1], lateralBase[2] - 0.0025]),
      },
      // under the lateral half of the first metatarsal, lateral to flexor hallucis longus' tendon, and under the
      // head (the lateral sesamoid)
      via: [
        F([0.152, 0.0135, -0.0145]),
        F([0.166, 0.016, -0.0133]),
        F([0.181, 0.012, -0.0155]),
        F([0.196, 0.0065, -0.0155]),
      ],
      profile: [
        [0, 0.006, 0.0025],
        [0.18, 0.009, 0.005],
        [0.38, 0.014, 0.0075],
        [0.48, 0.0135, 0.0075],
        [0.62, 0.008, 0.006],
        [0.82, 0.0045, 0.0035],
        [1, 0.004, 0.003],
      ],
      widthDir: [{ at: 0, dir: UP }],
      power: 3,
      rings: 10,
      segments: 8,
      tendons: { origin: 0.15, insertion: 0.25 },
    },
    {
      id: 'adductor_hallucis',
      part: 'oblique',
      fuse: true,
      kind: 'path',
      // the bases of metatarsals 2-4 (the third's), beside the sheath of fibularis longus
      origin: { bone: 'metatarsals', p: F([0.148, 0.028, 0.011]) },
      insertion: {
        bone: 'phalanges_of_foot',
        p: F([lateralBase[0], lateralBase[1] + 0.001, lateralBase[2] + 0.002]),
      },
      // forward and medially between metatarsals 2-3 and the long flexor's tendons to toes 2-4, under the first
      // plantar interosseus, which lies against the third metatarsal (1.5 mm lower than it was drawn before)
      via: [F([0.162, 0.023, 0.004]), F([0.176, 0.018, -0.004]), F([0.19, 0.0135, -0.011])],
      // a fleshy belly ~1.8 cm broad and ~9 mm thick
      profile: [
        [0, 0.012, 0.005],
        [0.25, 0.018, 0.009],
        [0.5, 0.015, 0.009],
        [0.75, 0.009, 0.006],
        [1, 0.005, 0.003],
      ],
      widthDir: [{ at: 0, dir: ACROSS }],
      power: 2.5,
      rings: 10,
      segments: 8,
      tendons: { insertion: 0.2 },
    },
    {
      id: 'adductor_hallucis',
      part: 'transverse',
      fuse: true,
      kind: 'path',
      // the plantar ligament of the fifth metatarsophalangeal joint, medial of the fifth metatarsal's head
      origin: { bone: 'metatarsals', p: F([0.178, 0.0095, 0.034]) },
      insertion: {
        bone: 'phalanges_of_foot',
        p: F([lateralBase[0], lateralBase[1] + 0.001, lateralBase[2] + 0.002]),
      },
      // across the necks of metatarsals 4-2, deep to the long flexor's tendons, to join the oblique head
      via: [
        F([0.179, 0.0105, 0.024]),
        F([0.183, 0.0143, 0.012]),
        F([0.188, 0.0135, 0.0]),
        F([0.196, 0.0115, -0.009]),
      ],
      // a slender band ~9 mm broad (along the foot), ~5 mm thick
      profile: [
        [0, 0.007, 0.004],
        [0.3, 0.009, 0.005],
        [0.7, 0.008, 0.005],
        [1, 0.005, 0.003],
      ],
      widthDir: [{ at: 0, dir: ALONG }],
      power: 2.5,
      rings: 10,
      segments: 6,
      tendons: { insertion: 0.15 },
    },
    {
      id: 'flexor_digiti_minimi_brevis',
      kind: 'path',
      // the base of the fifth metatarsal (and the sheath of fibularis longus)
      origin: { bone: 'metatarsals', p: F([0.126, 0.016, 0.035]) },
      // the lateral side of the base of the fifth toe's proximal phalanx, plantar to abductor digiti minimi
      insertion: {
        bone: 'phalanges_of_foot',
        p: F([fifth.from[0], fifth.from[1] - fifth.radius * 1.4, fifth.from[2] + fifth.radius * 1.3]),
      },
      // along the plantar face of the fifth metatarsal, medial to (deep to) abductor digiti minimi; plantar-lateral
      // of the third plantar interosseus, which lies against the bone's medial half (behind the shaft's middle
      // it lay against the bone, 1.3 mm higher and 1 mm more medial; 2.8 mm lower along the shaft, abductor
      // digiti minimi pushed it 9 mm)
      via: [
        F([0.142, 0.0142, 0.0375]),
        F([0.16, 0.0115, 0.038]),
        F([0.174, 0.0068, 0.0415]),
        F([0.183, 0.0058, 0.0438]),
      ],
      // ~8 mm broad, ~5 mm thick
      profile: [
        [0, 0.006, 0.003],
        [0.3, 0.01, 0.005],
        [0.6, 0.008, 0.0045],
        [0.8, 0.003, 0.0022],
        [1, 0.0028, 0.002],
      ],
      // across the foot under the shaft, turning up the head's plantar-lateral side to the phalanx
      widthDir: [
        { at: 0, dir: ACROSS },
        { at: 0.75, dir: dir([0, 0.6, 1]) },
      ],
      power: 2.5,
      rings: 12,
      segments: 6,
      tendons: { insertion: 0.3 },
    },
  ];
}

/**
 * The four lumbricals (second layer, with quadratus plantae; Gray's Anatomy 42nd ed., foot: muscles of the
 * sole): slender bellies from flexor digitorum longus' tendons where they have divided (the first from the
 * medial side of the second toe's tendon, the other three from the adjacent sides of two tendons), each forward
 * along the medial side of its toe's metatarsophalangeal joint, plantar to adductor hallucis' transverse head
 * (and the deep transverse metatarsal ligament, not drawn), to the medial side of the base of the proximal
 * phalanx of toes 2-5, where the extensor expansion wraps it. `lumbrical` 1-4: to toe 2-5. Drawn in the
 * atlases' proportions (~4.5 x 3 mm bellies, ~2 mm tendons); no published size was checked.
 */
function lumbrical(k: number): MuscleSpec {
  const base = toePhalanges(k)[0]!;
  // (origin beside the tendons ~2.5 cm ahead of their division, two points along the medial side of the
  // metatarsal head, plantar to the transverse head); foot u, v, w
  const course: readonly (readonly [Vec3, Vec3, Vec3])[] = [
    [
      [0.165, 0.016, -0.0085],
      [0.18, 0.0105, -0.0095],
      [0.195, 0.0085, -0.0105],
    ],
    [
      [0.165, 0.0155, -0.0025],
      [0.18, 0.0095, 0.0015],
      [0.194, 0.0075, 0.0045],
    ],
    [
      [0.165, 0.0145, 0.008],
      [0.18, 0.009, 0.0135],
      [0.191, 0.0085, 0.0185],
    ],
    [
      [0.165, 0.0135, 0.0205],
      [0.176, 0.0065, 0.029],
      [0.186, 0.0085, 0.033],
    ],
  ];
  const [origin, ...via] = course[k - 1]!;
  // round the medial side of the proximal phalanx onto its back: the axis at a fraction of the phalanx, and
  // a point off it at an angle from the top towards medial (w negative), `out` off the bone's surface
  const round = (f: number, deg: number, out: number): Vec3 => {
    const c = lerp(base.from, base.to, f);
    const r = base.radius * (f < 0.15 ? 1.35 : 1) + out;
    const a = (deg * Math.PI) / 180;
    return [c[0], c[1] + r * Math.cos(a), c[2] - r * Math.sin(a)];
  };
  return {
    id: 'lumbricals',
    part: String(k),
    kind: 'path',
    // beside its tendon(s) of flexor digitorum longus, as drawn (not snapped onto the bones above)
    origin: heldAt('metatarsals', F(origin!)),
    // the extensor expansion on the back of the proximal phalanx, at the medial edge of extensor digitorum
    // longus' tendon (which lies on the phalanx's back, TOE_TENDON_CLEAR off it, ~2.2 mm broad)
    insertion: heldAt('phalanges_of_foot', F(round(0.45, 40, 0.0021))),
    // past the medial side of the base of the proximal phalanx at mid-height, and up round its medial side
    via: (
      [
        ...via,
        [base.from[0] + 0.0015, base.from[1] + 0.0005, base.from[2] - base.radius * 1.35 - 0.0005],
        round(0.25, 70, 0.0021),
      ] as Vec3[]
    ).map(F),
    profile: [
      [0, 0.003, 0.002],
      [0.15, 0.0045, 0.003],
      [0.35, 0.004, 0.0028],
      [0.55, 0.0022, 0.0015],
      [1, 0.0018, 0.0012],
    ],
    widthDir: [{ at: 0, dir: ACROSS }],
    rings: 12,
    segments: 5,
    // it arises from the tendons, so it is not pushed out of them
    joins: ['flexor_digitorum_longus'],
    tendons: { insertion: 0.5 },
  };
}

/** Metatarsal `i`'s (0-4) axis at foot length `u` (foot frame), bowed up ~3 mm at its middle as forefoot.ts draws it. */
function metatarsalAxis(i: number, u: number): Vec3 {
  const m = METATARSALS[i]!;
  const t = Math.min(1, Math.max(0, (u - m.base[0]) / (m.head[0] - m.base[0])));
  const bow = 0.003 * (1 - Math.abs(2 * t - 1));
  return [u, m.base[1] + (m.head[1] - m.base[1]) * t + bow, m.base[2] + (m.head[2] - m.base[2]) * t];
}

/**
 * The four dorsal interossei (fourth layer; Gray's Anatomy 42nd ed., foot: muscles of the sole, interossei;
 * Moore's 8th ed., table of the sole): bipennate bellies in intermetatarsal spaces 1-4, each from the adjacent
 * sides of the two metatarsals either side of it (the belly between their shafts, filling the space from the
 * bases to the necks, seen from the dorsum between the extensor tendons), forward beside a metatarsal head,
 * dorsal to the deep transverse metatarsal ligament (not drawn; the lumbricals pass plantar to it), to the
 * base of a proximal phalanx: the first to the medial side of the second toe, the second to the lateral side of
 * the second, the third and fourth to the lateral sides of the third and fourth. `k` 1-4: space k. Bellies
 * ~7.5 mm high and as thick as the space between the shafts leaves (~3-5 mm), ~2 mm tendons: the atlases'
 * proportions, no published size checked.
 */
function dorsalInterosseous(k: number): MuscleSpec {
  const [a, b] = [k - 1, k];
  // its toe (1: the second) and the side of it the tendon passes (-1 medial, +1 lateral)
  const [toe, side] = k === 1 ? [1, -1] : [k - 1, 1];
  const head = METATARSALS[toe]!;
  const base = toePhalanges(toe)[0]!;
  // just ahead of the joined bases, to the necks: midway between the two axes, a little dorsal of their middle
  const u0 = Math.max(METATARSALS[a]!.base[0], METATARSALS[b]!.base[0]) + 0.008;
  const u1 = Math.min(METATARSALS[a]!.head[0], METATARSALS[b]!.head[0]) - 0.012;
  const between = (u: number): Vec3 => {
    const p = metatarsalAxis(a, u);
    const q = metatarsalAxis(b, u);
    return [u, (p[1] + q[1]) / 2 + 0.0015, (p[2] + q[2]) / 2];
  };
  // the space between the shafts at the belly's middle (shaft radii off the axes' distance), less 1 mm each side
  const mid = (u0 + u1) / 2;
  const gap =
    metatarsalAxis(b, mid)[2] - metatarsalAxis(a, mid)[2] - METATARSALS[a]!.shaft - METATARSALS[b]!.shaft;
  const thick = Math.min(0.005, Math.max(0.0025, gap - 0.002));
  return {
    id: 'dorsal_interossei_of_foot',
    part: String(k),
    kind: 'path',
    // between the two bones, as drawn (not snapped onto either)
    origin: heldAt('metatarsals', F(between(u0))),
    // the side of the base of the proximal phalanx, a little dorsal of its middle (the extensor expansion)
    insertion: {
      bone: 'phalanges_of_foot',
      p: F([
        base.from[0] - 0.001,
        base.from[1] + 0.0015,
        base.from[2] + side * (base.radius * 1.35 + 0.0005),
      ]),
    },
    via: [
      F(between(u0 + (u1 - u0) * 0.45)),
      F(between(u1)),
      // beside its metatarsal's head, dorsal to the deep transverse metatarsal ligament
      F([head.head[0] - 0.001, head.head[1] + 0.003, head.head[2] + side * (head.headR + 0.002)]),
    ],
    // ~7.5 mm high (width up the space, its dorsal part: the plantar interosseous below it in spaces 2-4) and
    // as thick as the space between the shafts leaves
    profile: [
      [0, 0.0055, thick * 0.8],
      [0.3, 0.0075, thick],
      [0.55, 0.0068, thick * 0.9],
      [0.75, 0.003, 0.002],
      [1, 0.002, 0.0015],
    ],
    widthDir: [
      { at: 0, dir: UP },
      { at: 0.8, dir: UP },
    ],
    rings: 7,
    segments: 6,
    tendons: { insertion: 0.3 },
  };
}

/**
 * The three plantar interossei (fourth layer; Gray's Anatomy 42nd ed. and Moore's 8th ed., as above):
 * unipennate bellies from the base and medial side of metatarsals 3-5, under each shaft's plantar face (below
 * rather than between the bones), deep to adductor hallucis' oblique head, flexor digiti minimi brevis and the
 * long flexor's tendons, forward along the medial side of its metatarsal head, dorsal to the deep transverse
 * metatarsal ligament, to the medial side of the base of the proximal phalanx of toes 3-5. `k` 1-3: metatarsal
 * k + 2. Bellies ~5.5 x 3.2 mm, ~2 mm tendons (the atlases' proportions, no published size checked).
 */
function plantarInterosseous(k: number): MuscleSpec {
  const i = k + 1;
  const m = METATARSALS[i]!;
  const base = toePhalanges(i)[0]!;
  // under the shaft (Gray's: the plantar interossei lie below rather than between the metatarsals): over the
  // shaft's middle its centre as far below the axis as the bone's plantar face (~1.1 shaft radii), a margin
  // (0.5 mm) and its own half thickness, a third of a radius medial of the axis (0.6 under the fifth); from under the base's medial
  // part (1.3 radii down, 0.3 radii + 1 mm medial). Drawn 1.3 radii down and 0.6 + 1 mm medial along the shaft,
  // they lay 39-44 deg below the medial horizontal through the axis, in the space beside the bone. (Further
  // on, 0.7 of the way to the neck, the tendon turned 25 deg a ring up the neck's medial side; pathBends: 22)
  const at = (u: number, down: number, medial: number): Vec3 => {
    const p = metatarsalAxis(i, u);
    return [u, p[1] - down, p[2] - medial];
  };
  const UNDER = m.shaft * 1.1 + 0.0005 + 0.0016;
  // under the fifth metatarsal's medial half: flexor digiti minimi brevis lies under its lateral half
  const medial = m.shaft * (k === 3 ? 0.6 : 1 / 3);
  const u0 = m.base[0] + 0.006;
  const u1 = m.head[0] - m.headR - 0.004;
  return {
    id: 'plantar_interossei',
    part: String(k),
    kind: 'path',
    origin: heldAt('metatarsals', F(at(u0, m.shaft * 1.3, m.shaft * 0.3 + 0.001))),
    // the medial side of the base of the proximal phalanx, a little dorsal of the lumbrical's insertion
    insertion: {
      bone: 'phalanges_of_foot',
      p: F([base.from[0] - 0.0015, base.from[1] + 0.0015, base.from[2] - base.radius * 1.35 - 0.0005]),
    },
    via: [
      F(at(u0 + (u1 - u0) * 0.3, UNDER, medial)),
      F(at(u0 + (u1 - u0) * 0.6, UNDER, medial)),
      // over adductor hallucis' transverse head, which crosses the necks, turning up the medial side of the neck
      // (a little higher and more medial than the belly, so the tendon bends by at most ~20 deg a ring)
      F([u1, metatarsalAxis(i, u1)[1] - m.shaft * 0.7, metatarsalAxis(i, u1)[2] - m.shaft - 0.0025]),
      // along the medial side of the metatarsal head, a little above its middle
      F([m.head[0] - 0.001, m.head[1] + 0.0005, m.head[2] - m.headR - 0.0015]),
    ],
    // flat under the bone: ~5.5 mm across, ~3.2 mm thick (it was ~4.5 mm across and as thick beside it)
    profile: [
      [0, 0.0035, 0.003],
      [0.3, 0.0055, 0.0032],
      [0.6, 0.005, 0.003],
      [0.8, 0.0025, 0.0018],
      [1, 0.002, 0.0015],
    ],
    widthDir: [{ at: 0, dir: ACROSS }],
    rings: 7,
    segments: 6,
    tendons: { insertion: 0.3 },
  };
}

export const soleMuscles = (): MuscleSpec[] => {
  const hallux = toePhalanges(0)[0]!;
  const fifth = toePhalanges(4)[0]!;
  return [
    {
      id: 'quadratus_plantae',
      kind: 'path',
      // its two heads from the medial concave and the lateral plantar surface of the calcaneus, one flat
      // quadrilateral belly that runs forward and a little medially under the tarsus
      origin: { bone: 'calcaneus', p: F([0.04, 0.019, 0.0]) },
      // the lateral border of the long flexor's tendon, 1-2 cm behind its division
      insertion: heldAt('tarsal_bones', F([FDL_SPLIT[0][0] - 0.019, FDL_SPLIT[0][1] + 0.0005, 0.0])),
      via: [F([0.07, 0.0205, -0.001]), F([0.1, 0.021, 0.0])],
      profile: [
        [0, 0.028, 0.005],
        [0.3, 0.026, 0.0075],
        [0.7, 0.02, 0.0065],
        [1, 0.01, 0.004],
      ],
      widthDir: [{ at: 0, dir: ACROSS }],
      rings: 8,
      segments: 8,
      // it ends in the tendon, so it is not pushed out of it
      joins: ['flexor_digitorum_longus'],
      tendons: { insertion: 0.12 },
    },
    ...[1, 2, 3, 4].map(fdbSlip),
    ...[1, 2, 3, 4].flatMap((toe) => [fdbHalf(toe, -1), fdbHalf(toe, 1)]),
    {
      id: 'abductor_hallucis',
      kind: 'path',
      // medial process of the calcaneal tuberosity and the flexor retinaculum
      origin: { bone: 'calcaneus', p: F([0.024, 0.016, -0.014]) },
      // medial side of the base of the hallux's proximal phalanx (with the medial sesamoid)
      insertion: {
        bone: 'phalanges_of_foot',
        p: F([hallux.from[0], hallux.from[1] - 0.002, hallux.from[2] - hallux.radius * 1.2]),
      },
      // along the inferomedial corner of the sole, below the navicular tuberosity and the medial cuneiform,
      // the long flexor tendons passing deep (lateral) to it
      via: [
        F([0.055, 0.019, -0.021]),
        F([0.095, 0.021, -0.025]),
        F([0.135, 0.019, -0.027]),
        F([0.175, 0.013, -0.029]),
      ],
      // a flattened spindle: ~2.6 cm up and round the corner, ~1.3 cm thick
      profile: [
        [0, 0.012, 0.006],
        [0.2, 0.022, 0.012],
        [0.45, 0.026, 0.013],
        [0.7, 0.011, 0.0065],
        [0.88, 0.008, 0.004],
        [1, 0.006, 0.003],
      ],
      widthDir: [
        { at: 0, dir: dir([0, 1, -0.3]) },
        { at: 0.5, dir: dir([0, 1, -0.6]) },
        { at: 1, dir: dir([0, 1, 0.3]) },
      ],
      rings: 12,
      segments: 10,
      tendons: { insertion: 0.25 },
    },
    {
      id: 'abductor_digiti_minimi',
      kind: 'path',
      // lateral (and medial) process of the calcaneal tuberosity
      origin: { bone: 'calcaneus', p: F([0.024, 0.014, 0.014]) },
      // lateral side of the base of the fifth toe's proximal phalanx
      insertion: {
        bone: 'phalanges_of_foot',
        p: F([fifth.from[0], fifth.from[1] - 0.001, fifth.from[2] + fifth.radius * 1.2]),
      },
      via: [F([0.06, 0.012, 0.024]), F([0.1, 0.0105, 0.033]), F([0.14, 0.009, 0.039])],
      // along the lateral border under the fifth metatarsal's tuberosity: ~1.6 cm broad, ~9 mm thick
      profile: [
        [0, 0.01, 0.006],
        [0.25, 0.016, 0.009],
        [0.55, 0.014, 0.008],
        [0.8, 0.008, 0.005],
        [1, 0.005, 0.003],
      ],
      widthDir: [
        { at: 0, dir: ACROSS },
        { at: 0.7, dir: dir([0, 0.6, 1]) },
      ],
      rings: 10,
      segments: 8,
      tendons: { insertion: 0.25 },
    },
    ...thirdLayer(),
    ...[1, 2, 3, 4].map(lumbrical),
    ...[1, 2, 3, 4].map(dorsalInterosseous),
    ...[1, 2, 3].map(plantarInterosseous),
  ];
};

/** Where the aponeurosis' central part divides into its slips, ~2 cm behind the metatarsal heads (foot frame). */
const APONEUROSIS_SPLIT: Vec3 = [0.168, 0.005, 0.006];

/**
 * Slip t's (0 = the hallux's) centre line in the foot frame: from just inside the central part's front end to
 * its end under the metatarsophalangeal joint, 4 mm below the metatarsal head: plantar to the long flexor's
 * tendon there (its lowest point 1-3 mm below the head), as the slip's superficial layer lies; its deep layer,
 * the septa either side of the tendon to the plantar plate, is not drawn.
 */
export function aponeurosisSlip(t: number): [Vec3, Vec3] {
  const m = METATARSALS[t]!;
  const s = APONEUROSIS_SPLIT;
  return [
    [s[0] - 0.004, s[1], s[2] + (t - 2) * 0.009],
    [m.head[0] + m.headR * 0.5, m.head[1] - m.headR - 0.004, m.head[2]],
  ];
}

/**
 * The plantar aponeurosis (plantar fascia; issue 13), left side: the thick fibrous sheet under the sole,
 * plantar to the first layer (Gray's Anatomy 42nd ed., foot: plantar aponeurosis; Moore's 8th ed., ch. 7,
 * fascia of the foot):
 * - its central part, the thickest, from the medial process of the calcaneal tuberosity over flexor digitorum
 *   brevis, widening forwards and dividing near the metatarsal heads into five slips, one to each toe's
 *   fibrous flexor sheath and plantar plate (drawn as flat bands ending under the metatarsophalangeal joints,
 *   plantar to the flexor tendons);
 * - thinner medial and lateral parts over abductor hallucis and abductor digiti minimi, the lateral part
 *   thickened between the lateral process and the base of the fifth metatarsal.
 * Thickness: ~3 mm at the calcaneus, within the 2-4 mm of healthy heels on ultrasound measured just in front
 * of the calcaneal attachment (Aggarwal et al. 2020, Pol J Radiol 85:e375, doi 10.5114/pjr.2020.97955: 50
 * healthy volunteers 2-4 mm, > 4 mm in plantar fasciitis; McMillan et al. 2009, J Foot Ankle Res 2:32, a
 * meta-analysis: chronic heel pain 2.16 mm thicker than controls, more often > 4.0 mm), thinning to ~1.5 mm at the slips; the
 * medial and lateral parts ~1 mm (`leastThickness`: a loft is otherwise at least 2 mm thick). Flat lofted paths
 * of the tendon kind, draped under the sole's muscles (`overlies`: down) and kept inside the skin, the slips
 * `flatAcross`; ~590 triangles a side. Measured in plantarAponeurosis.test.ts.
 */
export function plantarAponeurosis(): Omit<PathSpec, 'id'>[] {
  const DOWN = dir([0, -1, 0]);
  const common = {
    widthDir: [{ at: 0, dir: ACROSS }],
    power: 4,
    overlies: DOWN,
    leastThickness: 0.001,
  } as const;
  const slips = [0, 1, 2, 3, 4].map((t) => {
    const [from, end] = aponeurosisSlip(t);
    const mid: Vec3 = [(from[0] + end[0]) / 2, (from[1] + end[1]) / 2 - 0.0005, (from[2] + end[2]) / 2];
    return {
      ...common,
      kind: 'path' as const,
      part: `slip ${t + 1}`,
      origin: { bone: 'metatarsals' as const, p: F(from) },
      insertion: { bone: 'metatarsals' as const, p: F(end) },
      via: [F(mid)],
      profile: [
        [0, 0.008, 0.0016],
        [1, 0.006, 0.0012],
      ] as [number, number, number][],
      rings: 3,
      // eight: a flat band, its top and bottom faces within ~2 deg of flat (four made a rhombus whose faces met
      // at a ridge, a rod from below; the drape takes whole quarters); lifted ring by ring as a whole, or the
      // drape folds it over the round tendon under its middle
      segments: 8,
      flatAcross: true,
    };
  });
  return [
    {
      ...common,
      kind: 'path',
      part: 'central',
      origin: { bone: 'calcaneus', p: F([0.024, 0.0075, -0.005]) },
      insertion: { bone: 'metatarsals', p: F(APONEUROSIS_SPLIT) },
      via: [F([0.05, 0.0062, -0.003]), F([0.09, 0.0058, 0.0]), F([0.13, 0.0052, 0.003])],
      // ~3 mm thick and ~2 cm broad at the heel, widening to ~5 cm and thinning to ~1.6 mm forwards
      profile: [
        [0, 0.018, 0.003],
        [0.2, 0.024, 0.003],
        [0.55, 0.036, 0.0022],
        [1, 0.048, 0.0016],
      ],
      rings: 10,
      segments: 8,
    },
    {
      ...common,
      kind: 'path',
      part: 'medial',
      // over abductor hallucis, from the medial process towards the hallux, its lateral edge meeting the
      // central part's (one sheet, with a furrow between the parts: plantarAponeurosis.test.ts)
      origin: { bone: 'calcaneus', p: F([0.03, 0.009, -0.0165]) },
      insertion: { bone: 'metatarsals', p: F([0.16, 0.0075, -0.0265]) },
      via: [F([0.08, 0.0075, -0.0225])],
      profile: [
        [0, 0.013, 0.001],
        [1, 0.0155, 0.001],
      ],
      rings: 6,
      segments: 8,
    },
    {
      ...common,
      kind: 'path',
      part: 'lateral',
      // over abductor digiti minimi, from the lateral process to the base of the fifth metatarsal, broadening
      // forwards to meet the central part's lateral edge
      origin: { bone: 'calcaneus', p: F([0.03, 0.009, 0.014]) },
      insertion: { bone: 'metatarsals', p: F([0.125, 0.009, 0.031]) },
      via: [F([0.075, 0.008, 0.0225])],
      profile: [
        [0, 0.012, 0.0012],
        [0.45, 0.02, 0.0012],
        [1, 0.022, 0.0012],
      ],
      rings: 6,
      segments: 8,
    },
    ...slips,
  ];
}

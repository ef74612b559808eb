/**
 * Back of the thigh (left side): the hamstrings. Sections of the thigh as in thighAnterior.ts; placed after
 * Netter's Atlas 7th ed. (serial cross-sections; posterior thigh plates) and Gray's Anatomy 42nd ed.
 * Semitendinosus and the long head of biceps femoris share a tendon on the ischial tuberosity;
 * semimembranosus starts as a broad membrane, deep and medial to them, and bulges below them near the knee.
 * Semitendinosus becomes a long tendon in the lower third and passes behind the medial condyle to the pes
 * anserinus; biceps femoris runs down and out to the head of the fibula, joined by its short head from the
 * lower linea aspera. The gap between the hamstrings and adductor magnus holds the sciatic nerve.
 */
import type { Vec3 } from '../../types';
import { L } from '../../landmarks';
import { A, heldAt } from '../attachments';
import { pesAnserinusBedSdf, semimembranosusAnteriorArm } from '../../joints/kneeParts';
import { dist, normalize, reject } from '../../kernel/vec';
import { limb } from '../limb';
import type { MuscleSpec } from './types';

const off = (p: Vec3, d: Vec3): Vec3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];

/**
 * Semimembranosus' anterior arm (Kikuchi et al. 2025; LaPrade et al. 2007): a flat tendon from under the direct
 * arm's end forward along the medial tibial condyle, on the bone, deep to the tibial collateral ligament, 8.9-16.8
 * mm below the joint line; its course and size from kneeParts.ts (semimembranosusAnteriorArm), where the posterior
 * oblique ligament's superficial arm is laid over it. A second piece of the muscle's mesh (a tap on it names
 * semimembranosus), fused with the tendon it leaves; laid on the tibia by its course, so the bone does not push it
 * (`sinksInto`: a path's bone is left out of its fit).
 */
function anteriorArm(): MuscleSpec {
  const { points, halfWidths, halfThicks, normals } = semimembranosusAnteriorArm();
  const steps = points.slice(1).map((p, i) => dist(p, points[i]!));
  const total = steps.reduce((a, b) => a + b, 0);
  let run = 0;
  const at = [0, ...steps.map((s) => (run += s) / total)];
  const [w, h] = [2 * halfWidths[0]!, 2 * halfThicks[0]!];
  return {
    id: 'semimembranosus',
    part: 'anterior arm',
    fuse: true,
    // the pes anserinus tendons' lofts pass under the tibial collateral ligament before they are pushed out
    // over it (their `clears`), and the fields a path is pushed out of are those lofts as drawn: gracilis'
    // pushed this arm up to 2.3 mm off the bone
    interleaves: ['gracilis', 'sartorius'],
    kind: 'path',
    sinksInto: ['tibia'],
    origin: heldAt('tibia', points[0]!),
    insertion: heldAt('tibia', points.at(-1)!),
    via: points.slice(1, -1),
    // its width square to the bone (up and down the condyle's face), so it lies flat on it
    widthDir: normals.map((n, i) => ({ at: at[i]!, dir: normalize(reject([0, 1, 0], n)) })),
    // narrower where it leaves the tendon (its end there rounded off inside the direct arm's) and over its last
    // few millimetres under the ligament
    profile: [
      [0, 0.7 * w, 0.8 * h],
      [0.12, w, h],
      [0.9, w, h],
      [1, 2 * halfWidths.at(-1)!, 0.8 * h],
    ],
    power: 3,
    rings: 9,
    segments: 8,
    leastThickness: 0.001,
    tendons: { origin: 1 },
  };
}

/**
 * The way of the common tendon of semitendinosus and biceps femoris' long head from each belly's top (3.4 cm below
 * and 5.5-8 cm lateral of the ischial tuberosity) to the tuberosity: up out of the belly on an arc of 2.5 cm
 * radius, turning medially, then straight on into the tuberosity, a ring wherever it turns 15 deg (else every 3.2
 * cm), each square to it (`bend`, `maxTurn`). Carried unturned from the belly along a short lead, its rings lay
 * 50-56 deg off square to the way where it hooked medially (the tendons flattened into straps with an elbow at
 * each belly's top, `ischial-tuberosity-back`); turned along that lead's sharp curve, the belly's wide section
 * folded on the inside of the bend.
 */
const BEND = { bend: 0.025, maxTurn: 15, ringStep: 0.032 } as const;

export const thighPosteriorMuscles = (): MuscleSpec[] => {
  const thigh = limb('thigh');
  const at = (t: number, deg: number, rho: number): Vec3 => thigh.point(t, deg, rho);
  const tuberosity = L('ischial_tuberosity');
  return [
    {
      id: 'semimembranosus',
      kind: 'limb',
      limb: 'thigh',
      // its top is the membranous tendon's end, deep to semitendinosus and biceps femoris: the belly opens
      // out of it (Gray's) instead of starting in a full section at the surface under their origin
      sections: [
        [0.3, 234, 248, 0.52, 0.8],
        [0.38, 230, 248, 0.5, 1],
        [0.5, 226, 246, 0.48, 1],
        [0.62, 224, 248, 0.46, 1],
        [0.74, 220, 254, 0.44, 1],
        [0.84, 214, 248, 0.42, 1],
        [0.9, 214, 238, 0.45, 0.95],
      ],
      // upper lateral facet of the ischial tuberosity, by a long flat tendon deep to the common tendon of
      // semitendinosus and biceps femoris (3 mm further back, it showed, pale, between their tops; further
      // forward it pushes quadratus femoris, in front of it)
      origin: {
        bone: 'hip_bone',
        p: off(tuberosity, [0.006, 0.004, -0.003]),
        width: 0.02,
        thickness: 0.006,
        tendon: 0.4,
      },
      // groove on the back of the medial tibial condyle: its direct arm on the posterior face of the condyle,
      // 12.1 mm (9.2-14.9) below the joint line, 107 mm2 (LaPrade et al. 2007), behind the posterior oblique
      // ligament's tibial end (kneeParts.ts), led down the back of the medial condyle, medial to it, and round
      // under it at the joint line: on a cord pulled taut round the femur and tibia from the belly through the
      // via point, its rings square to it every 8 mm or 7 deg of turn (`taut`, `maxTurn`; through the via point alone,
      // its rings 1.5 cm apart, it ran into the condyle and the push out bent it 26 deg at one ring). Its end
      // sinks 5.5 mm into the tibia (the sunk end 3 mm lower than the point the old flat cap stood on, so it
      // enters the bone ~12 mm below the joint line), closing over its last 7 mm in a rounded tip
      sinksInto: ['tibia'],
      insertion: {
        bone: 'tibia',
        p: off(A('posteromedial_tibial_condyle'), [0.006, -0.004, -0.0075]),
        width: 0.012,
        thickness: 0.007,
        via: [off(L('medial_epicondyle'), [0.009, -0.028, -0.032])],
        tendon: 0.35,
        maxTurn: 7,
        ringStep: 0.008,
        round: 0.007,
        taut: ['femur', 'tibia'],
      },
    },
    anteriorArm(),
    {
      id: 'semitendinosus',
      kind: 'limb',
      limb: 'thigh',
      sections: [
        [0.26, 250, 270, 0.52, 1],
        [0.38, 248, 268, 0.5, 1],
        [0.5, 246, 266, 0.5, 1],
        [0.62, 248, 266, 0.55, 1],
        [0.7, 252, 266, 0.65, 1],
      ],
      origin: {
        bone: 'hip_bone',
        p: off(tuberosity, [0.002, -0.004, -0.012]),
        width: 0.016,
        thickness: 0.01,
        tendon: 0.3,
        // obliquely from the tuberosity to its belly, under gluteus maximus (as biceps femoris below), its
        // rings square to its way (BEND)
        ...BEND,
      },
      // over the tibial collateral ligament and the anserine bursa to its insertion, not through them
      clears: pesAnserinusBedSdf(),
      // a long, round tendon behind the medial condyle to the pes anserinus
      insertion: {
        bone: 'tibia',
        p: off(A('pes_anserinus'), [-0.002, -0.012, -0.002]),
        width: 0.007,
        thickness: 0.005,
        via: [at(0.86, 224, 1.05), at(1.02, 214, 1.05)],
        tendon: 0.75,
      },
    },
    {
      id: 'biceps_femoris',
      part: 'long head',
      kind: 'limb',
      limb: 'thigh',
      // its top's lateral edge at 289 deg, not 292: the rings turned up out of it with its way (BEND) reached 1.9 mm
      // into gluteus maximus' lower border there, which the fit pushed 3.8 mm
      sections: [
        [0.26, 270, 289, 0.5, 1],
        [0.38, 268, 291, 0.45, 1],
        [0.5, 266, 290, 0.42, 1],
        [0.62, 266, 290, 0.45, 1],
        [0.74, 262, 290, 0.48, 1],
        [0.84, 270, 298, 0.55, 1],
      ],
      origin: {
        bone: 'hip_bone',
        p: off(tuberosity, [0.006, -0.002, -0.012]),
        width: 0.016,
        thickness: 0.01,
        tendon: 0.3,
        // obliquely down and out from the tuberosity, under gluteus maximus' lower border (Gray's), its rings
        // square to its way (BEND)
        ...BEND,
      },
      // head of the fibula
      insertion: {
        bone: 'fibula',
        p: off(L('fibular_head'), [0.006, 0.004, -0.006]),
        width: 0.014,
        thickness: 0.007,
        tendon: 0.45,
      },
    },
    {
      id: 'biceps_femoris',
      part: 'short head',
      kind: 'limb',
      limb: 'thigh',
      sections: [
        [0.55, 268, 288, 0, 0.42],
        [0.68, 266, 288, 0, 0.45],
        [0.8, 268, 288, 0, 0.5],
      ],
      // lateral lip of the linea aspera (lower half) and the lateral supracondylar line
      origin: { bone: 'femur', p: at(0.55, 278, 0), width: 0.015, thickness: 0.006, fleshy: true },
      insertion: {
        bone: 'fibula',
        p: off(L('fibular_head'), [0.003, 0.008, -0.002]),
        width: 0.012,
        thickness: 0.007,
        tendon: 0.4,
      },
    },
  ];
};

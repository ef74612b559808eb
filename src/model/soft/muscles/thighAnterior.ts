/**
 * Front of the thigh (left side): tensor fasciae latae, sartorius and the quadriceps (rectus femoris, vastus
 * lateralis, vastus medialis, vastus intermedius). Bellies are boxes of the thigh's cross-section (soft/limb.ts:
 * t 0 at the hip centre to 1 at the knee; θ 0 lateral, 90 anterior, 180 medial, 270 posterior; ρ 0 on the
 * femur, 1 under the fat, beyond 1 in the fat), placed after the serial cross-sections of the thigh in
 * Netter's Atlas 7th ed. and Gray's Anatomy 42nd ed.; attachments after Gray's. The quadriceps heads wrap the
 * femur: vastus intermedius on its front and sides, vastus lateralis outside it (the largest head), rectus
 * femoris in front, vastus medialis in front-medially, bulging low above the knee (its oblique fibres).
 * Sartorius and tensor fasciae latae are thin straps on top, in the fat layer.
 */
import type { Vec3 } from '../../types';
import { L } from '../../landmarks';
import { A } from '../attachments';
import { pesAnserinusBedSdf } from '../../joints/kneeParts';
import { limb } from '../limb';
import type { MuscleSpec } from './types';

const off = (p: Vec3, d: Vec3): Vec3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];

export const thighAnteriorMuscles = (): MuscleSpec[] => {
  const thigh = limb('thigh');
  const at = (t: number, deg: number, rho: number): Vec3 => thigh.point(t, deg, rho);
  const asis = L('asis');
  const patella = L('patella_centre');
  return [
    {
      id: 'vastus_intermedius',
      kind: 'limb',
      limb: 'thigh',
      // front and lateral surfaces of the upper two thirds of the shaft, under the other heads
      sections: [
        [0.24, 30, 110, 0, 0.14],
        [0.3, -20, 160, 0, 0.28],
        [0.38, -58, 178, 0, 0.34],
        [0.5, -62, 180, 0, 0.36],
        [0.62, -62, 180, 0, 0.37],
        [0.74, -56, 176, 0, 0.38],
        [0.84, -42, 170, 0, 0.38],
      ],
      // fleshy, from the front of the shaft below the intertrochanteric line
      origin: { bone: 'femur', p: at(0.24, 70, 0), width: 0.04, thickness: 0.006, fleshy: true },
      // the deep layer of the quadriceps tendon, onto the base of the patella
      insertion: {
        bone: 'patella',
        p: off(A('patella_base'), [0, -0.002, -0.006]),
        width: 0.028,
        thickness: 0.007,
        tendon: 0.5,
      },
      sinksInto: ['patella'],
    },
    {
      id: 'vastus_lateralis',
      kind: 'limb',
      limb: 'thigh',
      sections: [
        [0.22, -55, 62, 0, 1],
        [0.3, -64, 57, 0.3, 1],
        [0.4, -68, 52, 0.34, 1],
        [0.5, -70, 50, 0.36, 1],
        [0.62, -70, 50, 0.37, 1],
        [0.72, -66, 54, 0.38, 1],
        [0.82, -52, 60, 0.38, 1],
        [0.86, -30, 62, 0.42, 1],
        [0.9, 20, 66, 0.5, 1],
      ],
      // greater trochanter (lower lateral facet) down the lateral lip of the linea aspera
      origin: {
        bone: 'femur',
        p: off(L('greater_trochanter_lateral'), [-0.004, -0.012, 0.008]),
        width: 0.03,
        thickness: 0.012,
        tendon: 0.15,
      },
      // converges on the lateral edge of the quadriceps tendon and the upper lateral border of the patella,
      // its end sunk into the border (no gap or flap beside the bone)
      insertion: {
        bone: 'patella',
        p: off(patella, [0.018, 0.006, -0.004]),
        width: 0.011,
        thickness: 0.006,
        tendon: 0.45,
      },
      sinksInto: ['patella'],
    },
    {
      id: 'rectus_femoris',
      kind: 'limb',
      limb: 'thigh',
      sections: [
        [0.22, 62, 92, 0.42, 1],
        [0.3, 57, 98, 0.34, 1],
        [0.4, 52, 101, 0.34, 1],
        [0.5, 50, 101, 0.36, 1],
        [0.62, 50, 100, 0.37, 1],
        [0.74, 56, 94, 0.4, 1],
      ],
      // straight head from the anterior inferior iliac spine
      origin: { bone: 'hip_bone', p: L('aiis'), width: 0.014, thickness: 0.008, tendon: 0.35 },
      // the belly ends ~7 cm above the patella in a flat tendon, the superficial layer of the quadriceps
      // tendon, into the front of the base of the patella (Gray's); its end sinks into the bone
      insertion: {
        bone: 'patella',
        p: off(A('patella_base'), [-0.002, -0.014, 0]),
        width: 0.034,
        thickness: 0.006,
        tendon: 0.6,
      },
      sinksInto: ['patella'],
    },
    {
      id: 'vastus_medialis',
      kind: 'limb',
      limb: 'thigh',
      sections: [
        [0.26, 96, 124, 0.3, 1],
        [0.4, 101, 142, 0.34, 1],
        [0.5, 101, 152, 0.36, 1],
        [0.62, 100, 162, 0.37, 1],
        [0.72, 96, 170, 0.38, 1],
        [0.82, 90, 180, 0.38, 1],
        [0.92, 88, 160, 0.45, 1],
      ],
      // lower intertrochanteric and spiral lines, medial lip of the linea aspera
      origin: {
        bone: 'femur',
        p: off(L('lesser_trochanter'), [0.004, 0.006, 0.02]),
        width: 0.015,
        thickness: 0.008,
        tendon: 0.2,
      },
      // its oblique fibres converge on the medial edge of the quadriceps tendon and the upper medial border
      // of the patella, its end sunk into the border
      insertion: {
        bone: 'patella',
        p: off(patella, [-0.012, 0.004, -0.004]),
        width: 0.02,
        thickness: 0.01,
        tendon: 0.35,
      },
      sinksInto: ['patella'],
    },
    {
      id: 'sartorius',
      kind: 'limb',
      limb: 'thigh',
      segments: 16,
      // a strap ~4 cm wide, ~1 cm thick, spiralling from the front of the hip to the medial side of the knee
      sections: [
        [0.1, 68, 98, 1, 1.75],
        [0.26, 98, 130, 1, 1.75],
        [0.38, 120, 150, 1, 1.75],
        [0.5, 148, 178, 1, 1.75],
        [0.62, 168, 196, 1, 1.75],
        [0.74, 182, 206, 1, 1.75],
        [0.84, 190, 210, 1, 1.7],
        [0.92, 196, 214, 0.95, 1.6],
      ],
      origin: {
        bone: 'hip_bone',
        p: off(asis, [0, -0.004, 0.004]),
        width: 0.016,
        thickness: 0.005,
        tendon: 0.15,
      },
      // over the tibial collateral ligament and the anserine bursa to its insertion, not through them
      clears: pesAnserinusBedSdf(),
      // behind the medial condyle, then forwards to the pes anserinus
      insertion: {
        bone: 'tibia',
        p: A('pes_anserinus'),
        width: 0.02,
        thickness: 0.003,
        via: [at(1.02, 200, 1.2)],
        tendon: 0.5,
      },
    },
    {
      id: 'tensor_fasciae_latae',
      kind: 'limb',
      limb: 'thigh',
      segments: 16,
      // in front of the iliotibial band (θ within ~20° of lateral), which it joins below; at the top in front
      // of the greater trochanter, not over its anterior facet, where gluteus minimus inserts under it, and
      // ~1-1.5 cm under the skin over it (at ρ 1-1.85 it lay in gluteus minimus' front, which pushed it 7 mm)
      sections: [
        [0.0, 40, 96, 1.45, 2.15],
        [0.12, 20, 80, 1, 1.75],
        [0.24, 14, 62, 1, 1.7],
      ],
      // the ASIS and the outer lip of the iliac crest just behind it, by a short tendinous origin: the muscle
      // is fleshy almost from its origin (Gray's 42nd ed.), so the belly fades into a tendon only over its last
      // ~1 cm, which is as broad as the belly's top (it was a narrow strap, pale over its top 3-4 cm)
      origin: {
        bone: 'hip_bone',
        p: off(asis, [0.008, -0.004, -0.012]),
        width: 0.024,
        thickness: 0.007,
        tendon: 0.08,
        muscular: 0.82,
        // straight on to the ASIS: a longer lead crossed back over gluteus minimus' front
        lead: 0.005,
      },
      // into the iliotibial band at the upper third of the thigh
      insertion: {
        bone: 'iliotibial_band',
        p: at(0.32, 14, 1.3),
        width: 0.03,
        thickness: 0.003,
        tendon: 0.2,
      },
    },
  ];
};

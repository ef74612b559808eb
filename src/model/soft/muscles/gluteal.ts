/**
 * Muscles of the gluteal region (left side), deep to superficial: gluteus minimus, piriformis, gluteus
 * medius, gluteus maximus. After Gray's Anatomy 42nd ed., Netter 7th ed. (gluteal plates) and the path points
 * of Rajagopal et al. 2016.
 */
import type { Vec3 } from '../../types';
import { A } from '../attachments';
import { bump, ramp } from '../spec';
import { rel } from '../../landmarks';
import { limb } from '../limb';
import type { MuscleSpec } from './types';

/** A point of the thigh's frame (t, θ, ρ: soft/limb.ts), for gluteus maximus' lowest fibres. */
const T = (t: number, deg: number, rho: number): Vec3 => limb('thigh').point(t, deg, rho);

/**
 * Gluteus maximus' spines through its cross-lines; its `edge` strip is one more, so across the loft (u) a
 * spine k of the lines lies at k / GLUTEUS_MAXIMUS_SPINES, not k / (GLUTEUS_MAXIMUS_SPINES - 1).
 */
const GLUTEUS_MAXIMUS_SPINES = 7;

export const glutealMuscles = (): MuscleSpec[] => [
  {
    id: 'gluteus_minimus',
    // its front laid deeper, on the bone and the capsule, loses a tenth of its volume to the push out of them
    bulk: 1.1,
    kind: 'sheet',
    originBones: ['hip_bone'],
    insertionBones: ['femur'],
    // Outer ilium between anterior and inferior gluteal lines -> anterior facet of the greater trochanter.
    lines: [
      [
        // below tensor fasciae latae's origin, which takes the ASIS and the notch below it (Gray's)
        rel('asis', [0.004, -0.024, -0.014]),
        rel('iliac_tubercle', [-0.002, -0.042, -0.008]),
        rel('iliac_tubercle', [-0.022, -0.045, -0.042]),
        rel('greater_sciatic_notch', [0.018, 0.037, 0.001]),
      ],
      [
        // on the ilium above the acetabulum (1.7 cm further in, it floated 4-5 cm off the bone, within
        // 2.4 mm of the skin, and left gluteus medius no room over it)
        // (and, under tensor fasciae latae, 1.6 cm further in over the capsule; above the trochanter 6-8 mm
        // further in, on the capsule, where a ~1.5 cm gap lay under it and gluteus medius had no room)
        rel('aiis', [0.014, -0.014, -0.022]),
        rel('greater_trochanter', [-0.018, 0.053, 0.01]),
        rel('greater_trochanter', [-0.016, 0.048, -0.012]),
        rel('greater_trochanter', [-0.023, 0.038, -0.027]),
      ],
      [
        A('greater_trochanter_anterior'),
        rel('greater_trochanter', [0.004, 0, 0.014]),
        rel('greater_trochanter', [0.004, 0.002, 0.006]),
        rel('greater_trochanter', [0, 0.006, -0.002]),
      ],
    ],
    // thin at the upper border of its area of origin (it arises from the whole surface below that line:
    // Gray's), so the line's lens is not half in the bone (6 mm thick there, the bones pushed it 8 mm)
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.003, 0.014) * ramp(v, 0.7, 1, 1, 0.5),
    // fleshy on the ilium; a tendon onto the trochanter (Gray's)
    tendons: { insertion: 0.15 },
  },
  {
    id: 'piriformis',
    kind: 'path',
    // Anterior sacrum (S2-S4) -> through the greater sciatic notch -> upper border of the greater trochanter.
    origin: { bone: 'sacrum', p: A('anterior_sacrum_s2_s3') },
    insertion: { bone: 'femur', p: A('greater_trochanter_top') },
    via: [
      // 3 mm lower, under the notch's upper border (its upper edge lay in the ilium: the bones pushed it 5.6 mm)
      rel('s3_foramen', [0.022, -0.009, -0.006]),
      // through the greater sciatic notch, between sacrum and ilium
      rel('greater_sciatic_notch', [-0.01, -0.01, -0.029]),
      rel('greater_sciatic_notch', [0.025, -0.018, -0.038]),
      // over the back of the neck onto the trochanter's upper border (Gray's), not through the trochanter,
      // which the curve dipped into (the bones pushed its tendon 7.9 mm)
      rel('greater_trochanter', [-0.023, 0.02, -0.022]),
    ],
    profile: [
      [0, 0.018, 0.008],
      [0.3, 0.026, 0.012],
      [0.6, 0.026, 0.014],
      [1, 0.01, 0.006],
    ],
    widthDir: [{ at: 0, dir: rel('s1_foramen', [-0.028, -0.022, 0.018]) }],
    rings: 28,
    // a round tendon to the greater trochanter (Gray's)
    tendons: { insertion: 0.2 },
  },
  {
    id: 'gluteus_medius',
    bulk: 1.6,
    kind: 'sheet',
    originBones: ['hip_bone'],
    insertionBones: ['femur'],
    // Outer ilium below the crest, between anterior and posterior gluteal lines -> lateral facet of GT.
    lines: [
      [
        rel('asis', [0.009, 0.011, -0.012]),
        rel('iliac_tubercle', [0.003, -0.012, -0.003]),
        rel('iliac_crest_top', [0.013, -0.015, 0.01]),
        rel('iliac_crest_top', [-0.024, -0.025, -0.025]),
        rel('psis', [0.03, 0.02, 0.0156]),
      ],
      [
        // its front on gluteus minimus (1.2 cm further out, the skin pressed it in by up to 27 mm), its
        // anterior border behind tensor fasciae latae's origin (which pushed it 5 mm)
        rel('aiis', [0.035, 0.0055, -0.016]),
        rel('asis', [0.03, -0.012, -0.045]),
        rel('iliac_tubercle', [0.016, -0.052, -0.038]),
        rel('greater_sciatic_notch', [0.076, 0.037, -0.006]),
        rel('greater_sciatic_notch', [0.06, 0.022, -0.023]),
      ],
      [
        // over the top of the trochanter, 5-9 mm further in at the front (the skin pressed it in by up to 16 mm,
        // then 6 mm)
        rel('greater_trochanter', [0.007, 0.008, 0.022]),
        rel('greater_trochanter', [0.009, 0.009, 0.015]),
        rel('greater_trochanter', [0.011, 0.01, 0.004]),
        rel('greater_trochanter', [0.01, 0.013, -0.006]),
        rel('greater_trochanter', [0.007, 0.015, -0.018]),
      ],
      // a flat tendon on the lateral facet, along its oblique ridge from the antero-inferior to the
      // postero-superior angle (Gray's), ~2.7 cm, 1 mm off the bone: the line ran ~1.6 cm back, level, then turned
      // back down by 136 deg onto the facet's landmark, and the lofted faces folded by 55 deg onto it (its front
      // end 5 mm lower, the iliotibial band draped over a ridge of its upper rings: glutealFold.test.ts)
      [
        rel('greater_trochanter_lateral', [-0.0042, 0.0003, 0.0087]),
        rel('greater_trochanter_lateral', [-0.001, 0.005, 0.0037]),
        A('greater_trochanter_lateral_facet'),
        rel('greater_trochanter_lateral', [0.0, 0.0125, -0.0065]),
        rel('greater_trochanter_lateral', [-0.001, 0.018, -0.0115]),
      ],
    ],
    // thick on the iliac wing, thinning from half-way to the tendon: over the trochanter there is only
    // room for the tendon under the iliotibial band. Its anterior and middle parts (u < 0.85), which lie
    // only 5-12 mm under the skin, are up to half as thick; the bulk is in its posterior third, which lies
    // under gluteus maximus (Gray's), 2-5 cm under the skin
    // thin along the crest, the upper border of its area of origin (it arises from the whole surface below:
    // Gray's; 8 mm there, the line's lens lay half in the crest and the bones pushed it 14 mm)
    thickness: (u, v) =>
      ramp(v, 0, 0.3, 0.004, 0.024) *
      ramp(v, 0.45, 0.85, 1, 0.3) *
      (1 -
        0.5 * bump((u + 0.1) / 0.95) * ramp(v, 0.1, 0.35, 0, 1) +
        0.9 * ramp(u, 0.75, 1, 0, 1) * bump(v / 0.8)),
    // fleshy on the ilium; a flat tendon onto the lateral facet (Gray's)
    tendons: { insertion: 0.12 },
  },
  {
    id: 'gluteus_maximus',
    kind: 'sheet',
    originBones: ['hip_bone', 'sacrum', 'coccyx'],
    insertionBones: ['iliotibial_band', 'femur'],
    // Posterior ilium behind the posterior gluteal line, dorsal sacrum, coccyx -> iliotibial band (upper,
    // superficial fibres) and gluteal tuberosity (lower, deep). Thick: 3-4 cm (Gray's).
    lines: [
      [
        // behind the posterior gluteal line (Gray's), on the bone's outer face: the attachment point lay 2 mm
        // inside it and the line from it to the PSIS ran inside the bone (the bones pushed it 6.5 mm)
        rel('psis', [0.0335, 0.028, 0.007]),
        // these three 1-2.5 mm further back, so the origin's deep face lies on the ilium and sacrum (within
        // 1 mm; it lay 1.7-2.5 mm in them and the bones pushed it 5.7 mm)
        rel('psis', [0.005, 0, -0.0114]),
        rel('piis', [-0.012, -0.005, -0.013]),
        // the lateral part of the dorsal sacrum and the side of the coccyx (Gray's), clear of the midline,
        // so the two sides' origins do not cross over the median sacral crest
        rel('s4_centre', [0.024, 0, -0.0195]),
        // on the dorsal surface of the lowest sacrum (Gray's): the sacrum curves back between S4 and the
        // coccyx, and the line straight between them ran ~1 cm inside it (the bones pushed the origin 11 mm)
        rel('s5_centre', [0.02, -0.001, -0.019]),
        rel('coccyx_tip', [0.014, 0.014, -0.006]),
      ],
      [
        // the middle lines ~1.2 cm under the skin, on gluteus medius (1-2 cm further out, the skin's clamp
        // pressed the upper half by up to 16 mm and left a 2-4 cm gap under it)
        rel('psis', [0.07, 0.01, -0.0144]),
        rel('piis', [0.054, -0.01, -0.022]),
        rel('piis', [0.047, -0.044, -0.034]),
        rel('ischial_spine', [0.029, -0.004, -0.082]),
        // the lower border runs straight, obliquely down and out across the gluteal fold, as its fibres do
        // (it dipped 8 mm lower here and ran level further out, so the fibres bent: gluteusMaximus.test.ts)
        rel('ischial_spine', [0.031, -0.054, -0.062]),
      ],
      [
        rel('greater_trochanter', [0.002, 0.037, -0.06]),
        rel('greater_trochanter', [-0.008, 0.001, -0.068]),
        rel('greater_trochanter_lateral', [-0.019, -0.008, -0.076]),
        T(0.235, 282, 1.15),
        // ... over the hamstrings' origin (which it covers), on down into the insertion (at t 0.19-0.2 it ran
        // level here and curved up into it)
        T(0.245, 284, 1.2),
      ],
      [
        rel('greater_trochanter_lateral', [0.003, 0.022, -0.045]),
        rel('greater_trochanter_lateral', [-0.007, -0.007, -0.048]),
        T(0.175, 310, 1.0),
        T(0.225, 298, 0.8),
        // the deep, lowest fibres dive to the gluteal tuberosity between biceps femoris' long head and
        // vastus lateralis (Gray's), not through the hamstrings' origin
        T(0.255, 298, 0.5),
      ],
      [
        rel('greater_trochanter_lateral', [0.01, 0.005, -0.006]),
        rel('greater_trochanter_lateral', [0.006, -0.02, -0.006]),
        // round the back of vastus lateralis' origin
        T(0.165, 318, 1.0),
        T(0.19, 300, 0.2),
        T(0.228, 295, 0.1),
        A('gluteal_tuberosity'),
      ],
    ],
    // thinner towards the lower border (u = 1), and thinning earlier there towards the insertion, so the
    // belly ends in a rounded edge over the fold instead of a shelf; up to ~3 cm thick in its upper part,
    // thinning to the upper border (it was ~4 cm and the skin's clamp pressed it 16 mm), and a thin lamina
    // (5-6 mm) into the iliotibial band
    // (w: u across the lines' own spines; the edge strip beyond them, from the sacrotuberous ligament, keeps
    // the lower border's thickness, thinning a little to its edge)
    thickness: (u, v) => {
      const w = Math.min(1, (u * GLUTEUS_MAXIMUS_SPINES) / (GLUTEUS_MAXIMUS_SPINES - 1));
      return (
        ramp(v, 0, 0.3, 0.014, 0.04) *
        ramp(v, 0.7 - 0.25 * w, 1, 1, 0.2) *
        ramp(w, 0.5, 1, 1, 0.55) *
        ramp(w, 0, 0.5, 0.72, 1) *
        ramp(u, (GLUTEUS_MAXIMUS_SPINES - 1) / GLUTEUS_MAXIMUS_SPINES, 1, 1, 0.8)
      );
    },
    spines: GLUTEUS_MAXIMUS_SPINES,
    // standing, it covers the ischial tuberosity (Moore's Clinically Oriented Anatomy; it slides off it when
    // sitting): its lowest fibres arise from the back of the sacrotuberous ligament down to the ligament's
    // fan on the tuberosity's medial margin (Gray's) and run down and out, below the others, to the lower
    // gluteal tuberosity
    edge: [
      rel('ischial_tuberosity', [-0.014, -0.002, -0.016]),
      rel('ischial_spine', [0.036, -0.078, -0.058]),
      T(0.275, 288, 1.15),
      T(0.285, 300, 0.45),
      T(0.285, 292, 0.05),
    ],
    // a thick tendinous lamina into the iliotibial band and the gluteal tuberosity (Gray's)
    tendons: { insertion: 0.05 },
  },
];

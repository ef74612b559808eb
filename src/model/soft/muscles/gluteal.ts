/**
 * Muscles of the gluteal region (left side), deep to superficial: gluteus minimus, piriformis, gluteus
 * medius, gluteus maximus. After Gray's Anatomy 42nd ed., Netter 7th ed. (gluteal plates) and the path points
 * of Rajagopal et al. 2016.
 */
import { A } from '../attachments';
import { ramp } from '../spec';
import type { MuscleSpec } from './types';

export const glutealMuscles = (): MuscleSpec[] => [
  {
    id: 'gluteus_minimus',
    kind: 'sheet',
    originBones: ['hip_bone'],
    insertionBones: ['femur'],
    // Outer ilium between anterior and inferior gluteal lines -> anterior facet of the greater trochanter.
    lines: [
      [
        [0.125, 1.0, 0.045],
        [0.138, 1.02, 0.01],
        [0.118, 1.017, -0.024],
        [0.088, 1.0, -0.046],
      ],
      [
        [0.15, 0.965, 0.035],
        [0.16, 0.975, 0.01],
        [0.15, 0.97, -0.02],
        [0.135, 0.96, -0.035],
      ],
      [
        A('greater_trochanter_anterior'),
        [0.162, 0.922, 0.006],
        [0.162, 0.924, -0.002],
        [0.158, 0.928, -0.01],
      ],
    ],
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.006, 0.014) * ramp(v, 0.7, 1, 1, 0.5),
  },
  {
    id: 'piriformis',
    kind: 'path',
    // Anterior sacrum (S2-S4) -> through the greater sciatic notch -> upper border of the greater trochanter.
    origin: { bone: 'sacrum', p: A('anterior_sacrum_s2_s3') },
    insertion: { bone: 'femur', p: A('greater_trochanter_top') },
    via: [
      [0.045, 0.968, -0.056],
      // through the greater sciatic notch, between sacrum and ilium
      [0.06, 0.953, -0.076],
      [0.095, 0.945, -0.085],
    ],
    profile: [
      [0, 0.018, 0.008],
      [0.3, 0.026, 0.012],
      [0.6, 0.026, 0.014],
      [1, 0.01, 0.006],
    ],
    widthDir: [{ at: 0, dir: [0, 1, 0] }],
    rings: 28,
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
        [0.128, 1.02, 0.05],
        [0.143, 1.05, 0.015],
        [0.135, 1.07, -0.025],
        [0.098, 1.06, -0.06],
        [0.07, 1.04, -0.08],
      ],
      [
        [0.156, 0.98, 0.036],
        [0.168, 1.0, 0.013],
        [0.166, 1.01, -0.02],
        [0.15, 1.0, -0.055],
        [0.13, 0.985, -0.07],
      ],
      [
        [0.172, 0.93, 0.018],
        [0.178, 0.93, 0.008],
        [0.178, 0.932, -0.004],
        [0.172, 0.935, -0.016],
        [0.165, 0.937, -0.026],
      ],
      [
        [0.168, 0.905, 0.006],
        [0.17, 0.907, 0.0],
        [0.171, 0.909, -0.006],
        [0.17, 0.911, -0.012],
        A('greater_trochanter_lateral_facet'),
      ],
    ],
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.008, 0.024) * ramp(v, 0.7, 1, 1, 0.35),
  },
  {
    id: 'gluteus_maximus',
    kind: 'sheet',
    originBones: ['hip_bone', 'sacrum', 'coccyx'],
    insertionBones: ['iliotibial_band', 'femur'],
    // Posterior ilium behind the posterior gluteal line, dorsal sacrum, coccyx -> iliotibial band (upper,
    // superficial fibres) and gluteal tuberosity (lower, deep). Thick: 3-4 cm (Gray's).
    lines: [
      [A('posterior_ilium'), [0.045, 1.02, -0.105], [0.03, 0.99, -0.1], A('sacrum_dorsal'), A('coccyx_side')],
      [
        [0.11, 1.03, -0.11],
        [0.1, 0.99, -0.13],
        [0.09, 0.95, -0.135],
        [0.08, 0.91, -0.125],
        [0.075, 0.87, -0.11],
      ],
      [
        [0.165, 0.96, -0.07],
        [0.165, 0.925, -0.085],
        [0.155, 0.885, -0.085],
        [0.145, 0.845, -0.075],
        [0.135, 0.81, -0.06],
      ],
      [
        [0.182, 0.9, -0.012],
        [0.18, 0.875, -0.012],
        [0.158, 0.852, -0.014],
        [0.145, 0.834, -0.02],
        A('gluteal_tuberosity'),
      ],
    ],
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.014, 0.04) * ramp(v, 0.7, 1, 1, 0.3),
    spines: 7,
  },
];

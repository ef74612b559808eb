/**
 * Muscles of the lumbar region and the posterior abdominal wall (left side): psoas major, iliacus, quadratus
 * lumborum, erector spinae. Origins and insertions after Gray's Anatomy 42nd ed. and the path points of the
 * OpenSim model of Rajagopal et al. 2016; belly sizes from MRI cross-sections (Ward et al. 2009, Clin Orthop
 * Relat Res 467:1074), rounded.
 */
import type { Vec3 } from '../../types';
import { A, bodySide, lamina, transverseProcess } from '../attachments';
import { ramp } from '../spec';
import type { MuscleSpec } from './types';

const X: Vec3 = [1, 0, 0];
const Z: Vec3 = [0, 0, 1];

export const trunkMuscles = (): MuscleSpec[] => [
  {
    id: 'psoas_major',
    bulk: 0.75,
    kind: 'path',
    // Bodies and transverse processes L1-L5 (Gray's); ACSA ~15-20 cm² at L4-L5 (Ward 2009) -> 5 x 4 cm.
    origin: { bone: 'l1_vertebra', p: bodySide(0) },
    insertion: { bone: 'femur', p: A('lesser_trochanter_front') },
    via: [
      [0.034, 1.16, 0.006],
      [0.045, 1.09, 0.012],
      [0.062, 1.02, 0.03],
      // over the pelvic brim, in front of the hip joint (Rajagopal 2016 psoas via points)
      [0.08, 0.955, 0.05],
      [0.09, 0.905, 0.05],
    ],
    profile: [
      [0, 0.022, 0.018],
      [0.3, 0.042, 0.032],
      [0.55, 0.048, 0.036],
      [0.8, 0.032, 0.024],
      [1, 0.016, 0.01],
    ],
    widthDir: [{ at: 0, dir: Z }],
    rings: 40,
  },
  {
    id: 'iliacus',
    bulk: 1.5,
    kind: 'sheet',
    originBones: ['hip_bone'],
    insertionBones: ['femur'],
    // Upper two thirds of the iliac fossa and inner lip of the crest -> joins psoas -> lesser trochanter.
    lines: [
      [
        [0.068, 1.03, -0.058],
        [0.1, 1.066, -0.042],
        [0.118, 1.06, 0.005],
        [0.115, 1.02, 0.045],
      ],
      [
        [0.06, 1.0, -0.01],
        [0.085, 1.01, 0.005],
        [0.1, 1.005, 0.03],
        [0.105, 0.985, 0.05],
      ],
      [
        [0.075, 0.95, 0.038],
        [0.085, 0.95, 0.044],
        [0.095, 0.95, 0.048],
        [0.102, 0.945, 0.048],
      ],
      [
        [0.1, 0.872, 0.0],
        [0.104, 0.87, 0.002],
        [0.108, 0.868, 0.004],
        [0.112, 0.866, 0.006],
      ],
    ],
    thickness: (_u, v) => ramp(v, 0, 0.35, 0.006, 0.02) * ramp(v, 0.75, 1, 1, 0.4),
  },
  {
    id: 'quadratus_lumborum',
    kind: 'sheet',
    originBones: ['hip_bone', 'l5_vertebra'],
    insertionBones: ['l1_vertebra'],
    // Iliolumbar ligament / posterior iliac crest -> transverse processes L1-L4 and 12th rib (absent: ends at L1).
    lines: [
      [
        [0.06, 1.057, -0.078],
        [0.08, 1.073, -0.065],
        [0.1, 1.082, -0.05],
      ],
      [
        [0.05, 1.13, -0.04],
        [0.07, 1.135, -0.04],
        [0.09, 1.14, -0.04],
      ],
      [transverseProcess(0), [0.04, 1.21, -0.037], [0.04, 1.214, -0.037]],
    ],
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.006, 0.016) * ramp(v, 0.8, 1, 1, 0.5),
  },
  {
    id: 'erector_spinae',
    kind: 'path',
    // Dorsal sacrum and iliac crest -> up beside the spinous processes above L1; ACSA ~20 cm² at L3-L4.
    origin: { bone: 'sacrum', p: A('sacrum_dorsal') },
    insertion: { bone: 'l1_vertebra', p: lamina(0) },
    via: [
      [0.028, 1.03, -0.09],
      [0.036, 1.1, -0.068],
      [0.036, 1.17, -0.062],
      [0.032, 1.23, -0.068],
    ],
    profile: [
      [0, 0.03, 0.008],
      [0.25, 0.05, 0.02],
      [0.55, 0.058, 0.036],
      [0.85, 0.05, 0.03],
      [1, 0.02, 0.01],
    ],
    widthDir: [{ at: 0, dir: X }],
    power: 2.6,
    rings: 40,
  },
];

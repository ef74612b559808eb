/**
 * Tendons and bands, left side: flat lofted straps. Widths/thicknesses: Gray's Anatomy, 42nd ed.
 * (iliotibial band a few mm thick; patellar ligament ~3 cm wide, 5-7 mm thick, ~5 cm long).
 */
import type { Vec3 } from '../types';
import { L, perLandmarks, rel } from '../landmarks';
import { A } from './attachments';
import { limb } from './limb';
import { trochantericBursaSdf } from '../joints/joints';
import type { PathSpec } from './spec';

export type TendonId = 'iliotibial_band' | 'quadriceps_tendon' | 'patellar_ligament';

const Z: Vec3 = [0, 0, 1];
const X: Vec3 = [1, 0, 0];

/** Tendons and bands for the current landmarks. */
export const tendonSpecs = perLandmarks((): readonly (PathSpec & { id: TendonId })[] => {
  const thigh = limb('thigh');
  const T = (t: number, deg: number, rho: number): Vec3 => thigh.point(t, deg, rho);
  return [
    {
      id: 'iliotibial_band',
      // Iliac tubercle (with TFL and gluteus maximus) -> down the lateral thigh over vastus lateralis ->
      // Gerdy's tubercle on the lateral tibial condyle.
      kind: 'path',
      // 8 mm above the tubercle landmark, which lies inside the crest.
      origin: {
        bone: 'hip_bone',
        p: [L('iliac_tubercle')[0] + 0.001, L('iliac_tubercle')[1] + 0.008, L('iliac_tubercle')[2] + 0.002],
      },
      insertion: { bone: 'tibia', p: L('gerdys_tubercle') },
      // over gluteus medius and the greater trochanter, then on vastus lateralis just under the fat
      via: [
        rel('asis', [0.048, -0.0104, -0.0444]),
        T(0.02, 0, 1.35),
        T(0.25, -4, 1.12),
        T(0.5, -4, 1.1),
        T(0.75, 2, 1.1),
        T(0.93, 22, 1.05),
      ],
      profile: [
        [0, 0.03, 0.003],
        [0.15, 0.06, 0.004],
        [0.6, 0.05, 0.004],
        [0.9, 0.028, 0.004],
        [1, 0.018, 0.003],
      ],
      widthDir: [{ at: 0, dir: Z }],
      power: 4,
      rings: 48,
      segments: 12,
      // the fascia lata over gluteus medius and tensor fasciae latae (which inserts between its layers)
      overlies: X,
      clears: trochantericBursaSdf(),
    },
    {
      id: 'quadriceps_tendon',
      // Common tendon of the four heads, ~3-4 cm above the patella, into its base (Gray's).
      kind: 'path',
      // Starts narrow and deep under the rectus femoris tendon and rises to the surface as the heads join
      // it, so above the patella it is one pale band over the ends of rectus femoris and the vasti (their
      // ends converge under it) instead of slivers between them.
      origin: {
        bone: 'patella',
        p: [A('patella_base')[0], A('patella_base')[1] + 0.045, A('patella_base')[2] - 0.012],
      },
      insertion: {
        bone: 'patella',
        // its superficial fibres run on over the top of the patella's front (Gray's)
        p: [A('patella_base')[0], A('patella_base')[1] - 0.006, A('patella_base')[2] + 0.012],
      },
      // deep for its upper half, rising over the last 2 cm
      via: [[A('patella_base')[0], A('patella_base')[1] + 0.022, A('patella_base')[2] - 0.01]],
      profile: [
        [0, 0.014, 0.004],
        [0.5, 0.036, 0.007],
        [1, 0.046, 0.012],
      ],
      widthDir: [{ at: 0, dir: X }],
      power: 5,
      rings: 14,
      segments: 12,
    },
    {
      id: 'patellar_ligament',
      // Apex of the patella -> tibial tuberosity.
      kind: 'path',
      origin: { bone: 'patella', p: L('patella_apex') },
      insertion: { bone: 'tibia', p: L('tibial_tuberosity') },
      via: [],
      profile: [
        [0, 0.028, 0.006],
        [1, 0.024, 0.006],
      ],
      widthDir: [{ at: 0, dir: X }],
      power: 3,
      rings: 10,
      segments: 12,
    },
  ];
});

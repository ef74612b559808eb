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
import { plantarAponeurosis } from './muscles/sole';

export type TendonId = 'iliotibial_band' | 'quadriceps_tendon' | 'patellar_ligament' | 'plantar_aponeurosis';

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
      // On the outer lip of the crest at the tubercle (the landmark lies on the lip, ~1 cm below the crest's
      // top there), not above the crest: its top end lies on the bone's lateral face. 2 mm above the landmark:
      // lower, the band's course over the greater trochanter lets the bursa show through it.
      origin: { bone: 'hip_bone', p: rel('iliac_tubercle', [0.002, 0.002, 0.002]) },
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
      // The deep layer (vastus intermedius and the vasti; Gray's): starts narrow and deep under the rectus
      // femoris tendon, which is the superficial layer and reaches the patella in front of it, and widens
      // as the vasti join its edges.
      origin: {
        bone: 'patella',
        p: [A('patella_base')[0], A('patella_base')[1] + 0.045, A('patella_base')[2] - 0.012],
      },
      // into the base of the patella behind the rectus femoris tendon: its end sinks into the bone, so it
      // meets the patella in one line (it ended in a square flap on the front)
      insertion: {
        bone: 'patella',
        p: [A('patella_base')[0], A('patella_base')[1] - 0.008, A('patella_base')[2] - 0.004],
      },
      via: [[A('patella_base')[0], A('patella_base')[1] + 0.02, A('patella_base')[2] - 0.009]],
      // narrowing to the width of the (model's) patella's base where it meets it, so no edge sticks out
      profile: [
        [0, 0.014, 0.004],
        [0.5, 0.03, 0.006],
        [1, 0.03, 0.006],
      ],
      widthDir: [{ at: 0, dir: X }],
      power: 2.4,
      rings: 14,
      segments: 14,
      sinksInto: ['patella'],
    },
    {
      id: 'patellar_ligament',
      // Apex of the patella (and the rough lower part of its back) -> tibial tuberosity: a thick, strong band,
      // ~3 cm wide at the patella, narrowing to ~2.5 cm at the tuberosity, 5-7 mm thick, ~5 cm long (Gray's),
      // in front of the infrapatellar fat pad. Its upper end sinks into the patella; it runs straight down and
      // thins onto the front of the tuberosity (no hook where it meets the bone).
      kind: 'path',
      origin: { bone: 'patella', p: rel('patella_apex', [0, 0.012, 0.006]) },
      insertion: { bone: 'tibia', p: rel('tibial_tuberosity', [0.001, -0.006, 0.008]) },
      via: [rel('patella_apex', [0, -0.014, 0.0075])],
      profile: [
        [0, 0.018, 0.006],
        [0.3, 0.026, 0.0065],
        [0.8, 0.024, 0.0055],
        [1, 0.022, 0.003],
      ],
      widthDir: [{ at: 0, dir: X }],
      power: 2.4,
      rings: 12,
      segments: 14,
      sinksInto: ['patella'],
    },
    // the plantar aponeurosis (issue 13): central part, medial and lateral parts, five slips (deep file)
    ...plantarAponeurosis().map((p) => ({ ...p, id: 'plantar_aponeurosis' as const })),
  ];
});

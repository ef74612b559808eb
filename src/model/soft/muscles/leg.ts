/**
 * Back of the leg (left side): gastrocnemius, its two heads as boxes of the leg's cross-section (soft/limb.ts:
 * t 0 at the knee centre to 1 at the ankle; θ as in the thigh). After Gray's Anatomy 42nd ed. and Netter's
 * Atlas 7th ed. (posterior leg plates): the heads arise from the femur above the condyles and bound the
 * popliteal fossa below; they meet in the upper calf along a shallow groove; the medial head is larger and
 * reaches lower; both end on a common aponeurosis that narrows into the calcaneal (Achilles) tendon. The
 * deep half of the calf is left for soleus and the deep flexors.
 */
import type { Vec3 } from '../../types';
import { A } from '../attachments';
import type { MuscleSpec } from './types';

const off = (p: Vec3, d: Vec3): Vec3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];

export const legMuscles = (): MuscleSpec[] => {
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
      insertion: { ...achilles, p: off(achilles.p, [0.002, 0, 0]), tendon: 0.65 },
    },
  ];
};

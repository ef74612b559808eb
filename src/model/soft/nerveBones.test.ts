/**
 * The nerves of the leg run beside its bones, not through them: each tube's surface (its centre line less
 * its radius) lies at most 1.5 mm inside the tibia or fibula (where the deep fibular nerve lies on the
 * interosseous membrane against the tibia, and the tibial nerve behind the medial malleolus). The common
 * fibular nerve ran straight from behind the fibular head to a point on its neck, through the bone (its
 * tube up to ~4 mm in it), and the sural nerve 5 mm into the lateral malleolus behind it.
 */
import { describe, expect, it } from 'vitest';
import { catmullRom } from '../kernel/spline.ts';
import { attachSdf } from './bones';
import { nerveSpecs } from './nerves';

describe('nerves clear of the leg bones', () => {
  const fibula = attachSdf('fibula');
  const tibia = attachSdf('tibia');
  for (const n of nerveSpecs())
    n.parts.forEach((part, k) => {
      it(`${n.id}${n.parts.length > 1 ? ` (part ${k})` : ''}: at most 1.5 mm into the tibia or fibula`, () => {
        let deepest = 0;
        for (const p of catmullRom(part.points, 24)) {
          const r = Math.max(part.r0, part.r1);
          deepest = Math.max(deepest, r - fibula(...p), r - tibia(...p));
        }
        expect(deepest).toBeLessThanOrEqual(0.0015);
      });
    });
});

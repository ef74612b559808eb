/**
 * Every path muscle and tendon bends without a corner (build.ts' pathRings): its rings, the same number as
 * before, are spaced evenly in arc length plus a weight times the turn beyond 10 deg per even piece (no straight
 * run's rings more than 1.5 times the even spacing apart), so they crowd into a bend.
 * Rings spaced evenly by arc length cut a bend into a few straight pieces meeting at corners: 75 deg in
 * erector spinae at 0.87 of its length, 38 in obturator externus, 35 in extensor digitorum longus' toe
 * tendons, 31 in flexor digitorum longus and multifidus (from L3), 29 in obturator internus round the lesser
 * sciatic notch, 21 in piriformis. With its rings crowded into its bends flexor digitorum longus' fifth-toe
 * tendon still turned 22.3 deg (the bound was 26); laid in one smooth arch under the toe it turns 13.4, and
 * the most any path turns is 21.4 (flexor hallucis brevis' medial belly; flexor digitorum brevis' slip to the
 * fifth toe 20.1), so the bound is 22.
 */
import { describe, expect, it } from 'vitest';
import { turnDeg } from '../kernel/spline.ts';
import { pathRings } from './build';
import { muscleSpecs } from './muscles';
import { tendonSpecs } from './tendons';

describe('path muscles and tendons bend smoothly', () => {
  for (const s of [...muscleSpecs(), ...tendonSpecs()])
    if (s.kind === 'path')
      it(`${s.id}${s.part ? ` (${s.part})` : ''}: turns at most 22 deg between rings, with its spec's ring count`, () => {
        const { points, along } = pathRings(s);
        expect(points.length).toBe(s.rings ?? 36);
        expect(along.every((u, i) => i === 0 || u > along[i - 1]!)).toBe(true);
        for (let i = 1; i < points.length - 1; i++) {
          const turn = turnDeg(points, i);
          expect(turn, `ring ${i} of ${points.length}`).toBeLessThanOrEqual(22);
        }
      });

  it("flexor digitorum longus' toe tendons turn at most 15 deg between rings, held in one smooth arch under the curled toe", () => {
    // down into the proximal phalanx's waist and up over the middle phalanx's mid-point (above its base, the toe
    // curled), then steeply down to the distal base, they turned 14.8, 16.1, 19.6 and 22.3 deg from one ring to
    // the next (toes 2-5); spanning the waist, held under the proximal phalanx's head and running from there
    // straight on to the distal base, their rings crowding into the toe's bends (muscles/legDeep.ts'
    // fdlTendon), 11.4, 11.3, 12.9 and 13.4
    const tendons = muscleSpecs().filter((s) => s.id === 'flexor_digitorum_longus' && s.kind === 'path');
    expect(tendons.length).toBe(4);
    for (const [k, s] of tendons.entries()) {
      if (s.kind !== 'path') continue;
      const { points } = pathRings(s);
      const turns = points.slice(1, -1).map((_, i) => turnDeg(points, i + 1));
      expect(Math.max(...turns), `toe ${k + 2}`).toBeLessThanOrEqual(15);
    }
  });

  it("extensor digitorum longus' toe tendons turn at most 15 deg between rings, taut over the curled toe", () => {
    // through the middle phalanx's mid-point, ~2 mm past the top of its base and ~2 mm lower, they dipped
    // into its waist and turned 20-26 deg from one ring to the next (muscles/leg.ts' edlTendon)
    const tendons = muscleSpecs().filter((s) => s.id === 'extensor_digitorum_longus' && s.kind === 'path');
    expect(tendons.length).toBe(4);
    for (const s of tendons) {
      if (s.kind !== 'path') continue;
      const { points } = pathRings(s);
      const turns = points.slice(1, -1).map((_, i) => turnDeg(points, i + 1));
      expect(Math.max(...turns), s.part).toBeLessThanOrEqual(15);
    }
  });
});

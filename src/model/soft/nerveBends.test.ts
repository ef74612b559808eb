/**
 * Every nerve's tube bends without a corner or a fold (soft/index.ts' nervePath): its centre line is the
 * centripetal Catmull-Rom curve through the spec's points, with a ring wherever it has turned 15 deg or
 * gone one ring step. Rings spaced evenly (2 or 4.5 cm) left bends as corners between straight pieces: up to
 * 112 deg (the inferior cluneal branch), 72 deg (the posterior femoral cutaneous nerve below the ischial
 * tuberosity), 60 deg (the sciatic nerve below piriformis). And a curve bent tighter than the tube is thick
 * folds its inner side: the sciatic nerve (7.5 mm radius) turned on a 7.9 mm radius below piriformis, and
 * the fibular and cutaneous branches hooked round 3-4 mm radii.
 */
import { describe, expect, it } from 'vitest';
import { angleDeg, sub } from '../kernel/vec.ts';
import { catmullRom, turnDeg } from '../kernel/spline.ts';
import { nervePath } from './index';
import { nerveSpecs } from './nerves';

/** Smallest radius of curvature of a dense polyline, from the turn over each pair of its segments. */
function tightestRadius(dense: readonly (readonly [number, number, number])[]): number {
  let min = Infinity;
  for (let i = 2; i < dense.length - 2; i++) {
    const a = sub(dense[i]!, dense[i - 2]!);
    const b = sub(dense[i + 2]!, dense[i]!);
    const turn = (angleDeg(a, b) * Math.PI) / 180;
    if (turn > 1e-6) min = Math.min(min, (Math.hypot(...a) + Math.hypot(...b)) / 2 / turn);
  }
  return min;
}

describe('nerve tubes bend smoothly', () => {
  for (const n of nerveSpecs())
    n.parts.forEach((part, k) => {
      const name = `${n.id}${n.parts.length > 1 ? ` (part ${k})` : ''}`;
      it(`${name}: turns at most 25 deg between rings, round a radius of at least 3 mm and 1.25 tube radii`, () => {
        const rings = nervePath(part, n.fine);
        for (let i = 1; i < rings.length - 1; i++) {
          const turn = turnDeg(rings, i);
          expect(turn, `ring ${i} of ${rings.length}`).toBeLessThanOrEqual(25);
        }
        const r = Math.max(part.r0, part.r1);
        expect(tightestRadius(catmullRom(part.points, 48))).toBeGreaterThanOrEqual(Math.max(0.003, 1.25 * r));
      });
    });

  for (const id of ['deep_fibular_nerve', 'superficial_fibular_nerve'] as const)
    it(`${id}: turns at most 11 deg between rings round the ankle and onto the dorsum`, () => {
      // at the default 15 deg a ring their 40-45 deg bends in front of the ankle and over the tarsus showed as
      // corners (14.8 and 14.7 deg at a ring)
      const n = nerveSpecs().find((s) => s.id === id)!;
      const rings = nervePath(n.parts[0]!, n.fine);
      const turns = rings.slice(1, -1).map((_, i) => turnDeg(rings, i + 1));
      expect(Math.max(...turns)).toBeLessThanOrEqual(11);
    });
});

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../lib/seededRandom';
import type { Sdf, Vec3 } from '../types.ts';
import { narrowBand } from './narrowBand.ts';
import { capsule, sphere, union } from './sdf.ts';

/** A seeded blob of spheres and capsules, blended: a field like the body's, cheap to evaluate. */
function randomField(random: () => number): Sdf {
  const point = (): Vec3 => [random() * 0.2 - 0.1, random() * 0.2 - 0.1, random() * 0.2 - 0.1];
  const parts: Sdf[] = [];
  for (let i = 0; i < 8; i++)
    parts.push(
      random() < 0.5
        ? sphere(point(), 0.01 + random() * 0.04)
        : capsule(point(), point(), 0.005 + random() * 0.02),
    );
  return union(parts, 0.01);
}

describe('narrowBand, against the raw field on seeded random points', () => {
  it('keeps the sign everywhere, is exact near the surface, and never overstates the distance', () => {
    const random = seededRandom(1130);
    const margin = 0.004;
    let near = 0;
    let far = 0;
    for (let f = 0; f < 5; f++) {
      const raw = randomField(random);
      const fast = narrowBand(raw, { min: [-0.15, -0.15, -0.15], max: [0.15, 0.15, 0.15] }, 0.02, margin);
      for (let i = 0; i < 4000; i++) {
        const p: Vec3 = [random() * 0.3 - 0.15, random() * 0.3 - 0.15, random() * 0.3 - 0.15];
        const exact = raw(...p);
        const value = fast(...p);
        expect(Math.sign(value), `sign at ${p}`).toBe(Math.sign(exact));
        if (Math.abs(exact) < margin) {
          expect(value).toBe(exact);
          near += 1;
        } else {
          expect(Math.abs(value)).toBeLessThanOrEqual(Math.abs(exact) + 1e-12);
          far += 1;
        }
      }
    }
    // Both cases must be exercised, or the agreement proves little.
    expect(near).toBeGreaterThan(100);
    expect(far).toBeGreaterThan(1000);
  });
});

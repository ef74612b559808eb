import { describe, expect, it } from 'vitest';
import { loftRings } from '../kernel/loft.ts';
import type { Vec3 } from '../types';
import { buildLimbBody } from './sectioned';
import { loftFibres, MAX_STRIAE, muscleAlong, STRIA_SPACING } from './fibres';
import { muscleSpec } from './muscles';
import type { LimbSpec } from './spec';

/** A spindle along +Y: 3 cm radius belly narrowing to a 4 mm tendon at the top. */
function spindle(ring: number): ReturnType<typeof loftRings> {
  const rings: Vec3[][] = [];
  for (let i = 0; i <= 20; i++) {
    const y = i * 0.01;
    // belly to y = 0.1, narrowing to y = 0.14, then a tendon of 4 mm radius
    const rr = i <= 10 ? 0.03 : i < 14 ? 0.03 - (0.026 * (i - 10)) / 4 : 0.004;
    rings.push(
      Array.from({ length: ring }, (_, j): Vec3 => {
        const a = (2 * Math.PI * j) / ring;
        return [rr * Math.cos(a), y, rr * Math.sin(a)];
      }),
    );
  }
  return loftRings(rings);
}

describe('muscle fibres', () => {
  it('a path or sheet is tendon only over the tendinous fractions its spec gives', () => {
    expect(muscleAlong(0.5, 0.1, 0.2)).toBe(1);
    expect(muscleAlong(0.05, 0.1, 0.2)).toBe(0);
    expect(muscleAlong(0.9, 0.1, 0.2)).toBe(0);
    // a fleshy end stays muscle to its last ring, however narrow it is
    expect(muscleAlong(0, 0, 0.2)).toBe(1);
    expect(muscleAlong(1, 0.1, 0)).toBe(1);
  });

  it('gives each vertex its angle round the rings, the striae and the given share', () => {
    const ring = 16;
    const mesh = spindle(ring);
    const share = Array.from({ length: 21 }, (_, r) => (r >= 14 ? 0 : 1));
    const f = loftFibres(mesh.positions, ring, share);
    expect(f.length).toBe((mesh.positions.length / 3) * 4);
    // vertex j of any ring: the angle round the ring
    expect(f[4 * (5 * ring + 4)]).toBeCloseTo(Math.cos(Math.PI / 2), 6);
    expect(f[4 * (5 * ring + 4) + 1]).toBeCloseTo(Math.sin(Math.PI / 2), 6);
    // striae round the widest ring ~ its perimeter / spacing
    const striae = Math.round(f[2]! * MAX_STRIAE);
    expect(striae).toBe(
      Math.min(MAX_STRIAE, Math.round((2 * 16 * 0.03 * Math.sin(Math.PI / 16)) / STRIA_SPACING)),
    );
    // belly muscle, tendon end tendon; the same narrow spindle with a fleshy end stays muscle
    expect(f[4 * (5 * ring) + 3]).toBeGreaterThan(0.99);
    expect(f[4 * (20 * ring) + 3]).toBeLessThan(0.05);
    const fleshy = loftFibres(
      mesh.positions,
      ring,
      share.map(() => 1),
    );
    expect(fleshy[4 * (20 * ring) + 3]).toBe(1);
  });

  it('refuses a mesh that is not a capped loft of that ring size, or shares that are not one a ring', () => {
    const mesh = spindle(16);
    expect(() => loftFibres(mesh.positions, 15, new Array<number>(21).fill(1))).toThrow();
    expect(() => loftFibres(mesh.positions, 16, new Array<number>(20).fill(1))).toThrow();
  });

  it('a limb muscle is tendon at a tendinous end and muscle at a fleshy one', () => {
    // rectus femoris: tendon to the patella; vastus intermedius: fleshy on the shaft above
    const rf = buildLimbBody(muscleSpec('rectus_femoris') as LimbSpec);
    expect(rf.muscle.length).toBe((rf.mesh.positions.length / 3 - 2) / rf.ring);
    expect(rf.muscle[rf.muscle.length - 1]).toBe(0);
    expect(Math.max(...rf.muscle)).toBe(1);
    const vi = buildLimbBody(muscleSpec('vastus_intermedius') as LimbSpec);
    expect(vi.muscle[0]).toBe(1);
    expect(vi.muscle[vi.muscle.length - 1]).toBe(0);
  });
});

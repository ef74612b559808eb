import { describe, expect, it } from 'vitest';
import { loftRings } from '../kernel/loft.ts';
import type { Vec3 } from '../types';
import { loftFibres, MAX_STRIAE, muscleShare, STRIA_SPACING } from './fibres';

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
  it('a small section that is a small fraction of the belly is tendon; the belly is muscle', () => {
    expect(muscleShare(0.3e-4, 30e-4)).toBeLessThan(0.01);
    expect(muscleShare(25e-4, 30e-4)).toBeGreaterThan(0.99);
    // small but not a fraction of its belly (a thin muscle such as gracilis): muscle
    expect(muscleShare(0.6e-4, 1e-4)).toBeGreaterThan(0.99);
  });

  it('gives each vertex its angle round the rings, the striae and the share, tendon at the narrow end', () => {
    const ring = 16;
    const mesh = spindle(ring);
    const f = loftFibres(mesh.positions, ring);
    expect(f.length).toBe((mesh.positions.length / 3) * 4);
    // vertex j of any ring: the angle round the ring
    expect(f[4 * (5 * ring + 4)]).toBeCloseTo(Math.cos(Math.PI / 2), 6);
    expect(f[4 * (5 * ring + 4) + 1]).toBeCloseTo(Math.sin(Math.PI / 2), 6);
    // striae round the widest ring ~ its perimeter / spacing
    const striae = Math.round(f[2]! * MAX_STRIAE);
    expect(striae).toBe(
      Math.min(MAX_STRIAE, Math.round((2 * 16 * 0.03 * Math.sin(Math.PI / 16)) / STRIA_SPACING)),
    );
    // belly muscle, narrow end tendon
    expect(f[4 * (5 * ring) + 3]).toBeGreaterThan(0.99);
    expect(f[4 * (20 * ring) + 3]).toBeLessThan(0.05);
  });

  it('refuses a mesh that is not a capped loft of that ring size', () => {
    const mesh = spindle(16);
    expect(() => loftFibres(mesh.positions, 15)).toThrow();
  });
});

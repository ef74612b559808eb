import { describe, expect, it } from 'vitest';
import { loftRings } from '../kernel/loft.ts';
import type { Vec3 } from '../types';
import { drape, pressUnder } from './drape';

const RING = 12;
/** A flat band along +Y: 4 cm wide (z), 4 mm thick (x), centred on x = 0. */
function band(): ReturnType<typeof loftRings> {
  const rings: Vec3[][] = [];
  for (let i = 0; i <= 10; i++)
    rings.push(
      Array.from({ length: RING }, (_, k): Vec3 => {
        const a = (2 * Math.PI * k) / RING;
        return [0.002 * Math.sin(a), i * 0.01, 0.02 * Math.cos(a)];
      }),
    );
  return loftRings(rings);
}
/**
 * A muscle: a round tube along +Y, radius 2 cm, its axis at x = −1.5 cm, so it reaches x = +5 mm (its rings
 * and vertices offset from the band's, so no ray runs exactly along an edge).
 */
function tube(): ReturnType<typeof loftRings> {
  const rings: Vec3[][] = [];
  for (let i = 0; i <= 12; i++)
    rings.push(
      Array.from({ length: 32 }, (_, k): Vec3 => {
        const a = (2 * Math.PI * (k + 0.37)) / 32;
        return [-0.015 + 0.02 * Math.cos(a), -0.0135 + i * 0.01, 0.02 * Math.sin(a)];
      }),
    );
  return loftRings(rings);
}
const X: Vec3 = [1, 0, 0];

describe('a band over a muscle', () => {
  it('is lifted out of the muscle along its thickness axis, keeping its thickness', () => {
    const b = band();
    const before = Float32Array.from(b.positions);
    expect(drape(b, RING, [tube()], X, 0.001)).toBeGreaterThan(0);
    const p = b.positions;
    for (let r = 0; r <= 10; r++) {
      const back = r * RING + (3 * RING) / 4;
      const front = r * RING + RING / 4;
      // still 4 mm thick, and its back clear of the tube (a 32-gon inside a 2 cm circle)
      expect(p[3 * front]! - p[3 * back]!).toBeCloseTo(before[3 * front]! - before[3 * back]!, 6);
      const z = p[3 * back + 2]!;
      expect(p[3 * back]!).toBeGreaterThan(-0.015 + Math.sqrt(0.02 ** 2 - z ** 2) * Math.cos(Math.PI / 32));
    }
  });

  it('presses in a muscle that reaches into it, and leaves one that does not', () => {
    const b = band();
    const m = tube();
    expect(pressUnder(m, b, RING, X, 0.003)).toBeGreaterThan(0);
    const p = m.positions;
    for (let i = 0; i < p.length / 3; i++) {
      const [x, y, z] = [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];
      // under the band's middle: behind its back face (x = −2 mm) by the margin; under its edges, behind it
      if (y > 0.002 && y < 0.098 && Math.abs(z) < 0.005) expect(x).toBeLessThan(-0.0045);
      if (y > 0.002 && y < 0.098 && Math.abs(z) < 0.018)
        expect(x).toBeLessThan(-0.002 * Math.sqrt(1 - (z / 0.02) ** 2));
    }
    const far = tube();
    for (let i = 0; i < far.positions.length; i += 3) far.positions[i] = far.positions[i]! - 0.01;
    expect(pressUnder(far, b, RING, X, 0.003)).toBe(0);
  });
});

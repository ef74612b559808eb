/**
 * Keeps soft tissue under the skin: vertices closer than `margin` to the skin surface (or outside it) are
 * moved inward along the skin field's gradient. The skin mesh is the field's level set simplified with
 * up to 4 mm error, so the margin is a few millimetres (subcutaneous fat is thicker than that anyway).
 */
import type { Sdf } from '../types';
import type { RawMesh } from '../kernel/mesh.ts';
import { gradient } from './pushout';

/** Mutates m.positions; returns how many vertices moved. */
export function keepInside(
  m: RawMesh,
  skin: Sdf,
  margin: number | ((p: [number, number, number]) => number),
  iterations = 4,
): number {
  const p = m.positions;
  let moved = 0;
  for (let i = 0; i < p.length / 3; i++) {
    for (let it = 0; it < iterations; it++) {
      const x = p[3 * i]!;
      const y = p[3 * i + 1]!;
      const z = p[3 * i + 2]!;
      const d = skin(x, y, z) + (typeof margin === 'number' ? margin : margin([x, y, z]));
      if (d <= 0) break;
      const g = gradient(skin, x, y, z);
      p[3 * i] = x - g[0] * d;
      p[3 * i + 1] = y - g[1] * d;
      p[3 * i + 2] = z - g[2] * d;
      if (it === 0) moved++;
    }
  }
  return moved;
}

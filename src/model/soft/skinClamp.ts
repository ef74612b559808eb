/**
 * Keeps soft tissue under the skin: vertices closer than `margin` to the skin surface (or outside it) are
 * moved inward along the skin field's gradient. The skin mesh is the field's level set simplified with
 * up to 4 mm error, so the margin is a few millimetres (subcutaneous fat is thicker than that anyway).
 */
import type { Sdf, Vec3 } from '../types';
import type { RawMesh } from '../kernel/mesh.ts';
import { keepUnder } from '../kernel/sdf.ts';

/** Mutates m.positions; returns how many vertices moved. */
export function keepInside(
  m: RawMesh,
  skin: Sdf,
  margin: number | ((p: Vec3) => number),
  iterations = 4,
): number {
  const p = m.positions;
  let moved = 0;
  for (let i = 0; i < p.length / 3; i++) {
    for (let it = 0; it < iterations; it++) {
      const q: Vec3 = [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];
      const under = keepUnder(skin, q, typeof margin === 'number' ? margin : margin(q));
      if (under === q) break;
      p.set(under, 3 * i);
      if (it === 0) moved++;
    }
  }
  return moved;
}

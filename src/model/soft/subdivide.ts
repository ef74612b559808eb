/**
 * One step of 1-to-4 midpoint subdivision applied to chosen triangles only (edge midpoints shared). The
 * result may have T-junctions next to split triangles, so it is only used for overlays (region patches),
 * never for a closed surface.
 */
import type { RawMesh } from '../kernel/mesh.ts';

export function subdivideSome(m: RawMesh, split: (a: number, b: number, c: number) => boolean): RawMesh {
  const pos = Array.from(m.positions);
  const mids = new Map<string, number>();
  const mid = (a: number, b: number): number => {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    let i = mids.get(key);
    if (i === undefined) {
      i = pos.length / 3;
      for (let k = 0; k < 3; k++) pos.push((pos[3 * a + k]! + pos[3 * b + k]!) / 2);
      mids.set(key, i);
    }
    return i;
  };
  const idx: number[] = [];
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = m.indices[t]!;
    const b = m.indices[t + 1]!;
    const c = m.indices[t + 2]!;
    if (!split(a, b, c)) {
      idx.push(a, b, c);
      continue;
    }
    const ab = mid(a, b);
    const bc = mid(b, c);
    const ca = mid(c, a);
    idx.push(a, ab, ca, ab, b, bc, ca, bc, c, ab, bc, ca);
  }
  return { positions: Float32Array.from(pos), indices: Uint32Array.from(idx) };
}

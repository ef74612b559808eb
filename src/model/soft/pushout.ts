/**
 * Push-out: move mesh vertices that sit inside (or closer than a margin to) a signed distance field out
 * along the field's gradient. Edge midpoints are checked too, because two pushed vertices can still leave
 * the face between them crossing a thin bone edge (measured in docs/MODEL.md).
 */
import type { Sdf, Vec3 } from '../types';
import type { RawMesh } from '../kernel/mesh.ts';
import { gradient } from '../kernel/sdf.ts';

export interface Box {
  min: Vec3;
  max: Vec3;
}

export function boundsOf(positions: Float32Array, pad = 0): Box {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const v = positions[i + k]!;
      if (v < min[k]!) min[k] = v;
      if (v > max[k]!) max[k] = v;
    }
  }
  return { min: [min[0] - pad, min[1] - pad, min[2] - pad], max: [max[0] + pad, max[1] + pad, max[2] + pad] };
}

function inBox(b: Box, x: number, y: number, z: number): boolean {
  return x >= b.min[0] && x <= b.max[0] && y >= b.min[1] && y <= b.max[1] && z >= b.min[2] && z <= b.max[2];
}

/**
 * Mutates m.positions so that sdf(vertex) ≥ margin and edge midpoints are not inside. `box` (optional)
 * skips vertices far from the field cheaply. Returns how many vertices moved.
 */
export function pushOut(m: RawMesh, sdf: Sdf, margin: number, box?: Box, iterations = 3): number {
  const p = m.positions;
  const moved = new Set<number>();
  const nudge = (i: number, g: Vec3, amount: number): void => {
    p[3 * i] = p[3 * i]! + g[0] * amount;
    p[3 * i + 1] = p[3 * i + 1]! + g[1] * amount;
    p[3 * i + 2] = p[3 * i + 2]! + g[2] * amount;
    moved.add(i);
  };
  for (let it = 0; it < iterations; it++) {
    let changed = false;
    for (let i = 0; i < p.length / 3; i++) {
      const x = p[3 * i]!;
      const y = p[3 * i + 1]!;
      const z = p[3 * i + 2]!;
      if (box && !inBox(box, x, y, z)) continue;
      const d = sdf(x, y, z);
      if (d < margin) {
        nudge(i, gradient(sdf, x, y, z), margin - d);
        changed = true;
      }
    }
    const idx = m.indices;
    for (let t = 0; t < idx.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = idx[t + e]!;
        const b = idx[t + ((e + 1) % 3)]!;
        if (a > b) continue; // each edge once (the mesh is closed, so the other triangle has b→a)
        const x = (p[3 * a]! + p[3 * b]!) / 2;
        const y = (p[3 * a + 1]! + p[3 * b + 1]!) / 2;
        const z = (p[3 * a + 2]! + p[3 * b + 2]!) / 2;
        if (box && !inBox(box, x, y, z)) continue;
        const d = sdf(x, y, z);
        if (d < 0) {
          const g = gradient(sdf, x, y, z);
          nudge(a, g, margin - d);
          nudge(b, g, margin - d);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return moved.size;
}

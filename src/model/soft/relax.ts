/**
 * Displacement smoothing after a push-out. Pushing each vertex along its own field gradient creases a
 * muscle where it wraps a neighbour (adjacent vertices land on different sides of a thin edge). Averaging
 * the displacements over the mesh's vertex neighbours spreads each push into a smooth bend, the way a
 * muscle drapes over another; the caller pushes out again afterwards so the clearances still hold.
 */
import type { RawMesh } from '../kernel/mesh.ts';

/** Vertex neighbour lists from the triangle indices (each undirected edge once per side). */
function neighbours(m: RawMesh): number[][] {
  const n = m.positions.length / 3;
  const out: number[][] = Array.from({ length: n }, () => []);
  const idx = m.indices;
  for (let t = 0; t < idx.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = idx[t + e]!;
      const b = idx[t + ((e + 1) % 3)]!;
      if (!out[a]!.includes(b)) out[a]!.push(b);
      if (!out[b]!.includes(a)) out[b]!.push(a);
    }
  }
  return out;
}

/**
 * Replaces the displacement (m.positions − before) of every vertex by a blend of its own and its
 * neighbours' mean, `iterations` times. Vertices no push touched, with unmoved neighbours, stay put.
 */
export function smoothDisplacement(m: RawMesh, before: Float32Array, iterations = 4, keep = 0.4): void {
  const p = m.positions;
  const nb = neighbours(m);
  let d = new Float32Array(p.length);
  for (let i = 0; i < p.length; i++) d[i] = p[i]! - before[i]!;
  for (let it = 0; it < iterations; it++) {
    const next = new Float32Array(d.length);
    for (let v = 0; v < nb.length; v++) {
      const list = nb[v]!;
      for (let k = 0; k < 3; k++) {
        let s = 0;
        for (const w of list) s += d[3 * w + k]!;
        const mean = list.length ? s / list.length : d[3 * v + k]!;
        next[3 * v + k] = keep * d[3 * v + k]! + (1 - keep) * mean;
      }
    }
    d = next;
  }
  for (let i = 0; i < p.length; i++) p[i] = before[i]! + d[i]!;
}

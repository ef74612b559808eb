/** Small pure operations on indexed triangle meshes. */
import type { MeshData, MeshKind } from '../types.ts';

/** Drop unused vertices, renumbering in order of first use (deterministic). */
export function compact(
  positions: Float32Array,
  indices: Uint32Array,
): { positions: Float32Array; indices: Uint32Array } {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  const out = new Uint32Array(indices.length);
  let n = 0;
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i] as number;
    if (remap[v] === -1) remap[v] = n++;
    out[i] = remap[v] as number;
  }
  const pos = new Float32Array(n * 3);
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v] as number;
    if (r >= 0) pos.set(positions.subarray(v * 3, v * 3 + 3), r * 3);
  }
  return { positions: pos, indices: out };
}

/** Mirror a left-side mesh to the right side (x -> -x) and flip the winding to keep normals outward. */
export function mirrorMesh(m: MeshData, name: string): MeshData {
  const positions = new Float32Array(m.positions);
  for (let i = 0; i < positions.length; i += 3) positions[i] = -(positions[i] as number);
  const indices = new Uint32Array(m.indices.length);
  for (let i = 0; i < indices.length; i += 3) {
    indices[i] = m.indices[i] as number;
    indices[i + 1] = m.indices[i + 2] as number;
    indices[i + 2] = m.indices[i + 1] as number;
  }
  if (!m.normals) return { name, kind: m.kind, positions, indices };
  const normals = new Float32Array(m.normals);
  for (let i = 0; i < normals.length; i += 3) normals[i] = -(normals[i] as number);
  return { name, kind: m.kind, positions, indices, normals };
}

/** Concatenate meshes into one (normals kept only when every part has them). */
export function mergeMeshes(name: string, kind: MeshKind, parts: readonly MeshData[]): MeshData {
  const nv = parts.reduce((a, p) => a + p.positions.length, 0);
  const ni = parts.reduce((a, p) => a + p.indices.length, 0);
  const positions = new Float32Array(nv);
  const indices = new Uint32Array(ni);
  let ov = 0;
  let oi = 0;
  for (const p of parts) {
    positions.set(p.positions, ov);
    for (let i = 0; i < p.indices.length; i++) indices[oi + i] = (p.indices[i] as number) + ov / 3;
    ov += p.positions.length;
    oi += p.indices.length;
  }
  if (!parts.every((p) => p.normals)) return { name, kind, positions, indices };
  const normals = new Float32Array(nv);
  let on = 0;
  for (const p of parts) {
    normals.set(p.normals as Float32Array, on);
    on += p.positions.length;
  }
  return { name, kind, positions, indices, normals };
}

/** Signed volume (positive when the triangles wind counter-clockwise seen from outside). */
export function signedVolume(m: Pick<MeshData, 'positions' | 'indices'>): number {
  const p = m.positions;
  let v = 0;
  for (let i = 0; i < m.indices.length; i += 3) {
    const a = (m.indices[i] as number) * 3;
    const b = (m.indices[i + 1] as number) * 3;
    const c = (m.indices[i + 2] as number) * 3;
    const ax = p[a] as number,
      ay = p[a + 1] as number,
      az = p[a + 2] as number;
    const bx = p[b] as number,
      by = p[b + 1] as number,
      bz = p[b + 2] as number;
    const cx = p[c] as number,
      cy = p[c + 1] as number,
      cz = p[c + 2] as number;
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
}

/** Number of edges not shared by exactly two triangles (0 for a closed 2-manifold). */
export function openEdgeCount(indices: Uint32Array): number {
  const count = new Map<string, number>();
  for (let i = 0; i < indices.length; i += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[i + e] as number;
      const b = indices[i + ((e + 1) % 3)] as number;
      const key = a < b ? `${a},${b}` : `${b},${a}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  }
  let bad = 0;
  for (const c of count.values()) if (c !== 2) bad++;
  return bad;
}

export const triangleCount = (m: Pick<MeshData, 'indices'>): number => m.indices.length / 3;

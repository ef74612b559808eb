/** Mesh bookkeeping: assembling, orienting, mirroring and checking closed triangle meshes. */
import type { MeshData, MeshKind, Vec3 } from '../types';

export interface RawMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

export function vertex(m: RawMesh, i: number): Vec3 {
  return [m.positions[3 * i]!, m.positions[3 * i + 1]!, m.positions[3 * i + 2]!];
}

/** Signed volume (divergence theorem); positive when the triangles wind counter-clockwise seen from outside. */
export function signedVolume(m: RawMesh): number {
  const p = m.positions;
  let v = 0;
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = 3 * m.indices[t]!;
    const b = 3 * m.indices[t + 1]!;
    const c = 3 * m.indices[t + 2]!;
    v +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return v / 6;
}

export function flipWinding(indices: Uint32Array): Uint32Array {
  const out = new Uint32Array(indices.length);
  for (let t = 0; t < indices.length; t += 3) {
    out[t] = indices[t]!;
    out[t + 1] = indices[t + 2]!;
    out[t + 2] = indices[t + 1]!;
  }
  return out;
}

/** Flip the winding if needed so the enclosed volume is positive (normals outward). */
export function orientOutward(m: RawMesh): RawMesh {
  return signedVolume(m) < 0 ? { positions: m.positions, indices: flipWinding(m.indices) } : m;
}

/** Right-side copy: x -> -x, winding flipped so normals stay outward. */
export function mirrorX(m: RawMesh): RawMesh {
  const positions = new Float32Array(m.positions);
  for (let i = 0; i < positions.length; i += 3) positions[i] = -positions[i]!;
  return { positions, indices: flipWinding(m.indices) };
}

export function fromArrays(points: readonly Vec3[], tris: readonly number[]): RawMesh {
  const positions = new Float32Array(points.length * 3);
  points.forEach((p, i) => positions.set(p, 3 * i));
  return { positions, indices: Uint32Array.from(tris) };
}

export function merge(parts: readonly RawMesh[]): RawMesh {
  const nv = parts.reduce((s, m) => s + m.positions.length, 0);
  const ni = parts.reduce((s, m) => s + m.indices.length, 0);
  const positions = new Float32Array(nv);
  const indices = new Uint32Array(ni);
  let vo = 0;
  let io = 0;
  for (const m of parts) {
    positions.set(m.positions, vo);
    for (let k = 0; k < m.indices.length; k++) indices[io + k] = m.indices[k]! + vo / 3;
    vo += m.positions.length;
    io += m.indices.length;
  }
  return { positions, indices };
}

/** Number of edges not shared by exactly two triangles with opposite directions (0 for a closed, oriented mesh). */
export function badEdgeCount(m: RawMesh): number {
  const count = new Map<string, number>();
  for (let t = 0; t < m.indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = m.indices[t + e]!;
      const b = m.indices[t + ((e + 1) % 3)]!;
      const key = a < b ? `${a},${b}` : `${b},${a}`;
      count.set(key, (count.get(key) ?? 0) + (a < b ? 1 : 1000));
    }
  }
  let bad = 0;
  for (const c of count.values()) if (c !== 1001) bad++;
  return bad;
}

/** Smallest triangle area in the mesh (m²). */
export function minTriangleArea(m: RawMesh): number {
  let min = Infinity;
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = vertex(m, m.indices[t]!);
    const b = vertex(m, m.indices[t + 1]!);
    const c = vertex(m, m.indices[t + 2]!);
    const u: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const v: Vec3 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    const area =
      0.5 * Math.hypot(u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]);
    if (area < min) min = area;
  }
  return min;
}

export function toMeshData(name: string, kind: MeshKind, m: RawMesh): MeshData {
  return { name, kind, positions: m.positions, indices: m.indices };
}

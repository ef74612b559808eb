/**
 * Operations on indexed triangle meshes for all of src/model: assembling, mirroring, orienting, vertex
 * normals, volume (divergence theorem) and the checks the tests use (closed, oriented, no slivers).
 */
import type { MeshData, MeshKind, RawMesh, Vec3 } from '../types.ts';
export type { RawMesh } from '../types.ts';

export function vertex(m: RawMesh, i: number): Vec3 {
  return [m.positions[3 * i]!, m.positions[3 * i + 1]!, m.positions[3 * i + 2]!];
}

/** Every vertex as a point. */
export function vertexList(m: RawMesh): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < m.positions.length; i += 3)
    out.push([m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!]);
  return out;
}

/** Where one triangle's boundary crosses level 0: from where it enters the positive side to where it leaves. */
export interface LevelSegment {
  readonly triangle: number;
  readonly enter: Vec3;
  readonly leave: Vec3;
}

/**
 * The segments where a triangle mesh (its vertices given as `points`, in any frame) crosses level 0 of
 * `level`, one per crossing triangle. Each runs from where the triangle's boundary, in winding order, enters
 * the positive side to where it leaves it, so on a closed mesh cut by a plane the positive side lies on the
 * same hand of every segment and the shoelace sum of a section's segments is its area. A crossing point is
 * interpolated from the edge's first vertex in winding order; a vertex at level 0 counts as positive.
 */
export function levelSegments(
  points: readonly Vec3[],
  indices: ArrayLike<number>,
  level: (p: Vec3) => number,
): LevelSegment[] {
  const d = points.map(level);
  const out: LevelSegment[] = [];
  for (let t = 0; t < indices.length; t += 3) {
    let enter: Vec3 | null = null;
    let leave: Vec3 | null = null;
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e]!;
      const b = indices[t + ((e + 1) % 3)]!;
      const [da, db] = [d[a]!, d[b]!];
      if (da < 0 === db < 0) continue;
      const k = da / (da - db);
      const [pa, pb] = [points[a]!, points[b]!];
      const q: Vec3 = [pa[0] + (pb[0] - pa[0]) * k, pa[1] + (pb[1] - pa[1]) * k, pa[2] + (pb[2] - pa[2]) * k];
      if (da < 0) enter = q;
      else leave = q;
    }
    if (enter && leave) out.push({ triangle: t / 3, enter, leave });
  }
  return out;
}

/** The signed distance of a point from the plane through p with unit normal n. */
export const planeLevel =
  (p: Vec3, n: Vec3) =>
  (q: Vec3): number =>
    (q[0] - p[0]) * n[0] + (q[1] - p[1]) * n[1] + (q[2] - p[2]) * n[2];

/** Where the mesh's edges cross the plane through p with unit normal n, within `r` of p (each edge per triangle). */
export function planeSection(m: RawMesh, p: Vec3, n: Vec3, r = Infinity): Vec3[] {
  return levelSegments(vertexList(m), m.indices, planeLevel(p, n))
    .flatMap((s) => [s.enter, s.leave])
    .filter((q) => Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]) < r);
}

export function fromArrays(points: readonly Vec3[], tris: readonly number[]): RawMesh {
  const positions = new Float32Array(points.length * 3);
  points.forEach((p, i) => positions.set(p, 3 * i));
  return { positions, indices: Uint32Array.from(tris) };
}

/** Per-vertex extras a mesh may carry: normals (3 per vertex), muscle fibres (4 per vertex). */
type Extras = { normals?: Float32Array; fibre?: Float32Array; region?: Uint8Array };

export function toMeshData(name: string, kind: MeshKind, m: RawMesh & Extras): MeshData {
  return {
    name,
    kind,
    positions: m.positions,
    indices: m.indices,
    ...(m.normals ? { normals: m.normals } : {}),
    ...(m.fibre ? { fibre: m.fibre } : {}),
    ...(m.region ? { region: m.region } : {}),
  };
}

/** Drop unused vertices, renumbering in order of first use (deterministic). */
export function compact(positions: Float32Array, indices: Uint32Array): RawMesh {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  const out = new Uint32Array(indices.length);
  let n = 0;
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i]!;
    if (remap[v] === -1) remap[v] = n++;
    out[i] = remap[v]!;
  }
  const pos = new Float32Array(n * 3);
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v]!;
    if (r >= 0) pos.set(positions.subarray(v * 3, v * 3 + 3), r * 3);
  }
  return { positions: pos, indices: out };
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

/** Right-side copy of a left-side mesh: x -> -x (normals too), winding flipped so normals stay outward. */
export function mirrored<T extends RawMesh & Extras>(m: T): RawMesh & Extras {
  const positions = new Float32Array(m.positions);
  for (let i = 0; i < positions.length; i += 3) positions[i] = -positions[i]!;
  const indices = flipWinding(m.indices);
  const out: RawMesh & Extras = { positions, indices };
  if (m.normals) {
    out.normals = new Float32Array(m.normals);
    for (let i = 0; i < out.normals.length; i += 3) out.normals[i] = -out.normals[i]!;
  }
  // fibres (angle round the rings, striae, share) are the same on the mirror image
  if (m.fibre) out.fibre = m.fibre;
  return out;
}

/** The right-side node of a left-side mesh. */
export const mirrorMesh = (m: MeshData, name: string): MeshData => toMeshData(name, m.kind, mirrored(m));

/** Concatenate meshes into one (normals and fibres kept only when every part has them). */
export function merge(parts: readonly (RawMesh & Extras)[]): RawMesh & Extras {
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
  const out: RawMesh & Extras = { positions, indices };
  if (parts.every((p) => p.normals)) out.normals = concat(parts.map((p) => p.normals!));
  if (parts.every((p) => p.fibre)) out.fibre = concat(parts.map((p) => p.fibre!));
  return out;
}

function concat(arrays: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(arrays.reduce((s, a) => s + a.length, 0));
  let o = 0;
  for (const a of arrays) {
    out.set(a, o);
    o += a.length;
  }
  return out;
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

/** Flip the winding if needed so the enclosed volume is positive (normals outward). */
export function orientOutward(m: RawMesh): RawMesh {
  return signedVolume(m) < 0 ? { positions: m.positions, indices: flipWinding(m.indices) } : m;
}

/** Number of edges not shared by exactly two triangles with opposite directions (0 for a closed, oriented mesh). */
export function badEdgeCount(m: Pick<RawMesh, 'indices'>): number {
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

export const triangleCount = (m: Pick<RawMesh, 'indices'>): number => m.indices.length / 3;

/** Smooth vertex normals: area-weighted sum of face normals, normalised (deterministic order). */
export function vertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array<ArrayBuffer> {
  const n = new Float64Array(positions.length);
  const p = positions;
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i]! * 3;
    const b = indices[i + 1]! * 3;
    const c = indices[i + 2]! * 3;
    const ux = p[b]! - p[a]!;
    const uy = p[b + 1]! - p[a + 1]!;
    const uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!;
    const vy = p[c + 1]! - p[a + 1]!;
    const vz = p[c + 2]! - p[a + 2]!;
    const fx = uy * vz - uz * vy;
    const fy = uz * vx - ux * vz;
    const fz = ux * vy - uy * vx;
    for (const v of [a, b, c]) {
      n[v] = n[v]! + fx;
      n[v + 1] = n[v + 1]! + fy;
      n[v + 2] = n[v + 2]! + fz;
    }
  }
  const out = new Float32Array(positions.length);
  for (let v = 0; v < n.length; v += 3) {
    const l = Math.hypot(n[v]!, n[v + 1]!, n[v + 2]!) || 1;
    out[v] = n[v]! / l;
    out[v + 1] = n[v + 1]! / l;
    out[v + 2] = n[v + 2]! / l;
  }
  return out;
}

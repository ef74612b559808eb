/**
 * Turn a signed distance field into closed, simplified triangle meshes: manifold-3d's `Manifold.levelSet`
 * (its callback is positive inside, so the field is negated), split into its closed pieces, each
 * simplified to its share of the triangle budget (see simplifyPiece).
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { Manifold } from 'manifold-3d';
import type { MeshData, MeshKind, RawMesh, Sdf, Vec3 } from '../types.ts';
import { loadKernels } from './manifold.ts';
import { badEdgeCount, compact, merge, minTriangleArea } from './mesh.ts';

/** Triangles smaller than this (m², 1e-4 mm²) count as slivers. */
const MIN_AREA = 1e-10;
import { narrowBand } from './narrowBand.ts';

export interface FieldMeshOptions {
  readonly bounds: { readonly min: Vec3; readonly max: Vec3 };
  /** Grid edge length, metres. */
  readonly edge: number;
  /** Triangle budget after simplification. */
  readonly maxTriangles: number;
}

/** Simplification tolerances tried in turn (metres); the first that meets the budget wins. */
const TOLERANCES = [
  0.0001, 0.00015, 0.0002, 0.00025, 0.0003, 0.00035, 0.0004, 0.00045, 0.0005, 0.0006, 0.0007, 0.0008, 0.0009,
  0.001, 0.0012, 0.0014, 0.0017, 0.002, 0.0025, 0.003, 0.004, 0.005, 0.007,
];

export async function meshField(
  name: string,
  kind: MeshKind,
  sdf: Sdf,
  o: FieldMeshOptions,
): Promise<MeshData> {
  const wasm = await loadKernels();
  await MeshoptSimplifier.ready;
  const fast = narrowBand(sdf, o.bounds, Math.max(0.005, o.edge * 2.5), o.edge * 2);
  const full = wasm.Manifold.levelSet(
    (p) => -fast(p[0], p[1], p[2]),
    { min: [...o.bounds.min], max: [...o.bounds.max] },
    o.edge,
    0,
  );
  // Each closed piece (a tarsal bone, a phalanx) is simplified on its own, with a share of the budget in
  // proportion to its size, so the simplifier never welds two pieces together.
  const total = full.numTri();
  const parts = full.decompose().map((piece) => {
    const budget = Math.max(80, Math.floor((o.maxTriangles * piece.numTri()) / total));
    const m = simplifyPiece(piece, budget);
    piece.delete();
    return m;
  });
  full.delete();
  const c = merge(parts);
  const normals = fieldNormals(sdf, c.positions);
  smoothNormals(c.indices, normals, NORMAL_SMOOTHING);
  return { name, kind, positions: c.positions, indices: c.indices, normals };
}

function rawMesh(m: Manifold): RawMesh {
  const mesh = m.getMesh();
  const np = mesh.numProp;
  const positions = new Float32Array((mesh.vertProperties.length / np) * 3);
  for (let v = 0, n = positions.length / 3; v < n; v++) {
    positions[v * 3] = mesh.vertProperties[v * np]!;
    positions[v * 3 + 1] = mesh.vertProperties[v * np + 1]!;
    positions[v * 3 + 2] = mesh.vertProperties[v * np + 2]!;
  }
  return compact(positions, new Uint32Array(mesh.triVerts));
}

/**
 * A closed piece down to `budget` triangles. Quadric simplification (meshoptimizer) keeps the shape best
 * (rounded shafts stay round); where it would pinch a thin plate (iliac wing, sacral ala) into a
 * non-manifold edge, the same from manifold-3d's lightly simplified piece, and only where that pinches too,
 * manifold-3d's own simplifier, which always keeps the piece closed, with the smallest tolerance that meets
 * the budget (its count is not monotonic in the tolerance).
 */
function simplifyPiece(piece: Manifold, budget: number): RawMesh {
  const raw = rawMesh(piece);
  if (raw.indices.length / 3 <= budget) return raw;
  const direct = quadricSimplify(raw, budget);
  if (direct) return direct;
  // the quadric simplifier again, from manifold-3d's lightly simplified piece, whose different edges take
  // another collapse order
  for (const tol of TOLERANCES.slice(0, 3)) {
    const lighter = piece.simplify(tol);
    const m = quadricSimplify(rawMesh(lighter), budget);
    lighter.delete();
    if (m) return m;
  }
  let best = piece;
  for (const tol of TOLERANCES) {
    if (best.numTri() <= budget) break;
    if (best !== piece) best.delete();
    best = piece.simplify(tol);
  }
  const out = rawMesh(best);
  if (best !== piece) best.delete();
  return out;
}

/**
 * Quadric simplification to `budget` triangles, or null where every target tried pinches the piece (a
 * non-manifold edge) or leaves a sliver: a slightly different target count avoids the rare collapse that
 * does.
 */
function quadricSimplify(raw: RawMesh, budget: number): RawMesh | null {
  for (const k of [1, 0.99, 0.98, 0.97]) {
    const target = Math.floor(budget * k) * 3;
    const [idx] = MeshoptSimplifier.simplify(raw.indices, raw.positions, 3, target, 0.01, ['ErrorAbsolute']);
    const quadric = compact(raw.positions, idx);
    if (idx.length > 0 && badEdgeCount(quadric) === 0 && minTriangleArea(quadric) > MIN_AREA) return quadric;
  }
  return null;
}

/** Passes of neighbour averaging applied to the field normals (see smoothNormals). */
const NORMAL_SMOOTHING = 3;

/**
 * Averages each unit normal with its mesh neighbours' (`passes` times, in place). Plates built from
 * planar pieces (the iliac wing and sacral lateral masses are fans of thick triangles) have shallow
 * ridges where the pieces are blended; a little smoothing over the coarse simplified mesh shades them as
 * one curved surface without moving any vertex.
 */
export function smoothNormals(indices: Uint32Array, normals: Float32Array, passes: number): void {
  for (let pass = 0; pass < passes; pass++) {
    const acc = Float64Array.from(normals);
    for (let t = 0; t < indices.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = 3 * (indices[t + e] as number);
        const b = 3 * (indices[t + ((e + 1) % 3)] as number);
        for (let k = 0; k < 3; k++) {
          acc[a + k] = (acc[a + k] as number) + (normals[b + k] as number);
          acc[b + k] = (acc[b + k] as number) + (normals[a + k] as number);
        }
      }
    }
    for (let v = 0; v < normals.length; v += 3) {
      const l = Math.hypot(acc[v] as number, acc[v + 1] as number, acc[v + 2] as number) || 1;
      normals[v] = (acc[v] as number) / l;
      normals[v + 1] = (acc[v + 1] as number) / l;
      normals[v + 2] = (acc[v + 2] as number) / l;
    }
  }
}

/**
 * Vertex normals from the field's gradient (central differences, 0.3 mm step). The simplified mesh has
 * large, irregular triangles on gently curved plates (iliac fossa, sacrum); averaging their face normals
 * shades them as facets, while the field's gradient is the true surface normal and varies smoothly.
 * Falls back to +Y only where the gradient vanishes (never on a surface of a well-formed field).
 */
export function fieldNormals(sdf: Sdf, positions: Float32Array): Float32Array {
  const h = 0.0003;
  const out = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i] as number;
    const y = positions[i + 1] as number;
    const z = positions[i + 2] as number;
    const gx = sdf(x + h, y, z) - sdf(x - h, y, z);
    const gy = sdf(x, y + h, z) - sdf(x, y - h, z);
    const gz = sdf(x, y, z + h) - sdf(x, y, z - h);
    const l = Math.hypot(gx, gy, gz);
    if (l > 1e-12) {
      out[i] = gx / l;
      out[i + 1] = gy / l;
      out[i + 2] = gz / l;
    } else out[i + 1] = 1;
  }
  return out;
}

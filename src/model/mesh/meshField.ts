/**
 * Turn a signed distance field into a closed, simplified triangle mesh with manifold-3d:
 * `Manifold.levelSet` (its callback is positive inside, so the field is negated), then
 * `Manifold.simplify` with the smallest tolerance that meets the triangle budget. Manifold's own
 * simplifier keeps the mesh a closed 2-manifold (meshoptimizer's can pinch thin plates such as
 * the iliac wing into non-manifold edges); meshoptimizer only as a fallback for thin shells.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { MeshData, MeshKind, Sdf, Vec3 } from '../types.ts';
import { loadKernels } from './geometryKernel.ts';
import { compact } from './meshOps.ts';
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
  0.0001, 0.0002, 0.0003, 0.0004, 0.0005, 0.0007, 0.001, 0.0013, 0.0017, 0.0022, 0.003, 0.004, 0.005, 0.007,
];

export async function meshField(
  name: string,
  kind: MeshKind,
  sdf: Sdf,
  o: FieldMeshOptions,
): Promise<MeshData> {
  const wasm = await loadKernels();
  const fast = narrowBand(sdf, o.bounds, Math.max(0.005, o.edge * 2.5), o.edge * 2);
  const full = wasm.Manifold.levelSet(
    (p) => -fast(p[0], p[1], p[2]),
    { min: [...o.bounds.min], max: [...o.bounds.max] },
    o.edge,
    0,
  );
  let best = full;
  for (const tol of TOLERANCES) {
    if (best.numTri() <= o.maxTriangles) break;
    if (best !== full) best.delete();
    best = full.simplify(tol);
  }
  const mesh = best.getMesh();
  if (best !== full) best.delete();
  full.delete();
  const np = mesh.numProp;
  const raw = new Float32Array((mesh.vertProperties.length / np) * 3);
  for (let v = 0, n = raw.length / 3; v < n; v++) {
    raw[v * 3] = mesh.vertProperties[v * np] as number;
    raw[v * 3 + 1] = mesh.vertProperties[v * np + 1] as number;
    raw[v * 3 + 2] = mesh.vertProperties[v * np + 2] as number;
  }
  let indices: Uint32Array = new Uint32Array(mesh.triVerts);
  if (indices.length / 3 > o.maxTriangles) {
    // Thin shells resist manifold's simplifier; meshoptimizer always meets the budget (it may
    // pinch thin parts, so bone tests check that bones stay closed).
    await MeshoptSimplifier.ready;
    [indices] = MeshoptSimplifier.simplify(indices, raw, 3, o.maxTriangles * 3, 0.01, ['ErrorAbsolute']);
  }
  const c = compact(raw, indices);
  return { name, kind, positions: c.positions, indices: c.indices };
}

/**
 * A muscle's cross-section square to the foot's long axis (the plane u = const of landmarks.ts' foot frame),
 * as ultrasound and MRI studies of the sole measure it: the area inside the closed mesh, its pieces (the
 * fused slips of flexor digitorum brevis) united, by scanlines across the plane (even-odd within a piece).
 */
import type { RawMesh, Vec3 } from '../types';
import { FOOT_LENGTH, footCoords } from '../landmarks';
import { levelSegments, vertexList } from '../kernel/mesh';

/** Scanline spacing, metres: 0.1 mm, well under the sections' few-millimetre sizes. */
const STEP = 1e-4;

/** Closed pieces of a mesh: triangles joined through shared vertices. */
export function pieces(mesh: RawMesh): Int32Array {
  const n = mesh.positions.length / 3;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const ix = mesh.indices;
  for (let t = 0; t < ix.length; t += 3) {
    const a = find(ix[t]!);
    parent[find(ix[t + 1]!)] = a;
    parent[find(ix[t + 2]!)] = a;
  }
  return Int32Array.from({ length: n }, (_, i) => find(i));
}

export interface FootSection {
  /** Area in cm² (on a 27 cm foot scaled to the model's). */
  readonly areaCm2: number;
  /** Extent up (v) and across (w) the foot, mm. */
  readonly heightMm: number;
  readonly widthMm: number;
}

/** A mesh's vertices in the foot frame (u forward, v up, w lateral). */
export const footPoints = (mesh: RawMesh): Vec3[] => vertexList(mesh).map(footCoords);

/** The section of `mesh` (left foot) by the plane u = `u` of the foot frame (metres on a 27 cm foot). */
export function footSection(mesh: RawMesh, u: number): FootSection {
  const k = FOOT_LENGTH / 0.27;
  const piece = pieces(mesh);
  // segments of the plane's cut, per piece: [v0, w0, v1, w1]
  const cuts = new Map<number, number[][]>();
  for (const { triangle, enter, leave } of levelSegments(footPoints(mesh), mesh.indices, (p) => p[0] - u)) {
    const key = piece[mesh.indices[3 * triangle]!]!;
    if (!cuts.has(key)) cuts.set(key, []);
    cuts.get(key)!.push([enter[1], enter[2], leave[1], leave[2]]);
  }
  let lo = Infinity;
  let hi = -Infinity;
  let wlo = Infinity;
  let whi = -Infinity;
  for (const segs of cuts.values())
    for (const [v0, w0, v1, w1] of segs) {
      lo = Math.min(lo, v0!, v1!);
      hi = Math.max(hi, v0!, v1!);
      wlo = Math.min(wlo, w0!, w1!);
      whi = Math.max(whi, w0!, w1!);
    }
  let area = 0;
  for (let v = lo + STEP / 2; v < hi; v += STEP) {
    // each piece's inside along this line (even-odd), then their union
    const spans: [number, number][] = [];
    for (const segs of cuts.values()) {
      const xs: number[] = [];
      for (const [v0, w0, v1, w1] of segs)
        if (v0! < v !== v1! < v) xs.push(w0! + ((w1! - w0!) * (v - v0!)) / (v1! - v0!));
      xs.sort((a, b) => a - b);
      for (let i = 0; i + 1 < xs.length; i += 2) spans.push([xs[i]!, xs[i + 1]!]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    let end = -Infinity;
    for (const [a, b] of spans) {
      if (b <= end) continue;
      area += (b - Math.max(a, end)) * STEP;
      end = b;
    }
  }
  return {
    areaCm2: area * k * k * 1e4,
    heightMm: Number.isFinite(hi) ? (hi - lo) * k * 1e3 : 0,
    widthMm: Number.isFinite(whi) ? (whi - wlo) * k * 1e3 : 0,
  };
}

/** The largest section between u0 and u1 (every 2 mm) and where it lies. */
export function largestFootSection(mesh: RawMesh, u0: number, u1: number): FootSection & { u: number } {
  let best = { areaCm2: 0, heightMm: 0, widthMm: 0, u: u0 };
  for (let u = u0; u <= u1 + 1e-9; u += 0.002) {
    const s = footSection(mesh, u);
    if (s.areaCm2 > best.areaCm2) best = { ...s, u };
  }
  return best;
}

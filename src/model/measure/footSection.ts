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

/** A point of a section in its plane: across the foot (w) and up toward the dorsum, metres. */
export type PlanePoint = readonly [across: number, up: number];

/**
 * The section of a mesh (left foot) by the plane through `o` (foot frame) square to `n` (a unit direction in
 * the foot's sagittal plane: u, v): its cut segments in the plane, w across and up toward the dorsum (w x n),
 * from o, each from where its triangle enters the far side to where it leaves it (levelSegments), of those
 * whose middles `keep`.
 */
export function footCut(
  mesh: RawMesh,
  o: Vec3,
  n: readonly [number, number],
  keep: (across: number, up: number) => boolean = () => true,
): [PlanePoint, PlanePoint][] {
  const inPlane = (q: Vec3): PlanePoint => [q[2] - o[2], -(q[0] - o[0]) * n[1] + (q[1] - o[1]) * n[0]];
  const level = (q: Vec3): number => (q[0] - o[0]) * n[0] + (q[1] - o[1]) * n[1];
  return levelSegments(footPoints(mesh), mesh.indices, level)
    .map(({ enter, leave }): [PlanePoint, PlanePoint] => [inPlane(enter), inPlane(leave)])
    .filter(([a, b]) => keep((a[0] + b[0]) / 2, (a[1] + b[1]) / 2));
}

/** The middle of a section's outline: half-way between its extremes across and up. */
export function outlineMiddle(points: readonly PlanePoint[]): { across: number; up: number } {
  const mid = (k: 0 | 1): number =>
    (Math.max(...points.map((q) => q[k])) + Math.min(...points.map((q) => q[k]))) / 2;
  return { across: mid(0), up: mid(1) };
}

/**
 * A band's section size: its extent along its broad axis (the principal axis of the outline's points, so a
 * band lying tilted on what it drapes over is measured along itself) and across it, metres.
 */
export function bandExtent(points: readonly PlanePoint[]): { broad: number; thick: number } {
  const cx = points.reduce((sum, q) => sum + q[0], 0) / points.length;
  const cy = points.reduce((sum, q) => sum + q[1], 0) / points.length;
  let [sxx, sxy, syy] = [0, 0, 0];
  for (const [x, y] of points)
    [sxx, sxy, syy] = [sxx + (x - cx) ** 2, sxy + (x - cx) * (y - cy), syy + (y - cy) ** 2];
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
  const extent = (fx: number, fy: number): number => {
    const v = points.map(([x, y]) => x * fx + y * fy);
    return Math.max(...v) - Math.min(...v);
  };
  return { broad: extent(ux, uy), thick: extent(-uy, ux) };
}

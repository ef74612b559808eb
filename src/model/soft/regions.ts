/**
 * Pain regions: patches of the skin, left side, each defined by a smooth weight over the skin (height
 * bands from the shared landmarks, the way the skin faces, distance from the midline). A patch is the part
 * of the skin where its weight is positive and every earlier zone's weight is not, so regions never
 * overlap; triangles are clipped along the zero line of the (linearly interpolated) weight, which gives a
 * clean, smooth border instead of a staircase of whole triangles. Offset 3 mm outward along the skin
 * normal so they can glow without z-fighting.
 */
import type { RegionId } from '../../content/ids';
import type { Vec3 } from '../types';
import { L } from '../landmarks';
import { type RawMesh, vertexNormals } from '../kernel/mesh.ts';
import { subdivideSome } from './subdivide';

/** Weight > 0 inside the zone; roughly metres from its border (facing terms scaled by FACING). */
type Weight = (c: Vec3, n: Vec3) => number;

interface Zone {
  id: RegionId;
  w: Weight;
}

/** 0.1 unit of facing (normal component) counts as 1 cm of distance. */
const FACING = 0.1;

const KNEE_TOP = L('patella_centre')[1] + 0.05; // ~5 cm above mid-patella
const KNEE_BOTTOM = L('tibial_tuberosity')[1] - 0.01;
const THIGH_TOP = L('ischial_tuberosity')[1] - 0.01; // gluteal fold level
const HIP_TOP = L('iliac_crest_top')[1] - 0.02;
const SI_TOP = L('psis')[1] + 0.035;
const WAIST = 1.25;
const CALF_BOTTOM = 0.16;
const GT = L('greater_trochanter')[1];

const band = (y: number, lo: number, hi: number): number => Math.min(y - lo, hi - y);
const back = (n: Vec3, k = 0.45): number => (-n[2] - k) * FACING;
const front = (n: Vec3, k = 0.45): number => (n[2] - k) * FACING;
const lateral = (n: Vec3, k = 0.55): number => (n[0] - k) * FACING;
const medial = (n: Vec3, k = 0.55): number => (-n[0] - k) * FACING;
const all = (...w: number[]): number => Math.min(...w);

/** Zones in priority order (left side: x > 0). */
export const ZONES: readonly Zone[] = [
  // Over the sacroiliac joint: the dimples of Venus at the PSIS and a hand's breadth round them.
  {
    id: 'sacroiliac_area',
    w: (c, n) => all(band(c[1], L('psis')[1] - 0.06, SI_TOP), back(n, 0.3), 0.085 - c[0]),
  },
  { id: 'low_back', w: (c, n) => all(band(c[1], SI_TOP, WAIST), back(n), 0.11 - c[0]) },
  { id: 'buttock', w: (c, n) => all(band(c[1], THIGH_TOP, SI_TOP), back(n, 0.3), c[0] - 0.015) },
  { id: 'side_of_hip', w: (c, n) => all(band(c[1], GT - 0.08, HIP_TOP), lateral(n, 0.6)) },
  {
    id: 'front_of_hip',
    w: (c, n) => all(band(c[1], GT - 0.05, L('asis')[1]), front(n, 0.5), c[0] - 0.03),
  },
  { id: 'front_of_thigh', w: (c, n) => all(band(c[1], KNEE_TOP, GT - 0.05), front(n, 0.55)) },
  { id: 'outside_of_thigh', w: (c, n) => all(band(c[1], KNEE_TOP, GT - 0.08), lateral(n)) },
  { id: 'back_of_thigh', w: (c, n) => all(band(c[1], KNEE_TOP, THIGH_TOP), back(n, 0.55)) },
  { id: 'inside_of_thigh', w: (c, n) => all(band(c[1], KNEE_TOP, THIGH_TOP - 0.02), medial(n)) },
  // front within ~45° of forward, so the sides of the knee show (and can be tapped) from the front
  { id: 'front_of_knee', w: (c, n) => all(band(c[1], KNEE_BOTTOM, KNEE_TOP), front(n, 0.7)) },
  { id: 'outside_of_knee', w: (c, n) => all(band(c[1], KNEE_BOTTOM, KNEE_TOP), lateral(n, 0.6)) },
  { id: 'inside_of_knee', w: (c, n) => all(band(c[1], KNEE_BOTTOM, KNEE_TOP), medial(n, 0.6)) },
  { id: 'back_of_knee', w: (c, n) => all(band(c[1], KNEE_BOTTOM + 0.01, KNEE_TOP), back(n, 0.5)) },
  { id: 'calf', w: (c, n) => all(band(c[1], CALF_BOTTOM, KNEE_BOTTOM), back(n, 0.35)) },
];

/** A polygon corner: position, normal and the values of the clipping weights. */
interface Corner {
  p: Vec3;
  n: Vec3;
  w: number[];
}

const lerp3 = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

/** Sutherland–Hodgman: keeps the part of a convex polygon where weight k is positive. */
function clip(poly: Corner[], k: number): Corner[] {
  const out: Corner[] = [];
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    const wa = a.w[k]!;
    const wb = b.w[k]!;
    if (wa > 0) out.push(a);
    if (wa > 0 !== wb > 0) {
      const t = wa / (wa - wb);
      out.push({ p: lerp3(a.p, b.p, t), n: lerp3(a.n, b.n, t), w: a.w.map((v, j) => v + (b.w[j]! - v) * t) });
    }
  }
  return out;
}

const triArea = (a: Vec3, b: Vec3, c: Vec3): number => {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  return (
    0.5 *
    Math.hypot(u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!)
  );
};

/** Triangles smaller than this (m², ~0.5 mm²) are slivers along a border: dropped. */
const MIN_AREA = 5e-7;

/** Border refinement passes (0: clipping alone already gives clean borders; each pass costs ~3k triangles a side). */
const BORDER_SUBDIVISIONS = 0;

/** Per vertex: the midline weight (x, positive on the left) first, then every zone's weight. */
function zoneWeights(m: RawMesh, vn: Float32Array): number[][] {
  const p = m.positions;
  const out: number[][] = [];
  for (let i = 0; i < p.length / 3; i++) {
    const c: Vec3 = [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];
    const n: Vec3 = [vn[3 * i]!, vn[3 * i + 1]!, vn[3 * i + 2]!];
    out.push([c[0], ...ZONES.map((z) => z.w(c, n))]);
  }
  return out;
}

/** True when the triangle lies on the left and some zone's border crosses it. */
function straddles(a: number[], b: number[], c: number[]): boolean {
  if (a[0]! < -0.01 && b[0]! < -0.01 && c[0]! < -0.01) return false;
  for (let k = 1; k < a.length; k++) {
    const pos = a[k]! > 0 || b[k]! > 0 || c[k]! > 0;
    const neg = a[k]! <= 0 || b[k]! <= 0 || c[k]! <= 0;
    if (pos && neg) return true;
  }
  return false;
}

/** Left-side region patches cut from the skin, offset outward by `offset` metres. */
export function cutRegions(skinMesh: RawMesh, offset = 0.003): Map<RegionId, RawMesh> {
  // Finer triangles along the borders (twice), so they follow the weights closely.
  let skin = skinMesh;
  let vn = vertexNormals(skin.positions, skin.indices);
  let weights = zoneWeights(skin, vn);
  for (let pass = 0; pass < BORDER_SUBDIVISIONS; pass++) {
    const w = weights;
    skin = subdivideSome(skin, (a, b, c) => straddles(w[a]!, w[b]!, w[c]!));
    vn = vertexNormals(skin.positions, skin.indices);
    weights = zoneWeights(skin, vn);
  }
  const p = skin.positions;
  const pos = (i: number): Vec3 => [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];
  const nrm = (i: number): Vec3 => [vn[3 * i]!, vn[3 * i + 1]!, vn[3 * i + 2]!];
  const out = new Map<RegionId, RawMesh>();
  ZONES.forEach((zone, zi) => {
    const verts: number[] = [];
    const idx: number[] = [];
    const emit = (c: Corner): number => {
      const l = Math.hypot(...c.n) || 1;
      verts.push(
        c.p[0] + (c.n[0] / l) * offset,
        c.p[1] + (c.n[1] / l) * offset,
        c.p[2] + (c.n[2] / l) * offset,
      );
      return verts.length / 3 - 1;
    };
    for (let t = 0; t < skin.indices.length; t += 3) {
      const tri = [skin.indices[t]!, skin.indices[t + 1]!, skin.indices[t + 2]!];
      // Zone weight (index zi + 1) must be positive somewhere, and the midline too.
      if (tri.every((i) => weights[i]![zi + 1]! <= 0 || weights[i]![0]! <= 0)) continue;
      let poly: Corner[] = tri.map((i) => ({ p: pos(i), n: nrm(i), w: weights[i]!.slice() }));
      // Earlier zones win: flip their weights and keep where they are negative.
      for (let e = 0; e < zi && poly.length >= 3; e++) {
        if (poly.some((c) => c.w[e + 1]! > 0)) {
          poly = poly.map((c) => ({ ...c, w: c.w.map((v, j) => (j === e + 1 ? -v : v)) }));
          poly = clip(poly, e + 1);
        }
      }
      if (poly.length >= 3) poly = clip(poly, 0);
      if (poly.length >= 3) poly = clip(poly, zi + 1);
      if (poly.length < 3) continue;
      const first = emit(poly[0]!);
      let prev = emit(poly[1]!);
      for (let k = 2; k < poly.length; k++) {
        if (triArea(poly[0]!.p, poly[k - 1]!.p, poly[k]!.p) < MIN_AREA) {
          prev = emit(poly[k]!);
          continue;
        }
        const cur = emit(poly[k]!);
        idx.push(first, prev, cur);
        prev = cur;
      }
    }
    out.set(zone.id, { positions: Float32Array.from(verts), indices: Uint32Array.from(idx) });
  });
  return out;
}

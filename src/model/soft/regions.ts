/**
 * Pain regions: patches of skin triangles, left side, chosen by height bands (from the shared landmarks)
 * and by which way the skin faces, offset 3 mm outward so they can glow without z-fighting. Each triangle
 * goes to at most one region (first match), so regions never overlap.
 */
import type { RegionId } from '../../content/ids';
import type { Vec3 } from '../types';
import { L } from '../landmarks';
import type { RawMesh } from './mesh';
import { normalize } from './vec';

interface Zone {
  id: RegionId;
  test: (c: Vec3, n: Vec3) => boolean;
}

const KNEE_TOP = L('patella_centre')[1] + 0.045; // ~4.5 cm above mid-patella
const KNEE_BOTTOM = L('tibial_tuberosity')[1] - 0.01;
const THIGH_TOP = L('ischial_tuberosity')[1] - 0.01; // gluteal fold level
const HIP_TOP = L('iliac_crest_top')[1] - 0.02;
const SI_TOP = L('psis')[1] + 0.035;
const WAIST = 1.25;
const CALF_BOTTOM = 0.16;

const back = (n: Vec3, k = 0.45): boolean => n[2] < -k;
const front = (n: Vec3, k = 0.45): boolean => n[2] > k;
const lateral = (n: Vec3, k = 0.55): boolean => n[0] > k;
const medial = (n: Vec3, k = 0.55): boolean => n[0] < -k;
const within = (y: number, lo: number, hi: number): boolean => y >= lo && y <= hi;

/** Zones in priority order (left side: x > 0). */
export const ZONES: readonly Zone[] = [
  { id: 'low_back', test: (c, n) => within(c[1], SI_TOP, WAIST) && back(n) && c[0] < 0.11 },
  {
    id: 'sacroiliac_area',
    test: (c, n) => within(c[1], L('psis')[1] - 0.05, SI_TOP) && back(n, 0.35) && c[0] < 0.08,
  },
  { id: 'buttock', test: (c, n) => within(c[1], THIGH_TOP, SI_TOP) && back(n, 0.3) && c[0] > 0.015 },
  {
    id: 'side_of_hip',
    test: (c, n) => within(c[1], L('greater_trochanter')[1] - 0.08, HIP_TOP) && lateral(n, 0.6),
  },
  {
    id: 'front_of_hip',
    test: (c, n) =>
      within(c[1], L('greater_trochanter')[1] - 0.05, L('asis')[1]) && front(n, 0.5) && c[0] > 0.03,
  },
  {
    id: 'front_of_thigh',
    test: (c, n) => within(c[1], KNEE_TOP, L('greater_trochanter')[1] - 0.05) && front(n, 0.55),
  },
  {
    id: 'outside_of_thigh',
    test: (c, n) => within(c[1], KNEE_TOP, L('greater_trochanter')[1] - 0.08) && lateral(n),
  },
  { id: 'back_of_thigh', test: (c, n) => within(c[1], KNEE_TOP, THIGH_TOP) && back(n, 0.55) },
  { id: 'inside_of_thigh', test: (c, n) => within(c[1], KNEE_TOP, THIGH_TOP - 0.02) && medial(n) },
  { id: 'front_of_knee', test: (c, n) => within(c[1], KNEE_BOTTOM, KNEE_TOP) && front(n, 0.5) },
  { id: 'outside_of_knee', test: (c, n) => within(c[1], KNEE_BOTTOM, KNEE_TOP) && lateral(n, 0.6) },
  { id: 'inside_of_knee', test: (c, n) => within(c[1], KNEE_BOTTOM, KNEE_TOP) && medial(n, 0.6) },
  { id: 'back_of_knee', test: (c, n) => within(c[1], KNEE_BOTTOM + 0.01, KNEE_TOP) && back(n, 0.5) },
  { id: 'calf', test: (c, n) => within(c[1], CALF_BOTTOM, KNEE_BOTTOM) && back(n, 0.35) },
];

function vertexNormals(m: RawMesh): Float32Array {
  const p = m.positions;
  const out = new Float32Array(p.length);
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = m.indices[t]!;
    const b = m.indices[t + 1]!;
    const c = m.indices[t + 2]!;
    const ux = p[3 * b]! - p[3 * a]!;
    const uy = p[3 * b + 1]! - p[3 * a + 1]!;
    const uz = p[3 * b + 2]! - p[3 * a + 2]!;
    const vx = p[3 * c]! - p[3 * a]!;
    const vy = p[3 * c + 1]! - p[3 * a + 1]!;
    const vz = p[3 * c + 2]! - p[3 * a + 2]!;
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    for (const i of [a, b, c]) {
      out[3 * i] = out[3 * i]! + nx;
      out[3 * i + 1] = out[3 * i + 1]! + ny;
      out[3 * i + 2] = out[3 * i + 2]! + nz;
    }
  }
  for (let i = 0; i < out.length; i += 3) {
    const l = Math.hypot(out[i]!, out[i + 1]!, out[i + 2]!) || 1;
    out[i] = out[i]! / l;
    out[i + 1] = out[i + 1]! / l;
    out[i + 2] = out[i + 2]! / l;
  }
  return out;
}

/** Left-side region patches cut from the skin, offset outward by `offset` metres. */
export function cutRegions(skin: RawMesh, offset = 0.003): Map<RegionId, RawMesh> {
  const vn = vertexNormals(skin);
  const picked = new Map<RegionId, number[]>();
  const p = skin.positions;
  for (let t = 0; t < skin.indices.length; t += 3) {
    const ids = [skin.indices[t]!, skin.indices[t + 1]!, skin.indices[t + 2]!];
    const c: Vec3 = [0, 1, 2].map(
      (k) => (p[3 * ids[0]! + k]! + p[3 * ids[1]! + k]! + p[3 * ids[2]! + k]!) / 3,
    ) as unknown as Vec3;
    if (c[0] <= 0.005) continue; // left side only; the right is mirrored
    const n = normalize(
      [0, 1, 2].map(
        (k) => vn[3 * ids[0]! + k]! + vn[3 * ids[1]! + k]! + vn[3 * ids[2]! + k]!,
      ) as unknown as Vec3,
    );
    const zone = ZONES.find((z) => z.test(c, n));
    if (!zone) continue;
    let list = picked.get(zone.id);
    if (!list) picked.set(zone.id, (list = []));
    list.push(t);
  }
  const out = new Map<RegionId, RawMesh>();
  for (const z of ZONES) {
    const tris = picked.get(z.id) ?? [];
    const remap = new Map<number, number>();
    const pos: number[] = [];
    const idx: number[] = [];
    for (const t of tris) {
      for (let k = 0; k < 3; k++) {
        const v = skin.indices[t + k]!;
        let r = remap.get(v);
        if (r === undefined) {
          r = pos.length / 3;
          remap.set(v, r);
          pos.push(
            p[3 * v]! + vn[3 * v]! * offset,
            p[3 * v + 1]! + vn[3 * v + 1]! * offset,
            p[3 * v + 2]! + vn[3 * v + 2]! * offset,
          );
        }
        idx.push(r);
      }
    }
    out.set(z.id, { positions: Float32Array.from(pos), indices: Uint32Array.from(idx) });
  }
  return out;
}

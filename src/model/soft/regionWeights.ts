/**
 * Pain regions baked into the skin: per vertex, the two regions it belongs to most (a slot each: zone × side)
 * and how much (0..255), four bytes written to the GLB as `_REGION`. The app mixes them in the skin's shader
 * from a small uniform array (src/scene/regionShading.ts): one draw, soft edges that follow the body, nothing
 * floating over the skin to z-fight.
 *
 * A region's weight ramps with its signed distance into its area (regions.ts: positive inside, roughly
 * metres), the area being where its zone's weight is positive and no earlier zone's is, so neighbours fade
 * into each other over the same band and never both claim a vertex fully. The distances are averaged over
 * the skin's neighbouring vertices first (the facing terms are noisy on a coarse mesh), so a border, where
 * the weight crosses one half, runs smoothly along the body. The midline splits left from right the same way
 * (the distance is x for the left side, −x for the right).
 */
import { REGION_IDS, SIDES, nodeName, type RegionId, type Side } from '../../content/ids';
import type { Vec3 } from '../types';
import { type RawMesh, vertexNormals } from '../kernel/mesh.ts';
import { ZONES } from './regions';

/** Half the width of the soft edge, metres: a region fades in over ±15 mm of its border. */
export const REGION_EDGE = 0.015;
/** Written in place of a slot when a vertex belongs to fewer than two regions. */
export const NO_REGION = 255;

/** Slot of (zone, side): zone index × 2, + 1 on the right. */
export const regionSlot = (zone: number, side: Side): number => zone * 2 + (side === 'right' ? 1 : 0);

/** Node name of each slot (the skin node's `regions` extra): the app maps slots back to regions by it. */
export function regionSlotNames(): string[] {
  return ZONES.flatMap((z) => SIDES.map((side) => nodeName(z.id, side)));
}

/** Every catalogue region has a zone (checked when the model is built). */
export function checkZones(): void {
  const missing = REGION_IDS.filter((id: RegionId) => !ZONES.some((z) => z.id === id));
  if (missing.length > 0) throw new Error(`Regions without a zone on the skin: ${missing.join(', ')}`);
}

const ramp = (e: number): number => Math.max(0, Math.min(1, 0.5 + e / (2 * REGION_EDGE)));

/** Passes of neighbour averaging of the regions' distances: borders follow the body, not the triangles. */
const SMOOTHING_PASSES = 2;

/** Per vertex and zone (zone-major), the signed distance into the zone's own area; left side. */
function exclusiveDistances(skin: RawMesh & { normals?: Float32Array }): Float64Array {
  const p = skin.positions;
  const vn = skin.normals ?? vertexNormals(skin.positions, skin.indices);
  const count = p.length / 3;
  const out = new Float64Array(count * ZONES.length);
  for (let i = 0; i < count; i++) {
    const x = p[3 * i]!;
    // Zones are written for the left side: evaluate at the vertex mirrored onto it.
    const c: Vec3 = [Math.abs(x), p[3 * i + 1]!, p[3 * i + 2]!];
    const n: Vec3 = [x < 0 ? -vn[3 * i]! : vn[3 * i]!, vn[3 * i + 1]!, vn[3 * i + 2]!];
    let earlier = -Infinity; // the largest weight of the zones before this one
    ZONES.forEach((zone, k) => {
      const w = zone.w(c, n);
      out[k * count + i] = Math.min(w, -earlier);
      earlier = Math.max(earlier, w);
    });
  }
  return out;
}

/** Averages each vertex's values with its neighbours' (Jacobi passes over the mesh's edges). */
function smoothOverMesh(values: Float64Array, stride: number, indices: Uint32Array, passes: number): void {
  const count = values.length / stride;
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) neighbours[indices[t + k]!]!.push(indices[t + ((k + 1) % 3)]!);
  }
  const next = new Float64Array(values.length);
  for (let pass = 0; pass < passes; pass++) {
    for (let z = 0; z < stride; z++) {
      const o = z * count;
      for (let i = 0; i < count; i++) {
        const list = neighbours[i]!;
        let sum = values[o + i]!;
        for (const j of list) sum += values[o + j]!;
        next[o + i] = sum / (list.length + 1);
      }
    }
    values.set(next);
  }
}

/** Four bytes per vertex: slot A, slot B, weight A, weight B (A the larger; together at most 1). */
export function regionWeights(skin: RawMesh & { normals?: Float32Array }): Uint8Array {
  checkZones();
  const p = skin.positions;
  const count = p.length / 3;
  const distances = exclusiveDistances(skin);
  smoothOverMesh(distances, ZONES.length, skin.indices, SMOOTHING_PASSES);
  const out = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) {
    const x = p[3 * i]!;
    let a = { slot: NO_REGION, w: 0 };
    let b = { slot: NO_REGION, w: 0 };
    for (let k = 0; k < ZONES.length; k++) {
      for (const side of SIDES) {
        // the midline parts left from right as a border does
        const w = ramp(Math.min(distances[k * count + i]!, side === 'left' ? x : -x));
        if (w <= 0) continue;
        const candidate = { slot: regionSlot(k, side), w };
        if (w > a.w) [a, b] = [candidate, a];
        else if (w > b.w) b = candidate;
      }
    }
    const scale = a.w + b.w > 1 ? 1 / (a.w + b.w) : 1;
    out[4 * i] = a.slot;
    out[4 * i + 1] = b.slot;
    out[4 * i + 2] = Math.round(a.w * scale * 255);
    out[4 * i + 3] = Math.round(b.w * scale * 255);
  }
  return out;
}

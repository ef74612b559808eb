/**
 * Ambient occlusion baked into the model: per vertex, how much of the sky above its surface the body
 * hides within a few centimetres (the grooves between neighbouring muscles, the hollows round bones and
 * joints), from a fixed, cosine-weighted fan of rays against the whole body. One byte a vertex, written
 * to the GLB as `_AO` (0 open .. AO_LEVELS hidden, so a mesh without it reads as open; few levels, smoothed
 * over the mesh, so meshopt packs it into a few bits a vertex); the app's materials
 * darken their ambient light by it (src/scene/occlusion.ts). No screen-space pass at run time.
 *
 * Occluders are the solid body (bones, discs, muscles, tendons, nerves; not the translucent joint shells,
 * nor the skin, a veil over the rest). The skin and the nerves carry none: the skin is nearly all open, a
 * nerve lies in its groove along its whole course (uniformly dark, it would say nothing), and each baked
 * mesh costs the GLB an accessor. A right-side mesh that mirrors its left one takes the left one's values:
 * the body is symmetric.
 */
import type { MeshData, MeshKind } from './types.ts';
import { vertexNormals } from './kernel/mesh.ts';
import { buildBvh, type TriangleBvh } from './kernel/bvh.ts';

/** How far a ray looks for an occluder, metres: local contact, not the shadow of the whole body. */
export const AO_REACH = 0.04;
/** The byte's full scale: 16 steps of occlusion, ample for an ambient term interpolated over triangles. */
export const AO_LEVELS = 15;
/** Passes of neighbour averaging: the fixed fan's noise from vertex to vertex smoothed out. */
const SMOOTHING_PASSES = 2;
/** Rays per vertex. */
const RAYS = 32;
/** Rays start this far off the surface (metres), clear of the vertex's own triangles. */
const LIFT = 0.0005;
const SOLID: readonly MeshKind[] = ['bone', 'disc', 'muscle', 'tendon', 'ligament', 'cartilage', 'nerve'];
const BAKED: readonly MeshKind[] = ['bone', 'disc', 'muscle', 'tendon', 'ligament', 'cartilage', 'joint'];

/** Cosine-weighted directions round +z (a Fibonacci spiral on the disc, lifted onto the hemisphere). */
const FAN: readonly (readonly [number, number, number])[] = Array.from({ length: RAYS }, (_, i) => {
  const u = (i + 0.5) / RAYS;
  const phi = i * Math.PI * (3 - Math.sqrt(5));
  const r = Math.sqrt(u);
  return [r * Math.cos(phi), r * Math.sin(phi), Math.sqrt(1 - u)] as const;
});

function occlusionOf(m: MeshData, bvh: TriangleBvh): Uint8Array {
  const p = m.positions;
  const n = m.normals ?? vertexNormals(m.positions, m.indices);
  const occluded = new Float64Array(p.length / 3);
  for (let v = 0; v < occluded.length; v++) {
    const nx = n[3 * v]!;
    const ny = n[3 * v + 1]!;
    const nz = n[3 * v + 2]!;
    // a tangent frame (t, b, n); any one will do, the fan is fixed
    const ax = Math.abs(nx) < 0.9 ? 1 : 0;
    const ay = 1 - ax;
    let tx = ay * nz;
    let ty = -ax * nz;
    let tz = ax * ny - ay * nx;
    const tl = Math.hypot(tx, ty, tz) || 1;
    tx /= tl;
    ty /= tl;
    tz /= tl;
    const bx = ny * tz - nz * ty;
    const by = nz * tx - nx * tz;
    const bz = nx * ty - ny * tx;
    const ox = p[3 * v]! + nx * LIFT;
    const oy = p[3 * v + 1]! + ny * LIFT;
    const oz = p[3 * v + 2]! + nz * LIFT;
    let hidden = 0;
    for (const [fx, fy, fz] of FAN) {
      const dx = tx * fx + bx * fy + nx * fz;
      const dy = ty * fx + by * fy + ny * fz;
      const dz = tz * fx + bz * fy + nz * fz;
      const t = bvh.nearest(ox, oy, oz, dx, dy, dz, 0, AO_REACH);
      // a near occluder hides more than one at the edge of reach (no hard rim where reach ends), and
      // quadratically so: contacts and grooves darken, an open surface beside a neighbour stays light
      if (t !== Infinity) hidden += (1 - t / AO_REACH) ** 2;
    }
    occluded[v] = hidden / RAYS;
  }
  smooth(occluded, m.indices);
  return Uint8Array.from(occluded, (o) => Math.round(o * AO_LEVELS));
}

/** Averages each vertex's value with its neighbours' (Jacobi passes over the triangles' edges). */
function smooth(values: Float64Array, indices: Uint32Array): void {
  const sum = new Float64Array(values.length);
  const count = new Uint32Array(values.length);
  for (let pass = 0; pass < SMOOTHING_PASSES; pass++) {
    sum.set(values);
    count.fill(1);
    for (let t = 0; t < indices.length; t += 3) {
      for (let k = 0; k < 3; k++) {
        const a = indices[t + k]!;
        const b = indices[t + ((k + 1) % 3)]!;
        sum[a] = sum[a]! + values[b]!;
        sum[b] = sum[b]! + values[a]!;
        count[a] = count[a]! + 1;
        count[b] = count[b]! + 1;
      }
    }
    for (let i = 0; i < values.length; i++) values[i] = sum[i]! / count[i]!;
  }
}

/** The right-side mesh is its left one mirrored (x → −x, same vertex order). */
function mirrors(r: MeshData, l: MeshData | undefined): l is MeshData {
  if (!l || l.positions.length !== r.positions.length) return false;
  for (let i = 0; i < r.positions.length; i += 3) {
    if (r.positions[i] !== -l.positions[i]! || r.positions[i + 1] !== l.positions[i + 1]) return false;
    if (r.positions[i + 2] !== l.positions[i + 2]) return false;
  }
  return true;
}

/** The same meshes, each with its occlusion. */
export function withOcclusion(meshes: readonly MeshData[]): MeshData[] {
  const solid = buildBvh(meshes.filter((m) => SOLID.includes(m.kind)));
  const byName = new Map(meshes.map((m) => [m.name, m]));
  const done = new Map<string, Uint8Array>();
  return meshes.map((m) => {
    if (!BAKED.includes(m.kind)) return m;
    const left = m.name.endsWith('_r') ? byName.get(`${m.name.slice(0, -2)}_l`) : undefined;
    const ao = mirrors(m, left) && done.has(left.name) ? done.get(left.name)! : occlusionOf(m, solid);
    done.set(m.name, ao);
    return { ...m, ao };
  });
}

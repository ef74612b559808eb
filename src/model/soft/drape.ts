/**
 * Drapes a lofted band (the iliotibial band) over the muscles under it. A push along each vertex's own field
 * gradient crumples a band a few millimetres thick that cuts through a muscle (its front and back land on
 * different sides, and the muscle shows through in patches), and the muscles' fields are those of their
 * rings before their own fitting. Here each pair of vertices across the band's thickness (ring vertices k
 * and ring − k: same place across the width, front and back) moves together outward along its ring's
 * thickness axis until both lie outside the muscles' final meshes (ray parity) and clear of their surfaces
 * by `margin`, so the band keeps its thickness and lies on the muscles.
 */
import type { Sdf, Vec3 } from '../types';
import type { RawMesh } from '../kernel/mesh.ts';
import { cross, dist, dot, normalize, sub } from '../kernel/vec.ts';
import { boundsOf } from './pushout';
import { keepInside } from './skinClamp';

/** How far a band may be lifted, metres. */
const REACH = 0.06;
/**
 * How deep a band may press a muscle in, metres (a muscle reaching further through it lies over its edge,
 * such as tensor fasciae latae's front, and is left alone).
 */
const MAX_PRESS = 0.05;
/** How fast a band's lift may change along its surface (rise over run; 0.1 is 5.7 deg). */
const LIFT_SLOPE = 0.1;

const at = (p: Float32Array, i: number): Vec3 => [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];

/** Triangles as flat corner triples, those of `meshes` that touch the box. */
export function trianglesNear(meshes: readonly RawMesh[], lo: Vec3, hi: Vec3): Vec3[][] {
  const out: Vec3[][] = [];
  for (const m of meshes) {
    for (let t = 0; t < m.indices.length; t += 3) {
      const tri = [0, 1, 2].map((e) => at(m.positions, m.indices[t + e]!));
      const outside = [0, 1, 2].some(
        (k) => tri.every((v) => v[k]! < lo[k]!) || tri.every((v) => v[k]! > hi[k]!),
      );
      if (!outside) out.push(tri);
    }
  }
  return out;
}

/** Distances along the ray o + t·n (t > 0) at which it crosses the triangles (Möller–Trumbore). */
export function hits(o: Vec3, n: Vec3, tris: readonly Vec3[][]): number[] {
  const out: number[] = [];
  for (const [a, b, c] of tris) {
    const e1 = sub(b!, a!);
    const e2 = sub(c!, a!);
    const h = cross(n, e2);
    const det = dot(e1, h);
    if (Math.abs(det) < 1e-14) continue;
    const s = sub(o, a!);
    const u = dot(s, h) / det;
    if (u < 0 || u > 1) continue;
    const q = cross(s, e1);
    const v = dot(n, q) / det;
    if (v < 0 || u + v > 1) continue;
    const t = dot(e2, q) / det;
    if (t > 0) out.push(t);
  }
  return out.sort((x, y) => x - y);
}

/**
 * Mutates m.positions (a capped loft: `ring` vertices per ring, then two cap centres; `ring` a multiple of
 * 4, vertex ring/4 on one face and 3·ring/4 on the other). `outward` picks the side the band lies on; `also`
 * is a field of other structures it lies over (the trochanteric bursa); `flatAcross` lifts each ring as a
 * whole. Returns how many vertex pairs moved.
 */
export function drape(
  m: RawMesh,
  ring: number,
  under: readonly RawMesh[],
  outward: Vec3,
  margin: number,
  also?: Sdf,
  flatAcross = false,
): number {
  const p = m.positions;
  const rings = Math.floor((p.length / 3 - 2) / ring);
  if (ring % 4 !== 0 || rings * ring + 2 !== p.length / 3) throw new Error('not a capped loft of this ring');
  const box = boundsOf(p, REACH);
  const tris = trianglesNear(under, box.min, box.max);
  const before = Float32Array.from(p);
  const lifts: { k: number; pair: number[]; at: Vec3; n: Vec3; d: number }[] = [];
  for (let r = 0; r < rings; r++) {
    const base = r * ring;
    let n = normalize(sub(at(p, base + ring / 4), at(p, base + (3 * ring) / 4)));
    if (dot(n, outward) < 0) n = [-n[0], -n[1], -n[2]];
    for (let k = 0; k <= ring / 2; k++) {
      const pair = [...new Set([base + k, base + ((ring - k) % ring)])];
      const crossings = pair.map((i) => hits(at(p, i), n, tris));
      // lifted by d, a vertex is inside a muscle if an odd number of crossings lie beyond d, and too
      // close if one lies within the margin of it
      const clearOf = (i: number, d: number): boolean =>
        !also || also(p[3 * i]! + n[0] * d, p[3 * i + 1]! + n[1] * d, p[3 * i + 2]! + n[2] * d) >= margin;
      const ok = (d: number): boolean =>
        crossings.every(
          (ts) =>
            ts.filter((t) => t > d).length % 2 === 0 && ts.every((t) => Math.abs(t - d) >= margin - 1e-9),
        ) && pair.every((i) => clearOf(i, d));
      // (and, past the muscles, steps of 1 mm until clear of `also`)
      const steps = also ? Array.from({ length: REACH / 0.001 }, (_, j) => j * 0.001) : [];
      const candidates = [0, ...crossings.flat().map((t) => t + margin), ...steps]
        .filter((d) => d < REACH)
        .sort((x, y) => x - y);
      lifts.push({ k, pair, at: at(p, base + k), n, d: candidates.find(ok) ?? 0 });
    }
  }
  // A pair lifted alone over a muscle's edge (gluteus maximus' insertion under the band's back edge) leaves
  // a step between rings, a notch in the band's border: the pairs along the band from it rise with it,
  // falling off by LIFT_SLOPE (across the band the lifts stay apart: it wraps round the thigh there).
  // A band stiff across (a slip of the plantar aponeurosis over a flexor tendon) lifts each ring as a whole:
  // lifting only the pairs a round tendon reaches folds a narrow band into a trough. (The skin's clamp still
  // moves it pair by pair: lifting whole rings to the skin's highest point pressed the tendons above.)
  if (flatAcross) {
    const per = ring / 2 + 1;
    for (let r = 0; r < rings; r++) {
      const row = lifts.slice(r * per, (r + 1) * per);
      const d = Math.max(...row.map((l) => l.d));
      for (const l of row) l.d = d;
    }
  }
  let moved = 0;
  for (const a of lifts) {
    let d = a.d;
    for (const b of lifts) {
      if (b.k !== a.k) continue;
      d = Math.max(d, b.d - LIFT_SLOPE * dist(a.at, b.at));
    }
    if (d === 0) continue;
    for (const i of a.pair) {
      p[3 * i] = p[3 * i]! + a.n[0] * d;
      p[3 * i + 1] = p[3 * i + 1]! + a.n[1] * d;
      p[3 * i + 2] = p[3 * i + 2]! + a.n[2] * d;
    }
    moved++;
  }
  // the cap centres follow their end rings
  for (const [cap, r] of [
    [rings * ring, 0],
    [rings * ring + 1, rings - 1],
  ] as const) {
    for (let c = 0; c < 3; c++) {
      let s = 0;
      for (let k = 0; k < ring; k++) s += p[3 * (r * ring + k) + c]! - before[3 * (r * ring + k) + c]!;
      p[3 * cap + c] = p[3 * cap + c]! + s / ring;
    }
  }
  return moved;
}

/**
 * Where the muscles under a band still reach into it (the skin leaves no room to lift it: gluteus medius over
 * the hip lies ~5 mm under the skin), the band presses them in: each muscle vertex whose ray along the
 * band's inward normal (of the band's nearest ring) crosses the band moves inward past the band's back by
 * `margin`, and the dent is smoothed into the muscle. Returns how many vertices moved.
 */
export function pressUnder(
  muscle: RawMesh,
  band: RawMesh,
  ring: number,
  outward: Vec3,
  margin: number,
): number {
  const bp = band.positions;
  const rings = Math.floor((bp.length / 3 - 2) / ring);
  const centres: Vec3[] = [];
  const normals: Vec3[] = [];
  for (let r = 0; r < rings; r++) {
    const c = [0, 0, 0];
    for (let k = 0; k < ring; k++)
      for (let e = 0; e < 3; e++) c[e] = c[e]! + bp[3 * (r * ring + k) + e]! / ring;
    centres.push([c[0]!, c[1]!, c[2]!]);
    let n = normalize(sub(at(bp, r * ring + ring / 4), at(bp, r * ring + (3 * ring) / 4)));
    if (dot(n, outward) < 0) n = [-n[0], -n[1], -n[2]];
    normals.push(n);
  }
  const box = boundsOf(bp, 0.005);
  const tris = trianglesNear([band], box.min, box.max);
  const p = muscle.positions;
  let moved = 0;
  for (let i = 0; i < p.length / 3; i++) {
    const v = at(p, i);
    if (v.some((x, k) => x < box.min[k]! || x > box.max[k]!)) continue;
    let best = 0;
    for (let r = 1; r < rings; r++) if (dist2(centres[r]!, v) < dist2(centres[best]!, v)) best = r;
    const n = normals[best]!;
    const inward: Vec3 = [-n[0], -n[1], -n[2]];
    const ts = hits(v, inward, tris).filter((t) => t < MAX_PRESS);
    if (ts.length === 0) continue;
    const d = ts[ts.length - 1]! + margin;
    p[3 * i] = v[0] + inward[0] * d;
    p[3 * i + 1] = v[1] + inward[1] * d;
    p[3 * i + 2] = v[2] + inward[2] * d;
    moved++;
  }
  return moved;
}

const dist2 = (a: Vec3, b: Vec3): number => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

/**
 * Keeps a band under the skin without flattening it: each pair of vertices across its thickness moves by
 * the larger of the two moves `keepInside` would give them (a vertex-by-vertex clamp presses front and back
 * onto the same surface, and where the front passes the back the band's faces turn over and show holes).
 */
export function keepBandInside(m: RawMesh, ring: number, skin: Sdf, margin: number): void {
  const p = m.positions;
  const clamped = { positions: Float32Array.from(p), indices: m.indices };
  keepInside(clamped, skin, margin);
  const q = clamped.positions;
  const rings = Math.floor((p.length / 3 - 2) / ring);
  const move = (i: number): Vec3 => [
    q[3 * i]! - p[3 * i]!,
    q[3 * i + 1]! - p[3 * i + 1]!,
    q[3 * i + 2]! - p[3 * i + 2]!,
  ];
  for (let r = 0; r < rings; r++) {
    for (let k = 0; k <= ring / 2; k++) {
      const pair = [...new Set([r * ring + k, r * ring + ((ring - k) % ring)])];
      const moves = pair.map(move);
      const d = moves.reduce((a, b) => (dot(b, b) > dot(a, a) ? b : a));
      for (const i of pair) for (let c = 0; c < 3; c++) p[3 * i + c] = p[3 * i + c]! + d[c]!;
    }
  }
  for (const cap of [rings * ring, rings * ring + 1])
    for (let c = 0; c < 3; c++) p[3 * cap + c] = q[3 * cap + c]!;
}

/**
 * Lofting: closed tubes from rings of equal vertex count, with fan-triangulated end caps (a sheet's caps
 * are strips along its edge: ridgeCap). Ring makers for
 * elliptical / superelliptical sections along a path and for lens-shaped sections across a curved sheet
 * (fans such as gluteus medius or adductor magnus).
 */
import type { Vec3 } from '../types.ts';
import type { PathFrame } from './pathFrames.ts';
import { type RawMesh, fromArrays, orientOutward } from './mesh.ts';
import { catmullRom, evenFractions, resample } from './spline.ts';
import { cross, madd, normalize, scale, sub, add } from './vec.ts';

/**
 * Closed mesh through the rings (each the same length, same starting angle), capped at both ends by fans
 * round `caps` (default: each end ring's centroid), or with `ridge` by ridgeCap's strips through them.
 */
export function loftRings(
  rings: readonly (readonly Vec3[])[],
  caps?: readonly [Vec3, Vec3],
  ridge = false,
): RawMesh {
  const m = rings[0]?.length ?? 0;
  if (rings.length < 2 || m < 3) throw new Error('loftRings needs ≥2 rings of ≥3 points');
  const pts: Vec3[] = [];
  const tris: number[] = [];
  for (const r of rings) {
    if (r.length !== m) throw new Error('rings differ in length');
    pts.push(...r);
  }
  for (let i = 0; i < rings.length - 1; i++) {
    for (let j = 0; j < m; j++) {
      const a = i * m + j;
      const b = i * m + ((j + 1) % m);
      const c = a + m;
      const d = b + m;
      tris.push(a, b, d, a, d, c);
    }
  }
  const centre = (r: readonly Vec3[]): Vec3 =>
    scale(
      r.reduce((s, p) => add(s, p), [0, 0, 0] as Vec3),
      1 / r.length,
    );
  const c0 = pts.length;
  pts.push(caps?.[0] ?? centre(rings[0]!));
  const c1 = pts.length;
  pts.push(caps?.[1] ?? centre(rings[rings.length - 1]!));
  const last = (rings.length - 1) * m;
  if (ridge) {
    // the first cap faces the other way round its ring than the last (as the fans below do)
    const first = ridgeCap(0, m, c0);
    for (let t = 0; t < first.length; t += 3) tris.push(first[t]!, first[t + 2]!, first[t + 1]!);
    tris.push(...ridgeCap(last, m, c1));
  } else
    for (let j = 0; j < m; j++) {
      tris.push(c0, (j + 1) % m, j);
      tris.push(c1, last + j, last + ((j + 1) % m));
    }
  return orientOutward(fromArrays(pts, tris));
}

/**
 * The cap of a lens-shaped ring (loftSheet's: vertex k faces vertex m - k across the sheet) as a strip
 * joining each vertex to the one facing it, the rung a quarter of the way round split at `centre` (its
 * middle), wound in ring order. A fan from one centre cuts straight across a curved edge, through what
 * lies inside the curve (gluteus maximus' origin line curves ~15 cm round the sacrum and ilium, and its
 * fan crossed the sacrum: the bones pushed the cap's centre 10.4 mm); the strip follows the edge.
 */
function ridgeCap(base: number, m: number, centre: number): number[] {
  const q = Math.round(m / 4);
  const half = m / 2;
  if (m % 2 !== 0 || m < 8) throw new Error('a ridge cap needs an even ring of ≥8 points');
  const at = (k: number): number => base + (k % m);
  const tris: number[] = [];
  // the piece between rung k (k, m - k) and rung k + 1; rungs 0 and m/2 are single points (the edges)
  for (let k = 0; k < half; k++) {
    const [a, b, c, d] = [at(k), at(k + 1), at(m - k - 1), at(m - k)];
    if (k === 0) tris.push(a, b, c);
    else if (k === half - 1) tris.push(a, b, d);
    else if (k + 1 === q) tris.push(a, b, centre, a, centre, d, d, centre, c);
    else if (k === q) tris.push(a, b, centre, centre, b, c, centre, c, d);
    else tris.push(a, b, c, a, c, d);
  }
  return tris;
}

/** Signed power used by superellipses: p = 2 is an ellipse, larger p squarer (flat straps and sheets). */
function spow(v: number, e: number): number {
  return Math.sign(v) * Math.pow(Math.abs(v), e);
}

/** One ring of a (super)elliptical section: width along frame.n, thickness along frame.b. */
export function ellipseRing(
  c: Vec3,
  f: PathFrame,
  width: number,
  thickness: number,
  segments: number,
  power = 2,
): Vec3[] {
  const ring: Vec3[] = [];
  for (let j = 0; j < segments; j++) {
    const a = (2 * Math.PI * j) / segments;
    const x = spow(Math.cos(a), 2 / power) * width * 0.5;
    const y = spow(Math.sin(a), 2 / power) * thickness * 0.5;
    ring.push(madd(c, [f.n, x], [f.b, y]));
  }
  return ring;
}

export interface SectionSize {
  width: number;
  thickness: number;
}

/** Loft along a sampled path with frames and a size profile over the fraction u in [0,1]. */
export function loftPath(
  path: readonly Vec3[],
  frames: readonly PathFrame[],
  profile: (u: number) => SectionSize,
  segments: number,
  power = 2,
  along: readonly number[] = evenFractions(path.length),
  leastThickness = 0.002,
): RawMesh {
  const rings = path.map((c, i) => {
    const s = profile(along[i]!);
    return ellipseRing(
      c,
      frames[i]!,
      Math.max(s.width, Math.min(0.002, leastThickness)),
      Math.max(s.thickness, leastThickness),
      segments,
      power,
    );
  });
  return loftRings(rings);
}

/**
 * A curved sheet given by spines: paths running from the origin edge to the insertion edge, ordered across
 * the sheet, each already resampled to the same count. Sections across the sheet are lens shaped: thickness
 * (a function of u across, v along) is greatest mid-sheet and zero at both edges; v is read at `along`, each
 * ring's fraction of the way from the origin edge.
 */
export function loftSheet(
  spines: readonly (readonly Vec3[])[],
  thickness: (u: number, v: number) => number,
  segments: number,
  along: readonly number[] = evenFractions(spines[0]!.length),
): RawMesh {
  const n = spines[0]!.length;
  const fine = 4 * spines.length;
  // Mid-surface cross-curves, smoothed across the spines.
  const cross0: Vec3[][] = [];
  for (let j = 0; j < n; j++)
    cross0.push(
      resample(
        catmullRom(
          spines.map((s) => s[j]!),
          8,
        ),
        fine,
      ),
    );
  const rings: Vec3[][] = [];
  for (let j = 0; j < n; j++) {
    const curve = cross0[j]!;
    const prev = cross0[Math.max(0, j - 1)]!;
    const next = cross0[Math.min(n - 1, j + 1)]!;
    const ring: Vec3[] = [];
    for (let k = 0; k < segments; k++) {
      const a = (2 * Math.PI * k) / segments;
      const u = (1 - Math.cos(a)) / 2;
      const x = u * (fine - 1);
      const i0 = Math.min(fine - 2, Math.floor(x));
      const f = x - i0;
      const p = madd(curve[i0]!, [sub(curve[i0 + 1]!, curve[i0]!), f]);
      const du = sub(curve[i0 + 1]!, curve[i0]!);
      const dv = sub(
        madd(next[i0]!, [sub(next[i0 + 1]!, next[i0]!), f]),
        madd(prev[i0]!, [sub(prev[i0 + 1]!, prev[i0]!), f]),
      );
      const nrm = normalize(cross(du, dv));
      const t = Math.max(thickness(u, along[j]!), 0.002);
      ring.push(madd(p, [nrm, Math.sin(a) * t * 0.5]));
    }
    rings.push(ring);
  }
  // The caps' centres on the mid-surface, half-way across (a curved end ring's centroid lies off the sheet:
  // gluteus maximus' insertion curves round vastus lateralis, and its centroid lay inside that muscle), in
  // ridge caps along the edges.
  const q = Math.round(segments / 4);
  const middle = (ring: readonly Vec3[]): Vec3 => scale(add(ring[q]!, ring[segments - q]!), 0.5);
  return loftRings(rings, [middle(rings[0]!), middle(rings[n - 1]!)], true);
}

/** Round tube of varying radius along a path (nerves), parallel-transport framed. */
export function tube(
  path: readonly Vec3[],
  frames: readonly PathFrame[],
  radius: (u: number) => number,
  segments: number,
): RawMesh {
  return loftPath(path, frames, (u) => ({ width: 2 * radius(u), thickness: 2 * radius(u) }), segments);
}

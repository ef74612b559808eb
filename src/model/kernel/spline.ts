/**
 * Centripetal Catmull-Rom splines (alpha = 0.5), which pass through every control point without the
 * cusps and self-loops of the uniform variant (Yuksel, Schaefer & Keyser 2011, "Parameterization and
 * applications of Catmull-Rom curves"), and arc-length resampling of polylines.
 */
import type { Vec3 } from '../types.ts';
import { add, angleDeg, dist, dot, lerp, madd, normalize, sub } from './vec.ts';

function knot(t: number, a: Vec3, b: Vec3): number {
  return t + Math.max(Math.sqrt(dist(a, b)), 1e-6);
}

/** Point on one centripetal segment between p1 and p2 (u in [0,1]), Barry-Goldman pyramid. */
function segmentPoint(p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, u: number): Vec3 {
  const t0 = 0;
  const t1 = knot(t0, p0, p1);
  const t2 = knot(t1, p1, p2);
  const t3 = knot(t2, p2, p3);
  const t = t1 + (t2 - t1) * u;
  const a1 = lerp(p0, p1, (t - t0) / (t1 - t0));
  const a2 = lerp(p1, p2, (t - t1) / (t2 - t1));
  const a3 = lerp(p2, p3, (t - t2) / (t3 - t2));
  const b1 = lerp(a1, a2, (t - t0) / (t2 - t0));
  const b2 = lerp(a2, a3, (t - t1) / (t3 - t1));
  return lerp(b1, b2, (t - t1) / (t2 - t1));
}

/**
 * Dense polyline through all control points; the ends are extended by reflecting the neighbour so the
 * curve starts and ends exactly at the first and last point.
 */
export function catmullRom(points: readonly Vec3[], samplesPerSegment = 16): Vec3[] {
  if (points.length < 2) throw new Error('catmullRom needs at least two points');
  const pts = points as Vec3[];
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  // Reflected neighbours: first - (second - first) and last + (last - penultimate).
  const before = sub(first, sub(pts[1]!, first));
  const after = sub(last, sub(pts[pts.length - 2]!, last));
  const ext = [before, ...pts, after];
  const out: Vec3[] = [];
  for (let i = 1; i < ext.length - 2; i++) {
    for (let s = 0; s < samplesPerSegment; s++) {
      out.push(segmentPoint(ext[i - 1]!, ext[i]!, ext[i + 1]!, ext[i + 2]!, s / samplesPerSegment));
    }
  }
  out.push(last);
  return out;
}

/** Cumulative arc length at each polyline vertex. */
export function arcLengths(poly: readonly Vec3[]): number[] {
  const out = [0];
  for (let i = 1; i < poly.length; i++) out.push(out[i - 1]! + dist(poly[i - 1]!, poly[i]!));
  return out;
}

/** The angle (degrees) between the two pieces of a polyline that meet at its point i (0 < i < last). */
export function turnDeg(poly: readonly Vec3[], i: number): number {
  return angleDeg(sub(poly[i]!, poly[i - 1]!), sub(poly[i + 1]!, poly[i]!));
}

/** Each of n evenly spaced points' fraction of the way along (0 first, 1 last). */
export function evenFractions(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (n > 1 ? i / (n - 1) : 0));
}

/** n points spaced evenly by arc length along the polyline, first and last kept. */
export function resample(poly: readonly Vec3[], n: number): Vec3[] {
  const s = arcLengths(poly);
  const total = s[s.length - 1]!;
  const out: Vec3[] = [];
  let j = 0;
  for (let i = 0; i < n; i++) {
    const target = (total * i) / (n - 1);
    while (j < poly.length - 2 && s[j + 1]! < target) j++;
    const seg = s[j + 1]! - s[j]!;
    const u = seg > 0 ? Math.min(1, Math.max(0, (target - s[j]!) / seg)) : 0;
    out.push(lerp(poly[j]!, poly[j + 1]!, u));
  }
  return out;
}

/**
 * Where along a dense polyline to put the rings of a tube (indices of its points): each piece between two rings
 * turns by at most `maxTurnDeg` from the one before it (and the curve within it by no more), and is at most
 * `maxStep` of arc, so a bend gets its rings where it bends (evenly spaced rings left a few long straight
 * pieces meeting at a corner there) and a straight run few. No piece is shorter than `minStep` (a tight bend
 * is not cut finer than that; the last piece, if shorter, is merged with the one before). The first and last
 * points are kept. Used for nerves (`nervePath`) and for limb muscles' tendons that turn (`End.maxTurn`).
 */
export function turnIndices(
  dense: readonly Vec3[],
  maxStep: number,
  maxTurnDeg: number,
  minStep = 0,
): number[] {
  const s = arcLengths(dense);
  const last = dense.length - 1;
  const out = [0];
  let from = 0;
  let before = sub(dense[1]!, dense[0]!);
  for (let j = 1; j < last; j++) {
    const next = j + 1;
    const bends =
      s[j]! - s[from]! >= minStep &&
      (angleDeg(before, sub(dense[next]!, dense[from]!)) > maxTurnDeg ||
        angleDeg(sub(dense[from + 1]!, dense[from]!), sub(dense[next]!, dense[j]!)) > maxTurnDeg);
    if (bends || s[next]! - s[from]! > maxStep) {
      before = sub(dense[j]!, dense[from]!);
      out.push(j);
      from = j;
    }
  }
  if (out.length > 1 && s[last]! - s[from]! < minStep) out.pop();
  out.push(last);
  return out;
}

/**
 * n points along a dense polyline spaced evenly in arc length plus `w` times the turn (radians) the curve
 * makes beyond `free` per evenly spaced piece (a gentle curve keeps its even rings), `w` lowered so that a
 * straight run's points lie at most `maxGap` even spacings apart, first and last kept, with each point's
 * fraction of the arc length: a tube with a fixed number of rings gets them where it bends
 * (evenly spaced rings cut a bend into a few straight pieces meeting at corners) and keeps its sizes where
 * they were along it by reading them at `along`.
 */
export function resampleBends(
  dense: readonly Vec3[],
  n: number,
  w: number,
  free = 0,
  maxGap = Infinity,
): { points: Vec3[]; along: number[] } {
  const { lines, along } = resampleBendsAcross([dense], n, w, free, maxGap);
  return { points: lines[0]!, along };
}

/** A polyline's fraction of its arc length at each vertex (0 first, 1 last). */
export function arcFractions(poly: readonly Vec3[]): number[] {
  const s = arcLengths(poly);
  const total = s[s.length - 1]!;
  return s.map((v) => v / total);
}

/** The point at fraction f of a polyline's arc length, given its vertices' fractions `fr`. */
function atFraction(poly: readonly Vec3[], fr: readonly number[], f: number): Vec3 {
  if (f <= 0) return poly[0]!;
  if (f >= 1) return poly[poly.length - 1]!;
  let j = 0;
  while (j < poly.length - 2 && fr[j + 1]! < f) j++;
  const seg = fr[j + 1]! - fr[j]!;
  return lerp(poly[j]!, poly[j + 1]!, seg > 0 ? Math.min(1, Math.max(0, (f - fr[j]!) / seg)) : 0);
}

/**
 * resampleBends for several dense polylines at once (a sheet's spines), each cut at the same fractions of its
 * own arc length, so that point i of every line lies on one cross-line: the turn beyond `free` at a fraction is
 * the largest any line makes there, and the points crowd where any of them bends. `fractions` (each line's
 * fraction at each of its vertices, from 0 to 1, increasing) stands in for their arc lengths' fractions.
 */
export function resampleBendsAcross(
  dense: readonly (readonly Vec3[])[],
  n: number,
  w: number,
  free = 0,
  maxGap = Infinity,
  fractions: readonly (readonly number[])[] = dense.map(arcFractions),
): { lines: Vec3[][]; along: number[] } {
  const fr = fractions;
  // each line's turn beyond `free` per unit of its fraction, on each of its segments (a vertex's turn split
  // between its two segments)
  const density = dense.map((line, l) => {
    const f = fr[l]!;
    const turnAt = (k: number): number =>
      k > 0 && k < line.length - 1 ? turnDeg(line, k) * (Math.PI / 180) : 0;
    return f.map((_, j) => {
      const step = j > 0 ? f[j]! - f[j - 1]! : 0;
      const excess = Math.max(0, (turnAt(j - 1) + turnAt(j)) / 2 - free * step * (n - 1));
      return step > 0 ? excess / step : 0;
    });
  });
  // every line's vertices on one scale of fractions; each piece bears the largest turn any line makes there
  const grid = [...new Set(fr.flat())].sort((a, b) => a - b);
  const at = dense.map(() => 1);
  const excess = grid.map((g, m) => {
    if (m === 0) return 0;
    const step = g - grid[m - 1]!;
    let most = 0;
    dense.forEach((_, l) => {
      while (fr[l]![at[l]!]! < g) at[l]!++;
      most = Math.max(most, density[l]![at[l]!]! * step);
    });
    return most;
  });
  // a straight run's points lie (1 + weight * all the excess) times the even spacing apart: at most maxGap
  const sum = excess.reduce((a, b) => a + b, 0);
  const weight = sum > 0 ? Math.min(w, (maxGap - 1) / sum) : 0;
  // c: the spacing coordinate at each fraction of the grid
  const c = [0];
  for (let m = 1; m < grid.length; m++) c.push(c[m - 1]! + (grid[m]! - grid[m - 1]!) + weight * excess[m]!);
  const end = c[c.length - 1]!;
  const along: number[] = [];
  let m = 0;
  for (let i = 0; i < n; i++) {
    const target = (end * i) / (n - 1);
    while (m < grid.length - 2 && c[m + 1]! < target) m++;
    const seg = c[m + 1]! - c[m]!;
    const u = seg > 0 ? Math.min(1, Math.max(0, (target - c[m]!) / seg)) : 0;
    along.push(grid[m]! + (grid[m + 1]! - grid[m]!) * u);
  }
  return { lines: dense.map((line, l) => along.map((f) => atFraction(line, fr[l]!, f))), along };
}

/**
 * A corner of a polyline rounded: `count` points on the circular arc of `radius` tangent to both legs
 * (prev -> apex and apex -> next), to stand for the apex among a curve's control points. A spline through the
 * apex itself turns there on whatever radius the legs' lengths give it.
 */
export function roundCorner(prev: Vec3, apex: Vec3, next: Vec3, radius: number, count = 3): Vec3[] {
  const a = normalize(sub(prev, apex));
  const b = normalize(sub(next, apex));
  const half = Math.acos(Math.max(-1, Math.min(1, dot(a, b)))) / 2;
  const bisector = normalize(add(a, b));
  const centre = madd(apex, [bisector, radius / Math.sin(half)]);
  const from = sub(madd(apex, [a, radius / Math.tan(half)]), centre);
  const to = sub(madd(apex, [b, radius / Math.tan(half)]), centre);
  return Array.from({ length: count }, (_, i) => {
    const u = i / (count - 1);
    return madd(centre, [normalize(lerp(from, to, u)), radius]);
  });
}

/** A polyline smoothed by `rounds` of [1 2 1]/4 averaging of its points, its ends kept where they are. */
export function relaxPolyline(points: readonly Vec3[], rounds: number): Vec3[] {
  let p = points.map((q): Vec3 => [...q]);
  for (let r = 0; r < rounds; r++)
    p = p.map((q, i) =>
      i === 0 || i === p.length - 1
        ? q
        : (q.map((v, k) => (p[i - 1]![k]! + 2 * v + p[i + 1]![k]!) / 4) as unknown as Vec3),
    );
  return p;
}

/** Smooth curve through the control points, n samples evenly spaced by arc length. */
export function smoothPath(points: readonly Vec3[], n: number): Vec3[] {
  return resample(catmullRom(points, 24), n);
}

/**
 * Smooth interpolation of values given at increasing positions (monotone cubic Hermite, Fritsch & Carlson
 * 1980): passes through every key, has a continuous slope, and never overshoots between two keys (a girth
 * never bulges past its neighbours). Clamped outside the keys.
 */
export function monotoneCubic(xs: readonly number[], ys: readonly number[]): (x: number) => number {
  const n = xs.length;
  const d: number[] = [];
  for (let i = 0; i + 1 < n; i++) d.push((ys[i + 1]! - ys[i]!) / (xs[i + 1]! - xs[i]!));
  const m: number[] = [d[0] ?? 0];
  for (let i = 1; i + 1 < n; i++) m.push(d[i - 1]! * d[i]! <= 0 ? 0 : (d[i - 1]! + d[i]!) / 2);
  m.push(d[n - 2] ?? 0);
  for (let i = 0; i + 1 < n; i++) {
    if (d[i] === 0) {
      m[i] = 0;
      m[i + 1] = 0;
      continue;
    }
    const a = m[i]! / d[i]!;
    const b = m[i + 1]! / d[i]!;
    const h = Math.hypot(a, b);
    if (h > 3) {
      m[i] = (3 * a * d[i]!) / h;
      m[i + 1] = (3 * b * d[i]!) / h;
    }
  }
  return (x) => {
    if (x <= xs[0]!) return ys[0]!;
    if (x >= xs[n - 1]!) return ys[n - 1]!;
    let i = 0;
    while (x > xs[i + 1]!) i++;
    const h = xs[i + 1]! - xs[i]!;
    const t = (x - xs[i]!) / h;
    const t2 = t * t;
    const t3 = t2 * t;
    return (
      (2 * t3 - 3 * t2 + 1) * ys[i]! +
      (t3 - 2 * t2 + t) * h * m[i]! +
      (-2 * t3 + 3 * t2) * ys[i + 1]! +
      (t3 - t2) * h * m[i + 1]!
    );
  };
}

/**
 * Ligaments drawn as bands of rounded (stadium) section: flat with fully rounded edges, not sheets of even
 * thickness with squared ends. A straight band can twist about its length and fan out into its footprints;
 * a curved band follows a path of points with a section per point.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { cross, dot, length, lerp, normalize, reject, scale, sub } from '../kernel/vec.ts';
import { union } from '../kernel/sdf.ts';
import { catmullRom } from '../kernel/spline.ts';

/** Distance to a stadium of half width w (along a) and half thickness h (along b), h <= w. */
const stadium = (a: number, b: number, w: number, h: number): number =>
  Math.hypot(Math.max(Math.abs(a) - (w - h), 0), b) - h;

/**
 * A lower bound of the distance to the superellipse |a/w|^p + |b/h|^p = 1 (h <= w, p >= 2): flat over its
 * middle, thinning towards rounded edges (a stadium keeps its full thickness to within h of its edge). Its
 * gradient is at most 1 long, so the mesher never steps over the surface.
 */
const superellipse = (a: number, b: number, w: number, h: number, p: number): number =>
  h * ((Math.abs(a) / w) ** p + (Math.abs(b) / h) ** p) ** (1 / p) - h;

/** Distance with rounded ends: the section's distance `sec` and the distance past the band's end `over`. */
function capped(sec: number, over: number, r: number): number {
  const qa = sec + r;
  const qb = over + r;
  return Math.min(Math.max(qa, qb), 0) + Math.hypot(Math.max(qa, 0), Math.max(qb, 0)) - r;
}

const smoothstep = (a: number, b: number, t: number): number => {
  const s = Math.min(1, Math.max(0, (t - a) / (b - a)));
  return s * s * (3 - 2 * s);
};

export interface TwistedBandOptions {
  /** The section's long axis at `from` and at `to` (projected across the band); the band turns between. */
  readonly acrossFrom: Vec3;
  readonly acrossTo: Vec3;
  /** Where along the band (0 at `from`, 1 at `to`) the turn starts and ends. */
  readonly turnSpan: readonly [number, number];
  /** Half width and half thickness of the midsubstance. */
  readonly halfWidth: number;
  readonly halfThick: number;
  /** How much wider and thicker the band is at each footprint (factors), and over what length it fans. */
  readonly fanFrom: readonly [number, number];
  readonly fanTo: readonly [number, number];
  readonly fanLength: number;
}

/** Signed angle from a to b about the unit axis n (both across it). */
function angleAbout(a: Vec3, b: Vec3, n: Vec3): number {
  return Math.atan2(dot(cross(a, b), n), dot(a, b));
}

/**
 * A straight band from `from` to `to` whose stadium section turns from `acrossFrom` to `acrossTo` and fans
 * out towards both ends, the ends rounded. The field is scaled by 0.8: the twist and the fan make the raw
 * distance change a little faster than 1 per metre, and the mesher's narrow band needs it about 1-Lipschitz.
 */
export function twistedBand(from: Vec3, to: Vec3, o: TwistedBandOptions): Sdf {
  const axis = sub(to, from);
  const len = length(axis);
  const d = scale(axis, 1 / len);
  const e1 = normalize(reject(o.acrossFrom, d));
  const e2 = cross(d, e1);
  const turn = angleAbout(e1, normalize(reject(o.acrossTo, d)), d);
  const fan = o.fanLength / len;
  return (x, y, z) => {
    const p: Vec3 = [x - from[0], y - from[1], z - from[2]];
    const s = dot(p, d) / len;
    const t = Math.min(1, Math.max(0, s));
    const u = dot(p, e1);
    const v = dot(p, e2);
    const th = turn * smoothstep(o.turnSpan[0], o.turnSpan[1], t);
    const c = Math.cos(th);
    const sn = Math.sin(th);
    // fan: (1 - distance from the end / fan length)^2 at each end
    const kf = Math.max(0, 1 - t / fan) ** 2;
    const kt = Math.max(0, 1 - (1 - t) / fan) ** 2;
    const w = o.halfWidth * (1 + (o.fanFrom[0] - 1) * kf + (o.fanTo[0] - 1) * kt);
    const h = Math.min(w, o.halfThick * (1 + (o.fanFrom[1] - 1) * kf + (o.fanTo[1] - 1) * kt));
    const sec = stadium(u * c + v * sn, -u * sn + v * c, w, h);
    const over = (Math.abs(s - 0.5) - 0.5) * len;
    return 0.8 * capped(sec, over, h * 0.8);
  };
}

/**
 * A curved band: its centreline, the half width and half thickness at each point, its face's normal, and
 * optionally the exponent of a superellipse section (edges thinning out; without it, a stadium).
 */
export interface BandPath {
  readonly points: readonly Vec3[];
  readonly halfWidths: readonly number[];
  readonly halfThicks: readonly number[];
  readonly normals: readonly Vec3[];
  readonly edge?: number;
}

/**
 * A curved band through points, each with its half width, half thickness and the normal of its flat face
 * (the thickness direction): one straight piece a segment, joined with a hard minimum. At an inner joint
 * each piece runs on past its end by enough to close the wedge on the outside of the bend; the band's
 * two ends are rounded, in section and in plan.
 */
export function pathBand({ points, halfWidths, halfThicks, normals, edge }: BandPath): Sdf {
  const n = points.length;
  const dirs: Vec3[] = [];
  for (let i = 0; i + 1 < n; i++) dirs.push(normalize(sub(points[i + 1] as Vec3, points[i] as Vec3)));
  // how far a piece must run past joint k (between dirs k-1 and k) to cover the outer wedge
  const overrun = (k: number): number => {
    if (k <= 0 || k >= n - 1) return 0;
    const cos = Math.min(1, dot(dirs[k - 1] as Vec3, dirs[k] as Vec3));
    const half = Math.acos(cos) / 2;
    return (halfWidths[k] as number) * Math.tan(half) + 0.0003;
  };
  // how far along the band each piece starts, so its ends round off over their last half width even where
  // the end pieces are shorter than that
  const starts = [0];
  for (let i = 0; i + 1 < n; i++)
    starts.push((starts[i] as number) + length(sub(points[i + 1] as Vec3, points[i] as Vec3)));
  const total = starts[n - 1] as number;
  const parts: Sdf[] = [];
  for (let i = 0; i + 1 < n; i++) {
    const a = points[i] as Vec3;
    const dir = dirs[i] as Vec3;
    const len = length(sub(points[i + 1] as Vec3, a));
    const start = starts[i] as number;
    const across = (k: number): Vec3 => cross(normalize(reject(normals[k] as Vec3, dir)), dir);
    const ea = across(i);
    const eb = across(i + 1);
    const [wa, wb] = [halfWidths[i] as number, halfWidths[i + 1] as number];
    const [ha, hb] = [halfThicks[i] as number, halfThicks[i + 1] as number];
    const [ra, rb] = [overrun(i), overrun(i + 1)];
    parts.push((x, y, z) => {
      const p: Vec3 = [x - a[0], y - a[1], z - a[2]];
      const s = dot(p, dir) / len;
      const t = Math.min(1, Math.max(0, s));
      // the section's axes and size blend from one end's to the other's
      const e = normalize([
        ea[0] * (1 - t) + eb[0] * t,
        ea[1] * (1 - t) + eb[1] * t,
        ea[2] * (1 - t) + eb[2] * t,
      ]);
      const h0 = ha + (hb - ha) * t;
      // the band's two ends round off in plan too: the width closes in a half circle over the last w
      const tip = Math.min(
        i === 0 ? t * len : start + t * len,
        i + 2 === n ? (1 - t) * len : total - start - t * len,
      );
      const w0 = wa + (wb - wa) * t;
      const w = tip < w0 ? Math.max(h0, w0 * Math.sqrt(1 - (1 - tip / w0) ** 2)) : w0;
      const h = Math.min(w, h0);
      const [sa, sb] = [dot(p, e), dot(p, cross(dir, e))];
      const sec = edge === undefined ? stadium(sa, sb, w, h) : superellipse(sa, sb, w, h, edge);
      // the band's own ends are rounded; at an inner joint the piece is cut flat (rounding both pieces
      // there would leave a groove round the band)
      const end = Math.max(i === 0 ? -s * len : -Infinity, i + 2 === n ? (s - 1) * len : -Infinity);
      const joint = Math.max(i > 0 ? -s * len - ra : -Infinity, i + 2 < n ? (s - 1) * len - rb : -Infinity);
      return 0.85 * Math.max(capped(sec, end, h * 0.8), joint);
    });
  }
  return union(parts, 0);
}

/**
 * A curved band along the centripetal Catmull-Rom curve through its points (kernel/spline.ts), every
 * segment cut into k straight pieces (half width, half thickness and normal blended along it), so that each
 * joint turns by about a k-th of the angle at a point and no crease shows anywhere along the band, its end
 * pieces included (the band's ends round off over its last half width, whatever the pieces' lengths).
 */
export function smoothBand(b: BandPath, k: number): BandPath {
  const n = b.points.length;
  const out = {
    points: catmullRom(b.points, k),
    halfWidths: [] as number[],
    halfThicks: [] as number[],
    normals: [] as Vec3[],
  };
  for (let i = 0; i + 1 < n; i++)
    for (let j = 0; j < k; j++) {
      const t = j / k;
      const mix = (v: readonly number[]): number => (v[i] as number) * (1 - t) + (v[i + 1] as number) * t;
      out.halfWidths.push(mix(b.halfWidths));
      out.halfThicks.push(mix(b.halfThicks));
      out.normals.push(normalize(lerp(b.normals[i] as Vec3, b.normals[i + 1] as Vec3, t)));
    }
  out.halfWidths.push(b.halfWidths[n - 1] as number);
  out.halfThicks.push(b.halfThicks[n - 1] as number);
  out.normals.push(b.normals[n - 1] as Vec3);
  return { ...out, ...(b.edge === undefined ? {} : { edge: b.edge }) };
}

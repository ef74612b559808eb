/**
 * The skin's lateral outline over the hip (seen from the front), smoothed where the thigh's sections meet
 * the trunk's. Each is lofted on its own and the two join in a smooth union, which bulges where their sides
 * lie close and dips where one has ended and the other not yet widened: the outline fell ~9 mm from the
 * upper thigh to below the greater trochanter and rose ~7 mm over it, turning 20 deg (a shelf the
 * iliotibial band, laid under the skin, followed). Moving the sections cannot fix it without changing the
 * girths, the front and back of the hip or the thigh's compartments the muscles fill; so the outline is
 * measured on the union and filled to the taut line over it, in a window round the lateral direction only.
 */
import type { Sdf } from '../types';
import { monotoneCubic } from '../kernel/spline.ts';

/** Heights between which the outline is sampled and filled (metres), and the sampling step. */
interface Range {
  readonly from: number;
  readonly to: number;
}
const STEP = 0.005;
/** The filled outline is smoothed over about this half-width in height (its hull's corners round off). */
const SMOOTH = 0.012;
/** The fill fades to nothing over this height at each end of the range. */
const TAPER = 0.03;
/** Half-width of the lateral window (cosine of the angle from lateral at which the fill is gone). */
const WINDOW_COS = Math.cos((55 * Math.PI) / 180);
/** The window's angles are measured from a centre this far medial of the outline. */
const WINDOW_DEPTH = 0.09;

/** The outermost (largest x) point of the field's zero set at height y: [x, z] and the field's x-slope there. */
function outermost(f: Sdf, y: number): { x: number; z: number; slope: number } {
  let best = { x: 0, z: 0 };
  const probe = (z: number): number => {
    let lo = 0.3;
    while (lo > 0.02 && f(lo, y, z) > 0) lo -= 0.002;
    if (lo <= 0.02) return 0;
    let hi = lo + 0.002;
    for (let i = 0; i < 20; i++) {
      const m = (lo + hi) / 2;
      if (f(m, y, z) < 0) lo = m;
      else hi = m;
    }
    return lo;
  };
  for (let z = -0.2; z <= 0.15; z += 0.004) {
    const x = probe(z);
    if (x > best.x) best = { x, z };
  }
  // refine z round the coarse best
  for (let z = best.z - 0.004; z <= best.z + 0.004; z += 0.0005) {
    const x = probe(z);
    if (x > best.x) best = { x, z };
  }
  const h = 0.001;
  const slope = (f(best.x + h, y, best.z) - f(best.x - h, y, best.z)) / (2 * h);
  return { ...best, slope: Math.max(0.2, slope) };
}

/** Upper hull of points (y ascending): for each sample, the taut line's x over it. */
function tautLine(ys: readonly number[], xs: readonly number[]): number[] {
  const hull: number[] = [];
  for (let i = 0; i < ys.length; i++) {
    while (hull.length >= 2) {
      const a = hull[hull.length - 2]!;
      const b = hull[hull.length - 1]!;
      // drop b if it lies on or below the line from a to i
      const cross = (ys[b]! - ys[a]!) * (xs[i]! - xs[a]!) - (xs[b]! - xs[a]!) * (ys[i]! - ys[a]!);
      if (cross >= 0) hull.pop();
      else break;
    }
    hull.push(i);
  }
  const out = new Array<number>(ys.length);
  for (let k = 0; k + 1 < hull.length; k++) {
    const a = hull[k]!;
    const b = hull[k + 1]!;
    for (let i = a; i <= b; i++)
      out[i] = xs[a]! + ((xs[b]! - xs[a]!) * (ys[i]! - ys[a]!)) / (ys[b]! - ys[a]!);
  }
  return out;
}

/** Moving average over +/- w samples (the ends keep their values). */
function smooth(v: readonly number[], w: number): number[] {
  return v.map((x, i) => {
    if (i < w || i >= v.length - w) return x;
    let s = 0;
    for (let k = -w; k <= w; k++) s += v[i + k]!;
    return s / (2 * w + 1);
  });
}

/**
 * `base` (a symmetric field, called with x >= 0) with its lateral outline between `range.from` and
 * `range.to` filled to the smoothed taut line over it.
 */
export function smoothLateralOutline(base: Sdf, range: Range): Sdf {
  const ys: number[] = [];
  for (let y = range.from; y <= range.to + 1e-9; y += STEP) ys.push(y);
  const at = ys.map((y) => outermost(base, y));
  const xs = at.map((p) => p.x);
  const target = smooth(tautLine(ys, xs), Math.round(SMOOTH / STEP));
  const fill = ys.map((y, i) => {
    const taper = Math.min(1, (y - range.from) / TAPER, (range.to - y) / TAPER);
    // in field units: the union's field changes by `slope` per metre outwards there
    return Math.max(0, taper) * (target[i]! - xs[i]!) * at[i]!.slope;
  });
  const fillAt = monotoneCubic(ys, fill);
  const zAt = monotoneCubic(
    ys,
    at.map((p) => p.z),
  );
  const xAt = monotoneCubic(ys, xs);
  return (x, y, z) => {
    const d = base(x, y, z);
    if (y <= range.from || y >= range.to) return d;
    const amount = fillAt(y);
    if (amount === 0) return d;
    const dx = x - (xAt(y) - WINDOW_DEPTH);
    const dz = z - zAt(y);
    const c = dx / Math.max(1e-9, Math.hypot(dx, dz));
    if (c <= WINDOW_COS) return d;
    const s = (c - WINDOW_COS) / (1 - WINDOW_COS);
    return d - amount * s * s * (3 - 2 * s);
  };
}

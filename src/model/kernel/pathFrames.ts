/**
 * Frames along a polyline. Parallel transport (Bishop 1975, "There is more than one way to frame a
 * curve") rotates the previous normal by the minimal rotation that carries one tangent onto the next,
 * so rings do not twist. A muscle can instead steer its width axis with hint directions.
 */
import type { Vec3 } from '../types.ts';
import { cross, dot, normalize, reject, scale, sub, add, lerp } from './vec.ts';
import { evenFractions } from './spline.ts';

export interface PathFrame {
  readonly t: Vec3;
  /** Width axis. */
  readonly n: Vec3;
  /** Thickness axis (t × n). */
  readonly b: Vec3;
}

export function tangents(path: readonly Vec3[]): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < path.length; i++) {
    const a = path[Math.max(0, i - 1)]!;
    const b = path[Math.min(path.length - 1, i + 1)]!;
    out.push(normalize(sub(b, a)));
  }
  return out;
}

function anyPerpendicular(t: Vec3): Vec3 {
  const axis: Vec3 = Math.abs(t[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  return normalize(reject(axis, t));
}

/** Rotate v about the unit axis k by angle (Rodrigues). */
function rotate(v: Vec3, k: Vec3, angle: number): Vec3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return add(add(scale(v, c), scale(cross(k, v), s)), scale(k, dot(k, v) * (1 - c)));
}

export function parallelTransportFrames(path: readonly Vec3[], firstNormal?: Vec3): PathFrame[] {
  const ts = tangents(path);
  const t0 = ts[0]!;
  let n = firstNormal ? normalize(reject(firstNormal, t0)) : anyPerpendicular(t0);
  if (n[0] === 0 && n[1] === 0 && n[2] === 0) n = anyPerpendicular(t0);
  const out: PathFrame[] = [{ t: t0, n, b: cross(t0, n) }];
  for (let i = 1; i < ts.length; i++) {
    const a = ts[i - 1]!;
    const t = ts[i]!;
    const axis = cross(a, t);
    const s = Math.hypot(axis[0], axis[1], axis[2]);
    if (s > 1e-9) n = rotate(n, scale(axis, 1 / s), Math.atan2(s, dot(a, t)));
    n = normalize(reject(n, t));
    out.push({ t, n, b: cross(t, n) });
  }
  return out;
}

/**
 * Frames whose width axis follows hint directions given at fractions of the path (linearly blended),
 * each projected onto the plane across the tangent. Falls back to parallel transport where a hint is
 * parallel to the tangent.
 */
export function hintedFrames(
  path: readonly Vec3[],
  hints: readonly { at: number; dir: Vec3 }[],
  along: readonly number[] = evenFractions(path.length),
): PathFrame[] {
  const pt = parallelTransportFrames(path, hints[0]?.dir);
  if (hints.length === 0) return pt;
  return pt.map((f, i) => {
    const u = along[i]!;
    let dir = hints[0]!.dir;
    for (let h = 0; h < hints.length - 1; h++) {
      const a = hints[h]!;
      const b = hints[h + 1]!;
      if (u >= a.at && u <= b.at) dir = lerp(a.dir, b.dir, (u - a.at) / Math.max(1e-9, b.at - a.at));
    }
    if (u > hints[hints.length - 1]!.at) dir = hints[hints.length - 1]!.dir;
    const n = normalize(reject(dir, f.t));
    if (n[0] === 0 && n[1] === 0 && n[2] === 0) return f;
    return { t: f.t, n, b: cross(f.t, n) };
  });
}

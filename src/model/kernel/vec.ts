/**
 * 3-vectors and coordinate frames for all of src/model (bone fields, lofts, landmarks): plain tuples,
 * no classes, no allocation tricks.
 */
import type { Vec3 } from '../types.ts';

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const dist = (a: Vec3, b: Vec3): number => length(sub(a, b));
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const mid = (a: Vec3, b: Vec3): Vec3 => lerp(a, b, 0.5);

/** Distance from p to the segment a-b (to a where they coincide). */
export function distToSegment(p: Vec3, a: Vec3, b: Vec3): number {
  const ab = sub(b, a);
  const len2 = dot(ab, ab);
  const t = len2 > 0 ? Math.max(0, Math.min(1, dot(sub(p, a), ab) / len2)) : 0;
  return dist(p, madd(a, [ab, t]));
}

/** Unit vector; a zero vector stays zero rather than turning into NaN. */
export function normalize(a: Vec3): Vec3 {
  const l = length(a);
  return l > 1e-12 ? scale(a, 1 / l) : [0, 0, 0];
}

/** The angle between two directions, in degrees (0-180; neither need be unit length). */
export function angleDeg(a: Vec3, b: Vec3): number {
  return (Math.acos(Math.max(-1, Math.min(1, dot(normalize(a), normalize(b))))) * 180) / Math.PI;
}

/** Sum of scaled vectors: madd(p, [d, s], ...) = p + d*s + ... */
export function madd(p: Vec3, ...terms: [Vec3, number][]): Vec3 {
  let x = p[0];
  let y = p[1];
  let z = p[2];
  for (const [d, s] of terms) {
    x += d[0] * s;
    y += d[1] * s;
    z += d[2] * s;
  }
  return [x, y, z];
}

/** Component of v perpendicular to the unit vector n. */
export const reject = (v: Vec3, n: Vec3): Vec3 => sub(v, scale(n, dot(v, n)));

/** Mirror a left-side point to the right side (x -> -x). */
export const mirrorPoint = (v: Vec3): Vec3 => [-v[0], v[1], v[2]];

/** Right-handed orthonormal frame with origin o. */
export interface Frame {
  readonly o: Vec3;
  readonly x: Vec3;
  readonly y: Vec3;
  readonly z: Vec3;
}

/** Frame whose Y axis is `up` and whose Z axis is as close to `fwd` as possible. */
export function frameYZ(o: Vec3, up: Vec3, fwd: Vec3): Frame {
  const y = normalize(up);
  const x = normalize(cross(y, fwd));
  const z = cross(x, y);
  return { o, x, y, z };
}
export const WORLD = (o: Vec3): Frame => ({ o, x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] });

/** World point from local coordinates (u along x, v along y, w along z) of a frame. */
export function toWorld(f: Frame, u: number, v: number, w: number): Vec3 {
  return [
    f.o[0] + f.x[0] * u + f.y[0] * v + f.z[0] * w,
    f.o[1] + f.x[1] * u + f.y[1] * v + f.z[1] * w,
    f.o[2] + f.x[2] * u + f.y[2] * v + f.z[2] * w,
  ];
}

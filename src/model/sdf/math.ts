/** Minimal 3-vector helpers for the bone fields (tuples, no classes, no allocation in hot loops). */
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
export const len = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const norm = (a: Vec3): Vec3 => scale(a, 1 / (len(a) || 1));
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const mid = (a: Vec3, b: Vec3): Vec3 => lerp(a, b, 0.5);
export const dist = (a: Vec3, b: Vec3): number => len(sub(a, b));

/** Right-handed orthonormal frame whose Y axis is `up` and whose Z axis is as close to `fwd` as possible. */
export interface Frame {
  readonly o: Vec3;
  readonly x: Vec3;
  readonly y: Vec3;
  readonly z: Vec3;
}
export function frameYZ(o: Vec3, up: Vec3, fwd: Vec3): Frame {
  const y = norm(up);
  const x = norm(cross(y, fwd));
  const z = cross(x, y);
  return { o, x, y, z };
}
export const WORLD = (o: Vec3): Frame => ({ o, x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] });

/**
 * Signed distance primitives (negative inside, metres) and smooth booleans, after the standard
 * formulas of Inigo Quilez's distance-function notes (our own implementation); a field's gradient, and the
 * steps along it that put a point at a given distance out of (or under) a surface.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { type Frame, dot, madd, normalize, sub } from './vec.ts';

/** The field's unit gradient at (x, y, z) by central differences over h: the outward normal of its level set. */
export function gradient(f: Sdf, x: number, y: number, z: number, h = 5e-4): Vec3 {
  return normalize([
    f(x + h, y, z) - f(x - h, y, z),
    f(x, y + h, z) - f(x, y - h, z),
    f(x, y, z + h) - f(x, y, z - h),
  ]);
}

/**
 * p moved along the field's gradient `give` of the way to its level set `level` (one Newton step: the whole
 * way for a true distance field). `value` is f at p, where the caller has it.
 */
export function toLevel(f: Sdf, p: Vec3, level: number, give = 1, value = f(...p)): Vec3 {
  return madd(p, [gradient(f, ...p), give * (level - value)]);
}

/** p, or where it lies nearer the surface than `clearance` (or inside), moved out to it (`give` of the way). */
export function clearOf(f: Sdf, p: Vec3, clearance: number, give = 1): Vec3 {
  const d = f(...p);
  return d < clearance ? toLevel(f, p, clearance, give, d) : p;
}

/** p, or where it lies less than `depth` inside the surface (or outside), moved in to that depth. */
export function keepUnder(f: Sdf, p: Vec3, depth: number, give = 1): Vec3 {
  const d = f(...p);
  return d > -depth ? toLevel(f, p, -depth, give, d) : p;
}

/** Polynomial smooth minimum: a union whose seam is rounded over about k. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}
export const smax = (a: number, b: number, k: number): number => -smin(-a, -b, k);

export const sphere =
  (c: Vec3, r: number): Sdf =>
  (x, y, z) =>
    Math.hypot(x - c[0], y - c[1], z - c[2]) - r;

/** Capsule from a to b whose radius goes linearly from ra to rb (a round cone, approximate). */
export function capsule(a: Vec3, b: Vec3, ra: number, rb = ra): Sdf {
  const [bx, by, bz] = sub(b, a);
  const bb = bx * bx + by * by + bz * bz || 1e-12;
  return (x, y, z) => {
    const px = x - a[0];
    const py = y - a[1];
    const pz = z - a[2];
    const h = Math.min(1, Math.max(0, (px * bx + py * by + pz * bz) / bb));
    return Math.hypot(px - bx * h, py - by * h, pz - bz * h) - (ra + (rb - ra) * h);
  };
}

/**
 * Chain of round cones through points with radii (one per point), joined with a hard minimum:
 * consecutive segments share their end spheres, so a smooth minimum would bulge at every joint.
 */
export function chain(points: readonly Vec3[], radii: readonly number[]): Sdf {
  const parts: Sdf[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    parts.push(capsule(points[i] as Vec3, points[i + 1] as Vec3, radii[i] ?? 0.005, radii[i + 1] ?? 0.005));
  }
  return union(parts, 0);
}

/** Point into a frame's local coordinates. */
function local(f: Frame, x: number, y: number, z: number): [number, number, number] {
  const dx = x - f.o[0];
  const dy = y - f.o[1];
  const dz = z - f.o[2];
  return [
    dx * f.x[0] + dy * f.x[1] + dz * f.x[2],
    dx * f.y[0] + dy * f.y[1] + dz * f.y[2],
    dx * f.z[0] + dy * f.z[1] + dz * f.z[2],
  ];
}

/** Ellipsoid with semi-axes r along the frame's x, y, z (bound-corrected approximation). */
export function ellipsoid(f: Frame, r: Vec3): Sdf {
  return (x, y, z) => {
    const [u, v, w] = local(f, x, y, z);
    const k0 = Math.hypot(u / r[0], v / r[1], w / r[2]);
    const k1 = Math.hypot(u / (r[0] * r[0]), v / (r[1] * r[1]), w / (r[2] * r[2]));
    if (k1 === 0) return -Math.min(r[0], r[1], r[2]);
    return (k0 * (k0 - 1)) / k1;
  };
}

/** Box with half-extents h in the frame, edges rounded by `round` (included in h). */
export function roundBox(f: Frame, h: Vec3, round: number): Sdf {
  return (x, y, z) => {
    const [u, v, w] = local(f, x, y, z);
    const qx = Math.abs(u) - h[0] + round;
    const qy = Math.abs(v) - h[1] + round;
    const qz = Math.abs(w) - h[2] + round;
    const out = Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0));
    return out + Math.min(Math.max(qx, qy, qz), 0) - round;
  };
}

/**
 * Elliptic slab: an ellipse of semi-axes (rx, rz) in the frame's x-z plane, extruded along y by
 * +-hy, edges rounded by `round`. Used for vertebral bodies and discs.
 */
export function ellipticSlab(f: Frame, rx: number, rz: number, hy: number, round: number): Sdf {
  return (x, y, z) => {
    const [u, v, w] = local(f, x, y, z);
    const k = Math.hypot(u / rx, w / rz);
    const k1 = Math.hypot(u / (rx * rx), w / (rz * rz));
    const d2 = k1 === 0 ? -Math.min(rx, rz) : (k * (k - 1)) / k1;
    const qx = d2 + round;
    const qy = Math.abs(v) - hy + round;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - round;
  };
}

/** Triangle a-b-c thickened by t (unsigned distance to the triangle minus t). */
export function thickTriangle(a: Vec3, b: Vec3, c: Vec3, t: number): Sdf {
  const ba = sub(b, a);
  const cb = sub(c, b);
  const ac = sub(a, c);
  const nor = [
    ba[1] * ac[2] - ba[2] * ac[1],
    ba[2] * ac[0] - ba[0] * ac[2],
    ba[0] * ac[1] - ba[1] * ac[0],
  ] as const;
  const dot = (p: readonly number[], q: readonly number[]): number =>
    (p[0] ?? 0) * (q[0] ?? 0) + (p[1] ?? 0) * (q[1] ?? 0) + (p[2] ?? 0) * (q[2] ?? 0);
  const crs = (p: readonly number[], q: readonly number[]): number[] => [
    (p[1] ?? 0) * (q[2] ?? 0) - (p[2] ?? 0) * (q[1] ?? 0),
    (p[2] ?? 0) * (q[0] ?? 0) - (p[0] ?? 0) * (q[2] ?? 0),
    (p[0] ?? 0) * (q[1] ?? 0) - (p[1] ?? 0) * (q[0] ?? 0),
  ];
  const cba = crs(ba, nor);
  const ccb = crs(cb, nor);
  const cac = crs(ac, nor);
  const nn = dot(nor, nor);
  const seg = (p: number[], e: Vec3): number => {
    const h = Math.min(1, Math.max(0, dot(e, p) / dot(e, e)));
    return (e[0] * h - (p[0] ?? 0)) ** 2 + (e[1] * h - (p[1] ?? 0)) ** 2 + (e[2] * h - (p[2] ?? 0)) ** 2;
  };
  return (x, y, z) => {
    const pa = [x - a[0], y - a[1], z - a[2]];
    const pb = [x - b[0], y - b[1], z - b[2]];
    const pc = [x - c[0], y - c[1], z - c[2]];
    const s = Math.sign(dot(cba, pa)) + Math.sign(dot(ccb, pb)) + Math.sign(dot(cac, pc));
    const d2 = s < 2 ? Math.min(seg(pa, ba), seg(pb, cb), seg(pc, ac)) : dot(nor, pa) ** 2 / nn;
    return Math.sqrt(d2) - t;
  };
}

/** A plate: fan of thick triangles from a centre to consecutive rim points (open fan, not closed). */
export function fanPlate(centre: Vec3, rim: readonly Vec3[], t: number, k = 0.004, closed = false): Sdf {
  const parts: Sdf[] = [];
  const n = rim.length;
  for (let i = 0; i + 1 < n + (closed ? 1 : 0); i++) {
    parts.push(thickTriangle(centre, rim[i] as Vec3, rim[(i + 1) % n] as Vec3, t));
  }
  return union(parts, k);
}

/**
 * A curved plate: like fanPlate, but the rim is first refined by a Catmull-Rom spline through its points
 * (`steps` pieces per rim segment) and the thin triangles are joined with a hard minimum. Adjacent
 * triangles then meet at small angles, and no seam is thickened (a smooth minimum of two nearly coplanar
 * plates adds up to k/4 along their shared edge, which shades as radial ridges).
 */
export function curvedFanPlate(centre: Vec3, rim: readonly Vec3[], t: number, steps = 3): Sdf {
  const fine: Vec3[] = [];
  const n = rim.length;
  const at = (i: number): Vec3 => rim[Math.max(0, Math.min(n - 1, i))] as Vec3;
  for (let i = 0; i + 1 < n; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    for (let s = 0; s < steps; s++) {
      const u = s / steps;
      const u2 = u * u;
      const u3 = u2 * u;
      const c = (k: 0 | 1 | 2): number =>
        0.5 *
        (2 * p1[k] +
          (p2[k] - p0[k]) * u +
          (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * u2 +
          (3 * p1[k] - p0[k] - 3 * p2[k] + p3[k]) * u3);
      fine.push([c(0), c(1), c(2)]);
    }
  }
  fine.push(at(n - 1));
  return fanPlate(centre, fine, t, 0);
}

/** Smooth union of several fields. */
export function union(parts: readonly Sdf[], k: number): Sdf {
  return (x, y, z) => {
    let d = Infinity;
    for (const f of parts) d = smin(d, f(x, y, z), k);
    return d;
  };
}

/**
 * Union of separate pieces kept apart by a gap where they would touch or overlap (the joint spaces between
 * small bones): outside a slab of width ~`gap` round the bisector of the two nearest pieces, the field is
 * the plain union, so each piece meshes as its own closed surface.
 */
export function separated(parts: readonly Sdf[], gap: number): Sdf {
  return (x, y, z) => {
    let d1 = Infinity;
    let d2 = Infinity;
    for (const f of parts) {
      const d = f(x, y, z);
      if (d < d1) {
        d2 = d1;
        d1 = d;
      } else if (d < d2) d2 = d;
    }
    return Math.max(d1, (d1 - d2 + gap) / 2);
  };
}

/** Barycentric weights (of b and c) of the point of triangle a-b-c nearest to a + ap (Ericson 2005, 5.1.5). */
export function closestBarycentric(ab: Vec3, ac: Vec3, ap: Vec3): [number, number] {
  const d1 = dot(ab, ap);
  const d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return [0, 0];
  const bp = sub(ap, ab);
  const d3 = dot(ab, bp);
  const d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return [1, 0];
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return [d1 / (d1 - d3), 0];
  const cp = sub(ap, ac);
  const d5 = dot(ab, cp);
  const d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return [0, 1];
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return [0, d2 / (d2 - d6)];
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return [1 - w, w];
  }
  const den = 1 / (va + vb + vc);
  return [vb * den, vc * den];
}

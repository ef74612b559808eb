/**
 * The obturator membrane: the sheet closing the obturator foramen, attached round its bony margin (Gray's
 * Anatomy 42nd ed.). The muscles of the medial thigh arise from the outer surface of the bone round it
 * (adductors, gracilis, pectineus) and obturator externus from its outer face; obturator internus from its
 * pelvic face. The thigh's frame lofts the adductors' tops as boxes that reached through the foramen into the
 * pelvis (up to 3 cm); `obturatorMembraneSdf` is the space behind the membrane they are pushed out of.
 *
 * The membrane is taken as the plane that fits the hip bone's surface within 3.5 cm of the foramen's centre
 * (the mid-plane of its margin, least squares), and the opening as the points of that plane, flooded from the
 * centre, with no bone within 4 mm of them along the plane's normal.
 */
import type { Sdf, Vec3 } from '../types';
import { L, perLandmarks } from '../landmarks';
import { boneSdf } from '../bones';
import { add, cross, dot, normalize, scale, sub } from '../kernel/vec';

/** Grid of the opening: 1 mm cells, up to 4.5 cm from the centre. */
const CELL = 0.001;
const REACH = 45;
/** Bone within this distance of a plane point along the normal closes the opening there (the margin's thickness). */
const RIM_DEPTH = 0.004;
/**
 * How far past the opening's edge, over the bony margin, the space the adductors are kept out of reaches:
 * pushed out along the membrane's normal there, not sideways where the opening's edge would make the field
 * jump (a few vertices were left up to 9 mm behind the membrane).
 */
const WIDEN = 3;
/**
 * The membrane's outer face off the plane, which is the mid-plane of its bony margin: a vertex pushed onto the
 * plane over the margin lay in the bone there, and the bones' push sent it back behind the membrane.
 */
const OUTER = 0.002;
/** How deep behind the membrane the space the adductors are kept out of reaches. */
const DEPTH = 0.06;

export interface ObturatorMembrane {
  /** A point of the membrane (the fitted surface points' centroid). */
  readonly centre: Vec3;
  /** Its normal, pointing out of the pelvis (laterally, forwards and down). */
  readonly normal: Vec3;
  /** How far p lies behind the membrane (into the pelvis) where it lies over the opening, else 0. */
  readonly depthBehind: (p: Vec3) => number;
  /** The same over the opening widened by `WIDEN` (so the field has no edge where a muscle meets the rim). */
  readonly depthBehindWide: (p: Vec3) => number;
  /** Area of the opening, m². */
  readonly area: number;
  /**
   * A point `depth` behind the membrane's plane (into the pelvis), `up` along it (its upward direction) and
   * `forward` along it (forwards and medially) from the opening's centre: where obturator internus lies on it.
   */
  readonly pelvicPoint: (up: number, forward: number, depth: number) => Vec3;
}

/** The eigenvector of a symmetric 3 x 3 matrix with the smallest eigenvalue (inverse power iteration). */
function smallestAxis(c: number[][]): Vec3 {
  const det = (m: number[][]): number =>
    m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
    m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
    m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
  const d = det(c);
  let v: Vec3 = [1, 0, 0];
  for (let it = 0; it < 50; it++) {
    const solved = [0, 1, 2].map((k) => det(c.map((row, i) => row.map((e, j) => (j === k ? v[i]! : e)))) / d);
    v = normalize(solved as unknown as Vec3);
  }
  return v;
}

export const obturatorMembrane = perLandmarks((): ObturatorMembrane => {
  const hip = boneSdf('hip_bone');
  const c0 = L('obturator_foramen_centre');
  const pts: Vec3[] = [];
  for (let i = -17; i <= 17; i++)
    for (let j = -17; j <= 17; j++)
      for (let k = -17; k <= 17; k++) {
        const o: Vec3 = [i * 0.002, j * 0.002, k * 0.002];
        if (Math.hypot(...o) > 0.035) continue;
        const p = add(c0, o);
        if (Math.abs(hip(...p)) < 0.001) pts.push(p);
      }
  const centre = scale(
    pts.reduce((s, p) => add(s, p), [0, 0, 0] as Vec3),
    1 / pts.length,
  );
  const cov = [0, 1, 2].map((a) =>
    [0, 1, 2].map((b) => pts.reduce((s, p) => s + (p[a]! - centre[a]!) * (p[b]! - centre[b]!), 0)),
  );
  const axis = smallestAxis(cov);
  // out of the pelvis: the left side's foramen faces laterally (+x)
  const normal = axis[0] < 0 ? scale(axis, -1) : axis;
  const e1 = normalize(sub([0, 1, 0], scale(normal, normal[1])));
  const e2 = cross(normal, e1);
  const side = 2 * REACH + 1;
  const open = new Uint8Array(side * side);
  const at = (i: number, j: number): Vec3 => add(centre, add(scale(e1, i * CELL), scale(e2, j * CELL)));
  const free = (i: number, j: number): boolean => {
    const p = at(i, j);
    for (let s = -RIM_DEPTH; s <= RIM_DEPTH + 1e-9; s += RIM_DEPTH / 2)
      if (hip(...add(p, scale(normal, s))) < 0) return false;
    return true;
  };
  const stack: [number, number][] = [[0, 0]];
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    if (Math.abs(i) > REACH || Math.abs(j) > REACH)
      throw new Error('obturator foramen: the opening is not closed by bone');
    const n = (i + REACH) * side + (j + REACH);
    if (open[n] || !free(i, j)) continue;
    open[n] = 1;
    stack.push([i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]);
  }
  const area = open.reduce((s, o) => s + o, 0) * CELL * CELL;
  const wide = new Uint8Array(side * side);
  for (let i = -REACH; i <= REACH; i++)
    for (let j = -REACH; j <= REACH; j++) {
      if (!open[(i + REACH) * side + (j + REACH)]) continue;
      for (let a = -WIDEN; a <= WIDEN; a++)
        for (let b = -WIDEN; b <= WIDEN; b++) {
          const [u, v] = [i + a, j + b];
          if (Math.abs(u) <= REACH && Math.abs(v) <= REACH && a * a + b * b <= WIDEN * WIDEN)
            wide[(u + REACH) * side + (v + REACH)] = 1;
        }
    }
  const behind =
    (mask: Uint8Array) =>
    (p: Vec3): number => {
      const d = sub(p, centre);
      const along = dot(d, normal);
      if (along >= 0) return 0;
      const i = Math.round(dot(d, e1) / CELL);
      const j = Math.round(dot(d, e2) / CELL);
      if (Math.abs(i) > REACH || Math.abs(j) > REACH || !mask[(i + REACH) * side + (j + REACH)]) return 0;
      return -along;
    };
  // the opening's own centre (of area), from which obturator internus is placed
  let [si, sj] = [0, 0];
  for (let i = -REACH; i <= REACH; i++)
    for (let j = -REACH; j <= REACH; j++)
      if (open[(i + REACH) * side + (j + REACH)]) [si, sj] = [si + i, sj + j];
  const cells = area / (CELL * CELL);
  const middle = at(si / cells, sj / cells);
  const pelvicPoint = (up: number, forward: number, depth: number): Vec3 =>
    add(middle, add(add(scale(e1, up), scale(e2, forward)), scale(normal, -depth)));
  return { centre, normal, depthBehind: behind(open), depthBehindWide: behind(wide), area, pelvicPoint };
});

/**
 * The space behind the membrane over the opening, DEPTH deep (negative inside: minus the distance to the
 * membrane), for `clears`: a muscle of the medial thigh pushed out of it comes to lie on the membrane's outer
 * face. Elsewhere positive (the distance out of the membrane's plane, at least 1 mm).
 */
export function obturatorMembraneSdf(): Sdf {
  const m = obturatorMembrane();
  return (x, y, z) => {
    const p: Vec3 = [x, y, z];
    const behind = m.depthBehindWide(p);
    if (behind > 0 && behind < DEPTH) return -behind - OUTER;
    return Math.max(0.001, Math.abs(dot(sub(p, m.centre), m.normal)));
  };
}

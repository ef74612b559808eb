/**
 * A lofted tube read back from its mesh as rings, and how much it turns from one ring to the next: the
 * measure the tests of limb muscles' turning tendons share (fibularisBrevis.test.ts,
 * fibularisLongus.test.ts, semimembranosusTendon.test.ts).
 */
import type { Vec3 } from '../types.ts';
import { angleDeg, sub } from '../kernel/vec.ts';

/** A loft's rings from its positions: ring-major, `ring` vertices a ring, then the two caps' centres. */
export function loftRingsOf(positions: ArrayLike<number>, ring: number): Vec3[][] {
  const n = (positions.length / 3 - 2) / ring;
  if (!Number.isInteger(n)) throw new Error(`not a loft of ${ring} vertices a ring`);
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: ring }, (_, k): Vec3 => {
      const i = 3 * (r * ring + k);
      return [positions[i]!, positions[i + 1]!, positions[i + 2]!];
    }),
  );
}

/** A ring's span: the largest distance between two of its vertices. */
export const ringSpan = (ring: readonly Vec3[]): number =>
  Math.max(...ring.flatMap((p) => ring.map((q) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]))));

/** A ring's centre (the mean of its vertices). */
export const ringCentre = (ring: readonly Vec3[]): Vec3 =>
  [0, 1, 2].map((e) => ring.reduce((s, p) => s + p[e]!, 0) / ring.length) as unknown as Vec3;

/**
 * The largest turn (degrees) at rings from..to (inclusive, each with a ring either side) along any ring-vertex
 * line (`line`), and along the line of the rings' centres (`centre`).
 */
export function ringTurns(
  rings: readonly Vec3[][],
  from: number,
  to: number,
): { line: number; centre: number } {
  let line = 0;
  let centre = 0;
  for (let r = Math.max(1, from); r <= Math.min(to, rings.length - 2); r++) {
    for (let k = 0; k < rings[r]!.length; k++)
      line = Math.max(
        line,
        angleDeg(sub(rings[r]![k]!, rings[r - 1]![k]!), sub(rings[r + 1]![k]!, rings[r]![k]!)),
      );
    const c = ringCentre(rings[r]!);
    centre = Math.max(centre, angleDeg(sub(c, ringCentre(rings[r - 1]!)), sub(ringCentre(rings[r + 1]!), c)));
  }
  return { line, centre };
}

/**
 * How far (degrees) each ring r in from..to (inclusive, each with a ring either side) stands off square to
 * the loft's course: the angle between the ring's plane (its normal by Newell's method) and the line from
 * the centre of the ring before to that of the ring after. A section carried unturned round a bend lies
 * oblique to the course there, and the tube flattens into a sheet.
 */
export function ringObliquity(rings: readonly Vec3[][], from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = Math.max(1, from); r <= Math.min(to, rings.length - 2); r++) {
    const ring = rings[r]!;
    let [x, y, z] = [0, 0, 0];
    for (let k = 0; k < ring.length; k++) {
      const p = ring[k]!;
      const q = ring[(k + 1) % ring.length]!;
      x += (p[1] - q[1]) * (p[2] + q[2]);
      y += (p[2] - q[2]) * (p[0] + q[0]);
      z += (p[0] - q[0]) * (p[1] + q[1]);
    }
    const normal: Vec3 = [x, y, z];
    const course = sub(ringCentre(rings[r + 1]!), ringCentre(rings[r - 1]!));
    const a = angleDeg(normal, course);
    out.push(Math.min(a, 180 - a));
  }
  return out;
}

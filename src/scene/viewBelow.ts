/**
 * Whether a framed structure is seen from below. The sole's muscles lie flat under the foot's bones: from the
 * front or the back they are seen edge-on, behind the foot. Two measures of the meshes, no list of names:
 * the structure faces down (the area it shows from below is at least FACES_DOWN times what it shows from
 * the side it would otherwise be seen from, viewSide.ts), and no bone lies under most of it (its vertices
 * below the lowest bone of their column). The second keeps flat structures that lie on a bone framed from
 * the side: the menisci on the tibia, the lumbar discs on their vertebrae. Measured on today's model: the
 * sole's four muscles show 4.8-6.5 times more from below, with 64-88 % of their vertices under no bone; the
 * discs, menisci, knee joint and metatarsals 1.7-2.6 times, all on bone; whatever has no bone under most of
 * it at most 1.7 times (the superior gluteal nerve). viewChoice.test.ts checks it on the committed model.
 * The sole's third layer (issue 13) lies among the metatarsals, deep to the first two layers: adductor
 * hallucis' transverse head runs across the foot just behind the metatarsal heads, so it shows only 2.45 times
 * more from below than from the front, and over 2 cm columns the heads' low points lay under 77 % of it. Over
 * 1 cm columns 45 % of its vertices have no bone under them (flexor hallucis brevis 79 %, flexor digiti minimi
 * brevis 97 %, the first two layers 82-90 %; the discs, menisci and knee joint at most 19 %), and no structure
 * with no bone under 30 % of it or more shows over 1.7 times more from below than from the front or the side
 * but the sole's muscles (2.45-6.5): so 2 times and 30 %.
 */

/** Width of a column (x and z, metres) of the bones' floor. */
const COLUMN = 0.01;
/** How many times more area a structure must show from below than from its side to be seen from below. */
export const FACES_DOWN = 2;
/** Share of its vertices that must have no bone under them. */
const UNCOVERED = 0.3;

/** The height of the lowest bone in the column over a point (x, z), or Infinity where there is no bone. */
export type BoneFloor = (x: number, z: number) => number;

const key = (x: number, z: number) => `${Math.floor(x / COLUMN)},${Math.floor(z / COLUMN)}`;

/** The bones' floor, from their world positions (x, y, z triples). */
export function boneFloor(bones: readonly ArrayLike<number>[]): BoneFloor {
  const floor = new Map<string, number>();
  for (const p of bones)
    for (let i = 0; i + 2 < p.length; i += 3) {
      const column = key(p[i]!, p[i + 2]!);
      floor.set(column, Math.min(floor.get(column) ?? Infinity, p[i + 1]!));
    }
  return (x, z) => floor.get(key(x, z)) ?? Infinity;
}

/** A mesh in world space: positions (x, y, z triples) and its triangles (three vertex numbers each). */
export interface WorldMesh {
  readonly positions: ArrayLike<number>;
  readonly triangles: ArrayLike<number>;
}

/**
 * The area a closed mesh shows along a unit direction (either way): half the sum of its triangles' areas
 * times |cos| of their normal's angle to the direction (its outline's area where it is convex).
 */
export function shownArea({ positions: p, triangles: t }: WorldMesh, dir: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i + 2 < t.length; i += 3) {
    const a = 3 * t[i]!;
    const b = 3 * t[i + 1]!;
    const c = 3 * t[i + 2]!;
    const u = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!] as const;
    const v = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!] as const;
    // the cross product is twice the triangle's area along its normal
    const n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
    sum += Math.abs(n[0]! * dir[0]! + n[1]! * dir[1]! + n[2]! * dir[2]!) / 2;
  }
  return sum / 2;
}

/** Share of the vertices with no bone under them. */
export function uncoveredShare(meshes: readonly WorldMesh[], floor: BoneFloor): number {
  let under = 0;
  let count = 0;
  for (const { positions: p } of meshes)
    for (let i = 0; i + 2 < p.length; i += 3) {
      count++;
      if (p[i + 1]! < floor(p[i]!, p[i + 2]!)) under++;
    }
  return count === 0 ? 0 : under / count;
}

/** Whether meshes framed from `azimuth` (radians, 0 = front) are rather seen from below. */
export function seenFromBelow(meshes: readonly WorldMesh[], floor: BoneFloor, azimuth: number): boolean {
  const side = [Math.sin(azimuth), 0, Math.cos(azimuth)];
  let below = 0;
  let across = 0;
  for (const mesh of meshes) {
    below += shownArea(mesh, [0, 1, 0]);
    across += shownArea(mesh, side);
  }
  return below > FACES_DOWN * across && uncoveredShare(meshes, floor) > UNCOVERED;
}

/**
 * The view from below: in front of the toes and under them, looking up at the sole, so the toes are at the
 * top of the screen as atlases draw the sole. Radians: azimuth 0 = front, elevation below the horizontal.
 */
export const BELOW = { azimuth: 0, elevation: -1.05 } as const;

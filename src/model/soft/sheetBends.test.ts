/**
 * Every sheet muscle bends without a crease (build.ts' sheetRings): its rings, the same number as before, crowd
 * into its bends as a path's do, at the same fractions of every spine's length. Rings spaced evenly along each
 * spine cut a bend into straight pieces meeting at a crease: gluteus maximus' spines turned 32.8 deg from one
 * ring to the next round the trochanter near its insertion (the lofted sheet's mid-surface 29.8), iliacus'
 * 18.6 over the pelvic brim.
 */
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../types';
import { turnDeg } from '../kernel/spline.ts';
import { buildSoftBody, sheetRings } from './build';
import { muscleSpecs } from './muscles';

/**
 * The largest turn of a sheet's faces between rings. Where a cross-line runs back on itself the lens' normal swings
 * onto the ring: gluteus medius' insertion line turned back by 136 deg at the lateral facet's landmark and
 * quadratus lumborum's was a 2.8 mm stub turning 55 deg, so their faces turned 55 and 48 deg onto the end ring.
 * Gluteus maximus' turned 33.7 deg where its 4 cm belly bent at 0.34 of its length, before its edge strip.
 * Iliacus' deep face turned 54 deg at the pelvic brim where its rings, at fractions of each spine's own length,
 * ran within 11-20 deg of the spines (its lateral edge is shorter than its middle): the lens' normal swung up to
 * 28 deg a ring where the sheet turns from the fossa's wall to the front of the hip joint (now ringsOnLines).
 */
const FACE_TURN = 30;

/** The largest turn between neighbouring rings along any of the lines. */
const largestTurn = (lines: readonly (readonly Vec3[])[]): number =>
  Math.max(...lines.flatMap((l) => l.slice(1, -1).map((_, i) => turnDeg(l, i + 1))));

describe('sheet muscles bend smoothly', () => {
  for (const s of muscleSpecs())
    if (s.kind === 'sheet')
      it(`${s.id}: its spines turn at most 15 deg between rings, its lofted mid-surface 20, its faces ${FACE_TURN}`, () => {
        const { spines, along } = sheetRings(s);
        expect(spines.every((l) => l.length === (s.rings ?? 32))).toBe(true);
        expect(along.every((u, i) => i === 0 || u > along[i - 1]!)).toBe(true);
        expect(largestTurn(spines)).toBeLessThanOrEqual(15);
        // the loft's mid-surface: half-way between each vertex of a ring and the one facing it across the
        // sheet (kernel/loft.ts' lens rings), from edge to edge
        const { mesh, ring } = buildSoftBody(s);
        const p = mesh.positions;
        const n = (p.length / 3 - 2) / ring;
        expect(n).toBe(s.rings ?? 32);
        const mid = (r: number, k: number): Vec3 => {
          const a = 3 * (r * ring + k);
          const b = 3 * (r * ring + ((ring - k) % ring));
          return [0, 1, 2].map((e) => (p[a + e]! + p[b + e]!) / 2) as unknown as Vec3;
        };
        const lines = Array.from({ length: ring / 2 + 1 }, (_, k) =>
          Array.from({ length: n }, (_, r) => mid(r, k)),
        );
        expect(largestTurn(lines)).toBeLessThanOrEqual(20);
        // and its faces, each vertex's line from ring to ring, do not fold: where iliacus' cross-lines ran
        // within a few degrees of its spines over the pelvic brim (its brim line hooked back at its lateral
        // end) the lens' normal swung from ring to ring and its faces turned up to 120 deg
        const faces = Array.from({ length: ring }, (_, k) =>
          Array.from({ length: n }, (_, r): Vec3 => [
            p[3 * (r * ring + k)]!,
            p[3 * (r * ring + k) + 1]!,
            p[3 * (r * ring + k) + 2]!,
          ]),
        );
        expect(largestTurn(faces)).toBeLessThanOrEqual(FACE_TURN);
      });
});

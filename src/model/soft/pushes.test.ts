/**
 * The trunk, gluteal and hip rotator muscles are drawn where they lie, not shaped by their fit: no earlier
 * muscle alone pushes a loft, nor does the skin's clamp press it, by more than BOUND, and
 * the bones push none of them by more than BONE_BOUND between its end rings or END_BOUND at them
 * (soft/pushes.ts). So a change to a neighbour or to the skin moves such a muscle by at most that much, and
 * this test says which one did more.
 */
import { describe, expect, it } from 'vitest';
import { glutealMuscles } from './muscles/gluteal';
import { hipRotatorMuscles } from './muscles/hipRotators';
import { trunkMuscles } from './muscles/trunk';
import { END_RINGS, musclePushes } from './pushes';

/**
 * 3 mm: once each muscle was laid where it lies, the largest push left is 2.7 mm (psoas' tendon by vastus
 * medialis at the lesser trochanter; npm run model:pushes), and 3 mm is under the skin clamp's own margin
 * (4 mm, the skin mesh's simplification error) and a third of the thinnest of these bellies (~1 cm), so a
 * push this small does not change how a muscle reads. The largest pushes were 7-16 mm before; the hip
 * rotators' 3-9 mm (the adductors' tops, gemellus inferior, biceps femoris), now 2.2 mm at most.
 */
const BOUND = 0.003;
/** The bones' push between the end rings: the same 3 mm, for the same reasons. */
const BONE_BOUND = BOUND;
/**
 * The bones' push over the END_RINGS rings at each end: an end is laid on its bone (1 mm out), so where the
 * bone's surface curves away from the end's flat ring or the ring is thicker than the bone's ridge is
 * broad, the ring's deep half is pushed out. Half the thickness of these muscles' thickest ends (~1.2 cm)
 * is 6 mm; a push of 1-2 cm there means the end lies beside its attachment, not on it.
 */
const END_BOUND = 0.006;
const mm = (v: number): string => `${(v * 1000).toFixed(1)} mm`;

describe('trunk, gluteal and hip rotator muscles lie where their specs draw them', () => {
  const ids = [...new Set([...trunkMuscles(), ...glutealMuscles(), ...hipRotatorMuscles()].map((m) => m.id))];
  for (const id of ids) {
    it(`${id}: no earlier muscle alone pushes it, nor the skin presses it, past ${mm(BOUND)}`, () => {
      const pieces = musclePushes([id]);
      expect(pieces.length).toBeGreaterThan(0);
      for (const piece of pieces) {
        for (const p of piece.neighbours)
          expect(p.max, `pushed by ${p.by}: ${mm(p.max)}`).toBeLessThanOrEqual(BOUND);
        expect(piece.skin.max, `pressed by the skin: ${mm(piece.skin.max)}`).toBeLessThanOrEqual(BOUND);
      }
    }, 300_000);
  }
});

describe('trunk, gluteal and hip rotator muscles lie out of the bones', () => {
  const ids = [...new Set([...trunkMuscles(), ...glutealMuscles(), ...hipRotatorMuscles()].map((m) => m.id))];
  for (const id of ids) {
    it(`${id}: the bones push it at most ${mm(BONE_BOUND)}, ${mm(END_BOUND)} in its last ${END_RINGS} rings at each end`, () => {
      const pieces = musclePushes([id]);
      expect(pieces.length).toBeGreaterThan(0);
      for (const piece of pieces) {
        const name = `${piece.id}${piece.part ? ` (${piece.part})` : ''}`;
        const { ends, between } = piece.bones;
        expect(
          between.max,
          `${name} between its ends: ${mm(between.max)} at ${between.along.toFixed(2)}`,
        ).toBeLessThanOrEqual(BONE_BOUND);
        expect(
          ends.max,
          `${name} at an end: ${mm(ends.max)} at ${ends.along.toFixed(2)}`,
        ).toBeLessThanOrEqual(END_BOUND);
      }
    }, 300_000);
  }
});

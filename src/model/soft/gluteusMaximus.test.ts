/**
 * Gluteus maximus' fibres run straight, obliquely down and out, parallel (Gray's 42nd ed.; the atlases'
 * gluteal plates): its striae follow the sheet's spines (soft/fibres.ts), so the spines must not bend in the
 * back view. Its lower spines flattened from ~50° to ~0° over the hamstrings' origin and read as curved bands
 * in `glute-fold-back`.
 */
import { describe, expect, it } from 'vitest';
import { sheetRings } from './build';
import { muscleSpec } from './muscles';

/** Angle below the horizontal of a step in the back view (x lateral, y up), degrees. */
const slope = (a: readonly number[], b: readonly number[]): number =>
  (Math.atan2(a[1]! - b[1]!, b[0]! - a[0]!) * 180) / Math.PI;

describe('gluteus maximus', () => {
  it('its lower fibres keep their slope, within 25°, from the sacrum and coccyx across the buttock', () => {
    const s = muscleSpec('gluteus_maximus');
    if (s.kind !== 'sheet') throw new Error('gluteus maximus is a sheet');
    const { spines, along } = sheetRings(s);
    // the lower half of the sheet, up to 0.6 of the way: beyond, it turns forward into the wedge between
    // biceps femoris and vastus lateralis and to the iliotibial band, seen end-on from behind
    for (const spine of spines.slice(Math.floor(spines.length / 2))) {
      const steps = spine.slice(1).flatMap((p, i) => (along[i + 1]! <= 0.6 ? [slope(spine[i]!, p)] : []));
      expect(steps.length).toBeGreaterThan(5);
      expect(Math.max(...steps) - Math.min(...steps)).toBeLessThan(25);
      // and they run down and out, as the fibres do
      expect(Math.min(...steps)).toBeGreaterThan(15);
    }
  });
});

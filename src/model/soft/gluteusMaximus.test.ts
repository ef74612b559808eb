/**
 * Gluteus maximus' fibres run straight, obliquely down and out, parallel (Gray's 42nd ed.; the atlases'
 * gluteal plates): its striae follow the sheet's spines (soft/fibres.ts), so the spines must not bend in the
 * back view. Its lower spines flattened from ~50° to ~0° over the hamstrings' origin and read as curved bands
 * in `glute-fold-back`.
 */
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../types';
import { L } from '../landmarks';
import { readCommittedModel } from '../measure/committedModel.ts';
import { sheetRings } from './build';
import { muscleSpec } from './muscles';
import { hits, trianglesNear } from './drape';

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

  it('standing, it covers the ischial tuberosity seen from behind', async () => {
    // Moore's Clinically Oriented Anatomy: covered standing, it slides off the tuberosity when sitting. Its
    // lower border crossed ~3 cm above the tuberosity's lowest point and covered 1 of its 29 back vertices.
    const meshes = await readCommittedModel();
    const mesh = (name: string) => meshes.find((m) => m.name === name)!;
    const t = L('ischial_tuberosity');
    const p = mesh('hip_bone_l').positions;
    // the tuberosity's back: the hip bone's vertices within 2.5 cm of it and behind it
    const back: Vec3[] = [];
    for (let i = 0; i < p.length; i += 3) {
      const v: Vec3 = [p[i]!, p[i + 1]!, p[i + 2]!];
      if (Math.hypot(v[0] - t[0], v[1] - t[1], v[2] - t[2]) < 0.025 && v[2] < t[2] - 0.005) back.push(v);
    }
    const glute = trianglesNear(
      [mesh('gluteus_maximus_l')],
      [t[0] - 0.06, t[1] - 0.06, t[2] - 0.2],
      [t[0] + 0.06, t[1] + 0.06, t[2]],
    );
    const covered = back.filter((v) => hits(v, [0, 0, -1], glute).length > 0);
    expect(back.length).toBeGreaterThan(20);
    expect(covered.length / back.length).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});

/**
 * The committed model measured against published anatomy (the same GLBs the app loads; glb.test.ts checks
 * it is what the generator builds): muscle volume shares against MRI (Handsfield et al. 2014), bone form
 * against published normal ranges, and skin girths against ANSUR II. `npm run model:report` prints the
 * same comparisons as tables.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeshData } from '../types.ts';
import { readCommittedModel } from './committedModel.ts';
import { compareShares, SHARE_TOLERANCE } from './muscleVolumes.ts';
import { muscleVolumesCm3 } from './measureModel.ts';
import { skinGirths } from './girths.ts';
import { boneForm } from './boneForm.ts';
import { GIRTH_TOLERANCE } from './report.ts';

let meshes: MeshData[];
beforeAll(async () => {
  meshes = await readCommittedModel();
}, 60_000);

describe('muscle bulk (Handsfield et al. 2014, MRI)', () => {
  it('every modelled muscle with an MRI volume takes its share of the total within ±25 %', async () => {
    const rows = compareShares(await muscleVolumesCm3(meshes));
    // Rajagopal's 29 and, from the regressions, pectineus, popliteus, the obturators, quadratus femoris, the gemelli
    expect(rows.length).toBe(35);
    for (const r of rows)
      expect(
        Math.abs(r.ratio - 1),
        `${r.id}: ${(100 * r.modelShare).toFixed(1)} % of the total`,
      ).toBeLessThanOrEqual(SHARE_TOLERANCE);
  });
});

describe('outline (ANSUR II)', () => {
  it('thigh, lower thigh, calf, ankle and hip girths are within 10 % of ANSUR II in proportion to stature', () => {
    const skin = meshes.find((m) => m.name === 'skin')!;
    const rows = skinGirths(skin);
    expect(rows.length).toBe(5);
    for (const g of rows)
      expect(
        Math.abs(g.ratio / g.reference.mean - 1),
        `${g.name} at ${g.y.toFixed(3)} m`,
      ).toBeLessThanOrEqual(GIRTH_TOLERANCE);
  });
});

describe('bone form (published normal ranges, measured on the meshes)', () => {
  it('neck-shaft angle, anteversion, head, condyles, plateau, torsion, patella, foot length and arch', () => {
    const rows = boneForm(new Map(meshes.map((m) => [m.name, m])));
    expect(rows.length).toBe(10);
    for (const r of rows) {
      const where = `${r.name}: ${r.value.toFixed(1)} ${r.unit}, normal ${r.range[0]}–${r.range[1]}`;
      expect(r.value, where).toBeGreaterThanOrEqual(r.range[0]);
      expect(r.value, where).toBeLessThanOrEqual(r.range[1]);
    }
  });
});

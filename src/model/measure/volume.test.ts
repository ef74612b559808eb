import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../types.ts';
import { merge, signedVolume } from '../kernel/mesh.ts';
import { tube } from '../kernel/loft.ts';
import { parallelTransportFrames } from '../kernel/pathFrames.ts';
import { smoothPath } from '../kernel/spline.ts';
import { unionVolume } from './volume.ts';
import {
  compareShares,
  RAJAGOPAL_SUBJECT,
  RAJAGOPAL_VOLUME_CM3,
  REFERENCE_VOLUME_CM3,
} from './muscleVolumes.ts';
import { HANDSFIELD_REGRESSIONS, regressedVolumeCm3, totalMuscleVolumeCm3 } from './handsfieldRegressions.ts';

const rod = (a: Vec3, b: Vec3, r: number) => {
  const path = smoothPath([a, b], 30);
  return tube(path, parallelTransportFrames(path), () => r, 24);
};

describe('unionVolume', () => {
  it('agrees with the divergence theorem on a closed, non-overlapping mesh', () => {
    const m = rod([0, 0, 0], [0.02, 0.3, 0.01], 0.03);
    expect(unionVolume(m) / signedVolume(m)).toBeCloseTo(1, 2);
  });
  it('counts the overlap of two pieces once', () => {
    const a = rod([0, 0, 0], [0, 0.3, 0], 0.03);
    const b = rod([0.02, 0, 0], [0.02, 0.3, 0], 0.03);
    const sum = signedVolume(a) + signedVolume(b);
    const u = unionVolume(merge([a, b]));
    expect(u).toBeLessThan(sum * 0.8);
    expect(u).toBeGreaterThan(signedVolume(a) * 1.2);
  });
});

describe('reference volumes', () => {
  it('recovers Handsfield volumes from the Rajagopal forces (V = F_max · l_opt / 60 N/cm²)', () => {
    // vastus lateralis: 5148.8 N × 9.94 cm / 60 N/cm² ≈ 853 cm³
    expect(REFERENCE_VOLUME_CM3['vastus_lateralis']).toBeCloseTo(853, 0);
  });
  it("gives back Rajagopal's volumes from Handsfield's regressions at its subject, within 4 % (two transcriptions agree)", () => {
    const total = totalMuscleVolumeCm3(RAJAGOPAL_SUBJECT.heightM, RAJAGOPAL_SUBJECT.massKg);
    let compared = 0;
    for (const [id, r] of Object.entries(HANDSFIELD_REGRESSIONS)) {
      const parts = r.parts ?? [id];
      if (!parts.every((p) => p in RAJAGOPAL_VOLUME_CM3)) continue;
      const rajagopal = parts.reduce((s, p) => s + RAJAGOPAL_VOLUME_CM3[p]!, 0);
      expect(Math.abs(regressedVolumeCm3(r, total) / rajagopal - 1), id).toBeLessThan(0.04);
      compared++;
    }
    // Rajagopal's 29 muscles, the fibulares and the long toe extensors pooled as in the paper
    expect(compared).toBe(27);
  });
  it('takes the muscles Rajagopal lacks from the regressions (pectineus ≈ 68 cm³ at 1.70 m, 75 kg)', () => {
    expect(REFERENCE_VOLUME_CM3['pectineus']).toBeCloseTo(0.0107 * (47 * 1.7 * 75 + 1285) - 9.94, 6);
    for (const id of [
      'popliteus',
      'obturator_externus',
      'obturator_internus',
      'quadratus_femoris',
      'gemelli',
    ])
      expect(REFERENCE_VOLUME_CM3[id], id).toBeGreaterThan(10);
  });
  it('compares the gemelli pooled, as the paper measures them', () => {
    const rows = compareShares(
      new Map([
        ['gemellus_superior', 1],
        ['gemellus_inferior', 2],
        ['piriformis', 3],
      ]),
    );
    expect(rows.map((r) => [r.id, r.model])).toEqual([
      ['piriformis', 3],
      ['gemelli', 3],
    ]);
  });
  it('compares shares over the muscles both have', () => {
    const rows = compareShares(
      new Map([
        ['vastus_lateralis', 2],
        ['vastus_medialis', 1],
        ['not_a_muscle', 5],
      ]),
    );
    expect(rows.map((r) => r.id)).toEqual(['vastus_lateralis', 'vastus_medialis']);
    expect(rows[0]!.modelShare).toBeCloseTo(2 / 3, 9);
  });
});

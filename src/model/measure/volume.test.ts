import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../types.ts';
import { merge, signedVolume } from '../kernel/mesh.ts';
import { tube } from '../kernel/loft.ts';
import { parallelTransportFrames } from '../kernel/pathFrames.ts';
import { smoothPath } from '../kernel/spline.ts';
import { unionVolume } from './volume.ts';
import { compareShares, REFERENCE_VOLUME_CM3 } from './muscleVolumes.ts';

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

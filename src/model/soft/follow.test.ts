/**
 * Muscles are placed from the landmarks, so they follow the skeleton: move a landmark and the muscles that
 * depend on it move with it (and the ones that do not, stay).
 */
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../types.ts';
import { L, withLandmarks, type LandmarkName } from '../landmarks.ts';
import { buildSoftBody } from './build.ts';
import { muscleSpec } from './muscles/index.ts';
import { glutealMuscles } from './muscles/gluteal.ts';
import { trunkMuscles } from './muscles/trunk.ts';

const centroid = (p: Float32Array): Vec3 => {
  const c = [0, 0, 0];
  for (let i = 0; i < p.length; i += 3) for (let k = 0; k < 3; k++) c[k]! += p[i + k]!;
  return c.map((v) => (3 * v) / p.length) as unknown as Vec3;
};

describe('muscles follow the skeleton', () => {
  it('lowering the knee by 3 cm lowers and lengthens the vastus lateralis, and leaves gluteus medius', () => {
    // the knee and the patella in front of it (vastus lateralis ends on the patella's border)
    const lower = (n: LandmarkName): Vec3 => [L(n)[0], L(n)[1] - 0.03, L(n)[2]];
    const before = buildSoftBody(muscleSpec('vastus_lateralis')).mesh.positions;
    const glute = buildSoftBody(muscleSpec('gluteus_medius')).mesh.positions;
    const moved = { knee_joint_centre: lower('knee_joint_centre'), patella_centre: lower('patella_centre') };
    const [after, gluteAfter] = withLandmarks(moved, () => [
      buildSoftBody(muscleSpec('vastus_lateralis')).mesh.positions,
      buildSoftBody(muscleSpec('gluteus_medius')).mesh.positions,
    ]);
    const ys = (p: Float32Array): number[] => [...p].filter((_, i) => i % 3 === 1);
    // the belly's centre drops by about half the knee's move (it spans the thigh's middle)
    const drop = centroid(before)[1] - centroid(after)[1];
    expect(drop).toBeGreaterThan(0.008);
    expect(drop).toBeLessThan(0.025);
    // its lower end follows the knee further down
    expect(Math.min(...ys(before)) - Math.min(...ys(after))).toBeGreaterThan(0.015);
    expect(centroid(gluteAfter)[1]).toBeCloseTo(centroid(glute)[1], 6);
  }, 120_000);

  it('raising the ilium by 1 cm raises the gluteal sheets drawn on it, and leaves the psoas along the spine', () => {
    const ilium: LandmarkName[] = ['asis', 'aiis', 'psis', 'piis', 'iliac_crest_top', 'iliac_tubercle'];
    const up = Object.fromEntries(ilium.map((n) => [n, [L(n)[0], L(n)[1] + 0.01, L(n)[2]] as Vec3]));
    const medius = (): readonly Vec3[] => {
      const m = glutealMuscles().find((g) => g.id === 'gluteus_medius');
      return m?.kind === 'sheet' ? m.lines[0]! : [];
    };
    const psoas = (): readonly Vec3[] => {
      const m = trunkMuscles().find((g) => g.id === 'psoas_major');
      return m?.kind === 'path' ? m.via.slice(0, 3) : [];
    };
    const [crestAfter, psoasAfter] = withLandmarks(up, () => [medius(), psoas()]);
    const crest = medius();
    expect(crest.length).toBeGreaterThan(3);
    crest.forEach((p, i) => expect(crestAfter[i]![1] - p[1]).toBeCloseTo(0.01, 9));
    expect(psoasAfter).toEqual(psoas());
  });
});

/**
 * Proportions of the generated skeleton against published anthropometry for a 1.75 m man, 5 %
 * tolerance. Measured on the meshes where possible, so a wrong field fails, not only a wrong table: the
 * committed GLB's meshes, which glb/glb.test.ts checks are what the generator builds (meshing the bones
 * again here would cost a minute of test time for the same triangles).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeshData, Vec3 } from './types.ts';
import { HEIGHT, L, VERTEBRA_LEVELS, type LandmarkName } from './landmarks.ts';
import { boneSdf, type BoneId } from './bones/index.ts';
import { readGlb } from './measure/readGlb.ts';

const within = (value: number, expected: number, tol = 0.05): void => {
  expect(Math.abs(value - expected) / expected).toBeLessThanOrEqual(tol);
};

function extent(m: MeshData, axis: 0 | 1 | 2): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = axis; i < m.positions.length; i += 3) {
    const v = m.positions[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

let bones: Map<string, MeshData>;
beforeAll(async () => {
  const glb = readFileSync(new URL('../../public/models/lower-body.glb', import.meta.url));
  bones = new Map((await readGlb(glb)).map((m) => [m.name, m]));
}, 60_000);
const mesh = (name: string): MeshData => {
  const m = bones.get(name);
  if (!m) throw new Error(`no mesh ${name}`);
  return m;
};

describe('skeleton proportions (1.75 m male)', () => {
  it('femur length matches Trotter & Gleser 1958 (S = 2.38 F + 61.41 cm)', () => {
    const expected = (HEIGHT * 100 - 61.41) / 2.38 / 100;
    const y = extent(mesh('femur_l'), 1);
    within(y.max - y.min, expected);
  });

  it('hip joint centres are 0.72 x inter-ASIS width apart (Bell et al. 1990)', () => {
    within(2 * L('hip_joint_centre')[0], 0.72 * 0.24);
  });

  it('bi-iliac crest width is ~28 cm (pelvimetry, Tague 1989)', () => {
    const x = extent(mesh('hip_bone_l'), 0);
    within(2 * x.max, 0.28);
  });

  it('inter-ASIS width is ~24 cm on the mesh (the most forward point of the hip bone above the hip joint)', () => {
    // Measured on the hip bone's mesh, not on the landmark table that built it.
    const h = mesh('hip_bone_l');
    let asis: Vec3 = [0, 0, -Infinity];
    for (let i = 0; i < h.positions.length; i += 3) {
      const v: Vec3 = [h.positions[i] as number, h.positions[i + 1] as number, h.positions[i + 2] as number];
      if (v[1] > L('hip_joint_centre')[1] + 0.04 && v[2] > asis[2]) asis = v;
    }
    within(2 * asis[0], 0.24, 0.1);
    expect(Math.abs(boneSdf('hip_bone')(...L('asis')))).toBeLessThan(0.01);
  });

  it('greater trochanter height is 0.530 H and knee joint line 0.285 H (Winter 2009)', () => {
    const f = mesh('femur_l');
    let gt = -Infinity;
    for (let i = 0; i < f.positions.length; i += 3) {
      if ((f.positions[i] as number) > 0.135) gt = Math.max(gt, f.positions[i + 1] as number);
    }
    within(gt, 0.53 * HEIGHT);
    const femurBottom = extent(f, 1).min;
    const tibiaTop = extent(mesh('tibia_l'), 1).max;
    within((femurBottom + tibiaTop) / 2 + 0.02, 0.285 * HEIGHT);
  });

  it('lumbar spine L1 top to S1 top is 17-18 cm (Gray; Zhou et al. 2000)', () => {
    const top = (VERTEBRA_LEVELS[0] as { top: Vec3 }).top;
    const s1 = L('s1_top_centre');
    within(Math.hypot(top[0] - s1[0], top[1] - s1[1], top[2] - s1[2]), 0.175);
  });

  it('bony landmarks lie on their bones (|sdf| < 1 cm)', () => {
    const on: [LandmarkName, BoneId][] = [
      ['asis', 'hip_bone'],
      ['aiis', 'hip_bone'],
      ['psis', 'hip_bone'],
      ['iliac_tubercle', 'hip_bone'],
      ['ischial_tuberosity', 'hip_bone'],
      ['pubic_tubercle', 'hip_bone'],
      ['greater_trochanter', 'femur'],
      ['lesser_trochanter', 'femur'],
      ['medial_epicondyle', 'femur'],
      ['lateral_epicondyle', 'femur'],
      ['tibial_tuberosity', 'tibia'],
      ['gerdys_tubercle', 'tibia'],
      ['medial_malleolus', 'tibia'],
      ['lateral_malleolus', 'fibula'],
    ];
    for (const [name, bone] of on) {
      expect(Math.abs(boneSdf(bone)(...L(name))), `${name} on ${bone}`).toBeLessThan(0.01);
    }
  });

  it('centre landmarks lie inside their bones', () => {
    const inside: [LandmarkName, BoneId][] = [
      ['fibular_head', 'fibula'],
      ['patella_centre', 'patella'],
      ['femoral_head_centre', 'femur'],
      ['l3_body', 'l3_vertebra'],
      ['s1_centre', 'sacrum'],
    ];
    for (const [name, bone] of inside) {
      expect(boneSdf(bone)(...L(name)), `${name} in ${bone}`).toBeLessThan(0);
    }
  });
});

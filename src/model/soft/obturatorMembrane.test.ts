/**
 * The obturator membrane (obturatorMembrane.ts) between the thigh and the pelvis, measured on the built
 * meshes: the medial thigh's muscles arise from its outer side and stay there (their tops, boxes of the
 * thigh's frame, reached up to 3 cm through the foramen into the pelvis: adductor brevis 32 mm, gracilis 45,
 * adductor magnus 21), obturator externus lies on its outer face and obturator internus on its pelvic face
 * (it lay 2.4-2.7 cm medial of it, in the pelvic cavity).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeName } from '../../content/ids';
import type { MeshData, Vec3 } from '../types';
import { buildBvh } from '../kernel/bvh';
import { add, scale } from '../kernel/vec';
import { buildSoftTissue } from './index';
import { obturatorMembrane } from './obturatorMembrane';

let byName = new Map<string, MeshData>();
beforeAll(async () => {
  byName = new Map((await buildSoftTissue()).map((m) => [m.name, m]));
}, 120_000);

const mesh = (id: string): MeshData => byName.get(nodeName(id as 'gracilis', 'left'))!;

describe('the obturator membrane', () => {
  it('closes a foramen of the hip bone that faces out of the pelvis, forwards and down', () => {
    const m = obturatorMembrane();
    const [x, y, z] = m.normal;
    expect(x).toBeGreaterThan(0.4);
    expect(z).toBeGreaterThan(0.4);
    expect(y).toBeLessThan(0);
    // an opening of several square centimetres, closed all round by bone (obturatorMembrane throws if not)
    expect(m.area).toBeGreaterThan(6e-4);
    expect(m.area).toBeLessThan(2e-3);
  });

  for (const id of [
    'adductor_longus',
    'adductor_brevis',
    'adductor_magnus',
    'gracilis',
    'pectineus',
    'obturator_externus',
  ])
    it(`keeps ${id} out of the pelvis: no vertex more than 1 mm behind it over the opening`, () => {
      const m = obturatorMembrane();
      const p = mesh(id).positions;
      let deepest = 0;
      for (let i = 0; i < p.length; i += 3)
        deepest = Math.max(deepest, m.depthBehind([p[i]!, p[i + 1]!, p[i + 2]!]));
      expect(deepest).toBeLessThan(0.001);
    });

  it('has obturator internus on its pelvic face: over the middle of the opening within 12 mm behind it', () => {
    const m = obturatorMembrane();
    const bvh = buildBvh([mesh('obturator_internus')]);
    const back = scale(m.normal, -1);
    let over = 0;
    let covered = 0;
    for (let up = -0.012; up <= 0.0121; up += 0.004)
      for (let fwd = -0.012; fwd <= 0.0121; fwd += 0.004) {
        const o: Vec3 = add(m.pelvicPoint(up, fwd, 0), scale(m.normal, 0.001));
        if (m.depthBehind(add(o, scale(back, 0.002))) === 0) continue;
        over++;
        if (bvh.nearest(...o, ...back, 0, 0.013) < 0.013) covered++;
      }
    expect(over).toBeGreaterThan(20);
    expect(covered / over).toBeGreaterThan(0.8);
  });
});

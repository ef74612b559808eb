/**
 * The committed meshes lie on the fields they were meshed from: the mean distance from each triangle's
 * centre to the field's surface, for the pieces the quadric simplifier once had to leave to manifold-3d's
 * (kernel/meshField.ts): there the sacrum lay 0.20 mm off its field on average (1.1 mm at worst, facets on
 * its front and back in `pelvis-front|back`) and the skin 0.41 mm.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeshData, Sdf } from '../types.ts';
import { boneSdf } from '../bones/index.ts';
import { skinSdf } from '../soft/skin.ts';
import { readCommittedModel } from './committedModel.ts';

let byName = new Map<string, MeshData>();
beforeAll(async () => {
  byName = new Map((await readCommittedModel()).map((m) => [m.name, m]));
});

/** Mean |field| at the triangles' centres (m). */
function meanError(m: MeshData, f: Sdf): number {
  const p = m.positions;
  const ix = m.indices;
  let sum = 0;
  for (let t = 0; t < ix.length; t += 3) {
    const c = [0, 1, 2].map(
      (k) => (p[3 * ix[t]! + k]! + p[3 * ix[t + 1]! + k]! + p[3 * ix[t + 2]! + k]!) / 3,
    );
    sum += Math.abs(f(c[0]!, c[1]!, c[2]!));
  }
  return sum / (ix.length / 3);
}

describe('meshes lie on their fields', () => {
  it.each([
    ['sacrum', () => boneSdf('sacrum'), 0.00015],
    ['hip_bone_l', () => boneSdf('hip_bone'), 0.00025],
    ['skin', () => skinSdf(), 0.0003],
  ] as const)('%s: within its mean bound of the field', (name, field, bound) => {
    const m = byName.get(name);
    expect(m, name).toBeDefined();
    expect(meanError(m!, field())).toBeLessThan(bound);
  });
});

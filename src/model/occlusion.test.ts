import { describe, expect, it } from 'vitest';
import type { MeshData, MeshKind } from './types';
import { buildBvh } from './kernel/bvh';
import { AO_LEVELS, withOcclusion } from './occlusion';

/** A square of side s at height y, facing +y (or −y), centred on (x, z). */
function square(
  name: string,
  kind: MeshKind,
  x: number,
  y: number,
  z: number,
  s: number,
  up = true,
): MeshData {
  const h = s / 2;
  const positions = new Float32Array([
    x - h,
    y,
    z - h,
    x + h,
    y,
    z - h,
    x + h,
    y,
    z + h,
    x - h,
    y,
    z + h,
    x,
    y,
    z,
  ]);
  const indices = up
    ? new Uint32Array([4, 1, 0, 4, 2, 1, 4, 3, 2, 4, 0, 3])
    : new Uint32Array([4, 0, 1, 4, 1, 2, 4, 2, 3, 4, 3, 0]);
  const n = up ? 1 : -1;
  const normals = new Float32Array([0, n, 0, 0, n, 0, 0, n, 0, 0, n, 0, 0, n, 0]);
  return { name, kind, positions, indices, normals };
}

/** The right-side mesh as the model makes it: x → −x, same vertex order, winding flipped. */
function mirrored(m: MeshData, name: string): MeshData {
  const positions = Float32Array.from(m.positions, (v, i) => (i % 3 === 0 ? -v : v));
  const indices = Uint32Array.from(m.indices, (_, i) => m.indices[i - (i % 3) + [0, 2, 1][i % 3]!]!);
  const normals = Float32Array.from(m.normals!, (v, i) => (i % 3 === 0 ? -v : v));
  return { ...m, name, positions, indices, normals };
}

describe('triangle BVH', () => {
  it('finds the same nearest hit as testing every triangle (seeded random soup)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const tris = Array.from({ length: 300 }, () => Array.from({ length: 9 }, () => rnd() * 0.5));
    const mesh = {
      positions: Float32Array.from(tris.flat()),
      indices: Uint32Array.from(tris.flatMap((_, k) => [3 * k, 3 * k + 1, 3 * k + 2])),
    };
    const bvh = buildBvh([mesh]);
    const one = buildBvh(
      tris.map((t) => ({ positions: Float32Array.from(t), indices: new Uint32Array([0, 1, 2]) })),
    );
    let hits = 0;
    for (let r = 0; r < 200; r++) {
      const o = [rnd(), rnd(), rnd()] as const;
      const d = [rnd(), rnd(), rnd()];
      const l = Math.hypot(d[0]!, d[1]!, d[2]!);
      const [dx, dy, dz] = d.map((c) => c / l) as [number, number, number];
      const got = bvh.nearest(o[0], o[1], o[2], dx, dy, dz, 0, 2);
      // brute force: a BVH of one triangle per mesh, queried one by one
      let want = Infinity;
      for (let k = 0; k < tris.length; k++) {
        const single = buildBvh([
          { positions: Float32Array.from(tris[k]!), indices: new Uint32Array([0, 1, 2]) },
        ]);
        want = Math.min(want, single.nearest(o[0], o[1], o[2], dx, dy, dz, 0, 2));
      }
      expect(got).toBeCloseTo(want, 9);
      expect(one.nearest(o[0], o[1], o[2], dx, dy, dz, 0, 2)).toBeCloseTo(want, 9);
      if (want !== Infinity) hits++;
    }
    expect(hits).toBeGreaterThan(20);
  });
});

describe('baked ambient occlusion', () => {
  const meshes = withOcclusion([
    // a muscle under another, 5 mm apart (a groove), and one alone in the open
    square('covered_l', 'muscle', 0.5, 0, 0, 0.1),
    square('cover_l', 'muscle', 0.5, 0.005, 0, 0.2, false),
    square('open_l', 'muscle', -2, 0, 0, 0.1),
    mirrored(square('covered_l', 'muscle', 0.5, 0, 0, 0.1), 'covered_r'),
    mirrored(square('cover_l', 'muscle', 0.5, 0.005, 0, 0.2, false), 'cover_r'),
    square('skin', 'skin', 0.5, 0.004, 0, 0.05),
    square('sciatic_nerve_l', 'nerve', 0.5, 0.003, 0.2, 0.01),
  ]);
  const ao = (name: string) => meshes.find((m) => m.name === name)!.ao;

  it('a surface under a close neighbour is dark, one in the open is clear', () => {
    expect(Math.min(...ao('covered_l')!)).toBeGreaterThan(AO_LEVELS / 2);
    expect(Math.max(...ao('open_l')!)).toBe(0);
  });

  it("the right side takes its left mirror's values; the skin and the nerves carry none", () => {
    expect(ao('covered_r')).toBe(ao('covered_l'));
    expect(ao('skin')).toBeUndefined();
    expect(ao('sciatic_nerve_l')).toBeUndefined();
  });
});

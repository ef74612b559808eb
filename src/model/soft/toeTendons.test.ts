/**
 * The long toe tendons on the toes (issue 14), measured on their built meshes: each reaches the base of its
 * distal phalanx on the right face of the toe (extensors on the dorsum, flexors on the sole), lies on the
 * phalanges without being pressed into them or crumpled, and stays inside the skin mesh, which the toes'
 * own skin leaves room for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeName, type PairedStructureId } from '../../content/ids';
import { footCoords, footPoint } from '../landmarks';
import { METATARSALS, toePhalanges } from '../bones/forefoot';
import type { MeshData, Vec3 } from '../types';
import { buildBvh } from '../kernel/bvh.ts';
import { dist } from '../kernel/vec.ts';
import { vertexList } from '../kernel/mesh.ts';
import { attachSdf } from './bones';
import { buildSoftTissue } from './index';
import { gradient } from './pushout';
import { skinSdf } from './skin';
import { jointLine } from './skinMargin';
import { alongToe } from './muscles/toes';

let byName = new Map<string, MeshData>();
beforeAll(async () => {
  byName = new Map((await buildSoftTissue()).map((m) => [m.name, m]));
}, 120_000);

const vertices = (id: PairedStructureId): Vec3[] => vertexList(byName.get(nodeName(id, 'left'))!);
/**
 * Points on the surface (a barycentric grid of 6 steps on each triangle): the limb tendons have rings every
 * 2.5 cm, so their vertices alone say little about where the surface runs over a 3 cm toe.
 */
function surface(id: PairedStructureId): Vec3[] {
  const m = byName.get(nodeName(id, 'left'))!;
  const p = m.positions;
  const out: Vec3[] = [];
  const n = 6;
  for (let t = 0; t < m.indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => 3 * m.indices[t + k]!) as [number, number, number];
    for (let i = 0; i <= n; i++)
      for (let j = 0; i + j <= n; j++) {
        const [wa, wb] = [i / n, j / n];
        const wc = 1 - wa - wb;
        out.push([0, 1, 2].map((k) => wa * p[a + k]! + wb * p[b + k]! + wc * p[c + k]!) as unknown as Vec3);
      }
  }
  return out;
}
/** Vertices ahead of the metatarsophalangeal joints (4 mm past the front of the heads): on the toes. */
const onToes = (vs: readonly Vec3[]): Vec3[] =>
  vs.filter((v) => {
    const [u, , w] = footCoords(v);
    return u > jointLine(w) + 0.004;
  });
const F = (p: Vec3): Vec3 => footPoint(p[0], p[1], p[2]);
/** The base of the distal phalanx of toe `toe` (0 the hallux), on its dorsal (1) or plantar (-1) face. */
const distalBase = (toe: number, face: 1 | -1): Vec3 => {
  const line = alongToe(toe, face, 0);
  return F(line[line.length - 1]!);
};

const TENDONS = [
  { id: 'extensor_digitorum_longus', toes: [1, 2, 3, 4], face: 1 },
  { id: 'extensor_hallucis_longus', toes: [0], face: 1 },
  { id: 'flexor_digitorum_longus', toes: [1, 2, 3, 4], face: -1 },
  { id: 'flexor_hallucis_longus', toes: [0], face: -1 },
] as const;

describe('long toe tendons on the toes', () => {
  for (const { id, toes, face } of TENDONS) {
    it(`${id} reaches the base of the distal phalanx of toe${toes.length > 1 ? 's 2-5' : ' 1'}, on its ${face > 0 ? 'dorsum' : 'sole'}`, () => {
      const vs = surface(id);
      for (const toe of toes) {
        const base = distalBase(toe, face);
        const near = vs.filter((v) => dist(v, base) < 0.003);
        expect(near.length, `toe ${toe + 1}`).toBeGreaterThan(3);
        // on its face of the toe: above (dorsum) or below (sole) the bone's axis there
        const axis = F(toePhalanges(toe).at(-1)!.from);
        for (const v of near) expect(face * (v[1] - axis[1]), `toe ${toe + 1}`).toBeGreaterThan(0);
        // and over the middle of the toe (the proximal phalanx), one slender tendon
        const mid = F(alongToe(toe, face, 0)[2]!);
        const there = vs.filter((v) => dist(v, mid) < 0.004);
        expect(there.length, `toe ${toe + 1} mid`).toBeGreaterThan(3);
        const across = there.map((v) => footCoords(v)[2]);
        expect(Math.max(...across) - Math.min(...across), `toe ${toe + 1} width`).toBeLessThan(
          toe === 0 ? 0.009 : 0.005,
        );
      }
    });

    it(`${id} lies on the phalanges, neither pressed into them nor off them, inside the skin mesh`, () => {
      const on = onToes(vertices(id));
      expect(on.length).toBeGreaterThan(20 * toes.length);
      const bone = attachSdf('phalanges_of_foot');
      const skin = skinSdf();
      const skinMesh = byName.get('skin')!;
      const bvh = buildBvh([skinMesh]);
      let closest = Infinity;
      let farthest = 0;
      let shallowest = Infinity;
      for (const v of on) {
        const d = bone(v[0], v[1], v[2]);
        closest = Math.min(closest, d);
        farthest = Math.max(farthest, d);
        // out along the skin field's gradient the skin mesh lies ahead (inside it), not too close
        const g = gradient(skin, v[0], v[1], v[2]);
        shallowest = Math.min(shallowest, bvh.nearest(v[0], v[1], v[2], g[0], g[1], g[2], 0, 0.01));
      }
      expect(closest).toBeGreaterThan(0.001);
      expect(farthest).toBeLessThan(toes.length > 1 ? 0.0045 : 0.006);
      expect(shallowest).toBeGreaterThan(0.0003);
    });
  }

  it('the skin of the toes lies at least 3.5 mm over the phalanges, dorsum and sole', () => {
    const skin = skinSdf();
    for (let toe = 0; toe < METATARSALS.length; toe++)
      for (const face of [1, -1] as const)
        for (const p of alongToe(toe, face, 0).slice(1))
          expect(skin(...F(p)), `toe ${toe + 1} face ${face} at u ${p[0].toFixed(3)}`).toBeLessThan(-0.0035);
  });
});

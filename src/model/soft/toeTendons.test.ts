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
import type { MeshData, RawMesh, Vec3 } from '../types';
import { buildBvh } from '../kernel/bvh.ts';
import { dist } from '../kernel/vec.ts';
import { vertexList } from '../kernel/mesh.ts';
import { attachSdf } from './bones';
import { buildSoftTissue } from './index';
import { gradient } from '../kernel/sdf.ts';
import { skinSdf } from './skin';
import { jointLine } from './skinMargin';
import { alongToe } from './muscles/toes';
import { bandExtent, footCut, outlineMiddle, pieces } from '../measure/footSection';

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

/** A section's size in its plane: extent along its broad axis and across it, and its centre, metres. */
interface Section {
  readonly broad: number;
  readonly thick: number;
  /** Centre across the foot (w) and along the plane's up axis (toward the dorsum), from the plane's origin. */
  readonly across: number;
  readonly up: number;
}

/**
 * The section of a mesh by the plane through `o` (foot frame) square to `n` (in the foot's sagittal plane):
 * the cut segments whose middles `keep` (in the plane: w across, then up toward the dorsum, from o), their
 * extents along the outline's broad axis and across it (the band may lie tilted) and the outline's centre.
 */
function sectionOf(
  mesh: RawMesh,
  o: Vec3,
  n: readonly [number, number],
  keep: (across: number, up: number) => boolean,
): Section | undefined {
  const pts = footCut(mesh, o, n, keep).flat();
  if (pts.length < 6) return undefined;
  return { ...bandExtent(pts), ...outlineMiddle(pts) };
}

/** The middle of toe `toe`'s proximal phalanx (foot frame) and the phalanx's direction (u, v). */
function proximalMiddle(toe: number): { o: Vec3; n: [number, number] } {
  const b = toePhalanges(toe)[0]!;
  const len = Math.hypot(b.to[0] - b.from[0], b.to[1] - b.from[1]);
  return {
    o: [(b.from[0] + b.to[0]) / 2, (b.from[1] + b.to[1]) / 2, b.from[2]],
    n: [(b.to[0] - b.from[0]) / len, (b.to[1] - b.from[1]) / len],
  };
}

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

  it("the lesser toes' tendons are drawn at their own thickness, not the loft's 2 mm floor", () => {
    // a section square to the middle of each proximal phalanx of toes 2-5: extensor digitorum longus' tendon a
    // thin band (its spec 2.4 x 1.05 mm there), flexor digitorum longus' (2.6 x 1.3) and each half of flexor
    // digitorum brevis' split tendon (1.8 x 1 and 1.6 x 0.9) on either side of it; a six-sided ring is 0.87 of
    // its thickness thick. At the floor they were 1.45-1.63, 1.69-1.77 and 1.36-1.91 mm thick, the extensor's
    // 1.5-1.7 times as broad as thick
    const edl = byName.get(nodeName('extensor_digitorum_longus', 'left'))!;
    const fdl = byName.get(nodeName('flexor_digitorum_longus', 'left'))!;
    const fdb = byName.get(nodeName('flexor_digitorum_brevis', 'left'))!;
    for (let toe = 1; toe < 5; toe++) {
      const { o, n } = proximalMiddle(toe);
      const what = `toe ${toe + 1}`;
      const dorsal = sectionOf(edl, o, n, (x, y) => y > 0 && Math.abs(x) < 0.006);
      const plantar = sectionOf(fdl, o, n, (x, y) => y < 0 && Math.abs(x) < 0.006);
      expect(dorsal, what).toBeDefined();
      expect(plantar, what).toBeDefined();
      expect(dorsal!.thick, `${what} extensor`).toBeLessThan(0.0012);
      expect(dorsal!.broad / dorsal!.thick, `${what} extensor`).toBeGreaterThan(2);
      expect(plantar!.thick, `${what} long flexor`).toBeLessThan(0.0014);
      for (const side of [-1, 1]) {
        const half = sectionOf(
          fdb,
          o,
          n,
          (x, y) => y < 0 && side * (x - plantar!.across) > 0 && Math.abs(x - plantar!.across) < 0.006,
        );
        expect(half, `${what} brevis ${side}`).toBeDefined();
        expect(half!.thick, `${what} brevis ${side}`).toBeLessThan(0.0012);
      }
    }
  });

  it("flexor digitorum brevis' halves rejoin deep to the long flexor's tendon (the chiasma) and insert on the middle phalanx", () => {
    // Gray's: the halves pass round the long flexor's tendon, reunite deep to it (the chiasma tendinum) and
    // divide again to the sides of the middle phalanx. Over the distal half of each proximal phalanx of toes
    // 2-5, a ray from the bone's axis plantarwards, at the midline and 0.5 mm to either side, meets the brevis
    // between the bone and the long flexor's tendon (the old halves stopped beside it: the ray met the long
    // flexor first)
    const fdl = byName.get(nodeName('flexor_digitorum_longus', 'left'))!;
    const fdb = byName.get(nodeName('flexor_digitorum_brevis', 'left'))!;
    const longBvh = buildBvh([fdl]);
    const shortBvh = buildBvh([fdb]);
    const bone = attachSdf('phalanges_of_foot');
    const skin = skinSdf();
    const world = (d: Vec3): Vec3 => {
      const a = F([0, 0, 0]);
      const b = F(d);
      return [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    };
    const across = world([0, 0, 1]);
    const vs = onToes(vertices('flexor_digitorum_brevis'));
    const hits = (v: Vec3, d: Vec3, mesh: ReturnType<typeof buildBvh>): boolean =>
      mesh.nearest(v[0], v[1], v[2], d[0], d[1], d[2], 0, 0.003) < Infinity;
    const neg = (d: Vec3): Vec3 => [-d[0], -d[1], -d[2]];
    for (let toe = 1; toe < 5; toe++) {
      const what = `toe ${toe + 1}`;
      const [b, middle] = toePhalanges(toe) as [
        ReturnType<typeof toePhalanges>[0],
        ReturnType<typeof toePhalanges>[0],
      ];
      const du = b.to[0] - b.from[0];
      const dv = b.to[1] - b.from[1];
      const len = Math.hypot(du, dv);
      const down = world([dv / len, -du / len, 0]);
      const gaps: number[] = [];
      for (const t of [0.6, 0.65, 0.7, 0.75, 0.8, 0.85])
        for (const w of [-0.0005, 0, 0.0005]) {
          const a = F([b.from[0] + du * t, b.from[1] + dv * t, b.from[2] + w]);
          let s = 0;
          while (bone(a[0] + down[0] * s, a[1] + down[1] * s, a[2] + down[2] * s) < 0 && s < 0.01)
            s += 0.00005;
          const longAt = longBvh.nearest(a[0], a[1], a[2], down[0], down[1], down[2], 0, 0.02);
          const shortAt = shortBvh.nearest(a[0], a[1], a[2], down[0], down[1], down[2], 0, 0.02);
          expect(shortAt, `${what} t ${t} w ${w}: brevis beyond the bone's margin`).toBeGreaterThan(
            s + 0.001,
          );
          expect(shortAt, `${what} t ${t} w ${w}: brevis deep to the long flexor`).toBeLessThan(longAt);
          gaps.push(longAt - s);
        }
      // the long flexor's deep face 2.36-2.55 mm off the bone, the chiasma in between (1.5-1.8 mm off it)
      expect(Math.min(...gaps), what).toBeGreaterThan(0.002);
      // no brevis vertex inside the long flexor's tendon (hitting it within 3 mm every way), none in the bone
      // beyond the margin (1.5 mm), none out of the skin (its field at least 0.5 mm in)
      let closest = Infinity;
      let shallowest = -Infinity;
      let inside = 0;
      const here = vs.filter((v) => Math.abs(footCoords(v)[2] - b.from[2]) < 0.008);
      // over the proximal phalanx (to its head's centre): the halves end in the middle phalanx (next case)
      const overProximal = (v: Vec3): boolean => {
        const [u, vv] = footCoords(v);
        return (u - b.from[0]) * du + (vv - b.from[1]) * dv < len * len;
      };
      for (const v of here) {
        if ([down, neg(down), across, neg(across)].every((d) => hits(v, d, longBvh))) inside++;
        if (overProximal(v)) closest = Math.min(closest, bone(v[0], v[1], v[2]));
        shallowest = Math.max(shallowest, skin(v[0], v[1], v[2]));
      }
      expect(inside, `${what}: vertices inside the long flexor's tendon`).toBe(0);
      expect(closest, what).toBeGreaterThan(0.0014);
      expect(shallowest, what).toBeLessThan(-0.0005);
      // both halves reach the sides of the middle phalanx (2.5-4.3 mm long): vertices from beside its base to
      // its head, on either side of its axis, within 3 mm of it (an end ring's at least)
      const mu = middle.to[0] - middle.from[0];
      const mv = middle.to[1] - middle.from[1];
      const ml = Math.hypot(mu, mv);
      for (const side of [-1, 1]) {
        const near = here.filter((v) => {
          const [u, vv, w] = footCoords(v);
          const along = ((u - middle.from[0]) * mu + (vv - middle.from[1]) * mv) / ml / ml;
          return (
            along > -0.5 &&
            along < 1.2 &&
            side * (w - middle.from[2]) > 0.001 &&
            bone(v[0], v[1], v[2]) < 0.003
          );
        });
        expect(near.length, `${what} side ${side} on the middle phalanx`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("flexor digitorum brevis' halves end on the sides of the middle phalanx's shaft, flat on the bone and in it", () => {
    // Gray's: the halves insert on both sides of the middle phalanx. Each half (a piece of its own, beginning
    // ahead of the metatarsal heads) runs round the plantar side of its toe's middle phalanx's base and along
    // its shaft, and ends in the bone: its last millimetre (along the phalanx) lies on the bone, no vertex of it
    // more than 0.3 mm off the bone nor more than 1.5 mm in it (built: 0.01 mm off at most, 0.56 mm in), over
    // the shaft (its end's middle 0.6 or more of the way from the base's centre to the head's; 0.73-0.86) and
    // on the bone's side (over half a radius from its axis across; 2.2-2.6 mm); two rings or more (8 vertices)
    // lie within 1 mm of the bone from a radius behind the base's centre on (on the base's ball and on the
    // shaft; 9), the fifth toe's 2.5 mm phalanx too. They ended in caps beside the base standing 1.5-1.9 mm
    // off the bone, none of their vertices within 1 mm of it
    const fdb = byName.get(nodeName('flexor_digitorum_brevis', 'left'))!;
    const bone = attachSdf('phalanges_of_foot');
    const piece = pieces(fdb);
    const groups = new Map<number, number[]>();
    for (const i of new Set(fdb.indices)) {
      const k = piece[i]!;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)!.push(i);
    }
    const at = (i: number): Vec3 => [
      fdb.positions[3 * i]!,
      fdb.positions[3 * i + 1]!,
      fdb.positions[3 * i + 2]!,
    ];
    const halves = [...groups.values()].filter(
      (ix) => Math.min(...ix.map((i) => footCoords(at(i))[0])) > 0.17,
    );
    expect(halves).toHaveLength(8);
    for (let toe = 1; toe < 5; toe++) {
      const middle = toePhalanges(toe)[1]!;
      const mu = middle.to[0] - middle.from[0];
      const mv = middle.to[1] - middle.from[1];
      const ml = Math.hypot(mu, mv);
      for (const side of [-1, 1]) {
        const what = `toe ${toe + 1} side ${side}`;
        // the half ending on this side of this toe: its foremost vertex within 6 mm of the toe's axis across
        const half = halves.filter((ix) => {
          const front = ix.map((i) => footCoords(at(i))).reduce((a, c) => (c[0] > a[0] ? c : a));
          return Math.abs(front[2] - middle.from[2]) < 0.006 && side * (front[2] - middle.from[2]) > 0;
        });
        expect(half, what).toHaveLength(1);
        const ix = half[0]!;
        // distance along the phalanx from its base's centre, metres
        const along = (i: number): number => {
          const [u, v] = footCoords(at(i));
          return ((u - middle.from[0]) * mu + (v - middle.from[1]) * mv) / ml;
        };
        const off = (i: number): number => bone(...at(i));
        const most = Math.max(...ix.map(along));
        const end = ix.filter((i) => along(i) > most - 0.001);
        expect(Math.max(...end.map(off)), `${what}: end off the bone`).toBeLessThan(0.0003);
        expect(Math.min(...end.map(off)), `${what}: end in the bone`).toBeGreaterThan(-0.0015);
        const mean = (f: (i: number) => number): number => end.reduce((s, i) => s + f(i), 0) / end.length;
        expect(mean(along) / ml, `${what}: end along the shaft`).toBeGreaterThan(0.6);
        expect(
          mean((i) => side * (footCoords(at(i))[2] - middle.from[2])),
          `${what}: on its side`,
        ).toBeGreaterThan(middle.radius / 2);
        const beside = ix.filter((i) => along(i) > -middle.radius && off(i) < 0.001);
        expect(beside.length, `${what}: vertices along the phalanx, on the bone`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('the skin of the toes lies at least 3.5 mm over the phalanges, dorsum and sole', () => {
    const skin = skinSdf();
    for (let toe = 0; toe < METATARSALS.length; toe++)
      for (const face of [1, -1] as const)
        for (const p of alongToe(toe, face, 0).slice(1))
          expect(skin(...F(p)), `toe ${toe + 1} face ${face} at u ${p[0].toFixed(3)}`).toBeLessThan(-0.0035);
  });
});

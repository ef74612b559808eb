/**
 * The sole's muscles (issue 13, muscles/sole.ts), measured on their built meshes (left side; the right is
 * their mirror, softTissue.test.ts), square to the foot's long axis as ultrasound measures them
 * (measure/footSection.ts):
 * - abductor hallucis' largest section lies within the published means of healthy adults, 2.16-2.75 cm²
 *   (seven ultrasound studies tabulated by Latey et al. 2018, J Foot Ankle Res, doi
 *   10.1186/s13047-018-0259-0, table 5; Mickle et al. 2.56 ± 0.89), widened by 10 % either way for the
 *   model's coarse rings. Squeezed between the bones and the skin of the foot's narrow medial border it was
 *   1.43 cm² before its path followed the sole's inferomedial corner;
 * - no such figure was found for the other three, drawn in the atlases' proportions: each is a body, not a
 *   sliver (0.5 cm² or more), and smaller in section than abductor hallucis;
 * - flexor digitorum longus' tendon divides under the midfoot into four tendons that leave side by side along
 *   a line (6 mm ahead of it they lie 12 mm or more apart, first to last: 25 mm; fanning from one point they
 *   lay 9.4 mm apart 6 mm ahead of it), and quadratus plantae ends on the tendon (within 2 mm of it) in the
 *   2.5 cm behind that line;
 * - flexor digitorum brevis' tendons lie plantar to flexor digitorum longus' over the metatarsophalangeal
 *   joints, under them (their centres more than 1 mm lower, less than 1 mm apart across; they lay beside them,
 *   2.4 mm lateral), and divide at the base of the proximal phalanx, the halves passing either side of the
 *   long flexor's tendon (Gray's): the medial half of each parts from its slip's tendon (its rear end within
 *   1 mm of it; it once began on its own, ~3 mm from it), not through the long flexor's (no vertex 0.3 mm
 *   inside);
 * - each side's muscle keeps to its triangles (flexor digitorum brevis, four slips of 15 rings and the medial
 *   halves of their split tendons, 770; the others 300).
 * The third layer (flexor hallucis brevis, adductor hallucis, flexor digiti minimi brevis):
 * - each lies deeper (nearer the metatarsals, higher up the foot) than flexor digitorum brevis wherever a
 *   vertical line through the sole passes through both (flexor hallucis brevis lies medial of flexor digitorum
 *   brevis, so for it against flexor hallucis longus' tendon, which crosses plantar to it; flexor digiti minimi
 *   brevis against abductor digiti minimi behind the fifth metatarsal's head: flexor digitorum brevis' fifth
 *   tendon runs under the long flexor's, medial of it, and at the base of the fifth toe the two insert
 *   together on its lateral side);
 * - flexor hallucis longus' tendon runs between the two bellies of flexor hallucis brevis under the first
 *   metatarsal (its centre medial of the lateral belly's and lateral of the medial belly's);
 * - the medial belly's largest section lies within the healthy adults' range, Latey et al. 2018's mean ± 2 SD
 *   (J Foot Ankle Res, doi 10.1186/s13047-018-0259-0, table 5: 1.44 ± 0.35 cm² by ultrasound,
 *   "medial-plantar mid metatarsal thickest portion"): 0.74-2.14 cm²;
 * - no published size of adductor hallucis or flexor digiti minimi brevis was checked: each is a body (0.25 cm²
 *   or more: flexor digiti minimi brevis is the slenderest) and keeps to its triangles (flexor hallucis brevis'
 *   two bellies 350, adductor hallucis' two heads 300, flexor digiti minimi brevis 200).
 * The lumbricals: four pieces, each arising beside flexor digitorum longus' tendons (its rear end within 2.5 mm
 *   of them), passing the medial side of the base of its toe's proximal phalanx (2-5) and ending on its back
 *   (above its axis by half its radius or more, over its medial half, within 4 mm of extensor digitorum
 *   longus' tendon: the extensor expansion); 480 triangles a side (tested at 500).
 * The interossei (fourth layer): the four dorsal ones' centre lines between the shafts of the two metatarsals
 *   either side of their space (nearer those two bones' axes than any other's, at least 80 % of the points
 *   outside bone), their front ends beside the base of the proximal phalanx of their toe (the first medial of
 *   the second toe, the others lateral of toes 2-4); the three plantar ones under metatarsals 3-5 (nearest
 *   their own bone, plantar of its axis by a third of the shaft's radius or more, not lateral of it; over the
 *   shaft's middle third under its plantar face: 0.9 radii or more below the axis, within 1.1 radii of it
 *   across, 50 deg or more below the medial horizontal and 58 on average), ending on the medial side of toes
 *   3-5. At most 400 and 300 triangles a side.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeName } from '../../content/ids';
import type { MeshData, RawMesh, Vec3 } from '../types';
import { footCoords, footPoint } from '../landmarks';
import { meshSdf } from './bodySdf';
import {
  footCut,
  footPoints,
  footSection,
  largestFootSection,
  outlineMiddle,
  pieces,
} from '../measure/footSection';
import { levelSegments } from '../kernel/mesh';
import { buildSoftTissue } from './index';
import { FDL_SPLIT } from './muscles/legDeep';
import { METATARSALS, toePhalanges } from '../bones/forefoot';
import { attachSdf } from './bones';
import { alongToe } from './muscles/toes';

const SOLE = [
  'abductor_hallucis',
  'flexor_digitorum_brevis',
  'quadratus_plantae',
  'abductor_digiti_minimi',
] as const;
const THIRD = ['flexor_hallucis_brevis', 'adductor_hallucis', 'flexor_digiti_minimi_brevis'] as const;

/** A mesh's closed pieces as meshes of their own (the bellies or heads of a muscle drawn in pieces). */
function split(mesh: RawMesh): RawMesh[] {
  const piece = pieces(mesh);
  const groups = new Map<number, number[]>();
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const k = piece[mesh.indices[t]!]!;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(mesh.indices[t]!, mesh.indices[t + 1]!, mesh.indices[t + 2]!);
  }
  return [...groups.values()].map((ix) => ({ positions: mesh.positions, indices: Uint32Array.from(ix) }));
}

/** A mesh's vertices in the foot frame (u forward, v up, w lateral). */
const footOf = footPoints;

/** Mean w of a piece's vertices (its indices' vertices, counted once a triangle corner). */
function meanW(mesh: RawMesh): number {
  const f = footOf(mesh);
  let sum = 0;
  for (const i of mesh.indices) sum += f[i]![2]!;
  return sum / mesh.indices.length;
}

/**
 * Where vertical lines through the sole (every 2 mm of u and w) cross a mesh: per line, the mean height v of
 * its crossings (the body's middle on that line).
 */
function columns(mesh: RawMesh): Map<string, number> {
  const f = footOf(mesh);
  const hits = new Map<string, number[]>();
  const ix = mesh.indices;
  const STEP = 0.002;
  for (let t = 0; t < ix.length; t += 3) {
    const [a, b, c] = [f[ix[t]!]!, f[ix[t + 1]!]!, f[ix[t + 2]!]!];
    const u0 = Math.ceil(Math.min(a[0]!, b[0]!, c[0]!) / STEP);
    const u1 = Math.floor(Math.max(a[0]!, b[0]!, c[0]!) / STEP);
    const w0 = Math.ceil(Math.min(a[2]!, b[2]!, c[2]!) / STEP);
    const w1 = Math.floor(Math.max(a[2]!, b[2]!, c[2]!) / STEP);
    const det = (b[0]! - a[0]!) * (c[2]! - a[2]!) - (c[0]! - a[0]!) * (b[2]! - a[2]!);
    if (Math.abs(det) < 1e-14) continue;
    for (let iu = u0; iu <= u1; iu++)
      for (let iw = w0; iw <= w1; iw++) {
        const [u, w] = [iu * STEP, iw * STEP];
        const l1 = ((u - a[0]!) * (c[2]! - a[2]!) - (c[0]! - a[0]!) * (w - a[2]!)) / det;
        const l2 = ((b[0]! - a[0]!) * (w - a[2]!) - (u - a[0]!) * (b[2]! - a[2]!)) / det;
        if (l1 < 0 || l2 < 0 || l1 + l2 > 1) continue;
        const v = a[1]! + l1 * (b[1]! - a[1]!) + l2 * (c[1]! - a[1]!);
        const key = `${iu},${iw}`;
        if (!hits.has(key)) hits.set(key, []);
        hits.get(key)!.push(v);
      }
  }
  return new Map([...hits].map(([k, vs]) => [k, vs.reduce((x, y) => x + y, 0) / vs.length]));
}

/** Metatarsal j's axis at foot length u: base to head, bowed up 3 mm at its middle (as forefoot.ts draws it). */
function axisAt(j: number, u: number): Vec3 {
  const m = METATARSALS[j]!;
  const t = Math.min(1, Math.max(0, (u - m.base[0]) / (m.head[0] - m.base[0])));
  const bow = 0.003 * (1 - Math.abs(2 * t - 1));
  return [u, m.base[1] + (m.head[1] - m.base[1]) * t + bow, m.base[2] + (m.head[2] - m.base[2]) * t];
}

/** Distance (foot frame) from c to metatarsal j's axis, sampled every 0.5 mm from its base to its head. */
function toAxis(j: number, c: Vec3): number {
  const m = METATARSALS[j]!;
  let best = Infinity;
  for (let u = m.base[0]; u <= m.head[0]; u += 0.0005) {
    const p = axisAt(j, u);
    best = Math.min(best, Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]));
  }
  return best;
}

/**
 * A piece's centre line (foot frame): every 2 mm of u from `from` to `to`, the mean of the points where its
 * edges cross the plane u (the middle of its outline there).
 */
function centreLine(mesh: RawMesh, from: number, to: number): Vec3[] {
  const f = footOf(mesh);
  const ix = mesh.indices;
  const out: Vec3[] = [];
  for (let u = from; u < to; u += 0.002) {
    const cut: number[][] = [];
    for (let t = 0; t < ix.length; t += 3)
      for (const [i, j] of [
        [ix[t]!, ix[t + 1]!],
        [ix[t + 1]!, ix[t + 2]!],
        [ix[t + 2]!, ix[t]!],
      ] as const) {
        const [a, b] = [f[i]!, f[j]!];
        if ((a[0] - u) * (b[0] - u) >= 0) continue;
        const s = (u - a[0]) / (b[0] - a[0]);
        cut.push([a[1] + s * (b[1] - a[1]), a[2] + s * (b[2] - a[2])]);
      }
    if (cut.length === 0) continue;
    const mean = (k: number) => cut.reduce((sum, c) => sum + c[k]!, 0) / cut.length;
    out.push([u, mean(0), mean(1)]);
  }
  return out;
}

/** A piece's front end (foot frame): the mean of its vertices within 1.5 mm of its foremost. */
function frontEnd(mesh: RawMesh): Vec3 {
  const f = footOf(mesh);
  const used = [...new Set(mesh.indices)].map((i) => f[i]!);
  const most = Math.max(...used.map((p) => p[0]));
  const end = used.filter((p) => p[0] > most - 0.0015);
  return [0, 1, 2].map((k) => end.reduce((s, p) => s + p[k]!, 0) / end.length) as unknown as Vec3;
}

/**
 * The section of a mesh by the plane through `o` (foot frame) square to `n` (u, v: in the foot's sagittal
 * plane), of the cut segments whose middles `keep` (in the plane: w across, then up toward the dorsum, from
 * o): the middle of its outline across and up, metres.
 */
function toeSection(
  mesh: RawMesh,
  o: Vec3,
  n: readonly [number, number],
  keep: (across: number, up: number) => boolean,
): { across: number; up: number } | undefined {
  const pts = footCut(mesh, o, n, keep).flat();
  return pts.length < 6 ? undefined : outlineMiddle(pts);
}

let byName: Map<string, MeshData>;
beforeAll(async () => {
  byName = new Map((await buildSoftTissue()).map((m) => [m.name, m]));
}, 120_000);
const left = (id: string): MeshData => byName.get(nodeName(id as 'abductor_hallucis', 'left'))!;

describe("the sole's muscles", () => {
  it('abductor hallucis: largest section within the published ultrasound means (±10 %)', () => {
    const s = largestFootSection(left('abductor_hallucis'), 0.03, 0.2);
    expect(s.areaCm2).toBeGreaterThanOrEqual(2.16 * 0.9);
    expect(s.areaCm2).toBeLessThanOrEqual(2.75 * 1.1);
  });

  it('the other three: each a body (0.5 cm² or more), smaller than abductor hallucis', () => {
    const abductor = largestFootSection(left('abductor_hallucis'), 0.03, 0.2).areaCm2;
    for (const id of SOLE.slice(1)) {
      const s = largestFootSection(left(id), 0.03, 0.2);
      expect(s.areaCm2, id).toBeGreaterThanOrEqual(0.5);
      expect(s.areaCm2, id).toBeLessThan(abductor);
    }
  });

  it("flexor digitorum longus' four tendons leave its division side by side, where quadratus plantae meets it", () => {
    const fdl = left('flexor_digitorum_longus');
    const splitU = Math.max(FDL_SPLIT[0][0], FDL_SPLIT[1][0]);
    // the tendons 6 mm ahead of the division line: one cut per tendon, their centres across the foot
    const u = splitU + 0.006;
    const piece = pieces(fdl);
    const centres = new Map<number, number[]>();
    for (const { triangle, enter, leave } of levelSegments(footPoints(fdl), fdl.indices, (p) => p[0] - u)) {
      const k = piece[fdl.indices[3 * triangle]!]!;
      centres.set(k, [...(centres.get(k) ?? []), enter[2], leave[2]]);
    }
    const ws = [...centres.values()]
      .map((c) => c.reduce((x, y) => x + y, 0) / c.length)
      .sort((x, y) => x - y);
    expect(ws).toHaveLength(4);
    expect(ws[3]! - ws[0]!).toBeGreaterThanOrEqual(0.012);
    expect(footSection(fdl, u).areaCm2).toBeGreaterThan(0);

    // quadratus plantae's front end on the tendon, in the 2.5 cm behind the division line
    const qp = left('quadratus_plantae');
    let front = { u: -Infinity, i: 0 };
    for (let i = 0; i < qp.positions.length; i += 3) {
      const f = footCoords([qp.positions[i]!, qp.positions[i + 1]!, qp.positions[i + 2]!]);
      if (f[0] > front.u) front = { u: f[0], i };
    }
    expect(front.u).toBeLessThanOrEqual(splitU);
    expect(front.u).toBeGreaterThanOrEqual(Math.min(FDL_SPLIT[0][0], FDL_SPLIT[1][0]) - 0.025);
    const i = front.i;
    expect(meshSdf(fdl)(qp.positions[i]!, qp.positions[i + 1]!, qp.positions[i + 2]!)).toBeLessThanOrEqual(
      0.002,
    );
  });

  it('the third layer lies deeper than the first: above flexor digitorum brevis (or flexor hallucis longus) on every shared line', () => {
    const fdb = columns(left('flexor_digitorum_brevis'));
    const fhl = columns(left('flexor_hallucis_longus'));
    const adm = columns(left('abductor_digiti_minimi'));
    // the lines behind the fifth metatarsal's head (2 mm grid: u is the key's first index)
    const behindFifthHead = (k: string): boolean => Number(k.split(',')[0]) * 0.002 < METATARSALS[4]!.head[0];
    for (const id of THIRD) {
      const deep = columns(left(id));
      const fifth = id === 'flexor_digiti_minimi_brevis';
      const over = id === 'flexor_hallucis_brevis' ? fhl : fifth ? adm : fdb;
      const shared = [...deep.keys()].filter((k) => over.has(k) && (!fifth || behindFifthHead(k)));
      expect(shared.length, id).toBeGreaterThanOrEqual(5);
      const shallower = shared.filter((k) => deep.get(k)! <= over.get(k)!);
      expect(shallower, id).toEqual([]);
    }
  });

  it("flexor hallucis longus' tendon runs between flexor hallucis brevis' two bellies under the first metatarsal", () => {
    const bellies = split(left('flexor_hallucis_brevis'))
      .map((m) => ({ m, w: meanW(m) }))
      .sort((a, b) => a.w - b.w);
    expect(bellies).toHaveLength(2);
    const fhl = left('flexor_hallucis_longus');
    // each section's centre across the foot (its extent's middle), along the first metatarsal's shaft
    const centre = (m: RawMesh, u: number): number => {
      // in the sole only (the long flexor's tendon comes down from the leg)
      const ws = levelSegments(footOf(m), m.indices, (p) => p[0] - u)
        .filter(({ enter, leave }) => enter[1] <= 0.06 && leave[1] <= 0.06)
        .flatMap(({ enter, leave }) => [enter[2], leave[2]]);
      expect(ws.length).toBeGreaterThan(0);
      return (Math.min(...ws) + Math.max(...ws)) / 2;
    };
    for (const u of [0.16, 0.17, 0.18]) {
      const [medial, lateral, tendon] = [centre(bellies[0]!.m, u), centre(bellies[1]!.m, u), centre(fhl, u)];
      expect(tendon, `u ${u}`).toBeGreaterThan(medial + 0.001);
      expect(tendon, `u ${u}`).toBeLessThan(lateral - 0.001);
    }
  });

  it("flexor hallucis brevis' medial belly: largest section within the healthy adults' range (Latey et al. 2018)", () => {
    const medial = split(left('flexor_hallucis_brevis')).sort((a, b) => meanW(a) - meanW(b))[0]!;
    const s = largestFootSection(medial, 0.14, 0.2);
    expect(s.areaCm2).toBeGreaterThanOrEqual(1.44 - 2 * 0.35);
    expect(s.areaCm2).toBeLessThanOrEqual(1.44 + 2 * 0.35);
  });

  it('adductor hallucis and flexor digiti minimi brevis: each a body (0.25 cm² or more)', () => {
    for (const id of THIRD.slice(1))
      expect(largestFootSection(left(id), 0.12, 0.2).areaCm2, id).toBeGreaterThanOrEqual(0.25);
  });

  it('the third layer keeps to its triangles (350, 300 and 200 a side)', () => {
    const most = { flexor_hallucis_brevis: 350, adductor_hallucis: 300, flexor_digiti_minimi_brevis: 200 };
    for (const id of THIRD) expect(left(id).indices.length / 3, id).toBeLessThanOrEqual(most[id]);
  });

  it("the lumbricals arise beside flexor digitorum longus' tendons and end on the extensor expansions of toes 2-5", () => {
    const fdl = meshSdf(left('flexor_digitorum_longus'));
    const edl = meshSdf(left('extensor_digitorum_longus'));
    const four = split(left('lumbricals')).sort((a, b) => meanW(a) - meanW(b));
    expect(four).toHaveLength(4);
    four.forEach((m, i) => {
      const f = footOf(m);
      const used = [...new Set(m.indices)];
      const rear = used.reduce((a, b) => (f[b]![0] < f[a]![0] ? b : a));
      const front = used.reduce((a, b) => (f[b]![0] > f[a]![0] ? b : a));
      const p = m.positions;
      expect(fdl(p[3 * rear]!, p[3 * rear + 1]!, p[3 * rear + 2]!), `lumbrical ${i + 1}`).toBeLessThanOrEqual(
        0.0025,
      );
      // on the back of its toe's proximal phalanx (foot frame on a 27 cm foot, as footCoords gives), over its
      // medial half, within 4 mm of extensor digitorum longus' tendon: on the extensor expansion, the hood the
      // tendon spreads into over the back and sides of the phalanx (Gray's; they ended on the side of the
      // phalanx's base at mid-height)
      const bone = toePhalanges(i + 1)[0]!;
      const along = (f[front]![0] - bone.from[0]) / (bone.to[0] - bone.from[0]);
      const axisV = bone.from[1] + along * (bone.to[1] - bone.from[1]);
      expect(f[front]![1] - axisV, `lumbrical ${i + 1}`).toBeGreaterThan(0.5 * bone.radius);
      expect(f[front]![2], `lumbrical ${i + 1}`).toBeLessThan(bone.from[2]);
      expect(edl(p[3 * front]!, p[3 * front + 1]!, p[3 * front + 2]!), `lumbrical ${i + 1}`).toBeLessThan(
        0.004,
      );
    });
    expect(left('lumbricals').indices.length / 3).toBeLessThanOrEqual(500);
  });

  it("flexor digitorum brevis' tendons lie plantar to the long flexor's under the metatarsophalangeal joint, then split either side of it", () => {
    const fdb = left('flexor_digitorum_brevis');
    const fdlMesh = left('flexor_digitorum_longus');
    for (let toe = 1; toe < 5; toe++) {
      const what = `toe ${toe + 1}`;
      // over the joint: planes square to the toe's plantar line (toes.ts' alongToe, on the bones) from under
      // the metatarsal head to under the base of the proximal phalanx, three quarters of the way (past the
      // head's front, over the joint space) and all the way (where the tendon divides). Gray's: the brevis
      // tendon lies plantar to the longus tendon there and divides at the base of the proximal phalanx; it lay
      // beside it, 2.4 mm lateral and 0.6 mm further from the bone
      const [head, base] = alongToe(toe, -1, 0) as [Vec3, Vec3];
      const len = Math.hypot(base[0] - head[0], base[1] - head[1]);
      const n: [number, number] = [(base[0] - head[0]) / len, (base[1] - head[1]) / len];
      for (const s of [0.75, 1]) {
        const o: Vec3 = [head[0] + (base[0] - head[0]) * s, head[1] + (base[1] - head[1]) * s, head[2]];
        const near = (x: number, y: number): boolean => Math.abs(x) < 0.005 && y < 0 && y > -0.008;
        const longus = toeSection(fdlMesh, o, n, near);
        const brevis = toeSection(fdb, o, n, near);
        expect(longus, `${what} at ${s}`).toBeDefined();
        expect(brevis, `${what} at ${s}`).toBeDefined();
        // its centre plantar to the long flexor's by more than 1 mm (their half thicknesses, ~0.6 and 0.45 mm
        // as drawn), and under it rather than beside it
        expect(longus!.up - brevis!.up, `${what} at ${s}`).toBeGreaterThan(0.001);
        expect(Math.abs(brevis!.across - longus!.across), `${what} at ${s}`).toBeLessThan(0.001);
      }
      // a third of the way along the proximal phalanx its halves lie either side of the long flexor's tendon
      // (further on they pass deep to it, to the chiasma: toeTendons.test.ts)
      const b = toePhalanges(toe)[0]!;
      const blen = Math.hypot(b.to[0] - b.from[0], b.to[1] - b.from[1]);
      const mo: Vec3 = [
        b.from[0] + (b.to[0] - b.from[0]) * 0.3,
        b.from[1] + (b.to[1] - b.from[1]) * 0.3,
        b.from[2],
      ];
      const mn: [number, number] = [(b.to[0] - b.from[0]) / blen, (b.to[1] - b.from[1]) / blen];
      const under = (x: number, y: number): boolean => Math.abs(x) < 0.006 && y < 0 && y > -0.01;
      const mid = toeSection(fdlMesh, mo, mn, under)!;
      for (const side of [-1, 1]) {
        const half = toeSection(fdb, mo, mn, (x, y) => under(x, y) && side * (x - mid.across) > 0.001);
        expect(half, `${what} side ${side}`).toBeDefined();
        expect(side * (half!.across - mid.across), `${what} side ${side}`).toBeGreaterThan(0.0015);
      }
    }
  });

  it("flexor digitorum brevis' tendons split: each half parts from its slip's tendon and passes round the long flexor's", () => {
    const fdb = left('flexor_digitorum_brevis');
    const parts = split(fdb);
    // the halves (medial and lateral, each its own piece since they pass round the long flexor's tendon to
    // the chiasma: toeTendons.test.ts): the pieces that begin at the toes, ahead of the metatarsal heads' line
    const rearU = (m: RawMesh): number => Math.min(...[...new Set(m.indices)].map((i) => footOf(m)[i]![0]));
    const halves = parts.filter((m) => rearU(m) > 0.17);
    expect(halves).toHaveLength(8);
    const fdl = meshSdf(left('flexor_digitorum_longus'));
    for (const half of halves) {
      const f = footOf(half);
      const used = [...new Set(half.indices)];
      const rear = used.reduce((a, b) => (f[b]![0] < f[a]![0] ? b : a));
      const rest = parts.filter((m) => m !== half);
      const p = half.positions;
      const at: Vec3 = [p[3 * rear]!, p[3 * rear + 1]!, p[3 * rear + 2]!];
      // its rear end on the rest of the muscle (the slip's tendon): it began 2.8-3.8 mm from it, on its own
      const nearest = Math.min(...rest.map((m) => meshSdf(m)(...at)));
      expect(nearest, `half at w ${f[rear]![2].toFixed(4)}`).toBeLessThanOrEqual(0.001);
      // and it passes beside the long flexor's tendon, not through it
      const deepest = Math.min(...used.map((i) => fdl(p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!)));
      expect(deepest).toBeGreaterThan(-0.0003);
    }
  });

  it('the dorsal interossei lie between their two metatarsals and end beside the bases of toes 2-4', () => {
    const bones = attachSdf('metatarsals');
    const four = split(left('dorsal_interossei_of_foot')).sort((a, b) => meanW(a) - meanW(b));
    expect(four).toHaveLength(4);
    four.forEach((m, i) => {
      const what = `dorsal interosseous ${i + 1}`;
      // its belly's centre line, from just ahead of the joined bases to the necks: every point nearer the
      // axes of the two bones either side of its space than to any other metatarsal's, and most outside bone
      const [a, b] = [i, i + 1];
      const from = Math.max(METATARSALS[a]!.base[0], METATARSALS[b]!.base[0]) + 0.01;
      const to = Math.min(METATARSALS[a]!.head[0], METATARSALS[b]!.head[0]) - 0.012;
      const line = centreLine(m, from, to);
      expect(line.length, what).toBeGreaterThanOrEqual(8);
      let outside = 0;
      for (const c of line) {
        const d = METATARSALS.map((_, j) => toAxis(j, c));
        const others = Math.min(...d.filter((_, j) => j !== a && j !== b));
        expect(Math.max(d[a]!, d[b]!), `${what} at u ${c[0].toFixed(3)}`).toBeLessThan(others);
        if (bones(...footPoint(c[0], c[1], c[2])) > 0) outside++;
      }
      expect(outside / line.length, what).toBeGreaterThanOrEqual(0.8);
      // its front end beside the base of its toe's proximal phalanx: the first on the medial side of the
      // second toe, the others on the lateral side of toes 2-4
      const [toe, side] = i === 0 ? [1, -1] : [i, 1];
      const base = toePhalanges(toe)[0]!;
      const front = frontEnd(m);
      expect(side * (front[2] - base.from[2]), what).toBeGreaterThan(base.radius);
      expect(Math.abs(front[0] - base.from[0]), what).toBeLessThan(0.006);
      expect(Math.abs(front[1] - base.from[1]), what).toBeLessThan(base.radius * 1.5);
    });
    expect(left('dorsal_interossei_of_foot').indices.length / 3).toBeLessThanOrEqual(400);
  });

  it("the plantar interossei lie under metatarsals 3-5, under the bones' plantar faces, and end on the medial side of toes 3-5", () => {
    const three = split(left('plantar_interossei')).sort((a, b) => meanW(a) - meanW(b));
    expect(three).toHaveLength(3);
    three.forEach((m, k) => {
      const what = `plantar interosseous ${k + 1}`;
      const i = k + 2;
      const line = centreLine(m, METATARSALS[i]!.base[0] + 0.01, METATARSALS[i]!.head[0] - 0.012);
      expect(line.length, what).toBeGreaterThanOrEqual(8);
      for (const c of line) {
        // nearest its own metatarsal, below its axis (plantar, by a third of the shaft's radius or more) and not
        // lateral of it
        const d = METATARSALS.map((_, j) => toAxis(j, c));
        expect(d.indexOf(Math.min(...d)), `${what} at u ${c[0].toFixed(3)}`).toBe(i);
        const axis = axisAt(i, c[0]);
        expect(c[1], `${what} at u ${c[0].toFixed(3)}`).toBeLessThan(axis[1] - METATARSALS[i]!.shaft * 0.3);
        expect(c[2], `${what} at u ${c[0].toFixed(3)}`).toBeLessThan(axis[2] + 0.001);
      }
      // over the middle third of the shaft, under the bone's plantar face (Gray's: the plantar interossei lie
      // below rather than between the metatarsals): the centre at least 0.9 of the shaft's radius below the axis,
      // within 1.1 radii of it across (under the bone, not beside it), 50 deg or more below the medial horizontal
      // through it and 58 deg or more on average. Built: 74.6, 76.2 and 60.7 deg on average (52-84), 0.6-4.3 mm
      // medial, the third under the fifth metatarsal's medial half (flexor digiti minimi brevis under its lateral
      // half). Drawn beside the bone (they lay 0.57-0.88 radii down and 21-31 deg below the horizontal), then 1.3
      // radii down and 0.6 radii + 1 mm medial, they lay 39-57 deg down (47.9, 52.7 and 43.7 on average), up to
      // 1.36 radii medial, in the space beside the bone
      const ray = METATARSALS[i]!;
      const along = (f: number): number => ray.base[0] + f * (ray.head[0] - ray.base[0]);
      const middle = centreLine(m, along(0.35), along(0.65));
      expect(middle.length, what).toBeGreaterThanOrEqual(5);
      const angles = middle.map((c) => {
        const axis = axisAt(i, c[0]);
        const [down, medial] = [axis[1] - c[1], axis[2] - c[2]];
        expect(down, `${what} at u ${c[0].toFixed(3)}`).toBeGreaterThan(0.9 * ray.shaft);
        expect(Math.abs(medial), `${what} at u ${c[0].toFixed(3)}`).toBeLessThan(1.1 * ray.shaft);
        const deg = (Math.atan2(down, medial) * 180) / Math.PI;
        expect(deg, `${what} at u ${c[0].toFixed(3)}`).toBeGreaterThan(50);
        return deg;
      });
      expect(angles.reduce((a, b) => a + b, 0) / angles.length, what).toBeGreaterThan(58);
      const base = toePhalanges(i)[0]!;
      const front = frontEnd(m);
      expect(front[2], what).toBeLessThan(base.from[2] - base.radius);
      expect(Math.abs(front[0] - base.from[0]), what).toBeLessThan(0.006);
      expect(Math.abs(front[1] - base.from[1]), what).toBeLessThan(base.radius * 1.5);
    });
    expect(left('plantar_interossei').indices.length / 3).toBeLessThanOrEqual(300);
  });

  it('each keeps to its triangles (flexor digitorum brevis 1,100 a side, the others 300)', () => {
    // flexor digitorum brevis 760 -> 1,096 since its tendons' halves pass deep to the long flexor's to the chiasma
    // (eight halves of 9 rings, 576; the slips 15 -> 13 rings, 520)
    for (const id of SOLE)
      expect(left(id).indices.length / 3, id).toBeLessThanOrEqual(
        id === 'flexor_digitorum_brevis' ? 1100 : 300,
      );
  });
});

/**
 * Multifidus (issue 14, muscles/multifidus.ts) measured on its built mesh: overlapping fascicle bundles, each
 * from a lumbar spinous process down past two levels or more to the mammillary processes, the sacrum or the
 * ilium (Macintosh et al. 1986), together thickest at L5-S1 and filling the gutter beside the spinous
 * processes and the sacral gutter up to the posterior superior iliac spine; and erector spinae, drawn after it,
 * lying behind and lateral to it, its aponeurosis on it over the sacrum, without being pushed out of it by more
 * than the ~1.6 mm it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeName } from '../../content/ids';
import type { MeshData, Vec3 } from '../types';
import { DISC_LEVELS, L, VERTEBRA_LEVELS } from '../landmarks';
import { boneSdf } from '../bones';
import { buildSoftTissue } from './index';
import { NEIGHBOUR_MARGIN } from './margins';
import { buildSoftBody } from './build';
import { boundsOf, pushOut } from './pushout';
import { muscleSpecs } from './muscles';

let byName = new Map<string, MeshData>();
beforeAll(async () => {
  byName = new Map((await buildSoftTissue()).map((m) => [m.name, m]));
}, 120_000);

/** The closed pieces of a mesh (vertices joined by its triangles), each as its triangles' corner lists. */
function pieces(m: MeshData): Vec3[][][] {
  const n = m.positions.length / 3;
  const root = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]!]!;
    return i;
  };
  for (let t = 0; t < m.indices.length; t += 3)
    for (let e = 1; e < 3; e++) root[find(m.indices[t + e]!)] = find(m.indices[t]!);
  const byRoot = new Map<number, Vec3[][]>();
  trianglesOf(m).forEach((tri, k) => {
    const r = find(m.indices[3 * k]!);
    byRoot.set(r, [...(byRoot.get(r) ?? []), tri]);
  });
  return [...byRoot.values()];
}

/** A mesh's triangles as their corners. */
function trianglesOf(m: MeshData): Vec3[][] {
  const p = (i: number): Vec3 => [m.positions[3 * i]!, m.positions[3 * i + 1]!, m.positions[3 * i + 2]!];
  const out: Vec3[][] = [];
  for (let t = 0; t < m.indices.length; t += 3)
    out.push([p(m.indices[t]!), p(m.indices[t + 1]!), p(m.indices[t + 2]!)]);
  return out;
}

/**
 * Where the line along `axis` (0 x, 1 y, 2 z) through the other two coordinates p, q (in x, y, z order)
 * crosses the triangles: the crossings' coordinates on that axis, sorted.
 */
function lineCrossings(tris: Vec3[][], axis: 0 | 1 | 2, p: number, q: number): number[] {
  const [i, j] = ([0, 1, 2] as const).filter((k) => k !== axis) as [0 | 1 | 2, 0 | 1 | 2];
  const out: number[] = [];
  for (const [a, b, c] of tris as [Vec3, Vec3, Vec3][]) {
    const d = (b[i] - a[i]) * (c[j] - a[j]) - (c[i] - a[i]) * (b[j] - a[j]);
    if (d === 0) continue;
    const v = ((p - a[i]) * (c[j] - a[j]) - (c[i] - a[i]) * (q - a[j])) / d;
    const w = ((b[i] - a[i]) * (q - a[j]) - (p - a[i]) * (b[j] - a[j])) / d;
    if (v < 0 || w < 0 || v + w > 1) continue;
    out.push(a[axis] + v * (b[axis] - a[axis]) + w * (c[axis] - a[axis]));
  }
  return out.sort((m, n) => m - n);
}

/** Where the line {(x, y, z)} along x runs inside a closed piece: its crossings paired into intervals. */
function intervals(tris: Vec3[][], y: number, z: number): [number, number][] {
  const xs = lineCrossings(tris, 0, y, z);
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < xs.length; k += 2) out.push([xs[k]!, xs[k + 1]!]);
  return out;
}

/** Intervals of several pieces merged into their union. */
function union(parts: [number, number][][]): [number, number][] {
  const all = parts.flat().sort((p, q) => p[0] - q[0]);
  const out: [number, number][] = [];
  for (const [a, b] of all) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The single lofted belly's section at the L5-S1 disc (4.85 cm2), measured as below before it became bundles. */
const OLD_L5S1 = 4.85e-4;

/** Area (m2) of the union of the pieces in the horizontal plane at height y, from lines 0.5 mm apart. */
function sectionArea(parts: Vec3[][][], y: number): number {
  let area = 0;
  for (let z = -0.14; z < 0.02; z += 0.0005)
    area += union(parts.map((t) => intervals(t, y, z))).reduce((s, [a, b]) => s + (b - a), 0) * 0.0005;
  return area;
}

describe('multifidus', () => {
  it('is 5 fused bundles (L1 to L5), each from the spinous process of its own lumbar level down two levels or more', () => {
    const parts = pieces(byName.get(nodeName('multifidus', 'left'))!);
    expect(parts.length).toBe(5);
    const levels = parts.map((tris) => {
      const vs = tris.flat();
      const top = vs.reduce((a, b) => (b[1] > a[1] ? b : a));
      const bottom = vs.reduce((a, b) => (b[1] < a[1] ? b : a));
      // its upper end lies on a spinous process: near the midline, behind the laminae, on one vertebra
      const near = [0, 1, 2, 3, 4].map((i) =>
        Math.abs(boneSdf(`l${i + 1}_vertebra` as 'l1_vertebra')(...top)),
      );
      const level = near.indexOf(Math.min(...near));
      expect(near[level]).toBeLessThan(0.004);
      expect(top[0]).toBeLessThan(0.012);
      expect(top[2]).toBeLessThan(VERTEBRA_LEVELS[level]!.centre[2] - 0.035);
      // and it runs down past the body two levels below (or the sacrum)
      const twoBelow = level + 2 <= 4 ? VERTEBRA_LEVELS[level + 2]!.centre[1] : DISC_LEVELS[4]!.centre[1];
      expect(bottom[1]).toBeLessThan(twoBelow);
      return level;
    });
    expect(new Set(levels).size).toBe(parts.length);
  });

  it('is thickest at L5-S1, where all its bundles overlap, and fills the gutter beside the spinous processes', () => {
    const parts = pieces(byName.get(nodeName('multifidus', 'left'))!);
    const at = (disc: number): number => sectionArea(parts, DISC_LEVELS[disc]!.centre[1]);
    const [l5s1, l3l4, l2l3] = [at(4), at(2), at(1)];
    // no thinner there than the single belly it replaced
    expect(l5s1).toBeGreaterThan(OLD_L5S1);
    expect(l5s1).toBeGreaterThan(1.3 * l2l3);
    expect(l5s1).toBeGreaterThan(l3l4);
    // beside the L3 and L4 spinous processes (half-way along them) its medial edge lies within 4 mm of the bone
    for (const i of [2, 3]) {
      const lv = VERTEBRA_LEVELS[i]!;
      const back: Vec3 = [0, lv.axis[2], -lv.axis[1]];
      const c: Vec3 = [0, lv.centre[1] + back[1] * 0.05, lv.centre[2] + back[2] * 0.05];
      const bone = boneSdf(`l${i + 1}_vertebra` as 'l1_vertebra');
      let surface = 0;
      while (bone(surface, c[1], c[2]) < 0) surface += 0.0002;
      const medial = Math.min(...union(parts.map((t) => intervals(t, c[1], c[2]))).map(([a]) => a));
      expect(medial - surface, `L${i + 1}`).toBeLessThan(0.004);
    }
  });

  it('leaves erector spinae behind and lateral to it: its unfitted loft pushed out of multifidus by under 2 mm', () => {
    const specs = muscleSpecs();
    const es = buildSoftBody(specs.find((s) => s.id === 'erector_spinae')!);
    const before = Float32Array.from(es.mesh.positions);
    for (const s of specs.filter((m) => m.id === 'multifidus')) {
      const b = buildSoftBody(s);
      pushOut(es.mesh, b.sdf, NEIGHBOUR_MARGIN, boundsOf(b.mesh.positions, 0.005), 6);
    }
    let worst = 0;
    for (let i = 0; i < before.length; i += 3)
      worst = Math.max(
        worst,
        Math.hypot(
          es.mesh.positions[i]! - before[i]!,
          es.mesh.positions[i + 1]! - before[i + 1]!,
          es.mesh.positions[i + 2]! - before[i + 2]!,
        ),
      );
    expect(worst).toBeLessThan(0.002);
    // at L3-L4 erector spinae's built section lies behind and lateral to multifidus'
    const y = DISC_LEVELS[2]!.centre[1];
    const mean = (m: MeshData, k: 0 | 2): number => {
      const vs: number[] = [];
      for (let i = 0; i < m.positions.length; i += 3)
        if (Math.abs(m.positions[i + 1]! - y) < 0.005) vs.push(m.positions[i + k]!);
      return vs.reduce((a, b) => a + b, 0) / vs.length;
    };
    const [mf, esm] = [
      byName.get(nodeName('multifidus', 'left'))!,
      byName.get(nodeName('erector_spinae', 'left'))!,
    ];
    expect(mean(esm, 0)).toBeGreaterThan(mean(mf, 0));
    expect(mean(esm, 2)).toBeLessThan(mean(mf, 2));
  });

  it("fills the sacral gutter under erector spinae's aponeurosis, and its fascicles from L1 reach the PSIS", () => {
    const mf = byName.get(nodeName('multifidus', 'left'))!;
    const es = byName.get(nodeName('erector_spinae', 'left'))!;
    const [mfTriangles, esTriangles] = [trianglesOf(mf), trianglesOf(es)];
    // from the PSIS' level (S2) to S1's, 1.5 and 2.5 cm from the midline (between the median crest and the
    // PSIS): the aponeurosis lies on multifidus, not over empty space (it lay 7-21 mm behind it)
    const [s2, s1] = [L('psis')[1], L('s1_centre')[1]];
    for (const y of [s2, (s1 + s2) / 2, s1])
      for (const x of [0.015, 0.025]) {
        const back = Math.min(...lineCrossings(mfTriangles, 2, x, y));
        const front = Math.max(...lineCrossings(esTriangles, 2, x, y).filter((z) => z < back + 0.01));
        expect(back - front, `x ${x}, y ${y.toFixed(3)}`).toBeLessThan(0.005);
      }
    // the longest fascicles end on the PSIS' medial face (it came within 28 mm of the landmark, on the sacrum)
    const psis = L('psis');
    const hip = boneSdf('hip_bone');
    const vs: Vec3[] = [];
    for (let i = 0; i < mf.positions.length; i += 3)
      vs.push([mf.positions[i]!, mf.positions[i + 1]!, mf.positions[i + 2]!]);
    const near = vs.filter((v) => Math.hypot(v[0] - psis[0], v[1] - psis[1], v[2] - psis[2]) < 0.02);
    expect(near.length).toBeGreaterThan(0);
    expect(Math.min(...near.map((v) => Math.abs(hip(...v))))).toBeLessThan(0.003);
  });
});

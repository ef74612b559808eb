/**
 * The plantar aponeurosis (issue 13, muscles/sole.ts plantarAponeurosis), measured on its built mesh (left
 * side; the right is its mirror, softTissue.test.ts), in the foot frame (u forward, v up, w lateral):
 * - it lies plantar to the sole's first layer: on every vertical line (2 mm grid) through both it and flexor
 *   digitorum brevis (or abductor hallucis, or abductor digiti minimi), a ray from below meets the aponeurosis
 *   first (its lowest crossing below the muscle's lowest), and no vertex of it lies inside those muscles;
 * - its central part, just in front of the calcaneal attachment (u 3.5-4.5 cm from the back of the heel), is
 *   2-4 mm thick: the healthy range on ultrasound measured just anterior to the calcaneal attachment (Aggarwal
 *   et al. 2020, Pol J Radiol 85:e375, doi 10.5114/pjr.2020.97955: 2-4 mm in 50 healthy volunteers, > 4 mm
 *   in plantar fasciitis; McMillan et al. 2009, J Foot Ankle Res 2:32: 4.0 mm the usual cut-off);
 * - its five slips reach the metatarsal heads: for each metatarsal, some of the aponeurosis lies under it
 *   (within 6 mm across of its head's centre) as far forward as the head's centre;
 * - its slips are flat bands: each one's section across its middle is broad and thin (over 3:1), fills more
 *   than 0.7 of its bounding box (a four-sided section was a rhombus, half of it, with a ridge that read as a
 *   rod from below; eight-sided slips draped ring by ring folded over the round flexor tendons, 0.48-0.58)
 *   and is thinner than 1.8 mm (its spec 1.4; drawn 2 mm, the loft's floor, before);
 * - it keeps to its triangles (about 590 a side, tested at 600).
 * The old build has no aponeurosis, so each case fails on it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeName } from '../../content/ids';
import type { MeshData, RawMesh, Vec3 } from '../types';
import { bandExtent, footPoints } from '../measure/footSection';
import { levelSegments } from '../kernel/mesh';
import { meshSdf } from './bodySdf';
import { buildSoftTissue } from './index';
import { METATARSALS } from '../bones/forefoot';
import { aponeurosisSlip } from './muscles/sole';

const STEP = 0.002;

/** Where vertical lines through the sole (every `step` of u and w) cross a mesh: per line, all heights v. */
function crossings(mesh: RawMesh, step = STEP): Map<string, number[]> {
  const f = footPoints(mesh);
  const hits = new Map<string, number[]>();
  const ix = mesh.indices;
  for (let t = 0; t < ix.length; t += 3) {
    const [a, b, c] = [f[ix[t]!]!, f[ix[t + 1]!]!, f[ix[t + 2]!]!];
    const u0 = Math.ceil(Math.min(a[0], b[0], c[0]) / step);
    const u1 = Math.floor(Math.max(a[0], b[0], c[0]) / step);
    const w0 = Math.ceil(Math.min(a[2], b[2], c[2]) / step);
    const w1 = Math.floor(Math.max(a[2], b[2], c[2]) / step);
    const det = (b[0] - a[0]) * (c[2] - a[2]) - (c[0] - a[0]) * (b[2] - a[2]);
    if (Math.abs(det) < 1e-14) continue;
    for (let iu = u0; iu <= u1; iu++)
      for (let iw = w0; iw <= w1; iw++) {
        const [u, w] = [iu * step, iw * step];
        const l1 = ((u - a[0]) * (c[2] - a[2]) - (c[0] - a[0]) * (w - a[2])) / det;
        const l2 = ((b[0] - a[0]) * (w - a[2]) - (u - a[0]) * (b[2] - a[2])) / det;
        if (l1 < 0 || l2 < 0 || l1 + l2 > 1) continue;
        const key = `${iu},${iw}`;
        if (!hits.has(key)) hits.set(key, []);
        hits.get(key)!.push(a[1] + l1 * (b[1] - a[1]) + l2 * (c[1] - a[1]));
      }
  }
  return hits;
}

let byName: Map<string, MeshData>;
beforeAll(async () => {
  byName = new Map((await buildSoftTissue()).map((m) => [m.name, m]));
}, 120_000);
const left = (id: string): MeshData | undefined => byName.get(nodeName(id as 'abductor_hallucis', 'left'));
const FIRST_LAYER = ['flexor_digitorum_brevis', 'abductor_hallucis', 'abductor_digiti_minimi'];

describe('the plantar aponeurosis', () => {
  it('lies plantar to the first layer: rays from below meet it first, and none of it lies in those muscles', () => {
    const apo = left('plantar_aponeurosis');
    expect(apo).toBeDefined();
    const under = crossings(apo!);
    for (const id of FIRST_LAYER) {
      const muscle = left(id)!;
      let shared = 0;
      let first = 0;
      let worst = Infinity;
      for (const [key, vs] of crossings(muscle)) {
        const a = under.get(key);
        if (!a) continue;
        shared++;
        const gap = Math.min(...vs) - Math.min(...a);
        if (gap > 0) first++;
        worst = Math.min(worst, gap);
      }
      // flexor digitorum brevis lies over it along most of the sole, the abductors over its edges; on every
      // line the aponeurosis is met first, but where the skin presses both at the band's edges the muscle's
      // coarse faces may reach 0.3 mm below it
      expect(shared, id).toBeGreaterThan(id === 'flexor_digitorum_brevis' ? 500 : 150);
      expect(first / shared, id).toBeGreaterThanOrEqual(0.99);
      expect(worst, id).toBeGreaterThan(-0.0003);
      // and no vertex of it lies in the muscle (0.5 mm allowed for the same faces)
      const sdf = meshSdf(muscle);
      let deepest = Infinity;
      for (let i = 0; i < apo!.positions.length; i += 3)
        deepest = Math.min(deepest, sdf(apo!.positions[i]!, apo!.positions[i + 1]!, apo!.positions[i + 2]!));
      expect(deepest, id).toBeGreaterThan(-0.0005);
    }
  });

  it('is 2-4 mm thick just in front of the calcaneal attachment (healthy heels on ultrasound)', () => {
    const lines = crossings(left('plantar_aponeurosis')!);
    const thick: number[] = [];
    for (const [key, vs] of lines) {
      const [iu, iw] = key.split(',').map(Number) as [number, number];
      // the central part's middle third, 3.5-4.5 cm from the back of the heel
      if (iu * STEP < 0.035 || iu * STEP > 0.045 || Math.abs(iw * STEP + 0.004) > 0.004) continue;
      if (vs.length < 2) continue;
      thick.push(Math.max(...vs) - Math.min(...vs));
    }
    expect(thick.length).toBeGreaterThan(5);
    const mean = thick.reduce((a, b) => a + b, 0) / thick.length;
    expect(mean).toBeGreaterThanOrEqual(0.002);
    expect(mean).toBeLessThanOrEqual(0.004);
  });

  it('its medial, central and lateral parts meet: no gap across the sole from 7 to 12 cm ahead of the heel', () => {
    // on lines across the sole every 1 cm (0.5 mm apart along each), the band covers one unbroken run; the
    // parts were separate strips 1.5-2.5 mm (medial) and 4-9 mm (lateral) apart, muscle showing between them
    const FINE = 0.0005;
    const lines = crossings(left('plantar_aponeurosis')!, FINE);
    for (let cm = 7; cm <= 12; cm++) {
      const iu = Math.round(cm / 100 / FINE);
      const ws = [...lines.keys()]
        .map((key) => key.split(',').map(Number) as [number, number])
        .filter(([u]) => u === iu)
        .map(([, w]) => w)
        .sort((a, b) => a - b);
      const gaps = ws.slice(1).map((w, i) => (w - ws[i]! - 1) * FINE);
      expect(Math.max(...gaps), `${cm} cm`).toBeLessThanOrEqual(0.001);
    }
  });

  it('its slips reach the metatarsal heads', () => {
    const f = footPoints(left('plantar_aponeurosis')!);
    for (const [t, m] of METATARSALS.entries()) {
      const reach = Math.max(...f.filter((p) => Math.abs(p[2] - m.head[2]) < 0.006).map((p) => p[0]));
      expect(reach, `metatarsal ${t + 1}`).toBeGreaterThanOrEqual(m.head[0]);
    }
  });

  it('its slips are flat bands, not rods: the section across the middle of each fills most of its box', () => {
    const apo = left('plantar_aponeurosis')!;
    const f = footPoints(apo);
    for (let t = 0; t < 5; t++) {
      const [from, end] = aponeurosisSlip(t);
      const mid: Vec3 = [(from[0] + end[0]) / 2, (from[1] + end[1]) / 2, (from[2] + end[2]) / 2];
      const len = Math.hypot(end[0] - from[0], end[2] - from[2]);
      // the cut: the vertical plane across the slip's centre line at its middle; in it, x across, y up
      const along = [(end[0] - from[0]) / len, (end[2] - from[2]) / len] as const;
      const d = (p: Vec3) => (p[0] - mid[0]) * along[0] + (p[2] - mid[2]) * along[1];
      const inPlane = (p: Vec3): [number, number] => [
        -(p[0] - mid[0]) * along[1] + (p[2] - mid[2]) * along[0],
        p[1] - mid[1],
      ];
      // the section's outline: one segment per crossing triangle, oriented by its winding (the slip's inside
      // on one hand), only this slip's: at their middles the slips' centre lines are 11 mm apart or more, each
      // slip ~7 mm broad and lying up to 1.5 mm to one side of its line
      const segments = levelSegments(f, apo.indices, d)
        .map(({ enter, leave }) => [inPlane(enter), inPlane(leave)])
        .filter(([a, b]) => Math.abs((a![0] + b![0]) / 2) < 0.0055);
      expect(segments.length, `slip ${t + 1}`).toBeGreaterThanOrEqual(4);
      const area = Math.abs(segments.reduce((sum, [a, b]) => sum + a![0] * b![1] - b![0] * a![1], 0) / 2);
      // its extent along its own broad axis and across it (the band may lie tilted on what it drapes over)
      const { broad, thick } = bandExtent(segments.flat());
      // a flat band: broad and thin, and filling its box (a rhombus fills half of it, the eight-sided
      // superellipse of power 4 ~0.84)
      expect.soft(broad / thick, `slip ${t + 1}: ${broad} x ${thick}`).toBeGreaterThan(3);
      expect.soft(area / (broad * thick), `slip ${t + 1}`).toBeGreaterThan(0.7);
      // thinner than the loft's 2 mm floor for muscles, which drew them 2 mm (its spec 1.4 mm at its middle)
      expect.soft(thick, `slip ${t + 1}`).toBeLessThan(0.0018);
    }
  });

  it('keeps to its triangles (about 590 a side)', () => {
    expect(left('plantar_aponeurosis')!.indices.length / 3).toBeLessThanOrEqual(600);
  });
});

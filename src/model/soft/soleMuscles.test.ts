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
 * - each side's muscle keeps to its triangles (flexor digitorum brevis, four slips and the medial halves of
 *   their split tendons, 650; the others 300).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeName } from '../../content/ids';
import type { MeshData } from '../types';
import { footCoords } from '../landmarks';
import { meshSdf } from './bodySdf';
import { footSection, largestFootSection, pieces } from '../measure/footSection';
import { buildSoftTissue } from './index';
import { FDL_SPLIT } from './muscles/legDeep';

const SOLE = [
  'abductor_hallucis',
  'flexor_digitorum_brevis',
  'quadratus_plantae',
  'abductor_digiti_minimi',
] as const;

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
    const n = fdl.positions.length / 3;
    const foot = Array.from({ length: n }, (_, i) =>
      footCoords([fdl.positions[3 * i]!, fdl.positions[3 * i + 1]!, fdl.positions[3 * i + 2]!]),
    );
    for (let t = 0; t < fdl.indices.length; t += 3) {
      const [a, b] = [fdl.indices[t]!, fdl.indices[t + 1]!];
      if (foot[a]![0] < u === foot[b]![0] < u) continue;
      const s = (u - foot[a]![0]) / (foot[b]![0] - foot[a]![0]);
      const w = foot[a]![2] + (foot[b]![2] - foot[a]![2]) * s;
      const k = piece[a]!;
      centres.set(k, [...(centres.get(k) ?? []), w]);
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

  it('each keeps to its triangles (flexor digitorum brevis 650 a side, the others 300)', () => {
    for (const id of SOLE)
      expect(left(id).indices.length / 3, id).toBeLessThanOrEqual(
        id === 'flexor_digitorum_brevis' ? 650 : 300,
      );
  });
});

/**
 * The small nerves of issue 14 (smallNerves.ts) measured on their built meshes: each runs through the places
 * Gray's and Moore give for it (limb coordinates of soft/limb.ts: θ 0 lateral, 90 anterior, 270 posterior;
 * ρ 1 under the subcutaneous fat, beyond 1 in it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeName, type PairedStructureId } from '../../content/ids';
import { L } from '../landmarks';
import type { MeshData, Vec3 } from '../types';
import { dist } from '../kernel/vec.ts';
import { arcLengths, resample, turnDeg } from '../kernel/spline.ts';
import { vertexList } from '../kernel/mesh.ts';
import { A } from './attachments';
import { meshSdf } from './bodySdf';
import { buildSoftTissue, nervePath } from './index';
import { nerveSpecs } from './nerves';
import { limb } from './limb';

let byName = new Map<string, MeshData>();
beforeAll(async () => {
  byName = new Map((await buildSoftTissue()).map((m) => [m.name, m]));
}, 120_000);

const vertices = (id: PairedStructureId): Vec3[] => vertexList(byName.get(nodeName(id, 'left'))!);
const nearest = (vs: readonly Vec3[], q: Vec3): number => Math.min(...vs.map((v) => dist(v, q)));
/** Limb coordinates of the vertices between two levels. */
function between(id: PairedStructureId, which: 'thigh' | 'leg', t0: number, t1: number) {
  const frame = limb(which);
  const at = vertices(id)
    .map((v) => frame.locate(v))
    .filter((c) => c.t >= t0 && c.t <= t1);
  // at least two rings of the tube (5 sides each)
  expect(at.length, `${id} between t ${t0} and ${t1}`).toBeGreaterThanOrEqual(10);
  return at;
}
/** θ folded to -180..180 (0 lateral). */
const signed = (deg: number) => (deg > 180 ? deg - 360 : deg);

describe('small nerves (issue 14)', () => {
  it('each is a mesh on both sides', () => {
    for (const id of [
      'sural_nerve',
      'superficial_fibular_nerve',
      'deep_fibular_nerve',
      'posterior_femoral_cutaneous_nerve',
      'superior_cluneal_nerves',
      'ilioinguinal_nerve',
      'genitofemoral_nerve',
    ] as const)
      for (const side of ['left', 'right'] as const)
        expect(byName.get(nodeName(id, side))?.indices.length, `${id} ${side}`).toBeGreaterThan(100);
  });

  it('sural nerve: down the back of the calf in the fat, behind the lateral malleolus, to the lateral foot', () => {
    for (const c of between('sural_nerve', 'leg', 0.6, 0.85)) {
      expect(c.deg).toBeGreaterThan(270);
      expect(c.deg).toBeLessThan(335);
      expect(c.rho).toBeGreaterThan(1);
    }
    const malleolus = L('lateral_malleolus');
    const behind = vertices('sural_nerve').filter(
      (v) => v[2] < malleolus[2] - 0.01 && v[1] < malleolus[1] + 0.02,
    );
    expect(nearest(behind, malleolus)).toBeLessThan(0.03);
    const foot = vertices('sural_nerve').filter((v) => v[1] < 0.04);
    expect(nearest(foot, L('base_fifth_metatarsal'))).toBeLessThan(0.02);
    expect(Math.min(...foot.map((v) => v[0]))).toBeGreaterThan(L('ankle_joint_centre')[0]);
  });

  it('sural nerve: bends gently over the calf (no corner between its rings)', () => {
    // the centre line its tube is built round, cut into 1 cm pieces: a corner between two rings a few
    // centimetres apart shows as a turn far larger than its neighbours' (35 deg where the communicating
    // branch crossed the lateral head's bulge, 16 deg on the trunk where it came out between the heads)
    const n = nerveSpecs().find((s) => s.id === 'sural_nerve')!;
    const frame = limb('leg');
    for (const part of n.parts) {
      const path = nervePath(part, n.fine);
      const pieces = resample(path, Math.round(arcLengths(path).at(-1)! / 0.01) + 1);
      for (let i = 1; i < pieces.length - 1; i++) {
        const t = frame.locate(pieces[i]!).t;
        if (t < 0.1 || t > 0.85) continue;
        const turn = turnDeg(pieces, i);
        expect(turn, `turn at t ${t.toFixed(2)}`).toBeLessThan(15);
      }
    }
  });

  it('superficial fibular nerve: lateral compartment, through the fascia in the distal third, onto the dorsum', () => {
    for (const c of between('superficial_fibular_nerve', 'leg', 0.3, 0.5)) {
      expect(signed(c.deg)).toBeGreaterThan(-15);
      expect(signed(c.deg)).toBeLessThan(20);
      expect(c.rho).toBeGreaterThan(0.5);
      expect(c.rho).toBeLessThan(1.05);
    }
    for (const c of between('superficial_fibular_nerve', 'leg', 0.7, 0.92)) expect(c.rho).toBeGreaterThan(1);
    const ankle = L('ankle_joint_centre');
    const dorsum = vertices('superficial_fibular_nerve').filter((v) => v[2] > ankle[2] + 0.1);
    expect(dorsum.length).toBeGreaterThan(8);
    for (const v of dorsum) expect(v[1]).toBeGreaterThan(L('first_metatarsal_head')[1]);
  });

  it('deep fibular nerve: on the interosseous membrane in the anterior compartment, to the first web space', () => {
    for (const c of between('deep_fibular_nerve', 'leg', 0.3, 0.6)) {
      expect(c.deg).toBeGreaterThan(10);
      expect(c.deg).toBeLessThan(60);
      expect(c.rho).toBeLessThan(0.3);
    }
    expect(nearest(vertices('deep_fibular_nerve'), A('fibular_neck'))).toBeLessThan(0.01);
    const first = L('first_metatarsal_head');
    const second = L('second_metatarsal_head');
    const web: Vec3 = [(first[0] + second[0]) / 2, first[1] + 0.015, (first[2] + second[2]) / 2];
    expect(nearest(vertices('deep_fibular_nerve'), web)).toBeLessThan(0.015);
  });

  it('posterior femoral cutaneous nerve: below piriformis, down the back of the thigh under the fascia', () => {
    expect(nearest(vertices('posterior_femoral_cutaneous_nerve'), L('ischial_spine'))).toBeLessThan(0.045);
    for (const c of between('posterior_femoral_cutaneous_nerve', 'thigh', 0.3, 0.7)) {
      expect(c.deg).toBeGreaterThan(245);
      expect(c.deg).toBeLessThan(295);
      expect(c.rho).toBeGreaterThan(0.95);
    }
    const lowest = Math.min(...vertices('posterior_femoral_cutaneous_nerve').map((v) => v[1]));
    expect(lowest).toBeLessThan(L('knee_joint_centre')[1]);
  });

  it('the cutaneous nerves over the buttock lie on gluteus maximus, not in it, and rise over its lower part', () => {
    // Gray's: the superior cluneal nerves cross the iliac crest to the skin of the upper buttock; the inferior
    // cluneal branches of the posterior femoral cutaneous nerve turn up round the lower border of gluteus
    // maximus to the skin over it. Laid at offsets from the bones, they ran inside the muscle (stubs showed).
    const glute = meshSdf(byName.get(nodeName('gluteus_maximus', 'left'))!);
    const tuberosity = L('ischial_tuberosity');
    for (const id of ['superior_cluneal_nerves', 'posterior_femoral_cutaneous_nerve'] as const) {
      const inside = vertices(id).filter((v) => glute(v[0], v[1], v[2]) < -0.001);
      expect(inside.length, `${id}: vertices over 1 mm inside gluteus maximus`).toBe(0);
    }
    // the branch reaches at least 5 cm above the tuberosity, behind the muscle's outer face
    const risen = vertices('posterior_femoral_cutaneous_nerve').filter(
      (v) => v[1] > tuberosity[1] + 0.05 && v[2] < tuberosity[2] - 0.08,
    );
    expect(risen.length).toBeGreaterThan(0);
  });

  it('superior cluneal nerves: from beside the spine over the posterior iliac crest to the upper buttock', () => {
    const psis = L('psis');
    const crest = L('iliac_crest_top');
    const vs = vertices('superior_cluneal_nerves');
    expect(Math.max(...vs.map((v) => v[1]))).toBeGreaterThan(L('l1_l2_foramen')[1] - 0.02);
    // at the crest's height they lie behind the ilium, between the PSIS and the crest's top, in the fat
    const atCrest = vs.filter((v) => v[1] > psis[1] + 0.01 && v[1] < psis[1] + 0.05);
    expect(atCrest.length).toBeGreaterThan(8);
    for (const v of atCrest) {
      expect(v[0]).toBeGreaterThan(psis[0]);
      expect(v[0]).toBeLessThan(crest[0]);
      expect(v[2]).toBeLessThan(psis[2] - 0.02);
    }
    expect(Math.min(...vs.map((v) => v[1]))).toBeLessThan(psis[1] - 0.03);
  });

  it('ilioinguinal nerve: along the iliac crest, by the anterior superior iliac spine, out at the pubic tubercle', () => {
    const vs = vertices('ilioinguinal_nerve');
    expect(nearest(vs, L('iliac_crest_top'))).toBeLessThan(0.045);
    expect(nearest(vs, L('asis'))).toBeLessThan(0.03);
    expect(nearest(vs, L('pubic_tubercle'))).toBeLessThan(0.03);
    expect(Math.min(...vs.map((v) => v[1]))).toBeLessThan(L('pubic_tubercle')[1] - 0.02);
  });

  it('genitofemoral nerve: on the front of psoas, under the inguinal ligament to the thigh', () => {
    const y = L('l4_l5_foramen')[1];
    const level = (vs: readonly Vec3[]) => vs.filter((v) => Math.abs(v[1] - y) < 0.01);
    const psoas = level(vertices('psoas_major'));
    // its centre line every 2 mm (its rings are up to 4.5 cm apart where it runs straight)
    const gfn = nerveSpecs().find((s) => s.id === 'genitofemoral_nerve')!;
    const line = gfn.parts.flatMap((part) => {
      const path = nervePath(part, gfn.fine);
      return resample(path, Math.round(arcLengths(path).at(-1)! / 0.002) + 1);
    });
    const nerve = level(line);
    expect(nerve.length).toBeGreaterThan(4);
    const psoasFront = Math.max(...psoas.map((v) => v[2]));
    const psoasMid = psoas.reduce((s, v) => s + v[2], 0) / psoas.length;
    for (const v of nerve) expect(v[2]).toBeGreaterThan((psoasFront + psoasMid) / 2);
    const inguinal = A('mid_inguinal_point');
    expect(nearest(vertices('genitofemoral_nerve'), inguinal)).toBeLessThan(0.02);
    expect(Math.min(...vertices('genitofemoral_nerve').map((v) => v[1]))).toBeLessThan(inguinal[1] - 0.03);
  });
});

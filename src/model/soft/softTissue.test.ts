import { beforeAll, describe, expect, it } from 'vitest';
import {
  PAIRED_STRUCTURE_IDS,
  REGION_IDS,
  nodeName,
  type RegionId,
  type StructureId,
} from '../../content/ids';
import { L, footPoint, foramen, type ForamenLevel } from '../landmarks';
import { METATARSALS } from '../bones/forefoot';
import type { MeshData, Vec3 } from '../types';
import { ALL_BONES, attachSdf } from './bones';
import { buildSoftTissue } from './index';
import { meshSdf } from './bodySdf';
import { badEdgeCount, minTriangleArea, signedVolume } from '../kernel/mesh.ts';
import { muscleSpecs } from './muscles';
import { nerveSpecs } from './nerves';
import type { AttachTarget } from './spec';
import { tendonSpecs } from './tendons';
import { skinSdf } from './skin';
import { regionSlotNames } from './regionWeights';
import { dist, distToSegment } from '../kernel/vec.ts';

let meshes: MeshData[] = [];
let byName = new Map<string, MeshData>();
beforeAll(async () => {
  meshes = await buildSoftTissue();
  byName = new Map(meshes.map((m) => [m.name, m]));
}, 120_000);

const nearest = (targets: readonly AttachTarget[], p: Vec3): number =>
  Math.min(...targets.map((t) => Math.abs(attachSdf(t)(p[0], p[1], p[2]))));

describe('attachments', () => {
  for (const m of muscleSpecs()) {
    it(`${m.id}${m.part ? ` (${m.part})` : ''}: origin and insertion lie on their bones or what they join (within 1 cm)`, () => {
      const ends: [readonly AttachTarget[], Vec3][] =
        m.kind === 'limb'
          ? [m.origin, m.insertion].flatMap((e) =>
              (e.to ? [e.p, e.to] : [e.p]).map((p): [readonly AttachTarget[], Vec3] => [[e.bone], p]),
            )
          : m.kind === 'path'
            ? [
                [[m.origin.bone], m.origin.p],
                [[m.insertion.bone], m.insertion.p],
              ]
            : [
                ...m.lines[0]!.map((p): [readonly AttachTarget[], Vec3] => [m.originBones, p]),
                ...m.lines[m.lines.length - 1]!.map((p): [readonly AttachTarget[], Vec3] => [
                  m.insertionBones,
                  p,
                ]),
              ];
      // an end held on a structure that lies on the bone (the lumbricals on flexor digitorum longus' tendons,
      // ~1.2 cm under the metatarsals) may lie on that structure instead: a path's `joins`
      const joined = m.kind === 'path' ? (m.joins ?? []) : [];
      const onJoined = (p: Vec3): number =>
        Math.min(
          ...joined.map((id) =>
            Math.abs(meshSdf(byName.get(nodeName(id as StructureId, 'left'))!)(p[0], p[1], p[2])),
          ),
        );
      for (const [targets, p] of ends)
        expect(
          Math.min(nearest(targets, p), onJoined(p)),
          `${targets.join('|')} at ${p.join(',')}`,
        ).toBeLessThan(0.01);
    });
  }
  for (const t of tendonSpecs()) {
    it(`${t.id}${t.part ? ` (${t.part})` : ''}: ends lie on their bones (within 1 cm)`, () => {
      if (t.id === 'quadriceps_tendon') expect(nearest([t.insertion.bone], t.insertion.p)).toBeLessThan(0.01);
      else if (t.id === 'plantar_aponeurosis')
        // its parts arise on the calcaneus and its slips end under the metatarsal heads (on the plantar
        // plates); their other ends lie under the sole's muscles, ~1.5-2 cm below the bones: the central
        // part's front where the slips leave it, the medial part's over flexor hallucis brevis
        for (const a of t.part?.startsWith('slip') ? [t.insertion] : [t.origin])
          expect(nearest([a.bone], a.p), `${t.part}`).toBeLessThan(0.01);
      else for (const a of [t.origin, t.insertion]) expect(nearest([a.bone], a.p)).toBeLessThan(0.01);
    });
  }
});

describe('shapes', () => {
  /** Widest empty interval in x among the vertices of a mesh between two heights. */
  const widestGap = (m: MeshData, y0: number, y1: number): { gap: number; from: number } => {
    const xs: number[] = [];
    for (let i = 0; i < m.positions.length; i += 3)
      if (m.positions[i + 1]! >= y0 && m.positions[i + 1]! < y1) xs.push(m.positions[i]!);
    xs.sort((a, b) => a - b);
    let gap = 0;
    let from = 0;
    for (let i = 1; i < xs.length; i++)
      if (xs[i]! - xs[i - 1]! > gap) {
        gap = xs[i]! - xs[i - 1]!;
        from = xs[i - 1]!;
      }
    return { gap, from };
  };
  it('gastrocnemius heads are apart over the popliteal fossa and joined in the calf', () => {
    const m = byName.get(nodeName('gastrocnemius', 'left'))!;
    // just below the knee joint line: a gap of >2 cm between the heads, around the midline of the calf
    const top = widestGap(m, 0.47, 0.5);
    expect(top.gap).toBeGreaterThan(0.02);
    expect(top.from).toBeLessThan(0.09);
    expect(top.from + top.gap).toBeGreaterThan(0.09);
    // mid-calf: one continuous mass (only ring spacing between vertices)
    expect(widestGap(m, 0.3, 0.4).gap).toBeLessThan(0.015);
  });

  it('muscles carry fibres: the Achilles end of gastrocnemius is tendon, its belly muscle', () => {
    const m = byName.get(nodeName('gastrocnemius', 'right'))!;
    const f = m.fibre!;
    expect(f.length).toBe((m.positions.length / 3) * 4);
    let low = 1;
    let belly = 0;
    for (let i = 0; i < m.positions.length / 3; i++) {
      const y = m.positions[3 * i + 1]!;
      if (y < 0.12) low = Math.min(low, 1 - f[4 * i + 3]!);
      if (y > 0.32 && y < 0.4) belly = Math.max(belly, 1 - f[4 * i + 3]!);
    }
    // near the heel: tendon (share of muscle ~0); mid-calf: muscle
    expect(1 - low).toBeLessThan(0.1);
    expect(belly).toBeLessThan(0.1);
    for (const t of ['iliotibial_band', 'patellar_ligament'] as const)
      expect(byName.get(nodeName(t, 'left'))!.fibre).toBeUndefined();
  });
});

describe('nerve roots', () => {
  const levels: ForamenLevel[] = ['l1', 'l2', 'l3', 'l4', 'l5', 's1', 's2', 's3'];
  for (const level of levels) {
    it(`${level} root starts at its own foramen on both sides`, () => {
      const spec = nerveSpecs().find((n) => n.id === `${level}_nerve_root`)!;
      const start = spec.parts[0]!.points[0]!;
      const closest = levels.reduce((a, b) =>
        dist(foramen(a, 'left'), start) <= dist(foramen(b, 'left'), start) ? a : b,
      );
      expect(closest).toBe(level);
      for (const side of ['left', 'right'] as const) {
        const m = byName.get(nodeName(`${level}_nerve_root`, side))!;
        const f = foramen(level, side);
        let best = Infinity;
        for (let i = 0; i < m.positions.length; i += 3)
          best = Math.min(best, dist(f, [m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!]));
        expect(best).toBeLessThan(0.01);
      }
    });
  }
});

describe('meshes', () => {
  it('every muscle, tendon and nerve id has a mesh on both sides, plus the skin', () => {
    const soft = PAIRED_STRUCTURE_IDS.filter(
      (id) =>
        muscleSpecs().some((m) => m.id === id) ||
        tendonSpecs().some((t) => t.id === id) ||
        nerveSpecs().some((n) => n.id === id),
    );
    expect(soft.length).toBe(49 + 4 + 25);
    for (const id of soft) {
      for (const side of ['left', 'right'] as const) {
        const m = byName.get(nodeName(id, side));
        expect(m, nodeName(id, side)).toBeDefined();
        expect(m!.indices.length).toBeGreaterThan(0);
      }
    }
    expect(byName.get('skin')?.kind).toBe('skin');
  });

  it('right is the exact mirror of left, winding flipped', () => {
    for (const m of meshes) {
      if (!m.name.endsWith('_l')) continue;
      const r = byName.get(m.name.slice(0, -2) + '_r')!;
      expect(r.positions.length).toBe(m.positions.length);
      for (let i = 0; i < m.positions.length; i += 3) {
        expect(r.positions[i]).toBe(-m.positions[i]!);
        expect(r.positions[i + 1]).toBe(m.positions[i + 1]);
        expect(r.positions[i + 2]).toBe(m.positions[i + 2]);
      }
      for (let t = 0; t < m.indices.length; t += 3) {
        expect([r.indices[t], r.indices[t + 1], r.indices[t + 2]]).toEqual([
          m.indices[t],
          m.indices[t + 2],
          m.indices[t + 1],
        ]);
      }
    }
  });

  it('closed, outward, finite and without degenerate triangles', () => {
    for (const m of meshes) {
      expect(m.positions.every(Number.isFinite), m.name).toBe(true);
      expect(minTriangleArea(m), m.name).toBeGreaterThan(1e-10);
      expect(badEdgeCount(m), m.name).toBe(0);
      expect(signedVolume(m), m.name).toBeGreaterThan(0);
    }
  });

  it('the skin carries every region on both sides, soft-edged, each where its landmarks put it', () => {
    const skin = byName.get('skin')!;
    const r = skin.region!;
    const p = skin.positions;
    const slots = regionSlotNames();
    const inside = new Map<string, number[]>();
    for (let i = 0; i < p.length / 3; i++) {
      // the two weights never claim a vertex more than fully (rounding aside)
      expect(r[4 * i + 2]! + r[4 * i + 3]!, 'weights of a vertex').toBeLessThanOrEqual(256);
      expect(r[4 * i + 2]!, 'slot A weighs most').toBeGreaterThanOrEqual(r[4 * i + 3]!);
      if (r[4 * i + 2]! < 128) continue;
      const name = slots[r[4 * i]!]!;
      inside.set(name, [...(inside.get(name) ?? []), i]);
    }
    const soft = [...r].filter((_, k) => k % 4 === 2).filter((w) => w > 20 && w < 235).length;
    expect(soft, 'vertices in a soft edge').toBeGreaterThan(200);
    const mean = (name: string, axis: number) => {
      const v = inside.get(name)!;
      return v.reduce((s, i) => s + p[3 * i + axis]!, 0) / v.length;
    };
    for (const id of REGION_IDS) {
      for (const side of ['left', 'right'] as const) {
        const name = nodeName(id, side);
        expect(inside.get(name)?.length ?? 0, name).toBeGreaterThan(5);
        // +x is the subject's left
        expect(Math.sign(mean(name, 0)), `${name}: side`).toBe(side === 'left' ? 1 : -1);
      }
    }
    const y = (name: string) => mean(nodeName(name as RegionId, 'left'), 1);
    const z = (name: string) => mean(nodeName(name as RegionId, 'left'), 2);
    expect(y('low_back')).toBeGreaterThan(y('buttock'));
    expect(y('buttock')).toBeGreaterThan(y('back_of_thigh'));
    expect(y('front_of_thigh')).toBeGreaterThan(y('front_of_knee'));
    expect(y('front_of_knee')).toBeGreaterThan(y('calf'));
    expect(Math.abs(y('front_of_knee') - L('patella_centre')[1])).toBeLessThan(0.05);
    expect(z('front_of_knee')).toBeGreaterThan(z('back_of_knee'));
    // the anterolateral knee (the skin nearest Gerdy's tubercle) is the outer knee, seen from the front
    const g = L('gerdys_tubercle');
    let nearest = 0;
    let best = Infinity;
    for (let i = 0; i < p.length / 3; i++) {
      const d = Math.hypot(p[3 * i]! - g[0], p[3 * i + 1]! - g[1], p[3 * i + 2]! - g[2]);
      if (d < best) [best, nearest] = [d, i];
    }
    expect(slots[r[4 * nearest]!]).toBe(nodeName('outside_of_knee', 'left'));
    expect(r[4 * nearest + 2]!).toBeGreaterThan(128);
  });

  it("extensor digitorum longus parts into four slender tendons, one over each lateral metatarsal's head", () => {
    const p = byName.get(nodeName('extensor_digitorum_longus', 'left'))!.positions;
    const vs: Vec3[] = [];
    for (let i = 0; i < p.length; i += 3) vs.push([p[i]!, p[i + 1]!, p[i + 2]!]);
    for (const m of METATARSALS.slice(1)) {
      const head = footPoint(m.head[0], m.head[1] + m.headR, m.head[2]);
      // a tendon ends over this head, and what lies there is slender (one tendon, not a band across the heads)
      const near = vs.filter((v) => dist(v, head) < 0.008);
      expect(near.length).toBeGreaterThan(4);
      const lateral = near.map((v) => v[0]);
      expect(Math.max(...lateral) - Math.min(...lateral)).toBeLessThan(0.008);
    }
  });

  it('stays within the triangle budgets', () => {
    const tris = (k: string[]): number =>
      meshes.filter((m) => k.includes(m.kind)).reduce((s, m) => s + m.indices.length / 3, 0);
    // both model files (the deep muscles too: leg, adductor brevis, hip rotators, the long flexor tendons to the
    // toes); the start view's 150k and the deep file's 40k are tested on their files (glb.test.ts). 78k since
    // the toe tendons (issue 14: ~2.3k), which the deep file's larger budget was raised for; 80k since the
    // sole's muscles (issue 13: ~1.2k a side, in the deep file); 82k since the sole's third layer (issue 13:
    // flexor hallucis brevis, adductor hallucis, flexor digiti minimi brevis, ~0.74k a side, in the deep file);
    // 83k since the lumbricals (issue 13: 320 a side, in the deep file); 84k since the interossei (issue 13:
    // 588 a side, in the deep file); 85k since the lumbricals turn onto the extensor expansions (issue 13: 480
    // a side, 160 more) and flexor digitorum brevis' split tendons cross under the long flexor's (64 more a side);
    // 87k since semimembranosus' tendon wraps the medial condyle in one curve into a rounded end in the tibia
    // (issue 13: 17 more rings, 680 more triangles a side, in the start file; fibularis brevis' tendon had
    // taken the total to ~84.8k); 88k since fibularis longus' tendon lies flat on the calcaneus below brevis'
    // and turns round the cuboid's lateral border, its origin tapering from the fibular head (issue 13: 11 more
    // rings, 220 more triangles a side, in the start file; 86,688 -> 87,128); flexor digitorum brevis' tendon
    // halves pass deep to the long flexor's to the chiasma (issue 13: 336 more a side, in the deep file; ~87.8k);
    // 88.5k since semimembranosus' anterior arm, a flat tendon forward from its direct arm deep to the tibial
    // collateral ligament (issue 13: 144 a side, in the start file, whose own 150k budget is unchanged;
    // 87,800 -> 88,088); fibularis longus' fusiform thickening round the cuboid and its rounded origin in the
    // fibular head (issue 13: 3 more rings, 60 a side, in the start file; 88,088 -> 88,208); 90k since the
    // tendons bending round the ankle onto the foot turn with their way (issue 13: tibialis anterior and
    // posterior, extensor digitorum longus and the long flexors, rings placed where their way turns, ~0.7k more
    // a side, half in the start file, which stays within its 150k).
    expect(tris(['muscle', 'tendon'])).toBeLessThanOrEqual(90_000);
    expect(tris(['nerve'])).toBeLessThanOrEqual(10_000);
    expect(tris(['skin'])).toBeLessThanOrEqual(20_000);
  });

  it('no muscle, tendon or nerve vertex lies more than 2 mm outside the skin (every 3rd vertex)', () => {
    const skin = skinSdf();
    let worst = -Infinity;
    let where = '';
    let sampled = 0;
    for (const m of meshes) {
      if (!['muscle', 'tendon', 'nerve'].includes(m.kind) || !m.name.endsWith('_l')) continue;
      for (let i = 0; i < m.positions.length; i += 9) {
        const d = skin(m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!);
        sampled++;
        if (d > worst) {
          worst = d;
          where = m.name;
        }
      }
    }
    expect(sampled).toBeGreaterThan(1000);
    expect(worst, where).toBeLessThan(0.002);
  });

  it('no muscle vertex lies more than 2 mm inside a bone (but the ends that sink into theirs, near the end)', () => {
    const fields = ALL_BONES.map((b) => ({ b, f: attachSdf(b) }));
    // ends a limb muscle sinks into their bones (`sinksInto`): only within 2 cm of the attachment (its point,
    // or its line from p to `to`); as the build does, every bone it sinks into is left out there (fibularis
    // longus' end in the first metatarsal and the medial cuneiform beside it)
    const sunk = (name: string, b: string, p: Vec3): boolean =>
      muscleSpecs().some((s) => {
        if (s.kind !== 'limb' || name !== nodeName(s.id, 'left')) return false;
        const sinks = (s.sinksInto ?? []) as readonly string[];
        return (
          sinks.includes(b) &&
          [s.origin, s.insertion].some(
            (e) => sinks.includes(e.bone) && distToSegment(p, e.p, e.to ?? e.p) < 0.02,
          )
        );
      });
    let worst = 0;
    let where = '';
    for (const m of meshes) {
      if (m.kind !== 'muscle' || !m.name.endsWith('_l')) continue; // right = mirror (tested above)
      for (let i = 0; i < m.positions.length; i += 3) {
        const x = m.positions[i]!;
        const y = m.positions[i + 1]!;
        const z = m.positions[i + 2]!;
        for (const { b, f } of fields) {
          const d = f(x, y, z);
          if (d < worst && !sunk(m.name, b, [x, y, z])) {
            worst = d;
            where = m.name;
          }
        }
      }
    }
    expect(worst, where).toBeGreaterThan(-0.002);
  });
});

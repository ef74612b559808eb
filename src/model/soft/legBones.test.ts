/**
 * The leg's muscles are boxes of a frame centred on the tibia (muscles/leg.ts, legDeep.ts), with the fibula
 * inside that frame, so a box can be drawn through a bone and the push out of it leaves a notch. Measured on
 * each muscle's loft as specified, before any push:
 * - away from its ends (2 cm or more from its origin and insertion points) no leg muscle reaches more than
 *   3 mm into the tibia or fibula. Fibularis brevis' boxes lay inside the fibula (6.5 mm: a notch behind it);
 *   flexor hallucis longus reaches 1.2 mm, the deepest now 2.5 (brevis; extensor hallucis longus' tendon,
 *   2.5 before it turned with its way, now lies in front of the tibia);
 * - gastrocnemius' heads arise from the femur by flat tendons that pass into the bone above the condyles
 *   (Gray's): their ends sink into it (`sinksInto`), so no flat cap stands on the condyle. Drawn 1 mm off the
 *   bone, each head ended in a flat disc on the back of its condyle, its far corners 7-11 mm in the bone;
 * - the long tendons that bend round the ankle onto the foot (tibialis anterior and posterior, the long
 *   extensors, the long flexors) have their rings square to their course (`maxTurn`: each ring turned with the
 *   way). Their sections were carried unturned from the belly, square to the leg, so below the ankle their rings
 *   lay 44-86 deg off square to the course and the tendons flattened into sheets: tibialis anterior a broad
 *   twisted ribbon with a square end on the medial cuneiform (`foot-top`, `foot-medial`; before:
 *   docs/model/before/foot-tendons/), extensor hallucis longus a twisted ribbon over the tarsus (46.4 deg;
 *   before: docs/model/before/ehl-turn/).
 */
import { describe, expect, it } from 'vitest';
import { loftRingsOf, ringCentre, ringObliquity } from '../measure/loftRings';
import type { Vec3 } from '../types';
import { attachSdf } from './bones';
import { buildSoftBody } from './build';
import { muscleSpecs } from './muscles';
import { legMuscles } from './muscles/leg';
import { legDeepMuscles } from './muscles/legDeep';

const LEG_IDS = new Set([...legMuscles(), ...legDeepMuscles()].map((m) => m.id));
const dist = (p: Vec3, q: Vec3): number => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
const name = (m: { id: string; part?: string }): string => `${m.id}${m.part ? ` (${m.part})` : ''}`;

describe('the leg muscles and the leg bones', () => {
  const tibia = attachSdf('tibia');
  const fibula = attachSdf('fibula');
  for (const m of muscleSpecs().filter((s) => LEG_IDS.has(s.id) && s.kind === 'limb')) {
    if (m.kind !== 'limb') continue;
    it(`${name(m)}: away from its ends, at most 3 mm into the tibia or fibula`, () => {
      const p = buildSoftBody(m).mesh.positions;
      let deepest = 0;
      for (let i = 0; i < p.length; i += 3) {
        const v: Vec3 = [p[i]!, p[i + 1]!, p[i + 2]!];
        if (dist(v, m.origin.p) < 0.02 || dist(v, m.insertion.p) < 0.02) continue;
        deepest = Math.max(deepest, -tibia(...v), -fibula(...v));
      }
      expect(deepest).toBeLessThanOrEqual(0.003);
    });
  }

  it("gastrocnemius' heads end inside the femur, not in a flat cap on it", () => {
    const femur = attachSdf('femur');
    const heads = muscleSpecs().filter((m) => m.id === 'gastrocnemius');
    expect(heads).toHaveLength(2);
    for (const head of heads) {
      if (head.kind !== 'limb') continue;
      const o = head.origin;
      const p = buildSoftBody(head).mesh.positions;
      // the cap's centre (the vertex nearest the origin point) lies 3 mm or more in the bone, and no vertex
      // of the cap (within its half width of that point) stands more than 2 mm out of it: its corners meet
      // the condyle's curve
      let centre = { d: Infinity, sdf: 0 };
      let standsOut = -Infinity;
      for (let i = 0; i < p.length; i += 3) {
        const v: Vec3 = [p[i]!, p[i + 1]!, p[i + 2]!];
        const d = dist(v, o.p);
        if (d < centre.d) centre = { d, sdf: femur(...v) };
        if (d < o.width / 2) standsOut = Math.max(standsOut, femur(...v));
      }
      expect(centre.sdf, `${name(head)}: centre`).toBeLessThanOrEqual(-0.003);
      expect(standsOut, `${name(head)}: cap`).toBeLessThanOrEqual(0.002);
    }
  });

  it('the tendons bending round the ankle onto the foot have their rings square to their course', () => {
    // every ring below 12 cm (the ankle and the foot) within 16 deg of square to the line through its
    // neighbours' centres: now 3.4-14.2 deg at most a tendon, before 43.6-85.5; extensor hallucis longus 8.8,
    // before 46.4 (turned along its old course it stood 6.2 mm off the hallux's phalanges, toeTendons.test.ts'
    // bound 6, and 3.1 mm in the tibia, this file's 3: its course now lies in front of the tibia and on the
    // metatarsal's head and the phalanges)
    for (const id of [
      'tibialis_anterior',
      'tibialis_posterior',
      'extensor_digitorum_longus',
      'extensor_hallucis_longus',
      'flexor_digitorum_longus',
      'flexor_hallucis_longus',
    ]) {
      const s = muscleSpecs().find((m) => m.id === id)!;
      const body = buildSoftBody(s);
      const rings = loftRingsOf(body.mesh.positions, body.ring);
      const off = ringObliquity(rings, 1, rings.length - 2).filter(
        (_, i) => ringCentre(rings[i + 1]!)[1] < 0.12,
      );
      expect(off.length, id).toBeGreaterThan(3);
      expect(Math.max(...off), id).toBeLessThanOrEqual(16);
    }
  });
});

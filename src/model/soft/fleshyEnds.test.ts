/**
 * A limb muscle's fleshy end (fibres arising straight from the bone: the deep calf muscles, the long
 * extensors of the toes, vastus intermedius, the adductors on the linea aspera) closes onto that bone
 * (sectioned.ts): its last rings shrink towards the belly's face nearest the bone, so the deep face stays on
 * it and the surface slopes down to it over ~2.5 cm. They shrank towards the belly's axis, a dome standing
 * off the bone: the tip of flexor hallucis longus 18.7 mm from the fibula, biceps femoris' short head 13.9
 * from the femur, extensor hallucis longus 12.5, pectineus 10.3 (`popliteus-back`, before:
 * docs/model/before/fleshy-ends/).
 */
import { describe, expect, it } from 'vitest';
import { attachSdf } from './bones';
import { buildSoftBody } from './build';
import { muscleSpecs } from './muscles';

describe('fleshy ends close onto their bone', () => {
  for (const m of muscleSpecs()) {
    if (m.kind !== 'limb') continue;
    for (const [name, end, first] of [
      ['origin', m.origin, true],
      ['insertion', m.insertion, false],
    ] as const) {
      if (!end.fleshy) continue;
      it(`${m.id}${m.part ? ` (${m.part})` : ''} ${name}: its tip within 1 cm of the bone`, () => {
        const body = buildSoftBody(m);
        const p = body.mesh.positions;
        // rings are ring-major from the origin's tip, then the two cap centres
        const rings = (p.length / 3 - 2) / body.ring;
        const r = first ? 0 : rings - 1;
        const tip = [0, 0, 0];
        for (let k = 0; k < body.ring; k++)
          for (let a = 0; a < 3; a++) tip[a]! += p[3 * (r * body.ring + k) + a]! / body.ring;
        expect(attachSdf(end.bone)(tip[0]!, tip[1]!, tip[2]!)).toBeLessThanOrEqual(0.01);
      });
    }
  }
});

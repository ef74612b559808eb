/**
 * The deep flexors of the leg arise from bone along their tops: tibialis posterior from the interosseous
 * membrane and the adjoining tibia and fibula below popliteus, flexor digitorum longus from the back of the
 * tibia below the soleal line, flexor hallucis longus from the lower two thirds of the fibula (Gray's Anatomy
 * 42nd ed.; Netter, posterior leg, deep). Their tops taper up onto the bone. Each began as a full-width box
 * whose fleshy end closed in a flat cap 8-12 mm across: from behind (gastrocnemius and soleus hidden) square
 * or slanted cut tops (before: docs/model/before/deep-flexors-top/). Popliteus lies above the soleal line,
 * where soleus arises (Gray's): its fleshy end ran on 2.6 cm down the tibia past its last box, below the
 * line, in a tail through flexor digitorum longus' top (before: docs/model/before/popliteus-end/).
 */
import { describe, expect, it } from 'vitest';
import { buildSoftBody } from './build.ts';
import { muscleSpec } from './muscles/index.ts';
import { loftRingsOf, ringSpan as span } from '../measure/loftRings.ts';
import { limb } from './limb.ts';
import type { Vec3 } from '../types.ts';

describe('the deep flexors of the leg at their tops', () => {
  for (const id of ['tibialis_posterior', 'flexor_digitorum_longus', 'flexor_hallucis_longus'] as const)
    it(`${id} tapers up onto its bone`, () => {
      const body = buildSoftBody(muscleSpec(id));
      const rings = loftRingsOf(body.mesh.positions, body.ring);
      // its first ring at most 6 mm across (before: tibialis posterior 11.3, flexor digitorum longus 7.8,
      // flexor hallucis longus 12.0; now 4.6, 3.6, 5.7), each of the next four broader
      expect(span(rings[0]!)).toBeLessThan(0.006);
      for (let i = 1; i < 5; i++) expect(span(rings[i]!), `ring ${i}`).toBeGreaterThan(span(rings[i - 1]!));
    });
});

describe('popliteus at the soleal line', () => {
  it("ends above soleus' upper medial border, the soleal line", () => {
    const leg = limb('leg');
    const lowest = (p: Float32Array): number => Math.min(...p.filter((_, i) => i % 3 === 1));
    // soleus' highest vertex medial of θ 240 deg marks the line's medial end (soleusOrigin.test.ts)
    const soleus = buildSoftBody(muscleSpec('soleus')).mesh.positions;
    let line = -Infinity;
    for (let i = 0; i < soleus.length; i += 3) {
      const p: Vec3 = [soleus[i]!, soleus[i + 1]!, soleus[i + 2]!];
      const deg = leg.locate(p).deg;
      if (deg > 150 && deg < 240) line = Math.max(line, p[1]);
    }
    // popliteus' lowest vertex 5 mm above it (before 11 mm below)
    expect(lowest(buildSoftBody(muscleSpec('popliteus')).mesh.positions)).toBeGreaterThan(line);
  });
});

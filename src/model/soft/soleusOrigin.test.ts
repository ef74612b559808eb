/**
 * Soleus arises from the back of the fibular head and the upper fibula and, across the tendinous arch, from
 * the soleal line, which runs obliquely down and medially across the back of the tibia to its medial border
 * at the junction of its upper and middle thirds (Gray's Anatomy 42nd ed.). Its origin was a line from the
 * head down to the soleal line, below its first box, so its top rose 29 mm from the line and folded back
 * down into the belly: from behind a square cap with a crumpled rim and a flap on the head (gastrocnemius
 * hidden; before: docs/model/before/soleus-origin/).
 */
import { describe, expect, it } from 'vitest';
import { L } from '../landmarks.ts';
import { buildSoftBody } from './build.ts';
import { muscleSpec } from './muscles/index.ts';
import { limb } from './limb.ts';
import { loftRingsOf, ringCentre } from '../measure/loftRings.ts';

describe('soleus at its origin', () => {
  const body = buildSoftBody(muscleSpec('soleus'));
  const rings = loftRingsOf(body.mesh.positions, body.ring);
  const leg = limb('leg');
  const head = L('fibular_head');

  it('descends from the fibular head without folding back', () => {
    // the first 8 rings' centres each lower than the one before (before: up 29 mm, then down)
    for (let i = 1; i < 8; i++)
      expect(ringCentre(rings[i]!)[1], `ring ${i}`).toBeLessThan(ringCentre(rings[i - 1]!)[1]);
  });

  it('has an oblique upper medial border, reaching the medial side well below the head', () => {
    // its highest vertex medial of θ 240 deg (posteromedial) lies 5-12 cm below the fibular head: the soleal
    // line meets the medial border at about a third of the tibia's length (before 3.4 cm; now ~7)
    let highest = -Infinity;
    for (const ring of rings)
      for (const p of ring) {
        const deg = leg.locate(p).deg;
        if (deg > 150 && deg < 240) highest = Math.max(highest, p[1]);
      }
    expect(head[1] - highest).toBeGreaterThan(0.05);
    expect(head[1] - highest).toBeLessThan(0.12);
  });
});

/**
 * Fibularis brevis lies on the fibula's lateral surface under fibularis longus and passes behind its lower
 * end (muscles/leg.ts; Netter's serial sections of the leg), so its boxes are drawn outside the bone: the
 * loft as specified, before any push, reaches at most 3 mm into the fibula. Drawn inside it (up to 1 cm² of
 * a section), the push out of the bone left a notch behind the fibula (6.5 mm, 27 vertices).
 */
import { describe, expect, it } from 'vitest';
import { attachSdf } from './bones';
import { buildSoftBody } from './build';
import { muscleSpec } from './muscles';

describe('fibularis brevis', () => {
  it('is drawn outside the fibula (its unfitted loft at most 3 mm into the bone)', () => {
    const fibula = attachSdf('fibula');
    const p = buildSoftBody(muscleSpec('fibularis_brevis')).mesh.positions;
    let deepest = 0;
    for (let i = 0; i < p.length; i += 3) deepest = Math.max(deepest, -fibula(p[i]!, p[i + 1]!, p[i + 2]!));
    expect(deepest).toBeLessThanOrEqual(0.003);
  });
});

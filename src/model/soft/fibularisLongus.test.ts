/**
 * Fibularis longus over fibularis brevis and round the lateral malleolus (muscles/leg.ts; previews
 * `fibularis-longus-lateral`, `fibularis-malleolus-lateral|back`; before: docs/model/before/fibularis-longus/).
 * Limb muscles are not pushed out of each other, so longus must be drawn clear of brevis: as built, 5-8 vertices
 * of each of its rings from its belly's last (t 0.58) to t 0.79 lay inside brevis, up to 2.5 mm, its belly's last
 * box (ρ 0.9-1.02) over brevis' (to ρ 1.06); its tendon, lofted through one point beside the malleolus with
 * rings 2.5 cm apart keeping the insertion's orientation, turned 25-43 deg a ring round the malleolus, the
 * peroneal trochlea and the cuboid (centre line 41.6). Now brevis' surface is lowered under longus' belly's
 * end, longus' tendon runs down on brevis' posterior edge and behind its tendon in the groove, its rings placed
 * where the way turns 10 deg (`maxTurn`), and it ends in its bones (`sinksInto`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawMesh, Vec3 } from '../types';
import { loftRingsOf, ringCentre as centre, ringTurns } from '../measure/loftRings';
import { sub } from '../kernel/vec';
import { buildSoftTissue } from './index';
import { meshSdf } from './bodySdf';
import { legMuscles } from './muscles/leg';
import { boxAt, sectionRing } from './sectioned';
import { limb } from './limb';
import { L } from '../landmarks';
import { nodeName } from '../../content/ids';

const segments = (id: string): number => {
  const s = legMuscles().find((m) => m.id === id);
  if (!s || s.kind !== 'limb') throw new Error(id);
  return s.segments!;
};

/** The centre of a limb muscle's belly's last ring, as buildLimbBody lays it. */
function bellyEnd(id: string): Vec3 {
  const s = legMuscles().find((m) => m.id === id);
  if (!s || s.kind !== 'limb') throw new Error(id);
  const t = s.sections[s.sections.length - 1]![0];
  return centre(sectionRing(limb(s.limb), t, boxAt(s.sections, t), s.segments!));
}

describe('fibularis longus, as built', () => {
  let longus: Vec3[][] = [];
  let brevis: Vec3[][] = [];
  let brevisMesh: RawMesh;
  /** Index of longus' belly's last ring in its built loft (the ring nearest the belly's last as lofted). */
  let last = 0;
  beforeAll(async () => {
    const soft = await buildSoftTissue();
    const mesh = (id: 'fibularis_longus' | 'fibularis_brevis') =>
      soft.find((m) => m.name === nodeName(id, 'left'))!;
    longus = loftRingsOf(mesh('fibularis_longus').positions, segments('fibularis_longus'));
    brevisMesh = mesh('fibularis_brevis');
    brevis = loftRingsOf(brevisMesh.positions, segments('fibularis_brevis'));
    const end = bellyEnd('fibularis_longus');
    last = longus.reduce(
      (best, r, i) =>
        Math.hypot(...sub(centre(r), end)) < Math.hypot(...sub(centre(longus[best]!), end)) ? i : best,
      0,
    );
  }, 300_000);

  it('lies on fibularis brevis, not in it: no vertex more than 0.5 mm inside it', () => {
    // its belly's end and the taper into its tendon lay in brevis' belly, up to 2.5 mm
    const inside = meshSdf(brevisMesh);
    let worst = 0;
    let at = 0;
    longus.forEach((ring, r) =>
      ring.forEach((p) => {
        const d = -inside(...p);
        if (d > worst) [worst, at] = [d, r];
      }),
    );
    expect(worst, `fibularis longus in brevis: ${(worst * 1000).toFixed(2)} mm at ring ${at}`).toBeLessThan(
      0.0005,
    );
  });

  it('its tendon curves round the malleolus and the cuboid: at most 18 deg a ring, its centre line 12', () => {
    // from the belly's last ring to the insertion (its last two rings, in the bones it sinks into, left out)
    const { line, centre: mid } = ringTurns(longus, last, longus.length - 3);
    expect(
      line,
      `fibularis longus tendon, built: ${line.toFixed(1)} deg (centre line ${mid.toFixed(1)})`,
    ).toBeLessThanOrEqual(18);
    expect(mid).toBeLessThanOrEqual(12);
  });

  it("its tendon passes behind the lateral malleolus behind brevis' tendon, and on under the foot", () => {
    // Gray's: in the groove behind the malleolus longus' tendon lies behind (superficial to) brevis'
    const m = L('lateral_malleolus');
    const nearest = (rings: Vec3[][], y: number): Vec3 =>
      rings
        .slice(last)
        .map(centre)
        .reduce((a, c) => (Math.abs(c[1] - y) < Math.abs(a[1] - y) ? c : a));
    for (const y of [m[1] + 0.03, m[1]]) {
      const l = nearest(longus, y);
      const b = nearest(brevis, y);
      expect(l[2], `at ${y.toFixed(3)}`).toBeLessThan(b[2] - 0.003);
    }
    const c = longus.slice(last).map(centre);
    expect(Math.min(...c.map((p) => p[1]))).toBeLessThan(m[1] - 0.04);
  });
});

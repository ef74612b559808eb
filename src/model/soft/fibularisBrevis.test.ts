/**
 * Fibularis brevis turns from the fibula's lateral surface round its posterior border into the groove behind
 * the lateral malleolus (muscles/leg.ts). Keyed every 3-6 cm of the leg with θ and ρ stepping unevenly, its
 * belly rings (every ~1.5 cm, eased from key to key) turned up to 27 deg from one ring to the next along a
 * ring-vertex line (t 0.73): a crease in its outline with longus, soleus and gastrocnemius hidden. Keyed at
 * each of its belly rings (every 1.25 cm) with θ and ρ stepping evenly, it turned at most 8.9 deg (t 0.67).
 *
 * Its ends (`fibularis-brevis-top`, `fibularis-brevis-back`; before: docs/model/before/fibularis-brevis-ends/):
 * its top was the belly's full 22 deg by 0.1 ρ box ~4.5 cm above the lower two thirds of the fibula, closed onto
 * the bone by the fleshy end's two rings, its vertex lines turning 18.7 deg at the belly's first ring (a short
 * corner seen from the side); its last rings ran medially round the bone, away from the groove behind the
 * malleolus, so its tendon ran on that way for the end's lead and turned back, 21.1 deg at one ring (15.2 at the
 * one before), its centre line 20.5. Now its top is a point on the fibula where its lower two thirds begin,
 * widening over ~6 cm (7.9 deg, its centre line 5.7), and its lower end heads for the groove (7.1, 6.5).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Vec3 } from '../types';
import { boxAt, sectionRing } from './sectioned';
import { limb } from './limb';
import { legMuscles } from './muscles/leg';
import { buildSoftBody } from './build';
import { buildSoftTissue } from './index';
import { L } from '../landmarks';
import { nodeName } from '../../content/ids';
import { angleDeg, sub } from '../kernel/vec.ts';
import { loftRingsOf, ringCentre as centre, ringTurns as turnsAt } from '../measure/loftRings.ts';

const brevis = () => {
  const s = legMuscles().find((m) => m.id === 'fibularis_brevis');
  if (!s || s.kind !== 'limb') throw new Error('fibularis_brevis');
  return s;
};

/** The belly's rings as buildLimbBody lays them, with their levels. */
export function bellyRings(id: string): { t: number; ring: Vec3[] }[] {
  const s = legMuscles().find((m) => m.id === id);
  if (!s || s.kind !== 'limb') throw new Error(id);
  const lb = limb(s.limb);
  const m = s.segments ?? 20;
  const t0 = s.sections[0]![0];
  const t1 = s.sections[s.sections.length - 1]![0];
  const n = Math.max(2, Math.ceil(Math.abs(lb.y(t1) - lb.y(t0)) / (s.ringStep ?? 0.015)) + 1);
  return Array.from({ length: n }, (_, i) => {
    const t = t0 + ((t1 - t0) * i) / (n - 1);
    return { t, ring: sectionRing(lb, t, boxAt(s.sections, t), m) };
  });
}

/** The largest turn between successive ring-to-ring segments along any ring-vertex line, and its level. */
export function largestTurn(rings: { t: number; ring: Vec3[] }[]): { deg: number; t: number } {
  let worst = { deg: 0, t: 0 };
  for (let i = 1; i + 1 < rings.length; i++)
    for (let k = 0; k < rings[i]!.ring.length; k++) {
      const a = sub(rings[i]!.ring[k]!, rings[i - 1]!.ring[k]!);
      const b = sub(rings[i + 1]!.ring[k]!, rings[i]!.ring[k]!);
      const deg = angleDeg(a, b);
      if (deg > worst.deg) worst = { deg, t: rings[i]!.t };
    }
  return worst;
}

/** The whole loft's rings (the fleshy end's two, the belly's, the tendon's), from the top, as built. */
function loftRings(): Vec3[][] {
  const { mesh, ring } = buildSoftBody(brevis());
  return loftRingsOf(mesh.positions, ring);
}

describe('fibularis brevis', () => {
  it('its belly turns at most 12 deg from one ring to the next round the fibula', () => {
    const w = largestTurn(bellyRings('fibularis_brevis'));
    expect(
      w.deg,
      `fibularis brevis: largest ring-to-ring turn ${w.deg.toFixed(1)} deg at t ${w.t.toFixed(3)}`,
    ).toBeLessThanOrEqual(12);
  });

  it('its fleshy top closes onto the fibula without a corner: at most 10 deg at its top four rings', () => {
    // the fleshy end's two rings (0, 1) and the belly's first two (2, 3)
    const top = turnsAt(loftRings(), 1, 3);
    expect(
      top.line,
      `fibularis brevis top: ${top.line.toFixed(1)} deg (centre line ${top.centre.toFixed(1)})`,
    ).toBeLessThanOrEqual(10);
  });

  it('its belly runs into its tendon without a bend: at most 10 deg, its centre line 8, down to the malleolus', () => {
    const rings = loftRings();
    const last = 1 + bellyRings('fibularis_brevis').length; // the belly's last ring, after the top's two
    // from the belly's last two rings down the tendon's taper to 3 cm above the groove behind the malleolus
    const groove = L('lateral_malleolus')[1];
    let to = last;
    while (to + 1 < rings.length && centre(rings[to + 1]!)[1] > groove + 0.03) to++;
    expect(to).toBeGreaterThan(last + 2);
    const bottom = turnsAt(rings, last - 1, to);
    expect(
      bottom.line,
      `fibularis brevis into its tendon: ${bottom.line.toFixed(1)} deg (centre line ${bottom.centre.toFixed(1)})`,
    ).toBeLessThanOrEqual(10);
    expect(bottom.centre).toBeLessThanOrEqual(8);
  });

  describe('as built (after the skin and the bones have fitted it)', () => {
    let built: Vec3[][] = [];
    beforeAll(async () => {
      const mesh = (await buildSoftTissue()).find((m) => m.name === nodeName('fibularis_brevis', 'left'))!;
      built = loftRingsOf(mesh.positions, brevis().segments!);
    }, 300_000);

    it("its belly turns at most 10 deg from one ring to the next where it wraps the fibula's posterior border", () => {
      // the belly's rings from t 0.6 to its last (t 0.78), after the fleshy top's two: the bones' push took
      // its deep face off the bone's posterior border vertex by vertex, 14.1-15.4 deg at t 0.64-0.70 (its loft
      // 8 at most there); its rings are now laid off the fibula by a smoothed displacement (`wraps`)
      const belly = bellyRings('fibularis_brevis');
      const from = 2 + belly.findIndex((r) => r.t >= 0.6);
      const wrap = turnsAt(built, from, 1 + belly.length);
      expect(
        wrap.line,
        `fibularis brevis round the fibula, built: ${wrap.line.toFixed(1)} deg (centre line ${wrap.centre.toFixed(1)})`,
      ).toBeLessThanOrEqual(10);
    });

    it('its tendon curves round the lateral malleolus to the fifth metatarsal: at most 18 deg a ring, its centre line 12', () => {
      // from the belly's last ring round the malleolus' tip to the insertion (its last two rings, in the
      // bone it sinks into, left out): rings spaced evenly and pushed out of the malleolus and the skin's
      // clamp, it turned 37.6 deg at one ring (centre line 35.3) under the tip; its rings are now placed where
      // the way turns 10 deg and laid clear of the bones
      const last = 1 + bellyRings('fibularis_brevis').length;
      const tendon = turnsAt(built, last, built.length - 3);
      expect(
        tendon.line,
        `fibularis brevis tendon, built: ${tendon.line.toFixed(1)} deg (centre line ${tendon.centre.toFixed(1)})`,
      ).toBeLessThanOrEqual(18);
      expect(tendon.centre).toBeLessThanOrEqual(12);
    });

    it('its tendon passes behind and below the tip of the lateral malleolus', () => {
      // in the groove behind the malleolus and under its tip (Gray's: both fibular tendons pass behind the
      // lateral malleolus, brevis to the tuberosity of the fifth metatarsal)
      const m = L('lateral_malleolus');
      const last = 1 + bellyRings('fibularis_brevis').length;
      const centres = built.slice(last).map(centre);
      const atMalleolus = centres.find((c) => c[1] < m[1])!;
      expect(atMalleolus[2]).toBeLessThan(m[2] - 0.008);
      const lowest = Math.min(...centres.filter((c) => c[2] < m[2] + 0.01).map((c) => c[1]));
      expect(lowest).toBeLessThan(m[1] - 0.02);
    });
  });
});

/**
 * Fibularis brevis turns from the fibula's lateral surface round its posterior border into the groove behind
 * the lateral malleolus (muscles/leg.ts). Keyed every 3-6 cm of the leg with θ and ρ stepping unevenly, its
 * belly rings (every ~1.5 cm, eased from key to key) turned up to 27 deg from one ring to the next along a
 * ring-vertex line (t 0.73): a crease in its outline with longus, soleus and gastrocnemius hidden. Keyed at
 * each of its belly rings (every 1.25 cm) with θ and ρ stepping evenly, it turns at most 8.9 deg (t 0.67).
 */
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../types';
import { boxAt, sectionRing } from './sectioned';
import { limb } from './limb';
import { legMuscles } from './muscles/leg';

const sub = (p: Vec3, q: Vec3): Vec3 => [p[0] - q[0], p[1] - q[1], p[2] - q[2]];
const angle = (u: Vec3, v: Vec3): number => {
  const c = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (Math.hypot(...u) * Math.hypot(...v));
  return (Math.acos(Math.max(-1, Math.min(1, c))) * 180) / Math.PI;
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
      const deg = angle(a, b);
      if (deg > worst.deg) worst = { deg, t: rings[i]!.t };
    }
  return worst;
}

describe('fibularis brevis', () => {
  it('its belly turns at most 12 deg from one ring to the next round the fibula', () => {
    const w = largestTurn(bellyRings('fibularis_brevis'));
    console.log(`fibularis brevis: largest ring-to-ring turn ${w.deg.toFixed(1)} deg at t ${w.t.toFixed(3)}`);
    expect(w.deg).toBeLessThanOrEqual(12);
  });
});

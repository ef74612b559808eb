/**
 * Close-range shapes below the buttock (`glute-fold-back`): the iliotibial band's back edge runs smoothly
 * past gluteus maximus' insertion, and the hamstrings' tops open gradually out of their origin tendons, semimembranosus' deep to the others.
 */
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../types';
import { sub } from '../kernel/vec.ts';
import { turnDeg } from '../kernel/spline.ts';
import { buildSoftBody } from './build';
import { buildMuscleParts } from './index';
import { muscleSpec } from './muscles';
import { tendonSpecs } from './tendons';

const vertex = (p: Float32Array, i: number): Vec3 => [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];

/** Centre and mean radius of each ring of a capped loft. */
function rings(p: Float32Array, ring: number): { c: Vec3; r: number }[] {
  const n = Math.floor((p.length / 3 - 2) / ring);
  return Array.from({ length: n }, (_, r) => {
    const vs = Array.from({ length: ring }, (_, k) => vertex(p, r * ring + k));
    const c = [0, 1, 2].map((e) => vs.reduce((s, v) => s + v[e]!, 0) / ring) as unknown as Vec3;
    return { c, r: vs.reduce((s, v) => s + Math.hypot(...sub(v, c)), 0) / ring };
  });
}

describe('below the gluteal fold', () => {
  it("the iliotibial band's back edge turns at most 10 deg between neighbouring edge vertices to mid-thigh, 15 in all", () => {
    // Each pair across the band was lifted over the muscles alone: over gluteus maximus' insertion, under
    // the back edge at the trochanter's level, one ring rose 6 mm above its neighbours, a notch turning
    // the edge by 22 deg (the anterior edge, which follows the skin's waist below the trochanter, 20).
    const spec = tendonSpecs().find((t) => t.id === 'iliotibial_band')!;
    const { ring } = buildSoftBody(spec);
    const band = buildMuscleParts().find((p) => p.id === 'iliotibial_band')!.mesh.positions;
    const n = Math.floor((band.length / 3 - 2) / ring);
    const edge = Array.from({ length: n }, (_, r) => vertex(band, r * ring + ring / 2));
    const turns = edge.slice(1, -1).map((_, i) => turnDeg(edge, i + 1));
    // from the crest to mid-thigh, past gluteus maximus' insertion, 6.7 deg now; the whole edge, with its
    // turn onto Gerdy's tubercle, 13.6
    expect(Math.max(...turns.slice(0, n / 2))).toBeLessThan(10);
    expect(Math.max(...turns)).toBeLessThan(15);
  });

  it('the hamstrings widen out of their origin tendons by at most 0.4 mm per mm', () => {
    // Semimembranosus opened from its tendon (9.5 mm mean radius) to its full section (16 mm) over 13 mm,
    // a blunt, cut-looking top at the surface between semitendinosus and adductor magnus.
    for (const [id, part] of [
      ['semimembranosus'],
      ['semitendinosus'],
      ['biceps_femoris', 'long head'],
    ] as const) {
      const body = buildSoftBody(muscleSpec(id, part));
      const top = rings(body.mesh.positions, body.ring).slice(0, 10);
      const rates = top.slice(1).map((b, i) => (b.r - top[i]!.r) / Math.hypot(...sub(b.c, top[i]!.c)));
      expect(Math.max(...rates), id).toBeLessThan(0.4);
    }
  });

  it("semimembranosus' top lies at least 1.5 cm in front of the back of semitendinosus' top", () => {
    // Its membranous origin tendon lies deep to semitendinosus and biceps femoris (Gray's). Its top reached
    // within 6 mm of semitendinosus' back, and its tendon showed, pale, between their tops (glute-fold-back).
    const back = (id: 'semimembranosus' | 'semitendinosus', n: number): number => {
      const body = buildSoftBody(muscleSpec(id));
      const p = body.mesh.positions;
      return Math.min(...Array.from({ length: n * body.ring }, (_, i) => p[3 * i + 2]!));
    };
    // their first rings: the tendon and the belly's start (semitendinosus is full from its sixth)
    expect(back('semimembranosus', 5) - back('semitendinosus', 6)).toBeGreaterThan(0.015);
  });
});

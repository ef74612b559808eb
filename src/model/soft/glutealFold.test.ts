/**
 * Close-range shapes below the buttock (`glute-fold-back`): the iliotibial band's back edge runs smoothly
 * past gluteus maximus' insertion.
 */
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../types';
import { angleDeg, sub } from '../kernel/vec.ts';
import { buildSoftBody } from './build';
import { buildMuscleParts } from './index';
import { tendonSpecs } from './tendons';

const vertex = (p: Float32Array, i: number): Vec3 => [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];

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
    const turns = edge.slice(1, -1).map((v, i) => angleDeg(sub(v, edge[i]!), sub(edge[i + 2]!, v)));
    // from the crest to mid-thigh, past gluteus maximus' insertion, 6.7 deg now; the whole edge, with its
    // turn onto Gerdy's tubercle, 13.6
    expect(Math.max(...turns.slice(0, n / 2))).toBeLessThan(10);
    expect(Math.max(...turns)).toBeLessThan(15);
  });
});

/**
 * The short lateral rotators below piriformis (issue 14, muscles/hipRotators.ts) measured on their built
 * meshes: flat straps that meet edge to edge (the atlases' gemelli, obturator internus tendon and the flat
 * quadrilateral of quadratus femoris), not rounded bundles. A path's mesh is ring-major (soft/build.ts), so
 * one ring is one cross-section of the muscle as built, pushes included.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeName } from '../../content/ids';
import type { MeshData, Vec3 } from '../types';
import { cross, normalize, sub } from '../kernel/vec.ts';
import { buildSoftTissue } from './index';
import { muscleSpec } from './muscles';
import { pathRings } from './build';

let byName = new Map<string, MeshData>();
beforeAll(async () => {
  byName = new Map((await buildSoftTissue()).map((m) => [m.name, m]));
}, 120_000);

const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** The section at fraction `at` of the path: width (its longer principal axis), thickness at its middle, fill. */
function section(
  id: 'gemellus_superior' | 'obturator_internus' | 'gemellus_inferior' | 'quadratus_femoris',
  at: number,
) {
  const spec = muscleSpec(id);
  if (spec.kind !== 'path') throw new Error(`${id} is not a path`);
  const seg = spec.segments!;
  const rings = spec.rings!;
  const p = byName.get(nodeName(id, 'left'))!.positions;
  expect(p.length / 3).toBe(rings * seg + 2);
  const ring = (r: number): Vec3[] =>
    Array.from({ length: seg }, (_, k) => {
      const i = 3 * (r * seg + k);
      return [p[i]!, p[i + 1]!, p[i + 2]!] as Vec3;
    });
  const centre = (vs: Vec3[]): Vec3 =>
    [0, 1, 2].map((k) => vs.reduce((s, v) => s + v[k]!, 0) / vs.length) as unknown as Vec3;
  // the ring nearest `at` of the length (rings crowd where the path bends: build.ts' pathRings)
  const along = pathRings(spec).along;
  const r = along.reduce((best, u, i) => (Math.abs(u - at) < Math.abs(along[best]! - at) ? i : best), 0);
  const vs = ring(r);
  const c = centre(vs);
  const tangent = normalize(sub(centre(ring(r + 1)), centre(ring(r - 1))));
  // the section's own axes (principal axes of its ring in the plane square to the path): width the longer
  const e1 = normalize(sub([0, 1, 0], tangent.map((t) => t * tangent[1]) as unknown as Vec3));
  const e2 = cross(tangent, e1);
  const flat = vs.map((v) => [dot(sub(v, c), e1), dot(sub(v, c), e2)] as const);
  const [sxx, syy, sxy] = flat.reduce(
    (acc, [x, y]) => [acc[0] + x * x, acc[1] + y * y, acc[2] + x * y],
    [0, 0, 0],
  );
  const phi = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const [cs, sn] = [Math.cos(phi), Math.sin(phi)];
  const st = flat.map(([x, y]) => [x * cs + y * sn, -x * sn + y * cs] as const);
  const s = st.map((q) => q[0]);
  const lo = Math.min(...s);
  const hi = Math.max(...s);
  // thickness of the closed polygon where it crosses the line s = x
  const thickAt = (x: number): number => {
    const ts: number[] = [];
    for (let k = 0; k < st.length; k++) {
      const [a, b] = [st[k]!, st[(k + 1) % st.length]!];
      if ((a[0] - x) * (b[0] - x) <= 0 && a[0] !== b[0])
        ts.push(a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]));
    }
    return Math.max(...ts) - Math.min(...ts);
  };
  const mid = (lo + hi) / 2;
  const thick = thickAt(mid);
  // the section's area against its bounding box: an ellipse (a rounded bundle) fills 0.79 of it, a flat strap
  // with squared edges (superellipse 4) ~0.93, less the corners a 10-12 sided ring cuts
  let area = 0;
  for (let k = 0; k < st.length; k++) {
    const [a, b] = [st[k]!, st[(k + 1) % st.length]!];
    area += (a[0] * b[1] - b[0] * a[1]) / 2;
  }
  const ts = st.map((q) => q[1]);
  const fill = Math.abs(area) / ((hi - lo) * (Math.max(...ts) - Math.min(...ts)));
  return { width: hi - lo, thick, fill };
}

describe('short lateral rotators', () => {
  // the gemelli and the obturator internus tendon (from where it leaves the lesser sciatic notch); their sizes
  // are set by the MRI volume shares (measure/muscleVolumes.ts), so flat means squared, not thinner
  const straps = [
    ['gemellus_superior', 0.5],
    ['obturator_internus', 0.75],
    ['gemellus_inferior', 0.5],
  ] as const;
  for (const [id, at] of straps)
    it(`${id} is a strap with squared edges, wider than thick`, () => {
      const s = section(id, at);
      expect(s.width / s.thick).toBeGreaterThan(1.9);
      // an ellipse's ring fills 0.77 of its box (they were ellipses), a superellipse 4's 0.90
      expect(s.fill).toBeGreaterThan(0.85);
    });

  it('quadratus femoris is a flat quadrilateral, not crushed anywhere along its middle', () => {
    const rings = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8].map((a) => ({ a, ...section('quadratus_femoris', a) }));
    const thickest = Math.max(...rings.map((s) => s.thick));
    for (const s of rings) {
      // pushed out of adductor magnus it was crushed to 0.14 of its thickness at 0.2 (fill 0.30); later pushed
      // by the hamstrings' origin behind it to 0.45 (fill 0.63) over 0.2-0.3, before it lay in front of them
      expect(s.thick / thickest, `at ${s.a}`).toBeGreaterThan(0.8);
      expect(s.fill, `at ${s.a}`).toBeGreaterThan(0.7);
      expect(s.width / s.thick, `at ${s.a}`).toBeGreaterThan(2.5);
      // squared where nothing presses it (it was power 3: fill 0.82-0.84)
      if (s.a >= 0.5) expect(s.fill, `at ${s.a}`).toBeGreaterThan(0.85);
    }
    // as broad at the tuberosity as at the femur: a quadrilateral, not a spindle
    expect(rings[0]!.width / rings[3]!.width).toBeGreaterThan(0.85);
    expect(rings[6]!.width / rings[3]!.width).toBeGreaterThan(0.85);
  });
});

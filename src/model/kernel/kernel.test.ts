import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../types.ts';
import {
  catmullRom,
  resample,
  turnIndices,
  turnDeg,
  resampleBends,
  resampleBendsAcross,
  roundCorner,
  smoothPath,
  arcLengths,
  relaxPolyline,
} from './spline.ts';
import { parallelTransportFrames, hintedFrames } from './pathFrames.ts';
import { loftPath, loftSheet, tube } from './loft.ts';
import {
  badEdgeCount,
  levelSegments,
  minTriangleArea,
  mirrored,
  planeLevel,
  planeSection,
  signedVolume,
  vertex,
  vertexList,
} from './mesh.ts';
import { pushOut } from '../soft/pushout.ts';
import { clearOf, gradient, keepUnder, toLevel } from './sdf.ts';
import { smoothDisplacement } from '../soft/relax.ts';
import { dist, dot, length } from './vec.ts';
import { ellipseLoftSdf, halfSolidAngles, meshSdf } from '../soft/bodySdf.ts';
import { buildBvh, triangleDistance } from './bvh.ts';

const straight = (n: number): Vec3[] => Array.from({ length: n }, (_, i) => [0, i / (n - 1), 0] as Vec3);

describe('spline', () => {
  it('passes through every control point', () => {
    const ctrl: Vec3[] = [
      [0, 0, 0],
      [1, 1, 0],
      [2, 0, 1],
      [3, 2, 2],
    ];
    const curve = catmullRom(ctrl, 10);
    for (const c of ctrl) {
      const nearest = Math.min(...curve.map((p) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2])));
      expect(nearest).toBeLessThan(1e-9);
    }
  });
  it('resamples evenly by arc length', () => {
    const poly: Vec3[] = [
      [0, 0, 0],
      [0.1, 0, 0],
      [1, 0, 0],
    ];
    const s = arcLengths(resample(poly, 11));
    for (let i = 1; i < s.length; i++) expect(s[i]! - s[i - 1]!).toBeCloseTo(0.1, 6);
  });
  it('smoothPath keeps ends', () => {
    const p = smoothPath(
      [
        [0, 0, 0],
        [0, 1, 1],
        [0, 2, 0],
      ],
      20,
    );
    expect(p[0]).toEqual([0, 0, 0]);
    expect(p[19]![1]).toBeCloseTo(2, 9);
  });
  it('resampleBends keeps the ring count, crowds rings into a bend and says where each lies along the curve', () => {
    // 50 cm up, a quarter circle of 2 cm radius, 50 cm across
    const arc = Array.from({ length: 60 }, (_, i): Vec3 => {
      const a = (i / 59) * (Math.PI / 2);
      return [0.02 - 0.02 * Math.cos(a), 0.5 + 0.02 * Math.sin(a), 0];
    });
    const dense: Vec3[] = [
      ...Array.from({ length: 50 }, (_, i): Vec3 => [0, i / 100, 0]),
      ...arc,
      ...Array.from({ length: 50 }, (_, i): Vec3 => [0.02 + (i + 1) / 100, 0.52, 0]),
    ];
    const maxTurn = (r: readonly Vec3[]): number =>
      Math.max(...r.slice(1, -1).map((_, i) => turnDeg(r, i + 1)));
    const even = resample(dense, 21);
    const { points, along } = resampleBends(dense, 21, 0.4);
    expect(points.length).toBe(21);
    expect(points[0]).toEqual(dense[0]);
    expect(points.at(-1)).toEqual(dense.at(-1));
    expect(maxTurn(even)).toBeGreaterThan(40);
    expect(maxTurn(points)).toBeLessThan(25);
    // each point's fraction of the arc length, as measured on the curve
    const total = arcLengths(dense).at(-1)!;
    expect(along[0]).toBe(0);
    expect(along.at(-1)).toBeCloseTo(1, 9);
    points.forEach((p, i) => {
      if (p[1] < 0.49) expect(along[i]! * total).toBeCloseTo(p[1], 6);
      if (p[0] > 0.03) expect((1 - along[i]!) * total).toBeCloseTo(0.52 - p[0], 6);
    });
    // a straight run's points at most maxGap even spacings apart
    const capped = resampleBends(dense, 21, 0.4, 0, 1.2).along;
    for (let i = 1; i < 21; i++) expect((capped[i]! - capped[i - 1]!) * 20).toBeLessThan(1.2 + 1e-6);
    expect(maxTurn(resampleBends(dense, 21, 0.4, 0, 1.2).points)).toBeLessThan(maxTurn(even));
    // without the turn's weight, or with the whole bend free: evenly spaced by arc length
    for (const [w, free] of [
      [0, 0],
      [0.4, Math.PI],
    ] as const)
      resampleBends(dense, 21, w, free).points.forEach((p, i) =>
        expect(dist(p, even[i]!)).toBeLessThan(1e-9),
      );
  });

  it('resampleBendsAcross cuts several lines at the same fractions, crowded where any of them bends', () => {
    // a line bending like resampleBends' (50 cm up, a quarter circle of 2 cm radius, 50 cm across) beside a
    // straight one 1.2 m long, both densely sampled
    const bent: Vec3[] = [
      ...Array.from({ length: 50 }, (_, i): Vec3 => [0, i / 100, 0]),
      ...Array.from({ length: 60 }, (_, i): Vec3 => {
        const a = (i / 59) * (Math.PI / 2);
        return [0.02 - 0.02 * Math.cos(a), 0.5 + 0.02 * Math.sin(a), 0];
      }),
      ...Array.from({ length: 50 }, (_, i): Vec3 => [0.02 + (i + 1) / 100, 0.52, 0]),
    ];
    const straight: Vec3[] = Array.from({ length: 97 }, (_, i): Vec3 => [0.1, (1.2 * i) / 96, 0]);
    const { lines, along } = resampleBendsAcross([bent, straight], 21, 0.4, 0.1);
    expect(lines.map((l) => l.length)).toEqual([21, 21]);
    // the bent line alone sets where the rings go
    const alone = resampleBends(bent, 21, 0.4, 0.1);
    along.forEach((u, i) => expect(u).toBeCloseTo(alone.along[i]!, 9));
    lines[0]!.forEach((p, i) => expect(dist(p, alone.points[i]!)).toBeLessThan(1e-9));
    // the straight line is cut at the same fractions of its own length: crowded where the other bends
    lines[1]!.forEach((p, i) => expect(p[1]).toBeCloseTo(1.2 * along[i]!, 9));
    const gaps = along.slice(1).map((u, i) => u - along[i]!);
    expect(Math.min(...gaps)).toBeLessThan(0.5 / 20);
    // lines that do not bend keep even fractions
    const even = resampleBendsAcross(
      [straight, straight.map(([x, y]): Vec3 => [x + 0.1, 0.5 * y, 0])],
      21,
      0.4,
      0.1,
    );
    even.along.forEach((u, i) => expect(u).toBeCloseTo(i / 20, 9));
  });

  it('turnIndices puts rings where a curve bends and few on a straight run', () => {
    const line = straight(101); // 1 m
    const onLine = turnIndices(line, 0.3, 15);
    expect(onLine.length).toBeLessThanOrEqual(5);
    expect(onLine[0]).toBe(0);
    expect(onLine.at(-1)).toBe(100);
    const ls = arcLengths(line);
    for (let i = 1; i < onLine.length; i++)
      expect(ls[onLine[i]!]! - ls[onLine[i - 1]!]!).toBeLessThanOrEqual(0.3 + 1e-9);
    // a quarter circle of 1 cm radius: 90 deg in pieces of at most 15 deg, however long the step
    const arc = Array.from({ length: 200 }, (_, i): Vec3 => {
      const a = (i / 199) * (Math.PI / 2);
      return [0.01 * Math.cos(a), 0.01 * Math.sin(a), 0];
    });
    const rings = turnIndices(arc, 1, 15).map((j) => arc[j]!);
    expect(rings.length).toBeGreaterThanOrEqual(7);
    for (let i = 1; i < rings.length - 1; i++) expect(turnDeg(rings, i)).toBeLessThanOrEqual(15);
  });
  it('turnIndices keeps its rings minStep apart, the last piece merged with the one before', () => {
    // the same arc (15.7 mm long) with 1 deg pieces wanted: every ~0.17 mm unless held 2.5 mm apart
    const arc = Array.from({ length: 400 }, (_, i): Vec3 => {
      const a = (i / 399) * (Math.PI / 2);
      return [0.01 * Math.cos(a), 0.01 * Math.sin(a), 0];
    });
    const s = arcLengths(arc);
    expect(turnIndices(arc, 1, 1).length).toBeGreaterThan(60);
    const held = turnIndices(arc, 1, 1, 0.0025);
    expect(held[0]).toBe(0);
    expect(held.at(-1)).toBe(399);
    expect(held.length).toBeGreaterThanOrEqual(6); // 15.7 / 2.5: at most 6 pieces
    expect(held.length).toBeLessThanOrEqual(7);
    for (let i = 1; i < held.length; i++)
      expect(s[held[i]!]! - s[held[i - 1]!]!).toBeGreaterThanOrEqual(0.0025);
  });
  it('roundCorner puts points on the arc tangent to both legs', () => {
    // a right angle at the origin, legs along -x and +y; radius 1 cm: centre (-0.01, 0.01)
    const arc = roundCorner([-1, 0, 0], [0, 0, 0], [0, 1, 0], 0.01, 5);
    expect(arc).toHaveLength(5);
    for (const p of arc) expect(Math.hypot(p[0] + 0.01, p[1] - 0.01, p[2])).toBeCloseTo(0.01, 9);
    expect(arc[0]![0]).toBeCloseTo(-0.01, 9);
    expect(arc[0]![1]).toBeCloseTo(0, 9);
    expect(arc[4]![0]).toBeCloseTo(0, 9);
    expect(arc[4]![1]).toBeCloseTo(0.01, 9);
  });
  it('relaxPolyline rounds a corner and keeps the ends', () => {
    // a right angle at (1, 0): after relaxing, the corner point moves inside it, the ends stay put
    const corner: Vec3[] = [
      [0, 0, 0],
      [0.5, 0, 0],
      [1, 0, 0],
      [1, 0.5, 0],
      [1, 1, 0],
    ];
    const r = relaxPolyline(corner, 4);
    expect(r[0]).toEqual([0, 0, 0]);
    expect(r[4]).toEqual([1, 1, 0]);
    expect(r[2]![0]).toBeLessThan(0.95);
    expect(r[2]![1]).toBeGreaterThan(0.05);
    expect(corner[2]).toEqual([1, 0, 0]);
  });
});

describe('frames', () => {
  it('parallel transport gives orthonormal frames without twist on a plane curve', () => {
    const path = smoothPath(
      [
        [0, 0, 0],
        [1, 1, 0],
        [2, 0, 0],
        [3, 1, 0],
      ],
      50,
    );
    const fr = parallelTransportFrames(path, [0, 0, 1]);
    for (const f of fr) {
      expect(length(f.n)).toBeCloseTo(1, 6);
      expect(Math.abs(dot(f.n, f.t))).toBeLessThan(1e-6);
      // A curve in the z=0 plane keeps its normal along z.
      expect(Math.abs(f.n[2])).toBeCloseTo(1, 5);
    }
  });
  it('hinted frames follow the hint', () => {
    const fr = hintedFrames(straight(10), [
      { at: 0, dir: [1, 0, 0] },
      { at: 1, dir: [0, 0, 1] },
    ]);
    expect(fr[0]!.n[0]).toBeCloseTo(1, 6);
    expect(fr[9]!.n[2]).toBeCloseTo(1, 6);
  });
});

describe('loft', () => {
  it('makes a closed, outward, non-degenerate tube with the expected volume', () => {
    const path = straight(41);
    const m = tube(path, parallelTransportFrames(path), () => 0.1, 32);
    expect(badEdgeCount(m)).toBe(0);
    expect(minTriangleArea(m)).toBeGreaterThan(0);
    // Cylinder r=0.1, h=1: π·0.01 (polygon slightly less).
    expect(signedVolume(m)).toBeGreaterThan(0.03);
    expect(signedVolume(m)).toBeLessThan(Math.PI * 0.01);
  });
  it('a flat section is wide and thin', () => {
    const path = straight(11);
    const m = loftPath(
      path,
      hintedFrames(path, [{ at: 0, dir: [1, 0, 0] }]),
      () => ({ width: 0.2, thickness: 0.02 }),
      16,
      3,
    );
    let maxX = 0;
    let maxZ = 0;
    for (let i = 0; i < m.positions.length / 3; i++) {
      const v = vertex(m, i);
      maxX = Math.max(maxX, Math.abs(v[0]));
      maxZ = Math.max(maxZ, Math.abs(v[2]));
    }
    expect(maxX).toBeCloseTo(0.1, 3);
    expect(maxZ).toBeCloseTo(0.01, 3);
  });
  it('lofts a closed sheet between spines', () => {
    const spines = [0, 1, 2, 3].map((k) =>
      straight(12).map((p) => [p[0] + k * 0.05, p[1], Math.sin(k) * 0.01] as Vec3),
    );
    const m = loftSheet(spines, () => 0.02, 20);
    expect(badEdgeCount(m)).toBe(0);
    expect(signedVolume(m)).toBeGreaterThan(0);
  });
  it("caps a curved sheet along its edge, not across the curve's inside", () => {
    // a half-cylinder shell of radius 10 cm and thickness 1 cm: a fan from the cap's centre ran straight
    // to its ends, 2.5 cm inside the shell at its triangles' centroids
    const R = 0.1;
    const spines = [0, 1, 2, 3, 4, 5, 6].map((k) =>
      straight(12).map(
        (p) => [R * Math.cos((Math.PI * k) / 6), p[1], R * Math.sin((Math.PI * k) / 6)] as Vec3,
      ),
    );
    const m = loftSheet(spines, () => 0.01, 20);
    expect(badEdgeCount(m)).toBe(0);
    expect(minTriangleArea(m)).toBeGreaterThan(0);
    expect(signedVolume(m)).toBeGreaterThan(0);
    let caps = 0;
    for (let t = 0; t < m.indices.length; t += 3) {
      const v = [0, 1, 2].map((e) => vertex(m, m.indices[t + e]!));
      if (!v.every((p) => Math.abs(p[1]) < 1e-9) && !v.every((p) => Math.abs(p[1] - 1) < 1e-9)) continue;
      caps++;
      const c = [0, 2].map((k) => (v[0]![k]! + v[1]![k]! + v[2]![k]!) / 3);
      // within half its thickness of the shell's middle, and 3 mm for the chords between ring points
      expect(Math.abs(Math.hypot(c[0]!, c[1]!) - R)).toBeLessThan(0.005 + 0.003);
    }
    // a strip of 18 triangles along each edge, its middle rung split at the centre (2 more)
    expect(caps).toBe(2 * 20);
  });
  it('mirrors with outward normals', () => {
    const path = smoothPath(
      [
        [0.1, 0, 0],
        [0.2, 0.5, 0.1],
        [0.1, 1, 0],
      ],
      20,
    );
    const m = tube(path, parallelTransportFrames(path), (u) => 0.02 + 0.02 * u, 10);
    const r = mirrored(m);
    expect(signedVolume(r)).toBeCloseTo(signedVolume(m), 9);
    expect(r.positions[0]).toBe(-m.positions[0]!);
    expect(badEdgeCount(r)).toBe(0);
  });
});

describe('steps along a field', () => {
  // a sphere of radius 5 cm round (0, 0.05, 0): a true distance field
  const ball = (x: number, y: number, z: number): number => Math.hypot(x, y - 0.05, z) - 0.05;
  const at = (p: Vec3): number => ball(...p);

  it('gives the outward unit normal as the gradient', () => {
    const g = gradient(ball, 0.03, 0.05, 0.04);
    expect(length(g)).toBeCloseTo(1, 9);
    expect(dot(g, [0.6, 0, 0.8])).toBeCloseTo(1, 6);
  });

  it('moves a point out to a clearance, in to a depth, and leaves those already there', () => {
    const inside: Vec3 = [0.02, 0.05, 0];
    expect(at(clearOf(ball, inside, 0.002))).toBeCloseTo(0.002, 6);
    const far: Vec3 = [0.2, 0.05, 0];
    expect(clearOf(ball, far, 0.002)).toBe(far);
    expect(at(keepUnder(ball, far, 0.004))).toBeCloseTo(-0.004, 6);
    expect(keepUnder(ball, inside, 0.004)).toBe(inside);
  });

  it('moves part of the way with give', () => {
    const p: Vec3 = [0.06, 0.05, 0];
    expect(at(toLevel(ball, p, 0, 0.5))).toBeCloseTo(0.005, 6);
    expect(at(clearOf(ball, [0.04, 0.05, 0], 0, 0.5))).toBeCloseTo(-0.005, 6);
  });
});

describe('push-out', () => {
  it('moves vertices and edge midpoints out of a sphere', () => {
    const path = smoothPath(
      [
        [-0.3, 0, 0],
        [0.3, 0, 0],
      ],
      30,
    );
    const m = tube(path, parallelTransportFrames(path), () => 0.03, 12);
    const sphere = (x: number, y: number, z: number): number => Math.hypot(x, y - 0.05, z) - 0.05;
    const moved = pushOut(m, sphere, 0.002);
    expect(moved).toBeGreaterThan(0);
    for (let i = 0; i < m.positions.length / 3; i++) {
      const v = vertex(m, i);
      expect(sphere(v[0], v[1], v[2])).toBeGreaterThan(0.0015);
    }
  });
  it('smoothing a push spreads it to the neighbours and leaves far vertices in place', () => {
    const path = smoothPath(
      [
        [-0.3, 0, 0],
        [0.3, 0, 0],
      ],
      30,
    );
    const m = tube(path, parallelTransportFrames(path), () => 0.03, 12);
    const before = Float32Array.from(m.positions);
    const kicked = 15 * 12 + 3; // a ring vertex mid-tube, pushed 1 cm along +y
    m.positions[3 * kicked + 1] = m.positions[3 * kicked + 1]! + 0.01;
    smoothDisplacement(m, before);
    const dy = (i: number): number => m.positions[3 * i + 1]! - before[3 * i + 1]!;
    expect(dy(kicked)).toBeGreaterThan(0);
    expect(dy(kicked)).toBeLessThan(0.005); // the spike is spread out...
    expect(dy(kicked + 1)).toBeGreaterThan(0); // ...onto its ring neighbour
    expect(dy(kicked + 12)).toBeGreaterThan(0); // ...and the next ring
    expect(Math.abs(dy(0))).toBeLessThan(1e-9); // an end ring far away does not move
    expect(badEdgeCount(m)).toBe(0);
  });
  it('an ellipse-loft field is negative inside and positive outside', () => {
    const path = straight(21);
    const fr = hintedFrames(path, [{ at: 0, dir: [1, 0, 0] }]);
    const sdf = ellipseLoftSdf(
      path,
      fr,
      path.map(() => ({ width: 0.2, thickness: 0.04 })),
    );
    expect(sdf(0, 0.5, 0)).toBeLessThan(0);
    expect(sdf(0.09, 0.5, 0)).toBeLessThan(0);
    expect(sdf(0, 0.5, 0.03)).toBeGreaterThan(0);
    expect(sdf(0.12, 0.5, 0)).toBeGreaterThan(0);
  });
  it("a mesh field is the distance to a closed loft's surface, negative inside, tight beside a flat strap", () => {
    // a strap 20 cm wide and 4 cm thick, 1 m long: the old ring spheres bulged ~2 cm past its edges
    const path = straight(21);
    const fr = hintedFrames(path, [{ at: 0, dir: [1, 0, 0] }]);
    const mesh = loftPath(path, fr, () => ({ width: 0.2, thickness: 0.04 }), 32, 2);
    const sdf = meshSdf(mesh);
    expect(sdf(0, 0.5, 0)).toBeCloseTo(-0.02, 3);
    expect(sdf(0.09, 0.5, 0)).toBeLessThan(0);
    expect(sdf(0, 0.5, 0.03)).toBeCloseTo(0.01, 3);
    expect(sdf(0.105, 0.5, 0)).toBeGreaterThan(0.004);
    expect(sdf(0.105, 0.5, 0)).toBeLessThan(0.006);
    expect(sdf(0, 1.02, 0)).toBeCloseTo(0.02, 3);
  });
});

describe('triangle BVH', () => {
  // A bent, twisted loft: closed, with faces at every angle to the x axis.
  const path: Vec3[] = Array.from({ length: 15 }, (_, i) => [
    0.03 * Math.sin(i / 4),
    i / 70,
    0.02 * (i / 14) ** 2,
  ]);
  const mesh = loftPath(
    path,
    hintedFrames(path, [{ at: 0, dir: [1, 0.3, 0] }]),
    (t) => ({ width: 0.05 + 0.03 * t, thickness: 0.02 }),
    12,
    2,
  );
  const tri = Float64Array.from(Array.from(mesh.indices).flatMap((v) => [...vertex(mesh, v)]));
  const bvh = buildBvh([mesh]);
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  // points round the loft, and points level with its vertices (rays along their edges)
  const points: Vec3[] = [
    ...Array.from({ length: 400 }, (): Vec3 => [
      0.1 * rnd() - 0.05,
      0.24 * rnd() - 0.02,
      0.08 * rnd() - 0.03,
    ]),
    ...Array.from({ length: 100 }, (_, k): Vec3 => {
      const v = vertex(mesh, (k * 37) % (mesh.positions.length / 3));
      return [v[0] - 0.01 - 0.02 * rnd(), v[1], v[2]];
    }),
  ];

  it('finds the distance of the nearest triangle', () => {
    for (const [x, y, z] of points) {
      let nearest = Infinity;
      for (let o = 0; o < tri.length; o += 9) nearest = Math.min(nearest, triangleDistance(tri, o, x, y, z));
      expect(bvh.distance(x, y, z)).toBe(nearest);
    }
  });

  it('counts the winding number along +x as the solid angles give it, or says it cannot', () => {
    let counted = 0;
    let inside = 0;
    let unsure = 0;
    for (const [x, y, z] of points) {
      const winding = bvh.windingAlongX(x, y, z);
      if (winding === null) unsure++;
      else {
        counted++;
        if (winding !== 0) inside++;
        expect(winding).toBe(Math.round(halfSolidAngles(tri, x, y, z) / (2 * Math.PI)) || 0); // not -0
      }
    }
    expect(counted).toBeGreaterThanOrEqual(400);
    expect(inside).toBeGreaterThan(20);
    // rays from a vertex's height run along its edges
    expect(unsure).toBeGreaterThan(0);
  });
});

describe('levelSegments', () => {
  it("cuts a closed tube into segments of one hand: their shoelace sum is the section's area", () => {
    const path = straight(41);
    const m = tube(path, parallelTransportFrames(path), () => 0.1, 32);
    // straight(41) has rings every 0.025 of y: the plane y = 0.51 passes between two and cuts every side face once
    // each triangle's corners rotated by its number mod 3 (the same winding), so no corner is always first
    const rotated = m.indices.map((_, i) => m.indices[i - (i % 3) + ((i + Math.floor(i / 3)) % 3)]!);
    const segs = levelSegments(vertexList(m), rotated, planeLevel([0, 0.51, 0], [0, 1, 0]));
    expect(segs.length).toBeGreaterThanOrEqual(32);
    // in the plane, x across and z: every segment turns the same way round the axis
    const turns = segs.map(({ enter: a, leave: b }) => a[2] * b[0] - a[0] * b[2]);
    expect(turns.every((c) => c > 0) || turns.every((c) => c < 0)).toBe(true);
    const area = Math.abs(turns.reduce((s, c) => s + c, 0) / 2);
    // a 32-gon of circumradius 0.1: 0.5 · 32 · 0.01 · sin(2π/32)
    expect(area).toBeCloseTo(16 * 0.01 * Math.sin((2 * Math.PI) / 32), 6);
    expect(planeSection(m, [0, 0.51, 0], [0, 1, 0])).toHaveLength(2 * segs.length);
  });
});

/**
 * The pelvic ligaments, the labrum and the iliopsoas bursa lie where Gray's and Netter put them: each measured
 * on its mesh against the landmarks and bone fields it hangs on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeshData, Sdf, Vec3 } from '../types.ts';
import { nodeName } from '../../content/ids.ts';
import { L } from '../landmarks.ts';
import { badEdgeCount, planeSection, signedVolume, vertexList } from '../kernel/mesh.ts';
import { add, cross, dist, dot, lerp, normalize, reject, scale, sub } from '../kernel/vec.ts';
import { boneSdf } from '../bones/index.ts';
import { transverseProcessTip } from '../bones/vertebra.ts';
import { FEMORAL_HEAD_RADIUS } from '../bones/femur.ts';
import { ACETABULUM_AXIS } from '../bones/hipBone.ts';
import { skinSdf } from '../soft/skin.ts';
import { hipJointSdf } from './joints.ts';
import { meshLigaments } from './meshLigaments.ts';
import { meshField } from '../kernel/meshField.ts';
import {
  iliofemoralBands,
  iliofemoralSdf,
  iliolumbarBand,
  inguinalLimbs,
  inguinalPath,
  PELVIC_LIGAMENT_IDS,
  pelvicLigamentMeshSettings,
  posteriorSacroiliacRows,
  sacralBorder,
  sacrospinousEnds,
  sacrospinousRows,
  sacrotuberousEnds,
  sacrotuberousRows,
  sacrotuberousSdf,
  type PelvicLigamentId,
} from './pelvicLigaments.ts';

let byName = new Map<string, MeshData>();
beforeAll(async () => {
  byName = new Map((await meshLigaments()).map((m) => [m.name, m]));
}, 120_000);

const left = (id: PelvicLigamentId): MeshData => byName.get(nodeName(id, 'left'))!;
const points = vertexList;
const nearest = (m: MeshData, p: Vec3): number => Math.min(...points(m).map((q) => dist(p, q)));
const onBone = (m: MeshData, bone: Sdf, filter: (p: Vec3) => boolean = () => true): number =>
  Math.min(
    ...points(m)
      .filter(filter)
      .map((p) => Math.abs(bone(p[0], p[1], p[2]))),
  );

const section = planeSection;
const extent = (pts: Vec3[], axis: Vec3): number => {
  const s = pts.map((p) => dot(p, axis));
  return Math.max(...s) - Math.min(...s);
};

/**
 * How a band ends (`end` its centreline's end, `prev` a point further along it, `n` its face's normal):
 * `narrowing`, its width 1 mm from its tip over its width 8 mm from the tip (sections of the mesh; a
 * half-round end ~0.55, a square one ~0.98); `offCentre`, how far its tip lies to one side of the
 * centreline, over that width (a rounded end's tip is in the middle, a slanted square end's at a corner).
 */
function bandEnd(m: MeshData, end: Vec3, prev: Vec3, n: Vec3): { narrowing: number; offCentre: number } {
  const back = normalize(sub(prev, end));
  const near = points(m).filter((p) => dist(p, end) < 0.012);
  const tip = Math.min(...near.map((p) => dot(sub(p, end), back)));
  const across = cross(back, normalize(reject(n, back)));
  const widthAt = (d: number) => extent(section(m, add(end, scale(back, tip + d)), back, 0.012), across);
  const atTip = near
    .filter((p) => dot(sub(p, end), back) < tip + 0.0005)
    .map((p) => dot(sub(p, end), across));
  const offCentre = Math.abs(atTip.reduce((a, b) => a + b, 0) / atTip.length);
  return { narrowing: widthAt(0.001) / widthAt(0.008), offCentre: offCentre / widthAt(0.008) };
}

/** Thickness of a mesh along the line through p (inside it) in direction n: its crossings nearest p either side. */
function thicknessAt(m: MeshData, p: Vec3, n: Vec3): number {
  const u = normalize(n);
  const v = (i: number): Vec3 => [m.positions[3 * i]!, m.positions[3 * i + 1]!, m.positions[3 * i + 2]!];
  let [below, above] = [-Infinity, Infinity];
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = v(m.indices[t]!);
    const e1 = sub(v(m.indices[t + 1]!), a);
    const e2 = sub(v(m.indices[t + 2]!), a);
    const h = cross(u, e2);
    const det = dot(e1, h);
    if (Math.abs(det) < 1e-15) continue;
    const s = sub(p, a);
    const bu = dot(s, h) / det;
    const q = cross(s, e1);
    const bv = dot(u, q) / det;
    if (bu < 0 || bv < 0 || bu + bv > 1) continue;
    const d = dot(e2, q) / det;
    if (d < 0) below = Math.max(below, d);
    else above = Math.min(above, d);
  }
  return above - below;
}

/** Thickness of a sheet's mesh at point j of row i of its grid, square to the sheet there. */
function sheetThickness(m: MeshData, rows: Vec3[][], i: number, j: number): number {
  const r = rows[i]!;
  const across = sub(r.at(-1)!, r[0]!);
  const along = sub(rows[Math.min(rows.length - 1, i + 1)]![j]!, rows[Math.max(0, i - 1)]![j]!);
  return thicknessAt(m, r[j]!, cross(across, along));
}

describe('pelvic ligaments, labrum and iliopsoas bursa', () => {
  it('each is a closed, outward mesh on both sides, mirrored, of its kind, within 7k triangles in all (their share of the deep file, 40k)', () => {
    let triangles = 0;
    for (const id of PELVIC_LIGAMENT_IDS) {
      const l = left(id);
      const r = byName.get(nodeName(id, 'right'))!;
      expect(badEdgeCount(l), id).toBe(0);
      expect(signedVolume(l), id).toBeGreaterThan(0);
      expect(r.positions[0]).toBe(-l.positions[0]!);
      expect(l.kind, id).toBe(
        id === 'acetabular_labrum' ? 'cartilage' : id === 'iliopsoas_bursa' ? 'joint' : 'ligament',
      );
      triangles += (l.indices.length / 3) * 2;
    }
    expect(triangles).toBeLessThanOrEqual(7000);
  });

  it('all lie under the skin', () => {
    const skin = skinSdf();
    for (const id of PELVIC_LIGAMENT_IDS)
      for (const p of points(left(id))) expect(skin(p[0], p[1], p[2]), id).toBeLessThan(0);
  });

  it('the iliolumbar ligament runs from the tip of the L5 transverse process to the posterior iliac crest', () => {
    const m = left('iliolumbar_ligament');
    expect(nearest(m, transverseProcessTip(4, 1))).toBeLessThan(0.006);
    // its other end on the hip bone, behind and above the sacroiliac joint, near the crest
    expect(onBone(m, boneSdf('hip_bone'), (p) => p[0] > 0.06)).toBeLessThan(0.004);
    expect(Math.max(...points(m).map((p) => p[0]))).toBeGreaterThan(0.068);
    // a band rounded at both ends (it was a strap with squared ends)
    const b = iliolumbarBand();
    const [a, c] = [b.points[0]!, b.points[1]!];
    for (const e of [bandEnd(m, a, c, b.normals[0]!), bandEnd(m, c, a, b.normals[1]!)]) {
      expect(e.narrowing).toBeLessThan(0.7);
      expect(e.offCentre).toBeLessThan(0.15);
    }
  });

  it('the sacroiliac ligaments cover the joint behind (PSIS to sacrum) and in front', () => {
    const m = left('sacroiliac_ligaments');
    const sacrum = boneSdf('sacrum');
    const hip = boneSdf('hip_bone');
    expect(nearest(m, L('psis'))).toBeLessThan(0.015);
    // posterior sheet on the dorsal sacrum medial of the joint, anterior sheet on the pelvic surface
    expect(onBone(m, sacrum, (p) => p[2] < -0.06 && p[0] < 0.03)).toBeLessThan(0.003);
    expect(onBone(m, hip, (p) => p[2] > -0.045)).toBeLessThan(0.003);
  });

  it('the sacrotuberous ligament is broad on the sacrum and coccyx, narrow in the middle, and ends on the ischial tuberosity', () => {
    const m = left('sacrotuberous_ligament');
    const pts = points(m);
    expect(nearest(m, L('psis'))).toBeLessThan(0.03);
    expect(onBone(m, boneSdf('sacrum'), (p) => p[1] > 0.94)).toBeLessThan(0.004);
    expect(nearest(m, L('ischial_tuberosity'))).toBeLessThan(0.015);
    // broad origin: along ≥ 5 cm of the posterior iliac spines, the sacrum and the coccyx (Gray's)
    const pelvis = [boneSdf('sacrum'), boneSdf('coccyx'), boneSdf('hip_bone')];
    const attached = pts.filter(
      (p) => p[1] > 0.925 && Math.min(...pelvis.map((f) => f(p[0], p[1], p[2]))) < 0.004,
    );
    const ys = attached.map((p) => p[1]);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.05);
    // narrow where it passes behind the ischial spine: under 2.5 cm across
    const y = L('ischial_spine')[1];
    const slice = pts.filter((p) => Math.abs(p[1] - y) < 0.002);
    let w = 0;
    for (const p of slice) for (const q of slice) w = Math.max(w, dist(p, q));
    expect(w).toBeLessThan(0.025);
    // it ends on the tuberosity in a rounded tongue, not a squared edge (measured along its course
    // between its last two rows of points, across its last row)
    const rows = sacrotuberousRows();
    const mean = (r: Vec3[]) =>
      scale(
        r.reduce<Vec3>((a, p) => add(a, p), [0, 0, 0]),
        1 / r.length,
      );
    const [last, prev] = [rows.at(-1)!, rows.at(-2)!];
    const end = mean(last);
    const e = bandEnd(m, end, mean(prev), cross(sub(last[0]!, last.at(-1)!), sub(mean(prev), end)));
    expect(e.narrowing).toBeLessThan(0.7);
    expect(e.offCentre).toBeLessThan(0.15);
  });

  it('the sacrospinous ligament runs from the lateral sacrum and coccyx to the ischial spine, in front of the sacrotuberous', () => {
    const ss = left('sacrospinous_ligament');
    const st = points(left('sacrotuberous_ligament'));
    expect(nearest(ss, L('ischial_spine'))).toBeLessThan(0.006);
    expect(onBone(ss, boneSdf('sacrum'))).toBeLessThan(0.006);
    let pairs = 0;
    for (const p of points(ss))
      for (const q of st)
        if (Math.abs(p[0] - q[0]) < 0.002 && Math.abs(p[1] - q[1]) < 0.002) {
          pairs++;
          expect(p[2], `at ${p.join(',')}`).toBeGreaterThan(q[2]);
        }
    expect(pairs).toBeGreaterThan(10);
  });

  it('the sacrotuberous ligament is thin where it fans onto the sacrum, thick and narrow in its middle, thinner again on the tuberosity', () => {
    const m = left('sacrotuberous_ligament');
    const rows = sacrotuberousRows();
    const [origin, middle, end] = [1, 4, 7].map((i) => sheetThickness(m, rows, i, 2)) as [
      number,
      number,
      number,
    ];
    // an even sheet (it was 4 mm throughout) has the same thickness everywhere
    expect(middle).toBeGreaterThan(1.7 * origin);
    expect(middle).toBeGreaterThan(1.2 * end);
    expect(middle).toBeGreaterThan(0.005);
  });

  it('the sacrospinous ligament is a thin triangle, thickening from its base on the sacrum to the ischial spine', () => {
    const m = left('sacrospinous_ligament');
    const rows = sacrospinousRows();
    const [base, apex] = [1, 4].map((i) => sheetThickness(m, rows, i, 1)) as [number, number];
    expect(apex).toBeGreaterThan(1.4 * base);
    expect(base).toBeLessThan(0.003);
  });

  it('the sacrotuberous and sacrospinous ligaments arise along the lateral border of the sacrum and coccyx', () => {
    const pelvis = [boneSdf('sacrum'), boneSdf('coccyx'), boneSdf('hip_bone')];
    const onPelvis = (p: Vec3): number => Math.min(...pelvis.map((f) => Math.abs(f(p[0], p[1], p[2]))));
    // each origin point on the bone (the straight origin line stood up to ~1.5 cm off it), within 6 mm of the
    // border at its height, and the mesh there
    const st = left('sacrotuberous_ligament');
    for (const p of sacrotuberousEnds().origin.slice(1)) {
      expect(onPelvis(p), `sacrotuberous at ${p.join(',')}`).toBeLessThan(0.003);
      expect(sacralBorder(p[1])[0] - p[0]).toBeLessThan(0.006);
      expect(nearest(st, p)).toBeLessThan(0.003);
    }
    const ss = left('sacrospinous_ligament');
    for (const p of sacrospinousEnds().base) {
      expect(onPelvis(p), `sacrospinous at ${p.join(',')}`).toBeLessThan(0.003);
      expect(nearest(ss, p)).toBeLessThan(0.003);
    }
  });

  it('the posterior sacroiliac ligaments are bands over the sacral crest, thinner between them', () => {
    const m = left('sacroiliac_ligaments');
    const { rows, band } = posteriorSacroiliacRows();
    const t = rows.map((_, i) => sheetThickness(m, rows, i, 1));
    const bands = t.filter((_, i) => band[i]);
    const grooves = t.filter((_, i) => !band[i]);
    expect(Math.min(...bands)).toBeGreaterThan(1.3 * Math.max(...grooves));
  });

  it('the inguinal ligament spans ASIS to pubic tubercle, bowed down towards the thigh', () => {
    const m = left('inguinal_ligament');
    const asis = L('asis');
    const tub = L('pubic_tubercle');
    expect(nearest(m, asis)).toBeLessThan(0.01);
    expect(nearest(m, tub)).toBeLessThan(0.008);
    const axis = sub(tub, asis);
    const len = Math.hypot(...axis);
    // Gray's: ~12-14 cm
    expect(len).toBeGreaterThan(0.12);
    expect(len).toBeLessThan(0.145);
    for (const p of points(m)) {
      const t = dot(sub(p, asis), axis) / (len * len);
      expect(t).toBeGreaterThan(-0.06);
      expect(t).toBeLessThan(1.06);
    }
    // the middle of the cord lies below the straight line between the landmarks
    const mid: Vec3 = [(asis[0] + tub[0]) / 2, (asis[1] + tub[1]) / 2, (asis[2] + tub[2]) / 2];
    const middle = points(m).filter((p) => Math.abs(p[0] - mid[0]) < 0.004);
    expect(middle.reduce((s, p) => s + p[1], 0) / middle.length).toBeLessThan(mid[1] - 0.004);
  });

  it('the iliofemoral ligament runs from below the AIIS over the front of the capsule to the intertrochanteric line', () => {
    const m = left('iliofemoral_ligament');
    const capsule = hipJointSdf();
    const femur = boneSdf('femur');
    expect(nearest(m, L('aiis'))).toBeLessThan(0.015);
    expect(onBone(m, femur, (p) => p[1] < 0.9)).toBeLessThan(0.004);
    const hjc = L('hip_joint_centre');
    for (const p of points(m)) {
      expect(p[2], 'in front of the joint centre').toBeGreaterThan(hjc[2]);
      expect(capsule(p[0], p[1], p[2]), 'outside the capsule (1.5 mm meshing error)').toBeGreaterThan(
        -0.0015,
      );
    }
    // an inverted Y: below the stem, two bands with a gap between them (no vertex within 4 mm of the
    // point half-way between their middles), each on the mesh
    const { lateral, medial } = iliofemoralBands();
    for (const i of [4, 5]) {
      const [a, b] = [lateral.points[i]!, medial.points[i]!];
      expect(nearest(m, a)).toBeLessThan(0.0045);
      expect(nearest(m, b)).toBeLessThan(0.0045);
      expect(nearest(m, lerp(a, b, 0.5)), `between the bands at ${i}`).toBeGreaterThan(0.004);
    }
  });

  it('the iliofemoral ligament: two thick bands of rounded section, rounded off where they end on the femur', () => {
    const m = left('iliofemoral_ligament');
    const field = iliofemoralSdf();
    for (const [name, b] of Object.entries(iliofemoralBands())) {
      // over the capsule, half-way: ~6 mm thick (a sheet of even thickness was 4.4 mm), ~1 cm wide
      const c = b.points[3]!;
      const dir = normalize(sub(b.points[4]!, b.points[2]!));
      const nrm = normalize(reject(b.normals[3]!, dir));
      const across = cross(dir, nrm);
      const cut = section(m, c, dir, 0.009);
      expect(extent(cut, nrm), name).toBeGreaterThan(0.005);
      expect(extent(cut, across), name).toBeGreaterThan(0.009);
      // rounded edges: at 90 % of its half width under 70 % of its full thickness (read from the field)
      const thickAt = (a: number) => {
        let k = 0;
        for (let t = -0.006; t <= 0.006; t += 0.0001)
          if (field(...add(add(c, scale(across, a)), scale(nrm, t))) < 0) k++;
        return k * 0.0001;
      };
      const w = b.halfWidths[3]!;
      expect(thickAt(0.9 * w), name).toBeLessThan(0.7 * thickAt(0));
      expect(thickAt(-0.9 * w), name).toBeLessThan(0.7 * thickAt(0));
      // a rounded end on the femur, not a squared blade
      const e = bandEnd(m, b.points.at(-1)!, b.points.at(-2)!, b.normals.at(-1)!);
      expect(e.narrowing, name).toBeLessThan(0.7);
      expect(e.offCentre, name).toBeLessThan(0.15);
    }
  });

  it('the inguinal ligament is a band whose lower edge rolls back into a shelf, not a round cord', () => {
    const m = left('inguinal_ligament');
    const path = inguinalPath();
    const c = lerp(path[1]!, path[2]!, 0.5);
    const dir = normalize(sub(path[2]!, path[1]!));
    const cut = section(m, c, dir, 0.012);
    const up = normalize(reject([0, 1, 0], dir));
    const back = cross(dir, up);
    const ys = cut.map((p) => dot(sub(p, c), up));
    const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
    // ~9 mm high (a round cord of the old 6.4 mm would fail)
    expect(hi - lo).toBeGreaterThan(0.0075);
    // thin in its upper half (the aponeurosis' border), deep at its lower edge (the shelf)
    const upper = cut.filter((_, i) => ys[i]! > lo + 0.6 * (hi - lo));
    const lower = cut.filter((_, i) => ys[i]! < lo + 0.3 * (hi - lo));
    expect(extent(upper, back)).toBeLessThan(0.0035);
    expect(extent(lower, back)).toBeGreaterThan(0.005);
    // the shelf turns back (into the body), under the band
    const { front, shelf } = inguinalLimbs();
    expect(shelf.points[1]![2]).toBeLessThan(front.points[1]![2]);
  });

  it('the acetabular labrum rings the acetabular rim round the femoral head', () => {
    const m = left('acetabular_labrum');
    const hjc = L('hip_joint_centre');
    const femur = boneSdf('femur');
    const hip = boneSdf('hip_bone');
    const e1: Vec3 = [0, 0, 1];
    const sectors = new Set<number>();
    for (const p of points(m)) {
      const r = dist(p, hjc);
      expect(r).toBeGreaterThan(FEMORAL_HEAD_RADIUS + 0.001);
      expect(r).toBeLessThan(FEMORAL_HEAD_RADIUS + 0.011);
      expect(femur(p[0], p[1], p[2]), 'clear of the femoral head').toBeGreaterThan(0);
      expect(hip(p[0], p[1], p[2]), 'on the rim').toBeLessThan(0.008);
      // on the open side of the socket: lateral of the joint centre along the acetabular axis
      const d = sub(p, hjc);
      expect(dot(d, ACETABULUM_AXIS)).toBeGreaterThan(0);
      const e2: Vec3 = [
        ACETABULUM_AXIS[1] * e1[2] - ACETABULUM_AXIS[2] * e1[1],
        ACETABULUM_AXIS[2] * e1[0] - ACETABULUM_AXIS[0] * e1[2],
        ACETABULUM_AXIS[0] * e1[1] - ACETABULUM_AXIS[1] * e1[0],
      ];
      sectors.add(Math.floor(((Math.atan2(dot(d, e2), dot(d, e1)) + Math.PI) / (2 * Math.PI)) * 24) % 24);
    }
    // all the way round
    expect(sectors.size).toBe(24);
  });

  it('the iliopsoas bursa lies on the front of the hip capsule, under the iliopsoas tendon', () => {
    const m = left('iliopsoas_bursa');
    const capsule = hipJointSdf();
    const hjc = L('hip_joint_centre');
    for (const p of points(m)) {
      expect(p[2]).toBeGreaterThan(hjc[2] + 0.02);
      expect(capsule(p[0], p[1], p[2])).toBeGreaterThan(0);
    }
    expect(onBone(m, capsule)).toBeLessThan(0.004);
  });

  it('meshes within its budget at thicknesses where the simplifier once failed (sacrotuberous, 3.65 and 4.3 mm)', async () => {
    // at these peaks every quadric target pinched a non-manifold edge and manifold-3d's fallback kept 6,340 and
    // 3,234 triangles of a 480 budget (its count is not monotonic in the tolerance): kernel/meshField.ts
    const s = pelvicLigamentMeshSettings('sacrotuberous_ligament');
    for (const peak of [0.00365, 0.0043]) {
      const m = await meshField('sacrotuberous', 'ligament', sacrotuberousSdf(peak), {
        bounds: { min: s.min, max: s.max },
        edge: s.edge,
        maxTriangles: s.tris,
      });
      expect(m.indices.length / 3, `peak ${peak * 1000} mm`).toBeLessThanOrEqual(s.tris);
      expect(badEdgeCount(m), `peak ${peak * 1000} mm`).toBe(0);
    }
  }, 60_000);
});

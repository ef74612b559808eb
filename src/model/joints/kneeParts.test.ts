/**
 * The knee's ligaments, menisci and bursae measured on their meshes (issue 14): where they attach, that the
 * cruciates cross, that the menisci sit on the plateau under the condyles, that the bursae lie where Gray's
 * and Netter put them, under the skin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeName, type StructureId } from '../../content/ids';
import type { MeshData, Vec3 } from '../types';
import { L } from '../landmarks';
import { boneSdf } from '../bones';
import { badEdgeCount, planeSection, signedVolume, vertexList } from '../kernel/mesh.ts';
import { gradient } from '../kernel/sdf.ts';
import { add, angleDeg, cross, dot, lerp, normalize, reject, scale, sub, dist } from '../kernel/vec.ts';
import { meshJoints } from './meshJoints';
import { pathBand } from './bands';
import {
  cruciateSdf,
  KNEE_PART_IDS,
  kneeLigamentEnds,
  lateralCollateralPath,
  medialCollateralBand,
  medialCollateralSdf,
  obliquePoplitealBand,
  obliquePoplitealSdf,
  OPL_TRIANGLES,
  POL_TRIANGLES,
  posteriorKneeSurface,
  posteriorObliqueBand,
  posteriorObliqueSdf,
  posteriorObliqueSuperficialArm,
  semimembranosusAnteriorArm,
  semimembranosusAnteriorArmSdf,
  type KneePartId,
} from './kneeParts';
import { A } from '../soft/attachments';
import { skinSdf } from '../soft/skin';
import { buildSoftTissue, nervePath } from '../soft/index';
import { nerveSpecs } from '../soft/nerves';

let parts: Map<KneePartId, MeshData>;
let soft: MeshData[];

beforeAll(async () => {
  const meshes = await meshJoints();
  parts = new Map(KNEE_PART_IDS.map((id) => [id, meshes.find((m) => m.name === nodeName(id, 'left'))!]));
  soft = await buildSoftTissue();
}, 600_000);

const vertices = vertexList;
const centroid = (m: MeshData): Vec3 => {
  const v = vertices(m);
  const s = v.reduce<Vec3>((a, p) => [a[0] + p[0], a[1] + p[1], a[2] + p[2]], [0, 0, 0]);
  return [s[0] / v.length, s[1] / v.length, s[2] / v.length];
};
const nearest = (m: MeshData, p: Vec3) => Math.min(...vertices(m).map((v) => dist(v, p)));
const part = (id: KneePartId) => parts.get(id)!;

const section = (m: MeshData, p: Vec3, n: Vec3): Vec3[] => planeSection(m, p, n);

function sectionShape(pts: Vec3[], d: Vec3): { major: Vec3; width: number; thick: number } {
  const e1 = normalize(cross(d, [0, 1, 0.001]));
  const e2 = cross(d, e1);
  const c = pts.reduce<Vec3>((s, p) => [s[0] + p[0], s[1] + p[1], s[2] + p[2]], [0, 0, 0]);
  const o: Vec3 = [c[0] / pts.length, c[1] / pts.length, c[2] / pts.length];
  let [sxx, syy, sxy] = [0, 0, 0];
  for (const p of pts) {
    const [x, y] = [dot(sub(p, o), e1), dot(sub(p, o), e2)];
    [sxx, syy, sxy] = [sxx + x * x, syy + y * y, sxy + x * y];
  }
  const ang = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const major = normalize(add(scale(e1, Math.cos(ang)), scale(e2, Math.sin(ang))));
  const minor = cross(d, major);
  const extent = (axis: Vec3) => {
    const s = pts.map((p) => dot(p, axis));
    return Math.max(...s) - Math.min(...s);
  };
  return { major, width: extent(major), thick: extent(minor) };
}

/** A footprint: the ligament's vertices within 1 mm of a bone and within `reach` of an end. */
const footprint = (
  m: MeshData,
  bone: (x: number, y: number, z: number) => number,
  end: Vec3,
  reach = 0.015,
) => vertices(m).filter((v) => Math.abs(bone(...v)) < 0.001 && dist(v, end) < reach);

/** Area (mm2) of the ellipse spanned by a footprint. */
function footprintArea(
  m: MeshData,
  bone: (x: number, y: number, z: number) => number,
  end: Vec3,
  reach = 0.015,
): number {
  const fp = footprint(m, bone, end, reach);
  let [l1, a, b] = [0, fp[0]!, fp[0]!];
  for (const p of fp) for (const q of fp) if (dist(p, q) > l1) [l1, a, b] = [dist(p, q), p, q];
  const c = fp.reduce<Vec3>(
    (s, p) => [s[0] + p[0] / fp.length, s[1] + p[1] / fp.length, s[2] + p[2] / fp.length],
    [0, 0, 0],
  );
  const g = gradient(bone, ...c, 1e-4);
  const across = normalize(cross(g, sub(b, a)));
  const s = fp.map((p) => dot(p, across));
  return (Math.PI / 4) * l1 * (Math.max(...s) - Math.min(...s)) * 1e6;
}

/** Where the line {(x, y, z)} along x crosses a mesh's triangles (x of each crossing). */
function crossingsAlongX(m: MeshData, y: number, z: number): number[] {
  const p = m.positions;
  const v = (i: number): Vec3 => [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];
  const out: number[] = [];
  for (let t = 0; t < m.indices.length; t += 3) {
    const [a, b, c] = [v(m.indices[t]!), v(m.indices[t + 1]!), v(m.indices[t + 2]!)];
    const d = (b[1] - a[1]) * (c[2] - a[2]) - (c[1] - a[1]) * (b[2] - a[2]);
    if (d === 0) continue;
    const s = ((y - a[1]) * (c[2] - a[2]) - (c[1] - a[1]) * (z - a[2])) / d;
    const u = ((b[1] - a[1]) * (z - a[2]) - (y - a[1]) * (b[2] - a[2])) / d;
    if (s < 0 || u < 0 || s + u > 1) continue;
    out.push(a[0] + s * (b[0] - a[0]) + u * (c[0] - a[0]));
  }
  return out;
}

describe("the knee's ligaments, menisci and bursae", () => {
  it('are closed, outward-facing meshes on both sides', async () => {
    const meshes = await meshJoints();
    for (const id of KNEE_PART_IDS) {
      const m = part(id);
      expect(m, id).toBeDefined();
      expect(badEdgeCount(m), id).toBe(0);
      expect(signedVolume(m), id).toBeGreaterThan(0);
      expect(meshes.some((x) => x.name === nodeName(id, 'right'))).toBe(true);
    }
  });

  it('cruciates: published length, each end on its bone, the mesh reaching both ends', () => {
    const femur = boneSdf('femur');
    const tibia = boneSdf('tibia');
    const ends = kneeLigamentEnds();
    for (const [key, id] of [
      ['acl', 'anterior_cruciate_ligament'],
      ['pcl', 'posterior_cruciate_ligament'],
    ] as const) {
      const { from, to } = ends[key];
      // Girgis et al. 1975: ~38 mm (ACL 32-38 mm in Gray's)
      expect(dist(from, to), id).toBeGreaterThan(0.032);
      expect(dist(from, to), id).toBeLessThan(0.042);
      expect(Math.abs(tibia(...from)), id).toBeLessThan(0.003);
      expect(Math.abs(femur(...to)), id).toBeLessThan(0.003);
      expect(nearest(part(id), from), id).toBeLessThan(0.006);
      expect(nearest(part(id), to), id).toBeLessThan(0.006);
    }
    const { acl, pcl } = ends;
    // ACL: tibia in front (anterior intercondylar area) to the femur behind, on the lateral condyle
    expect(acl.from[2]).toBeGreaterThan(acl.to[2] + 0.02);
    expect(acl.to[0]).toBeGreaterThan(L('knee_joint_centre')[0]);
    // PCL: tibia behind and below the plateau to the front of the notch, on the medial condyle
    expect(pcl.from[2]).toBeLessThan(pcl.to[2] - 0.015);
    expect(pcl.from[1]).toBeLessThan(L('tibial_plateau_centre')[1] - 0.005);
    expect(pcl.to[0]).toBeLessThan(L('knee_joint_centre')[0]);
  });

  it('cruciates: flat bands with rounded edges that turn ~90 deg along their length and fan into footprints', () => {
    const femur = boneSdf('femur');
    const tibia = boneSdf('tibia');
    const ends = kneeLigamentEnds();
    // Harner et al. 1999 footprint areas (mm2), tibia and femur; Siebold et al. 2015 (online 2014; ACL
    // midsubstance 9.9 x 3.9 mm), Girgis et al. 1975 (PCL 13 mm wide)
    for (const [key, id, fp, width, vertical] of [
      ['acl', 'anterior_cruciate_ligament', [136, 113], 0.0099, true],
      ['pcl', 'posterior_cruciate_ligament', [153, 128], 0.013, false],
    ] as const) {
      const { from, to } = ends[key];
      const d = normalize(sub(to, from));
      const at = (t: number) => sectionShape(section(part(id), lerp(from, to, t), d), d);
      const mid = at(0.5);
      expect(mid.width, id).toBeGreaterThan(width * 0.8);
      expect(mid.width, id).toBeLessThan(width * 1.2);
      expect(mid.thick, id).toBeGreaterThan(0.003);
      // flat, not a round cord
      expect(mid.width / mid.thick, id).toBeGreaterThan(2);
      // rounded edges: near its edges (at 90 % of its half width) the band is under 70 % of its full
      // thickness (a flat sheet of even thickness keeps ~100 %), read from the field across the section
      const field = cruciateSdf(key);
      const c = lerp(from, to, 0.5);
      const minor = cross(d, mid.major);
      const thickAt = (a: number) => {
        let n = 0;
        for (let b = -0.006; b <= 0.006; b += 0.0001)
          if (field(...add(add(c, scale(mid.major, a)), scale(minor, b))) < 0) n++;
        return n * 0.0001;
      };
      const centre = thickAt(0);
      expect(thickAt(0.45 * mid.width), id).toBeLessThan(0.7 * centre);
      expect(thickAt(-0.45 * mid.width), id).toBeLessThan(0.7 * centre);
      // the turn: flat across the tibia (its long axis medial-lateral), turned by ~90 deg at the femur,
      // where the ACL lies flat on the lateral condyle's wall (long axis up-down, as near the vertical as its
      // course, rising ~42 deg, lets it: within 25 deg of the vertical seen along the band) and the PCL on
      // the medial condyle's (long axis in the sagittal plane)
      const [low, high] = [at(0.1), at(0.9)];
      expect(Math.abs(low.major[0]), id).toBeGreaterThan(0.8);
      expect(Math.abs(high.major[0]), id).toBeLessThan(0.3);
      if (vertical)
        expect(Math.abs(dot(high.major, normalize(reject([0, 1, 0], d)))), id).toBeGreaterThan(
          Math.cos((25 * Math.PI) / 180),
        );
      const turn = (Math.acos(Math.abs(dot(low.major, high.major))) * 180) / Math.PI;
      expect(turn, id).toBeGreaterThan(65);
      // fanned footprints: ~3 times the midsubstance section, within 35 % of Harner's areas
      const midArea = mid.width * mid.thick * 0.9 * 1e6;
      for (const [i, [bone, end]] of [
        [tibia, from],
        [femur, to],
      ].entries()) {
        const area = footprintArea(part(id), bone as typeof tibia, end as Vec3);
        expect(area / midArea, `${id} footprint ${i}`).toBeGreaterThan(2.5);
        expect(area / fp[i]!, `${id} footprint ${i}`).toBeGreaterThan(0.65);
        expect(area / fp[i]!, `${id} footprint ${i}`).toBeLessThan(1.35);
      }
    }
  });

  it('ACL: inclined to the tibial plateau as in MRI of the straight knee', () => {
    // "The angle of inclination of the native ACL in the coronal and sagittal planes", Knee Surg Sports
    // Traumatol Arthrosc 2017, doi 10.1007/s00167-017-4419-8: 46.9 +/- 4.9 deg in the sagittal plane on MRI of
    // 188 knees (47.4 +/- 4.7 skeletally mature). Read here between the line through the centres of its
    // sections at a quarter and three quarters of its length and the plateau's line (the tops of both
    // condyles 1 cm behind and 12 mm in front of its centre; the model's plateau falls ~4 deg backwards). In
    // a shallow notch whose roof rose forwards it ran at 26 deg
    const tibia = boneSdf('tibia');
    const top = (z: number) =>
      [0.07, 0.108].reduce((sum, x) => {
        let y = 0.5;
        while (tibia(x, y, z) > 0 && y > 0.44) y -= 0.0001;
        return sum + y / 2;
      }, 0);
    const plateau = normalize([0, top(-0.01) - top(0.012), -0.022]);
    const { from, to } = kneeLigamentEnds().acl;
    const d = normalize(sub(to, from));
    const centre = (t: number): Vec3 => {
      const pts = section(part('anterior_cruciate_ligament'), lerp(from, to, t), d);
      return scale(
        pts.reduce<Vec3>((a, q) => add(a, q), [0, 0, 0]),
        1 / pts.length,
      );
    };
    const [low, high] = [centre(0.25), centre(0.75)];
    const course = normalize([0, high[1] - low[1], high[2] - low[2]]);
    const angle = angleDeg(course, plateau);
    expect(angle).toBeGreaterThan(46.9 - 4.9);
    expect(angle).toBeLessThan(46.9 + 4.9);
  });

  it('the cruciates cross like an X seen from the side, the ACL lateral to the PCL, without touching', () => {
    const { acl, pcl } = kneeLigamentEnds();
    // the two lines in the sagittal (z, y) plane: solve for where they meet
    const [a0, a1, b0, b1] = [acl.from, acl.to, pcl.from, pcl.to];
    const d1: [number, number] = [a1[2] - a0[2], a1[1] - a0[1]];
    const d2: [number, number] = [b1[2] - b0[2], b1[1] - b0[1]];
    const den = d1[0] * d2[1] - d1[1] * d2[0];
    const t = ((b0[2] - a0[2]) * d2[1] - (b0[1] - a0[1]) * d2[0]) / den;
    const u = ((b0[2] - a0[2]) * d1[1] - (b0[1] - a0[1]) * d1[0]) / den;
    expect(t).toBeGreaterThan(0.2);
    expect(t).toBeLessThan(0.8);
    expect(u).toBeGreaterThan(0.2);
    expect(u).toBeLessThan(0.8);
    const xAcl = a0[0] + (a1[0] - a0[0]) * t;
    const xPcl = b0[0] + (b1[0] - b0[0]) * u;
    expect(xAcl).toBeGreaterThan(xPcl);
    const pclVerts = vertices(part('posterior_cruciate_ligament'));
    const gap = Math.min(
      ...vertices(part('anterior_cruciate_ligament')).map((v) =>
        Math.min(...pclVerts.map((p) => dist(p, v))),
      ),
    );
    expect(gap).toBeGreaterThan(0.0005);
  });

  it('collateral ligaments: MCL over the joint line medial of the bones, LCL epicondyle to the fibular head', () => {
    const plateau = L('tibial_plateau_centre')[1];
    const mcl = vertices(part('medial_collateral_ligament'));
    const top = Math.max(...mcl.map((v) => v[1]));
    const bottom = Math.min(...mcl.map((v) => v[1]));
    expect(nearest(part('medial_collateral_ligament'), L('medial_epicondyle'))).toBeLessThan(0.006);
    expect(top).toBeGreaterThan(L('medial_epicondyle')[1]);
    expect(plateau - bottom).toBeGreaterThan(0.055);
    expect(plateau - bottom).toBeLessThan(0.078);
    // a flat band: ~1 cm wide front to back at the joint line, a few mm thick
    const atLine = mcl.filter((v) => Math.abs(v[1] - plateau) < 0.003);
    const zs = atLine.map((v) => v[2]);
    const xs = atLine.map((v) => v[0]);
    expect(Math.max(...zs) - Math.min(...zs)).toBeGreaterThan(0.009);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.005);
    // medial of the bones and of the capsule's band at the joint line
    expect(Math.max(...xs)).toBeLessThan(L('medial_epicondyle')[0] + 0.002);

    const lcl = part('lateral_collateral_ligament');
    expect(nearest(lcl, L('lateral_epicondyle'))).toBeLessThan(0.006);
    const fibula = boneSdf('fibula');
    expect(Math.min(...vertices(lcl).map((v) => fibula(...v)))).toBeLessThan(0);
    // LaPrade et al. 2003: 69.6 mm long, to the fibular head 28.4 mm below its styloid's tip; the mesh
    // reaches both ends of its course, and spans over 6 cm
    const { from, to } = kneeLigamentEnds().lcl;
    expect(nearest(lcl, from)).toBeLessThan(0.004);
    expect(nearest(lcl, to)).toBeLessThan(0.004);
    let tip = 0;
    for (let y = 0.44; y < 0.5; y += 0.0005)
      for (let x = 0.1; x < 0.16; x += 0.001)
        for (let z = -0.04; z < 0.03; z += 0.001) if (fibula(x, y, z) < 0) tip = Math.max(tip, y);
    expect(tip - to[1]).toBeGreaterThan(0.024);
    expect(tip - to[1]).toBeLessThan(0.033);
    const lv = vertices(lcl);
    const span = Math.max(...lv.flatMap((a) => lv.map((b) => dist(a, b))));
    expect(span).toBeGreaterThan(0.06);
    expect(span).toBeLessThan(0.08);
    const path = lateralCollateralPath();
    expect(dist(path[0]!, path[1]!) + dist(path[1]!, path[2]!)).toBeGreaterThan(0.062);
    // free of the lateral meniscus (Gray's: the popliteus tendon passes between them)
    const lm = vertices(part('lateral_meniscus'));
    const gap = Math.min(...vertices(lcl).map((v) => Math.min(...lm.map((p) => dist(p, v)))));
    expect(gap).toBeGreaterThan(0.003);
  });

  it("MCL: the atlases' flat band, ~1 cm wide at the femur and broadening, thinning as it broadens, edges thin", () => {
    const m = part('medial_collateral_ligament');
    const femur = boneSdf('femur');
    const tibia = boneSdf('tibia');
    const plateau = L('tibial_plateau_centre')[1];
    const { points } = medialCollateralBand();
    // a point and the direction of the course at a fraction f of its length
    const lengths = points.slice(1).map((p, i) => dist(points[i]!, p));
    const total = lengths.reduce((a, b) => a + b, 0);
    const along = (f: number): { p: Vec3; d: Vec3 } => {
      let rest = f * total;
      for (let i = 0; i < lengths.length; i++) {
        const [a, b] = [points[i]!, points[i + 1]!];
        if (rest <= lengths[i]! || i === lengths.length - 1)
          return { p: lerp(a, b, Math.min(1, rest / lengths[i]!)), d: normalize(sub(b, a)) };
        rest -= lengths[i]!;
      }
      throw new Error('unreachable');
    };
    // a section of the mesh square to the course (only the part near it), its width and thickness
    const at = (f: number) => {
      const { p, d } = along(f);
      const pts = section(m, p, d).filter((q) => dist(q, p) < 0.02);
      return { p, d, ...sectionShape(pts, d) };
    };
    // length: LaPrade et al. 2007, 94.8 mm between the centres of its femoral and distal tibial attachments
    // (read on the mesh: its vertices within 1 mm of each bone); the distal one 61.2 mm below the joint line
    // (Liu et al. 2010: 62.4 mm)
    const mean = (v: Vec3[]): Vec3 =>
      scale(
        v.reduce<Vec3>((s, q) => add(s, q), [0, 0, 0]),
        1 / v.length,
      );
    const onFemur = mean(footprint(m, femur, points[0]!, 0.012));
    const onTibia = mean(footprint(m, tibia, points.at(-1)!, 0.03));
    expect(dist(onFemur, onTibia)).toBeGreaterThan(0.0948 * 0.95);
    expect(dist(onFemur, onTibia)).toBeLessThan(0.0948 * 1.05);
    expect(plateau - onTibia[1]).toBeGreaterThan(0.0612 - 0.003);
    expect(plateau - onTibia[1]).toBeLessThan(0.0612 + 0.003);
    // its distal insertion is long (Liu et al. 2010: 348.6 mm2 on the tibia, 79.7 mm2 on the femur)
    const tibialArea = footprintArea(m, tibia, points.at(-1)!, 0.03);
    expect(tibialArea).toBeGreaterThan(348.6 * 0.6);
    expect(tibialArea).toBeLessThan(348.6 * 1.4);
    // width: ~1 cm at the femur (Liu's 79.7 mm2), broadening down the tibia
    const [high, joint, low] = [at(0.15), at(0.4), at(0.8)];
    expect(high.width).toBeGreaterThan(0.008);
    expect(high.width).toBeLessThan(0.0115);
    expect(joint.width).toBeGreaterThan(0.009);
    expect(low.width).toBeGreaterThan(1.2 * high.width);
    expect(low.width).toBeLessThan(0.017);
    // thickness: a few mm, flat (width over 3 times it), thinning as it broadens (about as many fibres in
    // each section: width x thickness within 25 %)
    for (const s of [high, joint, low]) {
      expect(s.thick).toBeGreaterThan(0.0015);
      expect(s.thick).toBeLessThan(0.0045);
      expect(s.width / s.thick).toBeGreaterThan(3);
    }
    expect(low.thick).toBeLessThan(0.85 * high.thick);
    expect((low.width * low.thick) / (high.width * high.thick)).toBeGreaterThan(0.8);
    expect((low.width * low.thick) / (high.width * high.thick)).toBeLessThan(1.25);
    // rounded edges: at 85 % of its half width the band keeps under 75 % of its middle's thickness (a box
    // with rounded corners, or a stadium, keeps ~90-100 %), read from the field across the sections
    const field = medialCollateralSdf();
    for (const s of [high, joint, low]) {
      const minor = cross(s.d, s.major);
      const thickAt = (a: number) => {
        let n = 0;
        for (let b = -0.006; b <= 0.006; b += 0.0001)
          if (field(...add(add(s.p, scale(s.major, a)), scale(minor, b))) < 0) n++;
        return n * 0.0001;
      };
      // the middle of the section (the path point may lie off its centre)
      let [mid, best] = [0, 0];
      for (let a = -0.004; a <= 0.004; a += 0.0005) if (thickAt(a) > best) [mid, best] = [a, thickAt(a)];
      let [lo, hi] = [mid, mid];
      while (thickAt(lo - 0.0002) > 0) lo -= 0.0002;
      while (thickAt(hi + 0.0002) > 0) hi += 0.0002;
      const [c, half] = [(lo + hi) / 2, (hi - lo) / 2];
      expect(thickAt(c - 0.85 * half)).toBeLessThan(0.75 * thickAt(c));
      expect(thickAt(c + 0.85 * half)).toBeLessThan(0.75 * thickAt(c));
      // and flat over its middle: 90 % of the thickness or more at a third of its half width
      expect(thickAt(c + half / 3)).toBeGreaterThan(0.9 * thickAt(c));
    }
  });

  it('the tibial collateral ligament runs in one smooth course from femur to tibia, without a crease', () => {
    const m = part('medial_collateral_ligament');
    // its medial face (the one seen; the deep face lies on the capsule and sinks into the tibia)
    const medial = (y: number, z: number): number => Math.min(...crossingsAlongX(m, y, z));
    // down the middle of the band: z of its course at each height (it runs nearly vertically)
    const { points } = medialCollateralBand();
    const zAt = (y: number): number => {
      for (let i = 0; i + 1 < points.length; i++) {
        const [a, b] = [points[i]!, points[i + 1]!];
        if ((y - a[1]) * (y - b[1]) <= 0) return a[2] + ((b[2] - a[2]) * (y - a[1])) / (b[1] - a[1]);
      }
      throw new Error(`no course at ${y}`);
    };
    const x = (y: number): number => medial(y, zAt(y));
    const [top, bottom] = [points[0]![1], points.at(-1)![1]];
    // how far the face turns between the 4 mm above and the 4 mm below each level from 6 mm under its
    // femoral end to 8 mm over its tibial one (its rounded ends left out): where straight pieces met it turned
    // by 21 deg at the joint line and by 19 deg 45 mm below it
    let worst = 0;
    for (let c = top - 0.006; c >= bottom + 0.008; c -= 0.002) {
      const below = (x(c) - x(c - 0.004)) / 0.004;
      const above = (x(c + 0.004) - x(c)) / 0.004;
      worst = Math.max(worst, Math.abs(Math.atan(above) - Math.atan(below)));
    }
    expect((worst * 180) / Math.PI).toBeLessThan(15);
  });

  it('the tibial collateral ligament lies on the femur at its attachment, not cut by it', () => {
    // sunk half its thickness into the bone along its first centimetres, the band met the femur's surface at a
    // shallow angle over ~1 cm, in a ragged line at close range (mcl-medial)
    const m = part('medial_collateral_ligament');
    const femur = boneSdf('femur');
    const from = medialCollateralBand().points[0]!;
    const near = vertices(m).filter((v) => dist(v, from) < 0.015);
    const deepest = Math.max(...near.map((v) => -femur(...v)));
    expect(deepest, `deepest vertex ${(deepest * 1000).toFixed(2)} mm inside the femur`).toBeLessThan(0.001);
    // and it still lies on it: its deep face within 1 mm of the bone over the epicondyle's bulge (35 mm2; the
    // fibres' insertion into the bone, 79.7 mm2 in Liu et al. 2010, is not drawn)
    const area = footprintArea(m, femur, from);
    expect(area, `femoral footprint ${area.toFixed(0)} mm2`).toBeGreaterThan(25);
  });

  it('deep MCL: from below and behind the epicondyle under the tibial collateral ligament, widening over the meniscus onto the tibia', () => {
    const m = part('deep_medial_collateral_ligament');
    const v = vertices(m);
    const femur = boneSdf('femur');
    const tibia = boneSdf('tibia');
    const me = L('medial_epicondyle');
    const pc = L('tibial_plateau_centre');
    const centre = (pts: Vec3[]): Vec3 =>
      scale(
        pts.reduce<Vec3>((a, p) => add(a, p), [0, 0, 0]),
        1 / pts.length,
      );
    // femoral attachment 6 mm distal and 5 mm posterior to the epicondyle (Athwal et al. 2020), read as the
    // centre of its vertices within 1 mm of the femur
    const onFemur = centre(v.filter((p) => Math.abs(femur(...p)) < 0.001 && p[1] > pc[1] + 0.01));
    expect(me[1] - onFemur[1], 'femoral attachment below the epicondyle').toBeGreaterThan(0.003);
    expect(me[1] - onFemur[1]).toBeLessThan(0.01);
    expect(me[2] - onFemur[2], 'femoral attachment behind the epicondyle').toBeGreaterThan(0.002);
    expect(me[2] - onFemur[2]).toBeLessThan(0.009);
    // tibial attachment 8 mm (Athwal et al. 2020), its centre 6.5 mm (Liu et al. 2010), below the plateau
    const onTibia = centre(v.filter((p) => Math.abs(tibia(...p)) < 0.001 && p[1] < pc[1] - 0.002));
    expect(pc[1] - onTibia[1], 'tibial attachment below the plateau').toBeGreaterThan(0.004);
    expect(pc[1] - onTibia[1]).toBeLessThan(0.011);
    // the meniscotibial part wider than the meniscofemoral (Liu et al.: ~1.7 times)
    const widthAt = (y: number): number => {
      const z = v.filter((p) => Math.abs(p[1] - y) < 0.001).map((p) => p[2]);
      return Math.max(...z) - Math.min(...z);
    };
    const [upper, lower] = [widthAt(pc[1] + 0.014), widthAt(pc[1] - 0.005)];
    expect(
      lower / upper,
      `widths ${(upper * 1000).toFixed(1)} -> ${(lower * 1000).toFixed(1)} mm`,
    ).toBeGreaterThan(1.4);
    // under the tibial collateral ligament: none of it in that band, and where both cross a line from the
    // medial side over the joint, the superficial band's deep face lies medial of the deep one's medial face
    const mcl = medialCollateralSdf();
    const clearance = Math.min(...v.map((p) => mcl(...p)));
    expect(clearance, `${(clearance * 1000).toFixed(2)} mm from the superficial MCL`).toBeGreaterThan(0);
    const superficial = part('medial_collateral_ligament');
    let under = 0;
    for (const y of [pc[1] + 0.012, pc[1] + 0.006, pc[1]])
      for (const z of [me[2] - 0.004, me[2] - 0.002, me[2]]) {
        const deep = crossingsAlongX(m, y, z);
        const over = crossingsAlongX(superficial, y, z);
        if (deep.length === 0 || over.length === 0) continue;
        expect(Math.max(...over), `at y ${y.toFixed(3)}, z ${z.toFixed(3)}`).toBeLessThanOrEqual(
          Math.min(...deep),
        );
        under++;
      }
    expect(under, 'lines crossing both bands').toBeGreaterThan(3);
  });

  it('posterior oblique ligament: from behind the adductor tubercle down the posteromedial capsule to the tibia, behind the MCL', () => {
    // LaPrade et al. 2007 (J Bone Joint Surg Am 89:2000): its femoral attachment 7.7 mm distal and 6.4 mm
    // posterior to the adductor tubercle; Athwal et al. 2020 (Knee Surg Sports Traumatol Arthrosc 28:3709):
    // 4 mm proximal and 11 mm posterior to the medial epicondyle, its tibial one 5 mm below the plateau,
    // behind the deep MCL; Casp et al. 2023 (Orthop J Sports Med 11(6)): 6.6 mm proximal and 15.4 mm
    // posterior to the epicondyle. Read on the mesh: its vertices within 1 mm of each bone near each end
    const m = part('posterior_oblique_ligament');
    const femur = boneSdf('femur');
    const tibia = boneSdf('tibia');
    const me = L('medial_epicondyle');
    const at = A('adductor_tubercle');
    const plateau = L('tibial_plateau_centre');
    const { points } = posteriorObliqueBand();
    const [first, last] = [points[0]!, points.at(-1)!];
    const mean = (v: Vec3[]): Vec3 =>
      scale(
        v.reduce<Vec3>((s, q) => add(s, q), [0, 0, 0]),
        1 / v.length,
      );
    // the central arm's vertices: nearer its band than the superficial arm's
    const [centralField, armField] = [
      pathBand(posteriorObliqueBand()),
      pathBand(posteriorObliqueSuperficialArm()),
    ];
    const central = (q: Vec3) => centralField(...q) <= armField(...q);
    const fp = footprint(m, femur, first, 0.01);
    const tp = footprint(m, tibia, last, 0.01).filter(central);
    expect(fp.length).toBeGreaterThan(3);
    expect(tp.length).toBeGreaterThan(3);
    const [onFemur, onTibia] = [mean(fp), mean(tp)];
    // femoral end: above and behind the epicondyle (Athwal 4 / 11 mm, Casp 6.6 / 15.4 mm), below and behind
    // the adductor tubercle (LaPrade: 7.7 / 6.4 mm; this model's tubercle lies 22 mm above the epicondyle)
    expect(onFemur[1] - me[1]).toBeGreaterThan(0.003);
    expect(onFemur[1] - me[1]).toBeLessThan(0.012);
    expect(me[2] - onFemur[2]).toBeGreaterThan(0.009);
    expect(me[2] - onFemur[2]).toBeLessThan(0.016);
    expect(at[1] - onFemur[1]).toBeGreaterThan(0.005);
    expect(at[2] - onFemur[2]).toBeGreaterThan(0.003);
    expect(dist(onFemur, at)).toBeLessThan(0.02);
    // behind and above the superficial MCL's femoral attachment
    const mcl = part('medial_collateral_ligament');
    const mclPoints = medialCollateralBand().points;
    const mclOnFemur = mean(footprint(mcl, femur, mclPoints[0]!, 0.012));
    expect(mclOnFemur[2] - onFemur[2]).toBeGreaterThan(0.005);
    expect(onFemur[1]).toBeGreaterThan(mclOnFemur[1]);
    // tibial end: on the posteromedial tibia below the joint line (Athwal: 5 mm below the plateau), medial
    expect(plateau[1] - onTibia[1]).toBeGreaterThan(0.004);
    expect(plateau[1] - onTibia[1]).toBeLessThan(0.015);
    expect(onTibia[0]).toBeLessThan(plateau[0] - 0.025);
    expect(onTibia[2]).toBeLessThan(plateau[2] - 0.01);
    // behind the MCL at every level they share: the POL's front edge behind the MCL's middle, its middle
    // 6 mm or more behind the MCL's
    const mclV = vertices(mcl);
    const polV = vertices(m);
    for (let y = onTibia[1] + 0.004; y < onFemur[1] - 0.004; y += 0.004) {
      const zs = (v: Vec3[]) => v.filter((q) => Math.abs(q[1] - y) < 0.0015).map((q) => q[2]);
      const [a, b] = [zs(mclV), zs(polV)];
      const mid = (z: number[]) => (Math.max(...z) + Math.min(...z)) / 2;
      expect(b.length, `POL at y ${y}`).toBeGreaterThan(0);
      expect(Math.max(...b), `front edge at y ${y}`).toBeLessThan(mid(a));
      expect(mid(a) - mid(b), `at y ${y}`).toBeGreaterThan(0.006);
    }
    // obliquely down and back (LaPrade et al. 2007; Gray's): its tibial footprint well behind the tibial
    // collateral ligament's. Casp et al. 2023 put the centre of its tibial attachment 21.4 mm (95 % CI
    // 18.1-24.6) behind the centre of the deep MCL's, and 28.6 mm (24.4-32.8) behind the superficial MCL's
    // tibial attachment; the model draws no deep MCL, which lies under the superficial one's proximal part
    // (LaPrade et al. 2007), so it is read against the tibial collateral ligament's middle at the footprint's
    // height. Where semimembranosus' tendon ran down the capsule just behind it, its tibial end lay 11.9 mm
    // behind that, its course within 2 deg of the vertical
    const mclMid = (y: number): number => {
      const z = mclV.filter((q) => Math.abs(q[1] - y) < 0.0015).map((q) => q[2]);
      return (Math.max(...z) + Math.min(...z)) / 2;
    };
    expect(mclMid(onTibia[1]) - onTibia[2]).toBeGreaterThan(0.0181);
    expect(mclMid(onTibia[1]) - onTibia[2]).toBeLessThan(0.0246);
    // the line between its footprints' centres, seen from the medial side, leans back by over 10 deg: Casp's
    // footprints (15.4 mm behind the epicondyle on the femur, 21.4 behind the deep MCL's on the tibia) lean
    // 8-20 deg on this knee, according as the deep or the superficial MCL's attachment is read (its
    // epicondyle 32 mm above the plateau, the tibial collateral ligament within 2 mm of the vertical)
    const lean = (Math.atan2(onFemur[2] - onTibia[2], onFemur[1] - onTibia[1]) * 180) / Math.PI;
    expect(lean).toBeGreaterThan(10);
    expect(lean).toBeLessThan(25);
    // and its middle steps back at every level on the way down, not only at its end
    let above = Infinity;
    for (let y = onFemur[1] - 0.004; y > onTibia[1] + 0.002; y -= 0.006) {
      const z = polV.filter((q) => Math.abs(q[1] - y) < 0.0015).map((q) => q[2]);
      const middle = (Math.max(...z) + Math.min(...z)) / 2;
      expect(middle, `middle at y ${y}`).toBeLessThan(above);
      above = middle;
    }
    // semimembranosus' direct arm inserts behind it on the posterior medial tibial condyle, its centre 12.1
    // mm (9.2-14.9) below the joint line (LaPrade et al. 2007), the band in front of its tendon; read as the
    // muscle's vertices within 2 mm of the tibia below the plateau near the POL's end (a muscle's end ring
    // lies 1.5 mm off its bone)
    // (its anterior arm, which runs forward from there on the tibia, left out)
    const sm = soft.find((x) => x.name === nodeName('semimembranosus', 'left'))!;
    const smArm = semimembranosusAnteriorArmSdf();
    const smEnd = vertices(sm).filter(
      (q) =>
        Math.abs(tibia(...q)) < 0.002 && q[1] < plateau[1] && dist(q, onTibia) < 0.02 && smArm(...q) > 0.001,
    );
    expect(smEnd.length).toBeGreaterThan(3);
    const smOnTibia = mean(smEnd);
    expect(onTibia[2] - smOnTibia[2]).toBeGreaterThan(0.003);
    expect(plateau[1] - smOnTibia[1]).toBeGreaterThan(0.0092);
    expect(plateau[1] - smOnTibia[1]).toBeLessThan(0.0149);
    // its superficial arm leaves the central arm below the joint line and runs down and forward over the
    // tibia along the line of semimembranosus' anterior arm (8.9-16.8 mm below the joint line: Kikuchi et al.
    // 2025) to the tibial collateral ligament's posterior border, with which it blends (LaPrade et al. 2007)
    const arm = polV.filter((q) => !central(q));
    expect(arm.length).toBeGreaterThan(20);
    expect(Math.min(...arm.map((q) => centralField(...q)))).toBeLessThan(0.001);
    const armLow = arm.reduce((a, q) => (q[1] < a[1] ? q : a));
    expect(plateau[1] - armLow[1]).toBeGreaterThan(0.015);
    expect(plateau[1] - armLow[1]).toBeLessThan(0.025);
    const armFront = Math.max(...arm.map((q) => q[2]));
    const mclBack = Math.min(...mclV.filter((q) => Math.abs(q[1] - armLow[1]) < 0.002).map((q) => q[2]));
    expect(Math.abs(armFront - mclBack)).toBeLessThan(0.0025);
    expect(armFront).toBeGreaterThan(onTibia[2] + 0.01);
    // its size: ~5 cm between its footprints, a thin band fanning from ~6 mm at the femur to ~1 cm
    expect(dist(onFemur, onTibia)).toBeGreaterThan(0.04);
    expect(dist(onFemur, onTibia)).toBeLessThan(0.06);
    const sectionAt = (f: number) => {
      const i = Math.round(f * (points.length - 1));
      const d = normalize(sub(points[Math.min(i + 1, points.length - 1)]!, points[Math.max(i - 1, 0)]!));
      const pts = section(m, points[i]!, d).filter((q) => dist(q, points[i]!) < 0.012);
      return sectionShape(pts, d);
    };
    const [high, low] = [sectionAt(0.15), sectionAt(0.7)];
    expect(high.width).toBeGreaterThan(0.004);
    expect(low.width).toBeGreaterThan(0.009);
    expect(low.width).toBeGreaterThan(1.4 * high.width);
    for (const s of [high, low]) {
      expect(s.thick).toBeGreaterThan(0.0008);
      expect(s.thick).toBeLessThan(0.0025);
    }
    // out of the bones between its ends (within 0.3 mm), off the medial meniscus, lean
    const inner = polV.filter((q) => dist(q, first) > 0.006 && dist(q, last) > 0.006);
    expect(Math.min(...inner.map((q) => Math.min(femur(...q), tibia(...q))))).toBeGreaterThan(-0.0003);
    const meniscus = vertices(part('medial_meniscus'));
    expect(Math.min(...polV.map((q) => Math.min(...meniscus.map((p) => dist(p, q)))))).toBeGreaterThan(0.001);
    expect(m.indices.length / 3).toBeLessThanOrEqual(POL_TRIANGLES);
    // clear of the muscles round the posteromedial corner: no vertex of semimembranosus (whose insertion lies
    // behind its tibial end), of gastrocnemius' medial head (whose origin lies behind its femoral end), or of
    // the pes anserinus tendons (which pass over it, soft/index.ts: pesAnserinusBedSdf) lies in it
    const field = posteriorObliqueSdf();
    for (const id of [
      'semimembranosus',
      'gastrocnemius',
      'sartorius',
      'gracilis',
      'semitendinosus',
    ] as const) {
      const muscle = soft.find((x) => x.name === nodeName(id, 'left'))!;
      const deepest = Math.min(...vertices(muscle).map((q) => field(...q)));
      expect(deepest, id).toBeGreaterThan(0);
    }
  });

  it("oblique popliteal ligament: from semimembranosus' tendon obliquely up and lateral over the back of the capsule to the lateral femoral condyle, behind the PCL", async () => {
    // Gray's; Moore: an expansion of semimembranosus' tendon from near its insertion on the back of the medial
    // tibial condyle, upward and laterally over the posterior capsule, with which it blends, to the back of
    // the lateral femoral condyle; part of the floor of the popliteal fossa, the popliteal vessels and the
    // tibial nerve behind it. Hedderwick et al. 2017 (Surg Radiol Anat 39(9)): it attaches laterally at the
    // medial margin of the lateral femoral condyle; 43.6 +/- 6.2 mm from side to side in dissection (57.6 on
    // MRI). Wu et al. 2017 (Sci Rep 7:42698): 39.5 mm long, 22.6 wide, 1.44 thick. Before it was drawn there
    // was nothing on the back of the capsule (the test fails on the old model: no mesh)
    const m = part('oblique_popliteal_ligament');
    expect(m, 'an oblique popliteal ligament mesh').toBeDefined();
    const v = vertices(m);
    const femur = boneSdf('femur');
    const tibia = boneSdf('tibia');
    const plateau = L('tibial_plateau_centre');
    const { points, halfThicks } = obliquePoplitealBand();
    const [first, last] = [points[0]!, points.at(-1)!];
    const mean = (q: Vec3[]): Vec3 =>
      scale(
        q.reduce<Vec3>((s, p) => add(s, p), [0, 0, 0]),
        1 / q.length,
      );
    const mm = (x: number) => (x * 1000).toFixed(1);
    // its ends: its vertices within 6 mm of the first and last points of its course
    const medialEnd = mean(v.filter((q) => dist(q, first) < 0.006));
    const lateralEnd = mean(v.filter((q) => dist(q, last) < 0.006));
    // medial end: beside semimembranosus' tendon (within 3 mm of its vertices) near its insertion, at the
    // joint line, behind the tibia's medial condyle
    const sm = vertices(soft.find((x) => x.name === nodeName('semimembranosus', 'left'))!);
    const nearMedial = v.filter((q) => dist(q, first) < 0.008);
    const toTendon = Math.min(...nearMedial.map((q) => Math.min(...sm.map((p) => dist(p, q)))));
    expect(toTendon, `medial end to semimembranosus' tendon ${mm(toTendon)} mm`).toBeLessThan(0.003);
    // (the direct arm's: its anterior arm, forward on the tibia, left out)
    const smArm = semimembranosusAnteriorArmSdf();
    const smInsertion = mean(
      sm.filter((q) => Math.abs(tibia(...q)) < 0.002 && q[1] < plateau[1] && smArm(...q) > 0.001),
    );
    expect(
      dist(medialEnd, smInsertion),
      `from the tendon's insertion ${mm(dist(medialEnd, smInsertion))} mm`,
    ).toBeLessThan(0.02);
    expect(medialEnd[0]).toBeLessThan(plateau[0] - 0.015);
    expect(Math.abs(medialEnd[1] - plateau[1])).toBeLessThan(0.008);
    // lateral end: on the back of the lateral femoral condyle at the medial margin of its back (Hedderwick),
    // sunk into it (its vertices within 1 mm of the femur), above the joint line
    const onFemur = footprint(m, femur, last, 0.008);
    expect(onFemur.length).toBeGreaterThan(3);
    const lateral = mean(onFemur);
    expect(lateral[0], `lateral end x ${mm(lateral[0])}`).toBeGreaterThan(plateau[0] + 0.01);
    expect(
      lateral[1] - plateau[1],
      `lateral end ${mm(lateral[1] - plateau[1])} mm above the plateau`,
    ).toBeGreaterThan(0.02);
    expect(lateral[2], `lateral end z ${mm(lateral[2])}`).toBeLessThan(plateau[2] - 0.03);
    // the back of the lateral condyle: behind its own front, lateral of the intercondylar fossa's middle
    expect(tibia(...lateral)).toBeGreaterThan(0.02);
    // rising laterally at an oblique angle, seen from behind (the line between its ends), and its length
    const rise = (Math.atan2(lateralEnd[1] - medialEnd[1], lateralEnd[0] - medialEnd[0]) * 180) / Math.PI;
    expect(rise, `rise ${rise.toFixed(1)} deg`).toBeGreaterThan(30);
    expect(rise, `rise ${rise.toFixed(1)} deg`).toBeLessThan(55);
    const span = lateralEnd[0] - medialEnd[0];
    expect(span, `side to side ${mm(span)} mm`).toBeGreaterThan(0.03);
    expect(dist(medialEnd, lateralEnd), `end to end ${mm(dist(medialEnd, lateralEnd))} mm`).toBeLessThan(
      0.06,
    );
    // a flat sheet as broad as Wu's (22.6 mm) where it crosses the back of the capsule between the condyles, its
    // thickness as Wu's: the widest of its sections square to its course 19-26 mm across (it was one band
    // ~12 mm wide), the middle one over 15 mm, all 1-2.5 mm thick
    const shapeAt = (i: number) => {
      const d = normalize(sub(points[i + 1]!, points[i - 1]!));
      return sectionShape(
        section(m, points[i]!, d).filter((q) => dist(q, points[i]!) < 0.015),
        d,
      );
    };
    const mid = Math.round(points.length / 2);
    const shapes = points.slice(2, -2).map((_, k) => shapeAt(k + 2));
    const widest = Math.max(...shapes.map((x) => x.width));
    expect(widest, `widest ${mm(widest)} mm`).toBeGreaterThan(0.019);
    expect(widest, `widest ${mm(widest)} mm`).toBeLessThan(0.026);
    const shape = shapeAt(mid);
    expect(shape.width, `width ${mm(shape.width)} mm`).toBeGreaterThan(0.015);
    for (const x of shapes) {
      expect(x.thick, `thickness ${mm(x.thick)} mm`).toBeGreaterThan(0.001);
      expect(x.thick, `thickness ${mm(x.thick)} mm`).toBeLessThan(0.0025);
    }
    // behind the posterior cruciate ligament: wherever the two overlap seen from behind (within 3 mm), the
    // band lies 3 mm or more behind it
    const pcl = vertices(part('posterior_cruciate_ligament'));
    let behind = Infinity;
    for (const q of v)
      for (const p of pcl)
        if (Math.hypot(q[0] - p[0], q[1] - p[1]) < 0.003) behind = Math.min(behind, p[2] - q[2]);
    expect(behind, `behind the PCL by ${mm(behind)} mm`).toBeGreaterThan(0.003);
    // off the bones and the capsule: its course's deep face 1-4.5 mm off the surface it is laid on (femur,
    // tibia, capsule) between its ends (the last 5 mm at each end sinks into the bone or meets the tendon; the
    // broad flat sheet spans the hollow between the capsule band's lower edge and the tibia, and the top of the
    // fossa's opening, 4.3 mm at most; the ~12 mm band, 3.8), and none of its vertices in a bone there
    const surface = posteriorKneeSurface();
    let [lo, hi] = [Infinity, -Infinity];
    points.forEach((p, i) => {
      if (dist(p, first) < 0.005 || dist(p, last) < 0.005) return;
      const gap = surface(...p) - halfThicks[i]!;
      [lo, hi] = [Math.min(lo, gap), Math.max(hi, gap)];
    });
    expect(lo, `deep face ${mm(lo)}-${mm(hi)} mm off the surface`).toBeGreaterThan(0.001);
    expect(hi, `deep face ${mm(lo)}-${mm(hi)} mm off the surface`).toBeLessThan(0.0045);
    const inner = v.filter((q) => dist(q, first) > 0.006 && dist(q, last) > 0.006);
    const boneGap = Math.min(...inner.map((q) => Math.min(femur(...q), tibia(...q))));
    expect(boneGap, `inner vertices ${mm(boneGap)} mm off the bones`).toBeGreaterThan(0.001);
    expect(m.indices.length / 3).toBeLessThanOrEqual(OPL_TRIANGLES);
    // no other structure in it: no vertex of a muscle, tendon or nerve, nor of the other knee parts or the
    // capsule, lies inside its field; and the nerves that cross the fossa behind it (the tibial nerve and the
    // sural nerve's start) pass clear of it, their tubes' surfaces 1 mm or more from its vertices (at rho
    // 0.4 the tibial nerve ran through the capsule's back where it lies)
    const field = obliquePoplitealSdf();
    const capsule = (await meshJoints()).find((x) => x.name === nodeName('knee_joint', 'left'))!;
    const others = [
      ...soft.filter((x) => x.name.endsWith('_l') && x.kind !== 'skin'),
      ...[...parts.values()].filter((x) => x !== m),
      capsule,
    ];
    for (const o of others) {
      const deepest = Math.min(...vertices(o).map((q) => field(...q)));
      expect(deepest, o.name).toBeGreaterThan(0);
    }
    for (const id of ['tibial_nerve', 'sural_nerve'] as const) {
      const spec = nerveSpecs().find((n) => n.id === id)!;
      const part0 = spec.parts[0]!;
      // the tube is built round straight pieces between its rings
      const path = nervePath(part0, spec.fine);
      const toPath = (q: Vec3): number => {
        let best = Infinity;
        for (let i = 0; i + 1 < path.length; i++) {
          const [a, b] = [path[i]!, path[i + 1]!];
          const ab = sub(b, a);
          const t = Math.min(1, Math.max(0, dot(sub(q, a), ab) / dot(ab, ab)));
          best = Math.min(best, dist(q, add(a, scale(ab, t))));
        }
        return best;
      };
      const r = Math.max(part0.r0, part0.r1);
      const clear = Math.min(...v.map(toPath)) - r;
      expect(clear, `${id} ${mm(clear)} mm clear`).toBeGreaterThan(0.001);
    }
  });

  it("semimembranosus' anterior arm: a flat tendon forward from its direct arm on the tibia, deep to the tibial collateral ligament, 8.9-16.8 mm below the joint line", () => {
    // Kikuchi et al. 2025 (J Exp Orthop, doi 10.1002/jeo2.70530; 22 knees): the anterior arm's margins 8.9 +/-
    // 1.5 and 16.8 +/- 1.5 mm below the joint line, deep to the superficial MCL (LaPrade et al. 2007: deep to
    // its proximal tibial attachment). It is part of the muscle's tendon, so part of semimembranosus' mesh.
    // Before it was drawn, no part of that mesh lay under the ligament (the test fails on the old mesh)
    const sm = soft.find((x) => x.name === nodeName('semimembranosus', 'left'))!;
    const smV = vertices(sm);
    const mcl = part('medial_collateral_ligament');
    const mclV = vertices(mcl);
    const tibia = boneSdf('tibia');
    const plateau = L('tibial_plateau_centre');
    const mm = (x: number) => (x * 1000).toFixed(1);
    // the arm: the muscle's vertices within 1 mm of its course (kneeParts.ts), all on the tibia (within 3 mm
    // of it, none more than 0.5 mm in it) but at its back end, which lies in the tendon it leaves (forward of
    // its first 2 mm, z)
    const course = semimembranosusAnteriorArmSdf();
    const start = semimembranosusAnteriorArm().points[0]!;
    const along = smV.filter((q) => course(...q) < 0.001);
    const arm = along.filter((q) => q[2] > start[2] + 0.002);
    expect(arm.length, 'vertices along its course').toBeGreaterThan(20);
    const [nearest, farthest] = [
      Math.min(...arm.map((q) => tibia(...q))),
      Math.max(...arm.map((q) => tibia(...q))),
    ];
    expect(nearest, `deepest vertex ${mm(-nearest)} mm in the tibia`).toBeGreaterThan(-0.0005);
    expect(farthest, `farthest vertex ${mm(farthest)} mm off the tibia`).toBeLessThan(0.003);
    // between the published levels (+/- 1.5 mm), ~8 mm from margin to margin
    const [top, bottom] = [
      plateau[1] - Math.max(...arm.map((q) => q[1])),
      plateau[1] - Math.min(...arm.map((q) => q[1])),
    ];
    expect(top, `upper margin ${mm(top)} mm below the joint line`).toBeGreaterThan(0.0074);
    expect(top, `upper margin ${mm(top)} mm below the joint line`).toBeLessThan(0.0104);
    expect(bottom, `lower margin ${mm(bottom)} mm below the joint line`).toBeGreaterThan(0.0153);
    expect(bottom, `lower margin ${mm(bottom)} mm below the joint line`).toBeLessThan(0.0183);
    // deep to the ligament over its levels: lines from the medial side (+x, into the bone) through the
    // ligament's posterior half at three levels between the margins (and its middle at the arm's middle level)
    // meet the ligament, then the arm, then the bone; the arm 0.8-2.2 mm thick there, its deep face on the bone
    // (within 1 mm of it, none in it)
    let front = -Infinity;
    for (const dy of [0.0105, 0.0129, 0.0153]) {
      const y = plateau[1] - dy;
      const level = mclV.filter((q) => Math.abs(q[1] - y) < 0.0015).map((q) => q[2]);
      const [back, middle] = [Math.min(...level), (Math.min(...level) + Math.max(...level)) / 2];
      front = Math.max(front, middle);
      for (const z of dy === 0.0129
        ? [back + 0.0015, (back + middle) / 2, middle]
        : [back + 0.0015, (back + middle) / 2]) {
        const at = `${mm(dy)} mm down, z ${mm(z)}`;
        const lig = crossingsAlongX(mcl, y, z);
        const tendon = crossingsAlongX(sm, y, z);
        expect(lig.length, `ligament at ${at}`).toBeGreaterThanOrEqual(2);
        expect(tendon.length, `arm at ${at}`).toBeGreaterThanOrEqual(2);
        const [armIn, armOut] = [Math.min(...tendon), Math.max(...tendon)];
        expect(Math.max(...lig), `ligament medial of the arm at ${at}`).toBeLessThan(armIn);
        expect(armOut - armIn, `thickness at ${at}`).toBeGreaterThan(0.0008);
        expect(armOut - armIn, `thickness at ${at}`).toBeLessThan(0.0022);
        let bone = armIn;
        while (tibia(bone, y, z) > 0) bone += 0.00005;
        expect(bone - armOut, `deep face off the bone at ${at}`).toBeGreaterThan(0);
        expect(bone - armOut, `deep face off the bone at ${at}`).toBeLessThan(0.001);
      }
    }
    // forward from the direct arm: its back end beside the rest of the tendon (within 4 mm of its vertices,
    // where the direct arm enters the bone), and continuous from there to under the ligament's middle, every 2
    // mm of the way
    const direct = smV.filter((q) => course(...q) > 0.002);
    const back = along.reduce((a, q) => (q[2] < a[2] ? q : a));
    const joined = Math.min(...direct.map((q) => dist(q, back)));
    expect(joined, `joined to the direct arm ${mm(joined)} mm`).toBeLessThan(0.004);
    for (let z = back[2]; z < front; z += 0.002)
      expect(
        along.some((q) => Math.abs(q[2] - z) < 0.0015),
        `arm at z ${mm(z)}`,
      ).toBe(true);
    // no vertex of the muscle in the ligament
    const field = medialCollateralSdf();
    const deepest = Math.min(...smV.map((q) => field(...q)));
    expect(deepest, `nearest vertex ${mm(deepest)} mm off the ligament`).toBeGreaterThan(0);
  });

  it('the pes anserinus tendons pass over the tibial collateral ligament, the anserine bursa between them', () => {
    // Gray's; Moore: the pes anserinus lies superficial to the distal tibial collateral ligament, the
    // anserine bursa between them. Lofted without knowing the ligament, 31, 24 and 29 vertices of sartorius,
    // gracilis and semitendinosus lay inside it or under it (up to 6.1, 4.5 and 6.6 mm lateral of its medial
    // face), and 6, 2 and 3 inside the bursa (up to 2.1 mm)
    const mcl = part('medial_collateral_ligament');
    const bursa = part('pes_anserine_bursa');
    const box = (m: MeshData) => {
      const v = vertices(m);
      return [0, 1, 2].map((k) => [Math.min(...v.map((q) => q[k]!)), Math.max(...v.map((q) => q[k]!))]);
    };
    const [mclBox, bursaBox] = [box(mcl), box(bursa)];
    const within = (q: Vec3, b: number[][]) => q.every((x, k) => x >= b[k]![0]! && x <= b[k]![1]!);
    for (const id of ['sartorius', 'gracilis', 'semitendinosus'] as const) {
      const tendon = soft.find((m) => m.name === nodeName(id, 'left'))!;
      let [under, inBursa] = [0, 0];
      for (const q of vertices(tendon)) {
        // how far lateral of the ligament's medial face it lies, where the line along x through it meets it
        if (within(q, mclBox)) {
          const xs = crossingsAlongX(mcl, q[1], q[2]);
          if (xs.length > 0) under = Math.max(under, q[0] - Math.min(...xs));
        }
        // how deep inside the bursa (an odd number of its crossings lie beyond it), read along x
        if (within(q, bursaBox)) {
          const xs = crossingsAlongX(bursa, q[1], q[2]);
          if (xs.filter((x) => x > q[0]).length % 2 === 1)
            inBursa = Math.max(inBursa, Math.min(...xs.map((x) => Math.abs(x - q[0]))));
        }
      }
      expect(under, `${id} under the ligament`).toBeLessThan(0.001);
      expect(inBursa, `${id} in the bursa`).toBeLessThan(0.001);
    }
  });

  it('menisci: on the tibial plateau under the condyles, the medial a bigger open C, the lateral nearly a ring', () => {
    const femur = boneSdf('femur');
    const tibia = boneSdf('tibia');
    const pc = L('tibial_plateau_centre');
    const openAngle = (m: MeshData) => {
      // the widest empty sector of directions round the meniscus's centre (its opening between the horns)
      const c = centroid(m);
      const bins = new Array<boolean>(72).fill(false);
      const c0 = [m === part('medial_meniscus') ? pc[0] - 0.0195 : pc[0] + 0.0195, c[2]] as const;
      for (const v of vertices(m)) {
        const a = Math.atan2(v[2] - c0[1], v[0] - c0[0]);
        bins[Math.floor(((a + Math.PI) / (2 * Math.PI)) * 72) % 72] = true;
      }
      let best = 0;
      for (let i = 0; i < 72; i++) {
        let n = 0;
        while (n < 72 && !bins[(i + n) % 72]) n++;
        best = Math.max(best, n);
      }
      return best * 5;
    };
    for (const id of ['medial_meniscus', 'lateral_meniscus'] as const) {
      const v = vertices(part(id));
      // on the plateau: no deeper than 4.5 mm into it, its top within the joint, not in the femur
      expect(Math.min(...v.map((p) => p[1])), id).toBeGreaterThan(pc[1] - 0.0045);
      expect(Math.max(...v.map((p) => p[1])), id).toBeLessThan(pc[1] + 0.012);
      expect(Math.min(...v.map((p) => femur(...p))), id).toBeGreaterThan(-0.0005);
      // most of it rests on the tibia: its lowest points are in or on the bone
      expect(v.filter((p) => tibia(...p) < 0.001).length / v.length, id).toBeGreaterThan(0.2);
    }
    const med = vertices(part('medial_meniscus'));
    const lat = vertices(part('lateral_meniscus'));
    expect(Math.max(...med.map((p) => p[0]))).toBeLessThan(pc[0]);
    expect(Math.min(...lat.map((p) => p[0]))).toBeGreaterThan(pc[0]);
    const ap = (v: Vec3[]) => Math.max(...v.map((p) => p[2])) - Math.min(...v.map((p) => p[2]));
    expect(ap(med)).toBeGreaterThan(ap(lat));
    expect(openAngle(part('medial_meniscus'))).toBeGreaterThan(openAngle(part('lateral_meniscus')) + 20);
    expect(openAngle(part('lateral_meniscus'))).toBeLessThan(70);
  });

  it('menisci shade smoothly: neighbouring vertex normals rarely differ by more than 30 deg', () => {
    // hard creases in the section serrated the rim's top and flipped the normals there, so the front
    // faces shaded in vertical stripes (21 % and 16 % of the edges past 30 deg; now under 5 %)
    for (const id of ['medial_meniscus', 'lateral_meniscus'] as const) {
      const m = part(id);
      const n = m.normals!;
      let [steep, all] = [0, 0];
      for (let t = 0; t < m.indices.length; t += 3)
        for (let e = 0; e < 3; e++) {
          const a = 3 * m.indices[t + e]!;
          const b = 3 * m.indices[t + ((e + 1) % 3)]!;
          const c = n[a]! * n[b]! + n[a + 1]! * n[b + 1]! + n[a + 2]! * n[b + 2]!;
          all++;
          if (c < Math.cos(Math.PI / 6)) steep++;
        }
      expect(steep / all, id).toBeLessThan(0.07);
    }
  });

  it('bursae: prepatellar in front of the lower patella under the skin, anserine under the pes tendons on the tibia', () => {
    const skin = skinSdf();
    const patella = boneSdf('patella');
    for (const id of KNEE_PART_IDS)
      expect(Math.max(...vertices(part(id)).map((v) => skin(...v))), id).toBeLessThan(0);
    const pre = part('prepatellar_bursa');
    const c = centroid(pre);
    expect(Math.min(...vertices(pre).map((v) => patella(...v)))).toBeGreaterThan(0);
    expect(c[2]).toBeGreaterThan(L('patella_centre')[2] + 0.008);
    // over the lower half of the patella and the upper patellar ligament
    expect(c[1]).toBeLessThan(L('patella_centre')[1]);
    expect(c[1]).toBeGreaterThan(L('patella_apex')[1] - 0.01);

    const pes = part('pes_anserine_bursa');
    const p = centroid(pes);
    const tibia = boneSdf('tibia');
    expect(Math.min(...vertices(pes).map((v) => tibia(...v)))).toBeGreaterThan(0);
    expect(tibia(...p)).toBeLessThan(0.006);
    // below the joint line on the medial side
    expect(p[1]).toBeLessThan(L('tibial_plateau_centre')[1] - 0.02);
    expect(p[0]).toBeLessThan(L('tibial_plateau_centre')[0] - 0.01);
    // under the conjoined tendons: going out from the bone through the bursa, one of the three is met
    const tendons = ['sartorius', 'gracilis', 'semitendinosus'].map((id) =>
      soft.find((m) => m.name === nodeName(id as StructureId, 'left'))!,
    );
    const out: Vec3 = [-0.8, 0, 0.6];
    const hits = tendons.filter((m) => {
      for (const v of vertices(m)) {
        const d: Vec3 = [v[0] - p[0], v[1] - p[1], v[2] - p[2]];
        const along = d[0] * out[0] + d[1] * out[1] + d[2] * out[2];
        const off = Math.hypot(d[0] - along * out[0], d[1] - along * out[1], d[2] - along * out[2]);
        if (along > 0 && along < 0.03 && off < 0.01) return true;
      }
      return false;
    });
    expect(hits.length).toBeGreaterThan(0);
  });
});

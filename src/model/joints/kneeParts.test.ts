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
import { badEdgeCount, signedVolume } from '../kernel/mesh.ts';
import { dist } from '../kernel/vec.ts';
import { meshJoints } from './meshJoints';
import { KNEE_PART_IDS, kneeLigamentEnds, type KneePartId } from './kneeParts';
import { skinSdf } from '../soft/skin';
import { buildSoftTissue } from '../soft/index';

let parts: Map<KneePartId, MeshData>;
let soft: MeshData[];

beforeAll(async () => {
  const meshes = await meshJoints();
  parts = new Map(KNEE_PART_IDS.map((id) => [id, meshes.find((m) => m.name === nodeName(id, 'left'))!]));
  soft = await buildSoftTissue();
}, 600_000);

const vertices = (m: MeshData): Vec3[] => {
  const out: Vec3[] = [];
  for (let i = 0; i < m.positions.length; i += 3)
    out.push([m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!]);
  return out;
};
const centroid = (m: MeshData): Vec3 => {
  const v = vertices(m);
  const s = v.reduce<Vec3>((a, p) => [a[0] + p[0], a[1] + p[1], a[2] + p[2]], [0, 0, 0]);
  return [s[0] / v.length, s[1] / v.length, s[2] / v.length];
};
const nearest = (m: MeshData, p: Vec3) => Math.min(...vertices(m).map((v) => dist(v, p)));
const part = (id: KneePartId) => parts.get(id)!;

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

  it('collateral ligaments: MCL epicondyle to the tibia 6 cm below the joint, LCL epicondyle to the fibular head', () => {
    const plateau = L('tibial_plateau_centre')[1];
    const mcl = vertices(part('medial_collateral_ligament'));
    const top = Math.max(...mcl.map((v) => v[1]));
    const bottom = Math.min(...mcl.map((v) => v[1]));
    expect(nearest(part('medial_collateral_ligament'), L('medial_epicondyle'))).toBeLessThan(0.006);
    expect(top).toBeGreaterThan(L('medial_epicondyle')[1]);
    // LaPrade et al. 2007: the distal attachment ~61 mm below the joint line
    expect(plateau - bottom).toBeGreaterThan(0.055);
    expect(plateau - bottom).toBeLessThan(0.075);
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
    // free of the lateral meniscus (Gray's: the popliteus tendon passes between them)
    const lm = vertices(part('lateral_meniscus'));
    const gap = Math.min(...vertices(lcl).map((v) => Math.min(...lm.map((p) => dist(p, v)))));
    expect(gap).toBeGreaterThan(0.003);
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

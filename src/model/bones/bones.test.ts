/** Bone, disc and joint meshes are clean closed surfaces with outward normals, mirrored left/right. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeshData } from '../types.ts';
import { buildSkeleton } from '../buildModel.ts';
import { badEdgeCount, signedVolume, triangleCount } from '../kernel/mesh.ts';
import { vertexNormals } from '../kernel/mesh.ts';
import { isDeep } from '../../content/ids.ts';

let meshes: MeshData[];
beforeAll(async () => {
  meshes = await buildSkeleton();
}, 300_000);

function degenerateCount(m: MeshData): number {
  const p = m.positions;
  let bad = 0;
  for (let i = 0; i < m.indices.length; i += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => (m.indices[i + k] as number) * 3) as [number, number, number];
    const u = [0, 1, 2].map((k) => (p[b + k] as number) - (p[a + k] as number));
    const v = [0, 1, 2].map((k) => (p[c + k] as number) - (p[a + k] as number));
    const cx = (u[1] ?? 0) * (v[2] ?? 0) - (u[2] ?? 0) * (v[1] ?? 0);
    const cy = (u[2] ?? 0) * (v[0] ?? 0) - (u[0] ?? 0) * (v[2] ?? 0);
    const cz = (u[0] ?? 0) * (v[1] ?? 0) - (u[1] ?? 0) * (v[0] ?? 0);
    if (Math.hypot(cx, cy, cz) / 2 < 1e-13) bad++; // zero-area (below 1e-7 mm²)
  }
  return bad;
}

describe('skeleton meshes', () => {
  it('bones and discs are closed, outward, finite and without degenerate triangles', () => {
    const solid = meshes.filter((m) => m.kind === 'bone' || m.kind === 'disc');
    expect(solid.length).toBe(10 * 2 + 2 + 5 + 5);
    for (const m of solid) {
      expect(badEdgeCount(m), m.name).toBe(0);
      expect(signedVolume(m), m.name).toBeGreaterThan(0);
      expect(m.positions.every(Number.isFinite), m.name).toBe(true);
      expect(degenerateCount(m), m.name).toBe(0);
    }
  });

  it('joints have outward normals and finite positions', () => {
    for (const m of meshes.filter((x) => x.kind === 'joint')) {
      expect(signedVolume(m), m.name).toBeGreaterThan(0);
      expect(m.positions.every(Number.isFinite), m.name).toBe(true);
    }
  });

  it('the right side is the mirror image of the left', () => {
    const byName = new Map(meshes.map((m) => [m.name, m]));
    let pairs = 0;
    for (const m of meshes) {
      if (!m.name.endsWith('_l')) continue;
      const r = byName.get(m.name.slice(0, -2) + '_r');
      expect(r, m.name).toBeDefined();
      if (!r) continue;
      pairs++;
      expect(r.positions.length).toBe(m.positions.length);
      for (let i = 0; i < m.positions.length; i += 3) {
        expect(r.positions[i]).toBe(-(m.positions[i] as number));
        expect(r.positions[i + 1]).toBe(m.positions[i + 1]);
      }
      expect(signedVolume(r)).toBeCloseTo(signedVolume(m), 9);
    }
    // 14 bones and joints, and the knee's 7 ligaments (the posterior oblique, the oblique popliteal and the deep
    // medial collateral since issue 13), 2 menisci and 2 bursae (issue 14)
    expect(pairs).toBe(14 + 11);
  });

  it('left-side bones lie at x >= 0 and midline bones straddle x = 0', () => {
    for (const m of meshes) {
      const xs = m.positions.filter((_, i) => i % 3 === 0);
      const min = Math.min(...xs);
      const max = Math.max(...xs);
      if (m.name.endsWith('_l')) expect(min, m.name).toBeGreaterThan(-0.005);
      else if (!m.name.endsWith('_r')) expect(Math.abs(min + max), m.name).toBeLessThan(0.004);
    }
  });

  it('carry unit field normals that face outward and mirror with the mesh', () => {
    const byName = new Map(meshes.map((m) => [m.name, m]));
    for (const m of meshes) {
      const n = m.normals;
      expect(n?.length, m.name).toBe(m.positions.length);
      if (!n) continue;
      // Agree in direction with the mesh's own (face-averaged) normals almost everywhere.
      const face = vertexNormals(m.positions, m.indices);
      let agree = 0;
      for (let i = 0; i < n.length; i += 3) {
        const a = n[i] as number;
        const b = n[i + 1] as number;
        const c = n[i + 2] as number;
        expect(Math.hypot(a, b, c), m.name).toBeCloseTo(1, 4);
        if (a * (face[i] as number) + b * (face[i + 1] as number) + c * (face[i + 2] as number) > 0) agree++;
      }
      expect(agree / (n.length / 3), m.name).toBeGreaterThan(0.99);
      if (!m.name.endsWith('_l')) continue;
      const r = byName.get(m.name.slice(0, -2) + '_r')?.normals;
      expect(r?.length, m.name).toBe(n.length);
      for (let i = 0; r && i < n.length; i += 3) {
        expect(r[i]).toBe(-(n[i] as number));
        expect(r[i + 1]).toBe(n[i + 1]);
      }
    }
  });

  it('bones, discs and joints of the start view fit 58k triangles (the rest of the 150k went to the leg muscles)', () => {
    // the knee's ligaments, menisci and bursae are in the deep file, within its own budget (glb.test.ts)
    const start = meshes.filter((m) => !isDeep(m.name.replace(/_[lr]$/, '')));
    // the knee's 11 parts a side
    expect(start.length).toBe(meshes.length - 22);
    expect(start.reduce((a, m) => a + triangleCount(m), 0)).toBeLessThanOrEqual(58_000);
  });
});

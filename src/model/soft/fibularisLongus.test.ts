/**
 * Fibularis longus over fibularis brevis and round the lateral malleolus (muscles/leg.ts; previews
 * `fibularis-longus-lateral`, `fibularis-malleolus-lateral|back`; before: docs/model/before/fibularis-longus/).
 * Limb muscles are not pushed out of each other, so longus must be drawn clear of brevis: as built, 5-8 vertices
 * of each of its rings from its belly's last (t 0.58) to t 0.79 lay inside brevis, up to 2.5 mm, its belly's last
 * box (ρ 0.9-1.02) over brevis' (to ρ 1.06); its tendon, lofted through one point beside the malleolus with
 * rings 2.5 cm apart keeping the insertion's orientation, turned 25-43 deg a ring round the malleolus, the
 * peroneal trochlea and the cuboid (centre line 41.6). Now brevis' surface is lowered under longus' belly's
 * end, longus' tendon runs down on brevis' posterior edge and behind its tendon in the groove, its rings placed
 * where the way turns 10 deg (`maxTurn`), and it ends in its bones (`sinksInto`).
 *
 * Its course (`fibularis-longus-top`, `fibularis-heel-back`; before: docs/model/before/fibularis-longus-course/):
 * its tendon lay in the fat over brevis above the malleolus (2.4 mm off it, moved 3.1 mm by the skin's clamp),
 * ran 8.6-13.7 mm under the calcaneus and under the cuboid's lateral border, and its origin was a cap whose vertex
 * lines turned 100 deg. Now it lies on brevis (1.44 mm, 1.95 mm), flat on the calcaneus' lateral face below
 * brevis' tendon (1.5-2.7 mm off it), beside the cuboid's lateral border and in its groove, and its origin tapers
 * from the fibular head (27.4 deg).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawMesh, Vec3 } from '../types';
import { loftRingsOf, ringCentre as centre, ringTurns } from '../measure/loftRings';
import { angleDeg, cross, dot, normalize, sub } from '../kernel/vec';
import { buildSoftTissue } from './index';
import { meshSdf } from './bodySdf';
import { legMuscles } from './muscles/leg';
import { muscleSpecs } from './muscles/index';
import { buildSoftBody } from './build';
import { attachSdf } from './bones';
import { gradient } from '../kernel/sdf';
import { boxAt, sectionRing } from './sectioned';
import { limb } from './limb';
import { L, footCoords, footPoint } from '../landmarks';
import { nodeName } from '../../content/ids';
import { meshBones } from '../bones/meshBones';

const segments = (id: string): number => {
  const s = legMuscles().find((m) => m.id === id);
  if (!s || s.kind !== 'limb') throw new Error(id);
  return s.segments!;
};

/** The centre of a limb muscle's belly's last (or first) ring, as buildLimbBody lays it. */
function bellyEnd(id: string, first = false): Vec3 {
  const s = legMuscles().find((m) => m.id === id);
  if (!s || s.kind !== 'limb') throw new Error(id);
  const t = s.sections[first ? 0 : s.sections.length - 1]![0];
  return centre(sectionRing(limb(s.limb), t, boxAt(s.sections, t), s.segments!));
}

/** Index of the ring whose centre lies nearest p. */
const nearestRing = (rings: readonly Vec3[][], p: Vec3): number =>
  rings.reduce(
    (best, r, i) =>
      Math.hypot(...sub(centre(r), p)) < Math.hypot(...sub(centre(rings[best]!), p)) ? i : best,
    0,
  );

/** Points on the loft's faces between rings r and r + 1: each quad's centre and its edges' midpoints. */
function facePoints(rings: readonly Vec3[][], r: number): Vec3[] {
  const a = rings[r]!;
  const b = rings[r + 1]!;
  const mid = (...ps: Vec3[]): Vec3 =>
    [0, 1, 2].map((e) => ps.reduce((sum, p) => sum + p[e]!, 0) / ps.length) as unknown as Vec3;
  return a.flatMap((p, k) => {
    const q = a[(k + 1) % a.length]!;
    return [mid(p, q, b[k]!, b[(k + 1) % a.length]!), mid(p, q), mid(p, b[k]!)];
  });
}

/** The foot frame's lateral direction (footPoint's w). */
const LATERAL = ((): Vec3 => {
  const d = sub(footPoint(0, 0, 1), footPoint(0, 0, 0));
  const n = Math.hypot(...d);
  return [d[0] / n, d[1] / n, d[2] / n];
})();

/**
 * A ring's section across its way (tangent t): its thickness axis (the direction of its least extent), half its
 * thickness and half its width (its extent square to that axis), from the ring's vertices.
 */
function sectionOf(ring: readonly Vec3[], t: Vec3): { axis: Vec3; half: number; halfWidth: number } {
  const c = centre(ring);
  const e1 = normalize(cross(t, Math.abs(t[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]));
  const e2 = cross(t, e1);
  const extent = (d: Vec3): number => Math.max(...ring.map((p) => Math.abs(dot(sub(p, c), d))));
  let best = { axis: e1, half: Infinity, halfWidth: 0 };
  for (let a = 0; a < 180; a += 0.5) {
    const r = (a * Math.PI) / 180;
    const d: Vec3 = [0, 1, 2].map((k) => e1[k]! * Math.cos(r) + e2[k]! * Math.sin(r)) as unknown as Vec3;
    const half = extent(d);
    if (half < best.half) best = { axis: d, half, halfWidth: extent(cross(t, d)) };
  }
  return best;
}

describe('fibularis longus, as built', () => {
  let longus: Vec3[][] = [];
  let brevis: Vec3[][] = [];
  let brevisMesh: RawMesh;
  /** The loft as lofted, before the fit pushed it out of the bones and in from the skin. */
  let lofted: Vec3[][] = [];
  /** Index of longus' belly's last ring in its built loft (the ring nearest the belly's last as lofted). */
  let last = 0;
  /** Index of longus' belly's first ring (its origin's rings are those before it). */
  let first = 0;
  beforeAll(async () => {
    const soft = await buildSoftTissue();
    const mesh = (id: 'fibularis_longus' | 'fibularis_brevis') =>
      soft.find((m) => m.name === nodeName(id, 'left'))!;
    longus = loftRingsOf(mesh('fibularis_longus').positions, segments('fibularis_longus'));
    brevisMesh = mesh('fibularis_brevis');
    brevis = loftRingsOf(brevisMesh.positions, segments('fibularis_brevis'));
    const spec = muscleSpecs().find((m) => m.id === 'fibularis_longus')!;
    lofted = loftRingsOf(buildSoftBody(spec).mesh.positions, segments('fibularis_longus'));
    last = nearestRing(longus, bellyEnd('fibularis_longus'));
    first = nearestRing(longus, bellyEnd('fibularis_longus', true));
  }, 300_000);

  it('lies on fibularis brevis, not in it: no point of its surface more than 0.5 mm inside it', () => {
    // its belly's end and the taper into its tendon lay in brevis' belly, up to 2.5 mm; its vertices and the
    // points on its faces between them (brevis showed through its taper where only the faces cut it)
    const inside = meshSdf(brevisMesh);
    let worst = 0;
    let at = 0;
    longus.forEach((ring, r) =>
      [...ring, ...(r + 1 < longus.length ? facePoints(longus, r) : [])].forEach((p) => {
        const d = -inside(...p);
        if (d > worst) [worst, at] = [d, r];
      }),
    );
    expect(worst, `fibularis longus in brevis: ${(worst * 1000).toFixed(2)} mm at ring ${at}`).toBeLessThan(
      0.0005,
    );
  });

  it("its tendon lies on brevis down to the malleolus, not in the fat over it, the skin's clamp moving it little", () => {
    // Gray's: in the leg longus' tendon lies on (superficial to) brevis, in one synovial sheath with it behind
    // the malleolus. Laid at ρ 1.5 over brevis' posterior edge, it stood up to ~3 mm off brevis and the skin's
    // clamp moved its edges up to ~3 mm.
    const inside = meshSdf(brevisMesh);
    const m = L('lateral_malleolus');
    let gap = 0;
    let moved = 0;
    for (let r = last + 1; r < longus.length && centre(longus[r]!)[1] > m[1]; r++) {
      gap = Math.max(gap, Math.min(...longus[r]!.map((p) => inside(...p))));
      longus[r]!.forEach((p, k) => (moved = Math.max(moved, Math.hypot(...sub(p, lofted[r]![k]!)))));
    }
    expect(gap, `gap to brevis ${(gap * 1000).toFixed(2)} mm`).toBeLessThan(0.0015);
    expect(moved, `moved by the fit ${(moved * 1000).toFixed(2)} mm`).toBeLessThan(0.0022);
  });

  it("below the malleolus it lies flat on the calcaneus' lateral face, below brevis' tendon", () => {
    // Gray's: longus runs on the lateral surface of the calcaneus below the peroneal trochlea, brevis above it.
    // It ran low, 9-18 mm under the calcaneus, near the sole.
    const calcaneus = attachSdf('calcaneus');
    // brevis' tendon in the foot (below the malleolus' tip)
    const brevisCentres = brevis
      .map(centre)
      .map(footCoords)
      .filter((c) => c[1] < 0.045);
    let worst = 0;
    let counted = 0;
    for (const ring of longus.slice(last)) {
      const c = footCoords(centre(ring));
      // in front of the malleolus' tip (u 0.04, v 0.043) to where the calcaneus' anterior process rises from
      // under it (u 0.066; from there it heads out to the cuboid's lateral border), in the foot
      if (c[0] < 0.045 || c[0] > 0.066 || c[1] > 0.04) continue;
      counted++;
      const near = ring.reduce((a, p) => (calcaneus(...p) < calcaneus(...a) ? p : a));
      worst = Math.max(worst, calcaneus(...near));
      // the bone lies medial of it (not above it: under the bone)
      const g = gradient(calcaneus, ...centre(ring));
      expect(
        g[0] * LATERAL[0] + g[1] * LATERAL[1] + g[2] * LATERAL[2],
        `at u ${c[0].toFixed(3)}`,
      ).toBeGreaterThan(0.7);
      // below brevis' tendon at the same place along the foot
      const b = brevisCentres.reduce((a, q) => (Math.abs(q[0] - c[0]) < Math.abs(a[0] - c[0]) ? q : a));
      expect(c[1], `at u ${c[0].toFixed(3)}`).toBeLessThan(b[1] - 0.003);
    }
    expect(worst, `off the calcaneus ${(worst * 1000).toFixed(1)} mm`).toBeLessThan(0.0035);
    expect(counted).toBeGreaterThan(2);
  });

  it("the calcaneus' peroneal trochlea stands out between the tendons, brevis' on the bone above it, longus' below it", async () => {
    // Shibata et al. 2014 (Foot (Edinb) 24(4)): a small ridge on the calcaneus' lateral wall immediately below the
    // lateral malleolus, separating brevis' tendon from longus', 2.59 mm high on average (CT of 46 calcanei); Hyer
    // et al. 2005 (Foot Ankle Int 26(11)): 3.13 mm deep (range 1-10). The model's calcaneus had none: its lateral
    // face was flat there (0.21 mm at most), brevis' tendon ~5.5 mm above longus', standing 6-7.7 mm off the bone.
    // Now 2.47 mm high (1.5 mm or more over u 0.044-0.054), brevis' centre 4.7-5.3 mm above its crest and longus'
    // 3.7-5.2 mm below, each 1.4-1.8 mm off the bone (the fit's clearance).
    // Measured on the built calcaneus: its lateral surface (foot w) along lines across the foot at (u, v).
    const bones = await meshBones();
    const calcaneus = meshSdf(bones.find((b) => b.name === nodeName('calcaneus', 'left'))!);
    const surfaceW = (u: number, v: number): number => {
      let out = 0.035;
      let w = out;
      while (w > 0.005 && calcaneus(...footPoint(u, v, w)) > 0) [out, w] = [w, w - 0.0005];
      let inn = w;
      for (let i = 0; i < 12; i++) {
        const mid = (out + inn) / 2;
        if (calcaneus(...footPoint(u, v, mid)) > 0) out = mid;
        else inn = mid;
      }
      return (out + inn) / 2;
    };
    // the fibula's tip (its lowest point), in the foot
    const fibula = bones.find((b) => b.name === nodeName('fibula', 'left'))!.positions;
    let tip: Vec3 = [0, Infinity, 0];
    for (let i = 0; i < fibula.length; i += 3) {
      const f = footCoords([fibula[i]!, fibula[i + 1]!, fibula[i + 2]!]);
      if (f[1] < tip[1]) tip = f;
    }
    // the crest at each u from in front of the tip: the most lateral point of the face between v 0.028 and 0.042,
    // its height over the face 6 mm above it (flat there)
    const crests: { u: number; v: number; height: number }[] = [];
    for (let u = 0.044; u <= 0.058; u += 0.002) {
      let best = { v: 0, w: -Infinity };
      for (let v = 0.028; v <= 0.042; v += 0.0005) {
        const w = surfaceW(u, v);
        if (w > best.w) best = { v, w };
      }
      crests.push({ u, v: best.v, height: best.w - surfaceW(u, best.v + 0.006) });
    }
    const top = crests.reduce((a, c) => (c.height > a.height ? c : a));
    const h = `trochlea ${(top.height * 1000).toFixed(2)} mm high at u ${top.u.toFixed(3)}, v ${top.v.toFixed(4)}`;
    expect(top.height, h).toBeGreaterThan(0.002);
    expect(top.height, h).toBeLessThan(0.0035);
    // below and in front of the malleolus' tip
    expect(top.u, `${h}; the fibula's tip at u ${tip[0].toFixed(3)}`).toBeGreaterThan(tip[0] + 0.003);
    expect(top.v, `${h}; the fibula's tip at v ${tip[1].toFixed(3)}`).toBeLessThan(tip[1] - 0.004);
    // where it stands 1.5 mm or more out of the face: brevis' tendon's centre 3 mm or more above its crest, longus'
    // 3 mm or more below, each on the bone (its nearest vertex within 2 mm of the calcaneus)
    const ridge = crests.filter((c) => c.height > 0.0015);
    expect(ridge.length, 'crests 1.5 mm high or more').toBeGreaterThan(2);
    const tendon = (rings: Vec3[][]) => rings.slice(last).filter((r) => footCoords(centre(r))[1] < 0.045);
    for (const [name, rings, side] of [
      ['brevis', tendon(brevis), 1],
      ['longus', tendon(longus), -1],
    ] as const) {
      for (const c of ridge) {
        const ring = rings.reduce((a, r) =>
          Math.abs(footCoords(centre(r))[0] - c.u) < Math.abs(footCoords(centre(a))[0] - c.u) ? r : a,
        );
        const f = footCoords(centre(ring));
        const at = `${name} at u ${f[0].toFixed(3)} (crest u ${c.u.toFixed(3)}, v ${c.v.toFixed(4)})`;
        expect(Math.abs(f[0] - c.u), at).toBeLessThan(0.006);
        expect(side * (f[1] - c.v), `${at}: centre v ${f[1].toFixed(4)}`).toBeGreaterThan(0.003);
        const off = Math.min(...ring.map((p) => calcaneus(...p)));
        expect(off, `${at}: ${(off * 1000).toFixed(1)} mm off the calcaneus`).toBeLessThan(0.002);
      }
    }
  });

  it("turns round the cuboid's lateral border into the groove on its plantar face", () => {
    // Gray's: it crosses the lateral side of the cuboid and runs in the groove on its plantar surface. It
    // passed under the cuboid's lateral border, 4 mm below it.
    const cuboid = attachSdf('tarsal_bones');
    const beside = longus.slice(last).filter((ring) => {
      const c = footCoords(centre(ring));
      // lateral of the cuboid's lateral face (w 0.030) and above its plantar face (v 0.0215)
      return c[2] > 0.03 && c[1] > 0.0215 && Math.min(...ring.map((p) => cuboid(...p))) < 0.003;
    });
    const under = longus.slice(last).filter((ring) => {
      const c = footCoords(centre(ring));
      return (
        c[0] > 0.095 && c[1] < 0.0215 && c[2] < 0.028 && Math.min(...ring.map((p) => cuboid(...p))) < 0.003
      );
    });
    expect(beside.length, 'rings beside its lateral border').toBeGreaterThan(0);
    expect(under.length, 'rings in its groove').toBeGreaterThan(0);
  });

  it("round the cuboid's lateral border it is round, and its flat faces' edges swing little round its way", () => {
    // Grinbaum et al. 2009 (Radiol Bras 42(3)): in all 50 tendons a fusiform thickening where it curves under the
    // cuboid. Its 8 x 4 mm section, turned from lying flat on the calcaneus to lying flat in the groove round a
    // sharp bend, read as a twisted ribbon from behind (`fibularis-heel-back`): its edges swung 1.9 mm round its
    // axis within 15 mm of its way. Measured from in front of the malleolus' tip (foot u 0.045) to the groove
    // (u 0.11): the edges' swing is each ring's turn of its thickness axis times how far its edges stand out
    // beyond a round cord's (half the width less half the thickness), summed over any 15 mm of its way.
    const rings = longus.slice(last, longus.length - 2);
    const c = rings.map(centre);
    const part = c.map((p) => footCoords(p)[0]).map((u) => u >= 0.045 && u <= 0.11);
    const s: number[] = [0];
    for (let i = 1; i < c.length; i++) s.push(s[i - 1]! + Math.hypot(...sub(c[i]!, c[i - 1]!)));
    const sections = rings.map((ring, i) =>
      sectionOf(ring, normalize(sub(c[Math.min(i + 1, c.length - 1)]!, c[Math.max(i - 1, 0)]!))),
    );
    const stands = sections.map((x) => x.halfWidth - x.half);
    const turn = sections.map((x, i) => {
      if (i === 0) return 0;
      const a = angleDeg(x.axis, sections[i - 1]!.axis);
      return (Math.min(a, 180 - a) * Math.PI) / 180;
    });
    let swing = 0;
    for (let i = 0; i < rings.length; i++) {
      if (!part[i]) continue;
      let sum = 0;
      for (let j = i + 1; j < rings.length && part[j] && s[j]! - s[i]! <= 0.015; j++) {
        sum += turn[j]! * ((stands[j]! + stands[j - 1]!) / 2);
        swing = Math.max(swing, sum);
      }
    }
    const beside = sections.filter((_, i) => {
      const f = footCoords(c[i]!);
      return f[0] > 0.08 && f[2] > 0.03 && f[1] > 0.0215;
    });
    expect(swing, `edges swing ${(swing * 1000).toFixed(2)} mm within 15 mm`).toBeLessThan(0.001);
    // beside the border (lateral of its face, w 0.030, above its plantar face, v 0.0215): rounder than 1.3 : 1
    expect(beside.length).toBeGreaterThan(0);
    for (const x of beside)
      expect(x.halfWidth / x.half, `width : thickness beside the border`).toBeLessThan(1.3);
  });

  it('its origin ends in a rounded tip inside the fibular head, not in a flat cap against it', () => {
    // Its tendinous top, 16 x 6 mm, was lifted 3 mm off the head and ended there in a flat cap of its full
    // section (its first ring up to 7.2 mm off the bone, none of it more than 0.1 mm inside). It now sinks into
    // the head (`sinksInto`), closing in a rounded tip there (`round`): its first ring, the tip's, lies inside the
    // bone and spans a quarter of the tendon's width.
    const fibula = attachSdf('fibula');
    const tip = longus[0]!;
    const out = Math.max(...tip.map((p) => fibula(...p)));
    expect(out, `tip ring out of the fibula ${(out * 1000).toFixed(1)} mm`).toBeLessThan(-0.001);
    const c = centre(tip);
    const span = 2 * Math.max(...tip.map((p) => Math.hypot(...sub(p, c))));
    expect(span, `tip ring spans ${(span * 1000).toFixed(1)} mm`).toBeLessThan(0.006);
  });

  it('its tendinous origin at the fibular head tapers into the belly, no cap: its vertex lines turn 35 deg at most', () => {
    // lofted in 3 rings over 5 mm from the belly's full box (30 x 45 % of the leg's depth) to the head, its
    // vertex lines turned up to 100 deg
    const { line } = ringTurns(longus, 1, first + 1);
    expect(line, `origin: ${line.toFixed(1)} deg`).toBeLessThan(35);
  });

  it('its tendon curves round the malleolus and the cuboid: at most 18 deg a ring, its centre line 12', () => {
    // from the belly's last ring to the insertion (its last two rings, in the bones it sinks into, left out)
    const { line, centre: mid } = ringTurns(longus, last, longus.length - 3);
    expect(
      line,
      `fibularis longus tendon, built: ${line.toFixed(1)} deg (centre line ${mid.toFixed(1)})`,
    ).toBeLessThanOrEqual(18);
    expect(mid).toBeLessThanOrEqual(12);
  });

  it("its tendon passes behind the lateral malleolus behind brevis' tendon, and on under the foot", () => {
    // Gray's: in the groove behind the malleolus longus' tendon lies behind (superficial to) brevis'
    const m = L('lateral_malleolus');
    const nearest = (rings: Vec3[][], y: number): Vec3 =>
      rings
        .slice(last)
        .map(centre)
        .reduce((a, c) => (Math.abs(c[1] - y) < Math.abs(a[1] - y) ? c : a));
    for (const y of [m[1] + 0.03, m[1]]) {
      const l = nearest(longus, y);
      const b = nearest(brevis, y);
      expect(l[2], `at ${y.toFixed(3)}`).toBeLessThan(b[2] - 0.003);
    }
    const c = longus.slice(last).map(centre);
    expect(Math.min(...c.map((p) => p[1]))).toBeLessThan(m[1] - 0.04);
  });
});

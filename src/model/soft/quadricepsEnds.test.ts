/**
 * The quadriceps' ends. Vastus lateralis converges on the superolateral border of the patella and the lateral edge of the
 * quadriceps tendon (Gray's Anatomy 42nd ed.): seen from the front its belly tapers obliquely down and
 * medially onto the patella's upper lateral corner. It ended square beside the lateral condyle, 2 cm below the
 * patella's base, its tendon running up from there to the middle of the base (`knee-front`; before:
 * docs/model/before/vastus-lateralis-end/). Vastus intermedius arises from the front and lateral surfaces of the
 * upper shaft (Gray's): its top tapers up onto the front of the femur below the intertrochanteric line. Its
 * top box wrapped the shaft from behind its lateral to its medial side, and its fleshy end, closing onto the
 * bone, folded round behind the femur in a crumpled flap (seen with the hamstrings and adductor magnus hidden;
 * before: docs/model/before/vastus-intermedius-top/).
 */
import { describe, expect, it } from 'vitest';
import { L } from '../landmarks.ts';
import { A } from './attachments.ts';
import { buildSoftBody } from './build.ts';
import { muscleSpec } from './muscles/index.ts';
import { loftRingsOf, ringCentre, ringSpan as span } from '../measure/loftRings.ts';
import { limb } from './limb.ts';

describe('vastus lateralis at the knee', () => {
  const body = buildSoftBody(muscleSpec('vastus_lateralis'));
  const rings = loftRingsOf(body.mesh.positions, body.ring);
  const base = A('patella_base');
  const centre = L('patella_centre');
  // the rings within 2 cm above the patella's base and below it: the belly's end and its tendon
  const low = rings.filter((r) => ringCentre(r)[1] < base[1] + 0.02);

  it('runs down onto the patella, not up to it from below', () => {
    // each ring's centre lower than the one above it (before: the tendon rose 13 mm from the belly's end)
    expect(low.length).toBeGreaterThan(3);
    for (let i = 1; i < low.length; i++)
      expect(ringCentre(low[i]!)[1], `ring ${i}`).toBeLessThan(ringCentre(low[i - 1]!)[1] + 0.0005);
  });

  it('tapers onto the tendon instead of ending square', () => {
    // no ring less than 0.45 of the span of the ring before it (before: a 33 mm ring, then an 11 mm one: 0.33)
    for (let i = 1; i < low.length; i++)
      expect(span(low[i]!) / span(low[i - 1]!), `ring ${i}`).toBeGreaterThan(0.45);
  });

  it("ends on the patella's upper lateral border", () => {
    // lateral of the patella's centre by a third to a half of its width (4.5 cm), in its upper half
    // (before: the middle of its base, 1 mm lateral)
    const end = ringCentre(rings[rings.length - 1]!);
    expect(end[0] - centre[0]).toBeGreaterThan(0.012);
    expect(end[0] - centre[0]).toBeLessThan(0.024);
    expect(end[1]).toBeGreaterThan(centre[1]);
    expect(end[1]).toBeLessThan(base[1]);
  });
});

describe('vastus intermedius at its origin', () => {
  const body = buildSoftBody(muscleSpec('vastus_intermedius'));
  const rings = loftRingsOf(body.mesh.positions, body.ring);
  const thigh = limb('thigh');

  it('keeps its top in front of and beside the femur, none of it behind', () => {
    // vertices above t 0.32 lying behind the shaft (θ 200-340 deg, 270 straight behind): before 12 of 81
    let above = 0;
    let behind = 0;
    for (const ring of rings)
      for (const p of ring) {
        if (p[1] < thigh.y(0.32)) continue;
        above++;
        const deg = thigh.locate(p).deg;
        if (deg > 200 && deg < 340) behind++;
      }
    expect(above).toBeGreaterThan(20);
    expect(behind).toBe(0);
  });

  it('tapers up to its highest fibres', () => {
    // its first ring spans at most 12 mm (before 24.5, a flat cap), each ring below it broader
    expect(span(rings[0]!)).toBeLessThan(0.012);
    for (let i = 1; i < 4; i++) expect(span(rings[i]!)).toBeGreaterThan(span(rings[i - 1]!));
  });
});

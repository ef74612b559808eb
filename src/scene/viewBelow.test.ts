import { describe, expect, it } from 'vitest';
import { boneFloor, seenFromBelow, shownArea, uncoveredShare, type WorldMesh } from './viewBelow';

/** A closed box (12 triangles) from its lowest to its highest corner. */
function box(min: [number, number, number], max: [number, number, number]): WorldMesh {
  const positions: number[] = [];
  for (let i = 0; i < 8; i++)
    positions.push(i & 1 ? max[0] : min[0], i & 2 ? max[1] : min[1], i & 4 ? max[2] : min[2]);
  // two triangles a face: -x, +x, -y, +y, -z, +z
  const faces = [
    [0, 4, 6, 2],
    [1, 3, 7, 5],
    [0, 1, 5, 4],
    [2, 6, 7, 3],
    [0, 2, 3, 1],
    [4, 5, 7, 6],
  ];
  return { positions, triangles: faces.flatMap(([a, b, c, d]) => [a!, b!, c!, a!, c!, d!]) };
}

/** Points every 5 mm over a horizontal rectangle at height y: a bone's underside or top as vertices. */
function sheet(y: number, [x0, x1]: [number, number], [z0, z1]: [number, number]): number[] {
  const out: number[] = [];
  for (let x = x0; x <= x1 + 1e-9; x += 0.005) for (let z = z0; z <= z1 + 1e-9; z += 0.005) out.push(x, y, z);
  return out;
}

// A foot's bones 3-6 cm above the ground, 8 cm wide, from the heel (z -0.06) to the toes (z 0.18).
const floor = boneFloor([sheet(0.03, [0.05, 0.13], [-0.06, 0.18]), sheet(0.06, [0.05, 0.13], [-0.06, 0.18])]);

describe('view from below', () => {
  it('measures the area a mesh shows along a direction', () => {
    const slab = box([0, 0, 0], [0.1, 0.01, 0.2]);
    expect(shownArea(slab, [0, 1, 0])).toBeCloseTo(0.02, 6);
    expect(shownArea(slab, [0, 0, 1])).toBeCloseTo(0.001, 6);
    expect(shownArea(slab, [1, 0, 0])).toBeCloseTo(0.002, 6);
  });

  it('takes the lowest bone in each column, and no floor where there is no bone', () => {
    expect(floor(0.09, 0.1)).toBeCloseTo(0.03, 6);
    expect(floor(0.3, 0.1)).toBe(Infinity);
    const sole = box([0.06, 0.01, -0.04], [0.12, 0.025, 0.16]);
    expect(uncoveredShare([sole], floor)).toBe(1);
    expect(uncoveredShare([box([0.06, 0.07, 0], [0.12, 0.08, 0.1])], floor)).toBe(0);
  });

  it('sees a flat muscle under the foot from below, whichever side it would otherwise face', () => {
    const sole = box([0.06, 0.01, -0.04], [0.12, 0.025, 0.16]);
    expect(seenFromBelow([sole], floor, 0)).toBe(true);
    expect(seenFromBelow([sole], floor, Math.PI)).toBe(true);
  });

  it('keeps the side view for what stands up, and for a flat pad on a bone', () => {
    // a calf muscle: tall, behind the leg, nothing under it but the heel
    const calf = box([0.07, 0.1, -0.08], [0.11, 0.4, -0.03]);
    expect(seenFromBelow([calf], floor, Math.PI)).toBe(false);
    // a meniscus-like pad lying on the foot's bones: flat, but a bone is under it
    const pad = box([0.06, 0.06, 0], [0.12, 0.065, 0.06]);
    expect(seenFromBelow([pad], floor, 0)).toBe(false);
    // a flat sheet under the foot but narrow across and deep up: shows more from the side
    const fin = box([0.08, -0.05, 0], [0.085, 0.02, 0.02]);
    expect(seenFromBelow([fin], floor, Math.PI / 2)).toBe(false);
  });
});

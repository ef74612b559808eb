import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { azimuthFor, boneMidPlane, meanDepth, worldPositions } from './viewSide';

/** Points (x, y, z) along a line, `n` of them. */
function line(from: [number, number, number], to: [number, number, number], n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    for (let k = 0; k < 3; k++) out.push(from[k]! + (to[k]! - from[k]!) * t);
  }
  return out;
}

// A leg: the tibia's front and back surfaces from the knee to the ankle, and a foot reaching the toes.
const tibia = [
  ...line([0.09, 0.08, 0.03], [0.09, 0.45, 0.03], 40),
  ...line([0.09, 0.08, -0.01], [0.09, 0.45, -0.01], 40),
];
const foot = [
  ...line([0.09, 0.0, -0.08], [0.09, 0.07, -0.08], 8),
  ...line([0.09, 0.01, 0.2], [0.09, 0.03, 0.2], 8),
];
const mid = boneMidPlane([tibia, foot]);

describe('view side', () => {
  it("takes the bones' middle at each height, and the nearest band beyond them", () => {
    expect(mid(0.3)).toBeCloseTo(0.01, 5);
    expect(mid(0.02)).toBeCloseTo(0.06, 5);
    expect(mid(0.9)).toBeCloseTo(0.01, 5);
  });

  it('frames a deep calf muscle from behind though its tendon into the foot pulls its box forward', () => {
    // belly behind the tibia, tendon along the sole to the toes
    const muscle = [
      ...line([0.09, 0.1, -0.02], [0.09, 0.4, -0.02], 30),
      ...line([0.09, 0.02, -0.06], [0.09, 0.02, 0.18], 12),
    ];
    const box = new THREE.Box3().setFromArray(muscle);
    expect(box.getCenter(new THREE.Vector3()).z).toBeGreaterThan(mid(0.3));
    expect(meanDepth([muscle], mid)).toBeLessThan(-0.01);
    expect(azimuthFor(meanDepth([muscle], mid), 0.09)).toBeCloseTo(Math.PI);
  });

  it('frames a muscle in front of the bones from the front, and a lateral one turned to its side', () => {
    const front = line([0.09, 0.1, 0.05], [0.09, 0.4, 0.05], 20);
    expect(azimuthFor(meanDepth([front], mid), 0.09)).toBe(0);
    expect(azimuthFor(meanDepth([front], mid), 0.15)).toBeCloseTo(0.6);
    expect(azimuthFor(meanDepth([front], mid), -0.15)).toBeCloseTo(-0.6);
    // behind and lateral: from the back, turned towards that side
    expect(azimuthFor(-0.03, 0.15)).toBeCloseTo(Math.PI - 0.6);
  });

  it('reads a mesh through its world matrix', () => {
    const geometry = new THREE.BufferGeometry().setAttribute(
      'position',
      new THREE.BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0]), 3),
    );
    const mesh = new THREE.Mesh(geometry);
    const parent = new THREE.Group();
    parent.position.set(0, 2, -1);
    parent.add(mesh);
    expect([...worldPositions(mesh)]).toEqual([0, 2, -1, 1, 2, -1]);
  });
});

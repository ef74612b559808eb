import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { REGION_ATTRIBUTE } from './regionShading';
import { regionGroups } from './regionGroups';

/** A strip of triangles; vertex i has the given slots and weights (slot A, slot B, weight A, weight B). */
function skin(corners: readonly (readonly [number, number, number, number])[]): THREE.Mesh {
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(new Float32Array(corners.length * 3), 3));
  geometry.setAttribute(REGION_ATTRIBUTE, new THREE.BufferAttribute(Uint8Array.from(corners.flat()), 4));
  return new THREE.Mesh(geometry);
}

describe('region border groups', () => {
  it('regions that meet on the skin are in different groups; a region apart may share one', () => {
    // slots 0, 1 and 2 meet in the first triangle, 2 and 3 in the second; 4 stands alone
    const groups = regionGroups(
      skin([
        [0, 255, 255, 0],
        [1, 255, 255, 0],
        [2, 255, 255, 0],
        [2, 3, 128, 127],
        [3, 255, 255, 0],
        [3, 255, 255, 0],
        [4, 255, 255, 0],
        [4, 255, 255, 0],
        [4, 255, 255, 0],
      ]),
    );
    const [a, b, c, d] = [groups[0], groups[1], groups[2], groups[3]];
    expect(new Set([a, b, c]).size).toBe(3);
    expect(d).not.toBe(c);
    expect(Math.max(...groups)).toBeLessThan(4);
  });

  it('a slot with no weight at a vertex makes no neighbour', () => {
    const groups = regionGroups(
      skin([
        [0, 1, 255, 0],
        [0, 255, 255, 0],
        [0, 255, 255, 0],
      ]),
    );
    expect(groups[0]).toBe(groups[1]);
  });
});

import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { appendToKindBatches, buildKindBatches } from './kindBatches';
import type { IndexedMesh } from './modelIndex';
import { FIBRE_ATTRIBUTE, withFibres } from './muscleFibres';
import { patchedShader } from './patchedShader';

function entry(name: string, geometry: THREE.BufferGeometry): IndexedMesh {
  const mesh = new THREE.Mesh(geometry);
  mesh.position.set(1, 0, 0);
  mesh.updateMatrixWorld(true);
  return { mesh, name, kind: 'muscle', centre: new THREE.Vector3(), box: new THREE.Box3() } as IndexedMesh;
}

describe('muscle fibres in the scene', () => {
  it('the muscle batch keeps each vertex its fibre; a mesh without fibres reads as muscle', () => {
    const a = new THREE.PlaneGeometry(1, 1, 1, 1);
    a.setAttribute(FIBRE_ATTRIBUTE, new THREE.BufferAttribute(new Float32Array(16).fill(0.5), 4));
    const b = new THREE.PlaneGeometry(1, 1, 1, 1);
    const batch = buildKindBatches([entry('a', a), entry('b', b)]).get('muscle')!;
    const fibre = batch.geometry.getAttribute(FIBRE_ATTRIBUTE);
    expect(fibre.count).toBe(8);
    expect([fibre.getX(0), fibre.getW(3)]).toEqual([0.5, 0.5]);
    expect([fibre.getX(4), fibre.getY(4), fibre.getZ(4), fibre.getW(4)]).toEqual([0, 0, 0, 1]);
  });

  it('a later file joins the same batch object: earlier vertices kept, fibres where either part has them', () => {
    const batches = buildKindBatches([entry('b', new THREE.PlaneGeometry(1, 1, 1, 1))]);
    const batch = batches.get('muscle')!;
    const before = Array.from(batch.geometry.getAttribute('position').array);
    const a = new THREE.PlaneGeometry(1, 1, 1, 1);
    a.setAttribute(FIBRE_ATTRIBUTE, new THREE.BufferAttribute(new Float32Array(16).fill(0.5), 4));
    const made = appendToKindBatches(batches, [entry('a', a)]);
    expect(made).toEqual([]);
    expect(batches.get('muscle')).toBe(batch);
    const position = batch.geometry.getAttribute('position');
    expect(Array.from(position.array).slice(0, before.length)).toEqual(before);
    expect(position.count).toBe(8);
    expect(batch.geometry.getIndex()?.count).toBe(12);
    expect(batch.geometry.getIndex()?.getX(6)).toBe(4);
    const fibre = batch.geometry.getAttribute(FIBRE_ATTRIBUTE);
    expect([fibre.getW(0), fibre.getX(4), fibre.getW(7)]).toEqual([1, 0.5, 0.5]);
  });

  it('patches the standard shader: fibre attribute in, tendon colour and striae out', () => {
    const material = withFibres(new THREE.MeshStandardMaterial(), '#ffffff', 0.3);
    const shader = patchedShader(material);
    expect(shader.vertexShader).toContain(`attribute vec4 ${FIBRE_ATTRIBUTE};`);
    expect(shader.fragmentShader).toContain('mix(diffuseColor.rgb, fibreTendonColour, tendonShare)');
    expect(shader.fragmentShader).toContain('normal = normalize(abs(det) * normal - grad)');
    expect(shader.uniforms).toHaveProperty('fibreTendonColour');
    expect(material.customProgramCacheKey()).toBe('muscle-fibres');
  });
});

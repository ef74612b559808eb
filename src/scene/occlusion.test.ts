import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { AO_ATTRIBUTE, withOcclusion } from './occlusion';

describe('baked occlusion in the materials', () => {
  it('darkens the ambient light by it, after what the material already did to its shader', () => {
    const material = withOcclusion(new THREE.MeshStandardMaterial());
    const previous = material.onBeforeCompile;
    const shader = {
      uniforms: {},
      vertexShader: THREE.ShaderLib.physical.vertexShader,
      fragmentShader: THREE.ShaderLib.physical.fragmentShader,
    } as unknown as THREE.WebGLProgramParametersWithUniforms;
    previous(shader, {} as THREE.WebGLRenderer);
    expect(shader.vertexShader).toContain(`attribute float ${AO_ATTRIBUTE};`);
    expect(shader.vertexShader).toContain(`vAo = 1.0 - ${AO_ATTRIBUTE} / 15.0;`);
    expect(shader.fragmentShader).toMatch(
      /#include <aomap_fragment>\s*reflectedLight\.indirectDiffuse \*= vAo;/,
    );
    expect(material.customProgramCacheKey()).toMatch(/^ao:/);
  });
});

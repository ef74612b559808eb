import type * as THREE from 'three';

/**
 * The ambient occlusion baked into the model (src/model/occlusion.ts: `_AO`, a byte a vertex, 0 open .. AO_LEVELS hidden)
 * darkens the ambient light, fully, and the direct light by a part of it: without shadows, the grooves
 * between neighbouring muscles and the hollows round bones are what makes overlapping forms read apart.
 * One attribute and one varying a vertex; a mesh without the attribute reads 0 (open) and is unchanged.
 */
export const AO_ATTRIBUTE = '_ao';

/** The byte's full scale, as the model writes it (src/model/occlusion.ts). */
export const AO_LEVELS = 15;

/** Share of the occlusion applied to the direct lights (1 would be a shadow, 0 ambient only). */
const DIRECT_SHARE = 0.7;

export function withOcclusion<M extends THREE.Material>(material: M): M {
  const before = material.onBeforeCompile.bind(material);
  const beforeKey = material.customProgramCacheKey.bind(material);
  material.onBeforeCompile = (shader, renderer) => {
    before(shader, renderer);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\nattribute float ${AO_ATTRIBUTE};\nvarying float vAo;`)
      .replace(
        '#include <project_vertex>',
        `#include <project_vertex>\nvAo = 1.0 - ${AO_ATTRIBUTE} / ${AO_LEVELS.toFixed(1)};`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vAo;')
      .replace(
        '#include <aomap_fragment>',
        `#include <aomap_fragment>
reflectedLight.indirectDiffuse *= vAo;
reflectedLight.directDiffuse *= mix(1.0, vAo, ${DIRECT_SHARE.toFixed(2)});`,
      );
  };
  material.customProgramCacheKey = () => `ao:${beforeKey()}`;
  return material;
}

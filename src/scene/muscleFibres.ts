import * as THREE from 'three';

/**
 * Muscle fibres in the muscle material. The GLB gives each muscle vertex `_fibre` (src/model/soft/fibres.ts):
 * the angle round the muscle's rings as (cos, sin), so lines of constant angle run along the fibres; the
 * number of striae round the muscle / 127; and its muscle share (1 muscle .. 0 tendon). The shader bumps the
 * surface with fine striae along the fibres (bump mapping from screen-space derivatives, as three's bump
 * map; faded out where they would alias, i.e. from afar) and turns the tendinous ends pale and glossy like
 * the tendon material. No texture, a few ALU operations per fragment: the idle frame cost stays the same.
 */
export const FIBRE_ATTRIBUTE = '_fibre';

/** Height of a stria's bump, metres (striae are ~4 mm apart: soft/fibres.ts). */
const BUMP_HEIGHT = 0.00018;

/**
 * `striae: false` is the look while the camera moves on a slow GPU (AdaptiveResolution.tsx): at half
 * resolution the striae fade out anyway, and skipping them saves the dearest part of the muscle's pixels;
 * the tendinous ends stay pale, so nothing jumps when the view comes to rest.
 */
export function withFibres(
  material: THREE.MeshStandardMaterial,
  tendonColour: THREE.ColorRepresentation,
  tendonRoughness: number,
  { striae = true }: { striae?: boolean } = {},
): THREE.MeshStandardMaterial {
  const tendon = { value: new THREE.Color(tendonColour) };
  material.onBeforeCompile = (shader) => {
    shader.uniforms.fibreTendonColour = tendon;
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute vec4 ${FIBRE_ATTRIBUTE};
varying vec4 vFibre;`,
      )
      .replace(
        '#include <project_vertex>',
        `#include <project_vertex>
vFibre = ${FIBRE_ATTRIBUTE};`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
uniform vec3 fibreTendonColour;
varying vec4 vFibre;`,
      )
      .replace(
        '#include <normal_fragment_maps>',
        `#include <normal_fragment_maps>
{
  float tendonShare = 1.0 - clamp(vFibre.w, 0.0, 1.0);
${striae ? STRIAE : ''}
  diffuseColor.rgb = mix(diffuseColor.rgb, fibreTendonColour, tendonShare);
  roughnessFactor = mix(roughnessFactor, ${tendonRoughness.toFixed(3)}, tendonShare);
}`,
      );
  };
  material.customProgramCacheKey = () => (striae ? 'muscle-fibres' : 'muscle-fibres-plain');
  return material;
}

/** Fine striae along the fibres: a bump from the fibre angle's screen-space derivatives, and a faint groove. */
const STRIAE = `
  vec2 cs = vFibre.xy;
  float r2 = dot(cs, cs);
  float angle = atan(cs.y, cs.x);
  // d(angle) from the derivatives of (cos, sin): no jump where atan wraps
  vec2 dAngle = vec2(cs.x * dFdx(cs.y) - cs.y * dFdx(cs.x), cs.x * dFdy(cs.y) - cs.y * dFdy(cs.x)) / max(r2, 1e-4);
  float n1 = floor(vFibre.z * 127.0 + 0.5);
  float n2 = floor(n1 / 2.5 + 0.5);
  float f1 = clamp(1.5 - n1 * (abs(dAngle.x) + abs(dAngle.y)), 0.0, 1.0);
  float f2 = clamp(1.5 - n2 * (abs(dAngle.x) + abs(dAngle.y)), 0.0, 1.0);
  float on = step(0.05, r2) * ${BUMP_HEIGHT.toFixed(6)} * mix(1.0, 0.35, tendonShare);
  // height h = on * (0.55 sin(n1 a) f1 + 0.45 sin(n2 a + 1.3) f2); its screen-space gradient
  float dh = on * (0.55 * n1 * cos(n1 * angle) * f1 + 0.45 * n2 * cos(n2 * angle + 1.3) * f2);
  vec2 dHdxy = dh * dAngle;
  vec3 surfPos = -vViewPosition;
  vec3 sigmaX = dFdx(surfPos);
  vec3 sigmaY = dFdy(surfPos);
  vec3 r1 = cross(sigmaY, normal);
  vec3 rr2 = cross(normal, sigmaX);
  float det = dot(sigmaX, r1);
  vec3 grad = sign(det) * (dHdxy.x * r1 + dHdxy.y * rr2);
  normal = normalize(abs(det) * normal - grad);
  float groove = (0.5 + 0.5 * sin(n2 * angle + 1.3)) * f2 * step(0.05, r2);
  diffuseColor.rgb *= 1.0 - 0.08 * groove * (1.0 - tendonShare);`;

import type * as THREE from 'three';

/**
 * The look of the "standard anatomy adds" grade: the material is drawn through diagonal stripes fixed on
 * the screen, so it reads as hatched beside the solid look of "the article says", by shape and not by colour
 * alone. Stripes in screen space need no texture coordinates, so any mesh can wear them. The regions on the skin
 * are striped with the same period (`regionShading.ts`).
 */
export const HATCH_PERIOD_CSS_PX = 10;

export function hatch<M extends THREE.Material>(material: M): M {
  // gl_FragCoord counts device pixels: keep the stripes the same width in CSS pixels on any screen.
  const period = HATCH_PERIOD_CSS_PX * (globalThis.devicePixelRatio || 1);
  material.onBeforeCompile = (shader) => {
    shader.uniforms.hatchPeriod = { value: period };
    shader.fragmentShader = shader.fragmentShader.replace(
      'void main() {',
      `uniform float hatchPeriod;
void main() {
  if (mod(gl_FragCoord.x + gl_FragCoord.y, hatchPeriod) < hatchPeriod * 0.45) discard;`,
    );
  };
  // Hatched and solid materials of the same type must not share a compiled program.
  material.customProgramCacheKey = () => `hatched:${period}`;
  return material;
}

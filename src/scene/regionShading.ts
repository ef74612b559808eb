import * as THREE from 'three';
import { HATCH_PERIOD_CSS_PX } from './hatching';
import { HIGHLIGHT } from './palette';

/**
 * The pain regions drawn on the skin itself. The GLB gives each skin vertex `_region` (src/model/soft/
 * regionWeights.ts): the two region slots it belongs to most and how much (0..255), soft at the borders. The
 * skin's materials read one small uniform array, a look per slot, and mix the lit regions' colour into the
 * skin: one draw, edges that follow the body, nothing to z-fight. A lit region is outlined where its weight
 * crosses one half, and the "standard anatomy adds" grade is striped (as `hatching.ts` stripes the sources):
 * the grade reads by pattern, not by colour alone.
 */
export const REGION_ATTRIBUTE = '_region';

/** Slots the shader knows: 14 regions × 2 sides (the model writes 255 for "none"). */
export const REGION_SLOTS = 28;

/** How a slot is drawn now. */
export interface RegionLook {
  readonly alpha: number;
  readonly hatched: boolean;
  readonly outlined: boolean;
  readonly colour: THREE.ColorRepresentation;
}

export interface RegionShading {
  /** xyz colour, w = alpha (< 1) + 2 × hatched + 4 × outlined, per slot. */
  readonly looks: { value: Float32Array };
  /** 1 while the skin layer shows; 0 draws the regions alone (skin layer off, isolate). */
  readonly skinAlpha: { value: number };
  /** Per slot, its border group (0..3; regionGroups.ts): neighbours differ, so their border is drawn. */
  readonly groups: { value: Float32Array };
  set(slot: number, look: RegionLook | null): void;
}

export function createRegionShading(): RegionShading {
  const looks = { value: new Float32Array(REGION_SLOTS * 4) };
  const colour = new THREE.Color();
  return {
    looks,
    skinAlpha: { value: 1 },
    groups: { value: new Float32Array(REGION_SLOTS) },
    set(slot, look) {
      if (slot < 0 || slot >= REGION_SLOTS) return;
      const o = slot * 4;
      if (!look) {
        looks.value.fill(0, o, o + 4);
        return;
      }
      colour.set(look.colour);
      looks.value[o] = colour.r;
      looks.value[o + 1] = colour.g;
      looks.value[o + 2] = colour.b;
      looks.value[o + 3] = Math.min(look.alpha, 0.99) + (look.hatched ? 2 : 0) + (look.outlined ? 4 : 0);
    },
  };
}

/**
 * Adds the regions to a skin material (after whatever its own `onBeforeCompile` does: the x-ray rim).
 * `pulse` (0..1) breathes the lit regions' opacity.
 */
export function withRegions<M extends THREE.Material>(
  material: M,
  shading: RegionShading,
  pulse: { value: number },
): M {
  const before = material.onBeforeCompile.bind(material);
  const beforeKey = material.customProgramCacheKey.bind(material);
  // gl_FragCoord counts device pixels: stripes the same width in CSS pixels on any screen.
  const period = HATCH_PERIOD_CSS_PX * (globalThis.devicePixelRatio || 1);
  material.onBeforeCompile = (shader, renderer) => {
    before(shader, renderer);
    shader.uniforms.regionLook = shading.looks;
    shader.uniforms.regionSkinAlpha = shading.skinAlpha;
    shader.uniforms.regionGroup = shading.groups;
    shader.uniforms.regionPulse = pulse;
    shader.uniforms.regionOutline = { value: new THREE.Color(HIGHLIGHT.outline) };
    shader.uniforms.regionHatchPeriod = { value: period };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute vec4 ${REGION_ATTRIBUTE};
uniform vec4 regionLook[${REGION_SLOTS}];
uniform float regionGroup[${REGION_SLOTS}];
varying vec3 vRegionColour;
varying vec4 vRegionGroup;
varying float vRegionAlpha;
varying float vRegionHatch;
varying float vRegionShown;
varying float vRegionLit;`,
      )
      .replace(
        '#include <project_vertex>',
        `#include <project_vertex>
vRegionColour = vec3(0.0);
vRegionAlpha = 0.0;
vRegionHatch = 0.0;
vRegionShown = 0.0;
vRegionLit = 0.0;
vRegionGroup = vec4(0.0);
for (int k = 0; k < 2; k++) {
  float slot = k == 0 ? ${REGION_ATTRIBUTE}.x : ${REGION_ATTRIBUTE}.y;
  float weight = (k == 0 ? ${REGION_ATTRIBUTE}.z : ${REGION_ATTRIBUTE}.w) / 255.0;
  if (slot >= ${REGION_SLOTS}.0) continue;
  vec4 look = regionLook[int(slot)];
  float outlined = step(4.0, look.w);
  float rest = look.w - 4.0 * outlined;
  float hatched = step(2.0, rest);
  float a = weight * (rest - 2.0 * hatched);
  vRegionColour += a * look.rgb;
  vRegionAlpha += a;
  vRegionHatch += a * hatched;
  vRegionShown += weight * step(0.001, a);
  vRegionLit += weight * outlined;
  vRegionGroup += weight * step(0.001, a) * vec4(equal(vec4(regionGroup[int(slot)]), vec4(0.0, 1.0, 2.0, 3.0)));
}`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        'void main() {',
        `uniform float regionSkinAlpha;
uniform float regionPulse;
uniform vec3 regionOutline;
uniform float regionHatchPeriod;
varying vec3 vRegionColour;
varying float vRegionAlpha;
varying float vRegionHatch;
varying float vRegionShown;
varying float vRegionLit;
varying vec4 vRegionGroup;
// paints a colour of opacity a over the skin's own (colour, alpha), as if it lay on it
void regionOver(vec3 colour, float a, inout vec3 light, inout float alpha) {
  float outA = a + alpha * (1.0 - a);
  light = (a * colour + (1.0 - a) * alpha * light) / max(outA, 1e-4);
  alpha = outA;
}
void main() {`,
      )
      .replace(
        '#include <opaque_fragment>',
        `// the skin's far side (drawn while regions show, to see them through the body) draws regions only
diffuseColor.a *= gl_FrontFacing ? regionSkinAlpha : 0.0;
#include <opaque_fragment>`,
      )
      // After tone mapping: a region shows its own colour, the legend's, whatever the light.
      .replace(
        '#include <tonemapping_fragment>',
        `#include <tonemapping_fragment>
if (vRegionAlpha > 0.002) {
  vec3 regionColour = vRegionColour / vRegionAlpha;
  float hatchShare = vRegionHatch / vRegionAlpha;
  float stripe = step(regionHatchPeriod * 0.45, mod(gl_FragCoord.x + gl_FragCoord.y, regionHatchPeriod));
  // full strength inside, a soft rim of about a centimetre at the border
  float regionA = vRegionAlpha / max(vRegionShown, 1e-3) * smoothstep(0.15, 0.75, vRegionShown);
  regionA *= mix(1.0, mix(0.2, 1.0, stripe), hatchShare);
  regionA *= mix(1.0, 0.6 + 0.4 * regionPulse, step(0.01, vRegionLit));
  regionOver(regionColour, clamp(regionA, 0.0, 1.0), gl_FragColor.rgb, gl_FragColor.a);
}
// the outline: where the lit regions' weight crosses one half, about 2 px wide
float regionEdge = 1.0 - smoothstep(0.0, fwidth(vRegionLit) * 1.2 + 1e-4, abs(vRegionLit - 0.5));
// every region shown gets a fainter one where its group's weight crosses one half: faint neighbours
// (all of them in "where does it hurt?") stay apart
vec4 groupEdges = 1.0 - smoothstep(vec4(0.0), fwidth(vRegionGroup) * 1.2 + 1e-4, abs(vRegionGroup - 0.5));
float groupEdge = max(max(groupEdges.x, groupEdges.y), max(groupEdges.z, groupEdges.w));
regionOver(regionOutline, max(regionEdge * 0.9, groupEdge * 0.45), gl_FragColor.rgb, gl_FragColor.a);`,
      );
  };
  material.customProgramCacheKey = () => `regions:${period}:${beforeKey()}`;
  return material;
}

import * as THREE from 'three';

/**
 * The x-ray look of what is not emphasised: a surface seen face-on is nearly clear, one seen edge-on (its
 * silhouette) is drawn brighter and more opaque, in a lighter shade of its own colour: a fresnel rim. Layers
 * stay legible (each muscle's outline in red, each bone's in ivory) where a flat grey wash would merge them.
 */
export function xrayMaterial(colour: string, faceOpacity: number, rimOpacity: number) {
  const material = new THREE.MeshStandardMaterial({
    color: colour,
    transparent: true,
    opacity: faceOpacity,
    depthWrite: false,
    roughness: 0.8,
  });
  const rim = new THREE.Color(colour).lerp(new THREE.Color('#ffffff'), 0.45);
  material.onBeforeCompile = (shader) => {
    shader.uniforms.xrayRim = { value: rim };
    shader.uniforms.xrayRimOpacity = { value: rimOpacity };
    shader.fragmentShader = shader.fragmentShader
      .replace('void main() {', 'uniform vec3 xrayRim;\nuniform float xrayRimOpacity;\nvoid main() {')
      .replace(
        '#include <opaque_fragment>',
        `float xrayEdge = 1.0 - clamp(abs(dot(normalize(normal), normalize(vViewPosition))), 0.0, 1.0);
  xrayEdge = xrayEdge * xrayEdge;
  outgoingLight = mix(outgoingLight, xrayRim, xrayEdge * 0.7);
  diffuseColor.a = mix(diffuseColor.a, xrayRimOpacity, xrayEdge);
  #include <opaque_fragment>`,
      );
  };
  material.customProgramCacheKey = () => 'xray';
  return material;
}

import * as THREE from 'three';
import { HIGHLIGHT } from './palette';

/**
 * An inverted-hull outline: the back faces of the same geometry pushed out along their normals in view
 * space, so the width does not depend on the node's (quantization) scale. One material for all meshes.
 */
export function createOutlineMaterial(widthMetres = 0.004): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    side: THREE.BackSide,
    transparent: true,
    uniforms: { color: { value: new THREE.Color(HIGHLIGHT.outline) }, width: { value: widthMetres } },
    vertexShader: /* glsl */ `
      uniform float width;
      void main() {
        vec3 n = normalize(normalMatrix * normal);
        vec4 viewPosition = modelViewMatrix * vec4(position, 1.0);
        viewPosition.xyz += n * width;
        gl_Position = projectionMatrix * viewPosition;
      }`,
    fragmentShader: /* glsl */ `
      uniform vec3 color;
      void main() { gl_FragColor = vec4(color, 1.0); }`,
  });
}

/**
 * A hidden outline for a mesh, sharing its geometry and placed at its world transform (the model is static),
 * so the loaded model itself is never changed. Shown only while the mesh is selected.
 */
export function createOutline(mesh: THREE.Mesh, material: THREE.Material): THREE.Mesh {
  const outline = new THREE.Mesh(mesh.geometry, material);
  outline.name = `${mesh.name}__outline`;
  outline.visible = false;
  outline.raycast = () => {};
  outline.renderOrder = 4.5; // just before its selected mesh, after the regions
  outline.matrixAutoUpdate = false;
  outline.matrix.copy(mesh.matrixWorld);
  return outline;
}

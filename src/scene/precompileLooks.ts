import * as THREE from 'three';
import type { SceneSetup } from './sceneSetup';

/**
 * Compiles the shader programs of every look the scene may switch to (faded, selected, sources, the skin
 * with its regions, the lighter muscle while moving), the outlines and the pathway arrows, once the first
 * frame is up and the page idle. Three otherwise compiles a program when it first draws it, which on
 * software GL holds the first selection, the first "where does it hurt?" or the first move for tens to
 * hundreds of milliseconds. Each material is compiled on its own kind's batch geometry (a mesh made here,
 * drawn never), with the scene's lights.
 */
export async function precompileLooks(
  gl: THREE.WebGLRenderer,
  scene: THREE.Scene,
  camera: THREE.Camera,
  setup: SceneSetup,
): Promise<void> {
  const stage = new THREE.Group();
  const fallback = new THREE.BufferGeometry();
  for (const { kind, material } of setup.materials.all()) {
    const geometry = setup.batches.get(kind)?.geometry ?? fallback;
    stage.add(new THREE.Mesh(geometry, material));
  }
  // The pathway arrows are made when first shown (arrows.ts); their programs are ready before that, on a
  // stand-in with an arrow's attributes (three's program differs for a geometry without positions).
  const arrowStandIn = new THREE.BufferGeometry();
  arrowStandIn.setAttribute('position', new THREE.BufferAttribute(new Float32Array(9), 3));
  arrowStandIn.setAttribute('along', new THREE.BufferAttribute(new Float32Array(3), 1));
  for (const material of Object.values(setup.arrowMaterials.byKind))
    stage.add(new THREE.Mesh(arrowStandIn, material));
  // compileAsync asks for KHR_parallel_shader_compile and warns where it is missing (Firefox): there the
  // programs are made at once, and the driver finishes them before their first draw.
  if (gl.extensions.has('KHR_parallel_shader_compile'))
    await Promise.all([gl.compileAsync(stage, camera, scene), gl.compileAsync(setup.group, camera, scene)]);
  else {
    gl.compile(stage, camera, scene);
    gl.compile(setup.group, camera, scene);
  }
  fallback.dispose();
  arrowStandIn.dispose();
}

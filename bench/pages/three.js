// Bare three.js baseline for the orbit benchmark: same GLB, same canvas size, camera, lights, background,
// antialiasing and tone mapping as the explorer (R3F defaults to ACES filmic), the GLB's own materials.
// Renders on demand, like the explorer's frameloop="demand". Query: w, h, fov, px, py, pz, tx, ty, tz, src, deep.
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';

const q = new URLSearchParams(location.search);
const num = (key, fallback) => (q.has(key) ? Number(q.get(key)) : fallback);
const width = num('w', innerWidth);
const height = num('h', innerHeight);
const target = new THREE.Vector3(num('tx', 0), num('ty', 0.6), num('tz', 0));

const renderer = new THREE.WebGLRenderer({ antialias: true, powerPreference: 'high-performance' });
renderer.setPixelRatio(Math.min(devicePixelRatio, 2));
renderer.setSize(width, height);
renderer.toneMapping = THREE.ACESFilmicToneMapping;
document.body.append(renderer.domElement);

const scene = new THREE.Scene();
scene.background = new THREE.Color('#10202e');
scene.add(new THREE.HemisphereLight('#ffffff', '#3a4a5a', 1.1));
const key = new THREE.DirectionalLight('#ffffff', 1.6);
key.position.set(1.5, 2.5, 3);
const rim = new THREE.DirectionalLight('#ffffff', 0.7);
rim.position.set(-2, 1.5, -2.5);
scene.add(key, rim);

const camera = new THREE.PerspectiveCamera(num('fov', 30), width / height, 0.05, 30);
camera.position.set(num('px', 0), num('py', 0.6), num('pz', 2.45));
camera.lookAt(target);
const offset = camera.position.clone().sub(target);
const spherical = new THREE.Spherical().setFromVector3(offset);

let dirty = true;
const loop = () => {
  if (dirty) {
    dirty = false;
    renderer.render(scene, camera);
  }
  requestAnimationFrame(loop);
};
requestAnimationFrame(loop);

const hook = {
  ready: false,
  /** Same orbit as the explorer's __explorerScene.orbitTo: azimuth around the target, 0 = front (+Z). */
  orbitTo(azimuth) {
    offset.setFromSpherical(new THREE.Spherical(spherical.radius, spherical.phi, azimuth));
    camera.position.copy(target).add(offset);
    camera.lookAt(target);
    dirty = true;
  },
  info: () => ({
    calls: renderer.info.render.calls,
    triangles: renderer.info.render.triangles,
    geometries: renderer.info.memory.geometries,
    textures: renderer.info.memory.textures,
    programs: renderer.info.programs?.length ?? 0,
  }),
};
window.__bare = hook;

// `deep`: the explorer's second file (its deep structures, fetched after its first frame), so both pages
// draw the same model; a missing one is skipped, as the explorer skips it.
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const files = [q.get('src') ?? '/app/models/lower-body.glb', ...(q.has('deep') ? [q.get('deep')] : [])];
Promise.allSettled(files.map((url) => loader.loadAsync(url))).then((loaded) => {
  for (const file of loaded) if (file.status === 'fulfilled') scene.add(file.value.scene);
  dirty = true;
  hook.ready = loaded[0].status === 'fulfilled';
});

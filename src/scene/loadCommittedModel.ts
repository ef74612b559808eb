/// <reference types="node" />
import { readFileSync } from 'node:fs';
import type * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

/** For the scene's tests: a committed GLB of public/models, parsed as the browser parses it (meshopt and all). */
export async function loadCommittedModel(file = 'lower-body.glb'): Promise<THREE.Object3D> {
  const bytes = readFileSync(new URL(`../../public/models/${file}`, import.meta.url));
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).parseAsync(data, '');
  return gltf.scene;
}

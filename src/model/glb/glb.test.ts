/// <reference types="node" />
/**
 * The generated GLB: catalogue names, budgets, determinism against the committed file, and that
 * three's GLTFLoader (with its MeshoptDecoder) loads it in Node. Needs the soft-tissue meshes too.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Mesh, Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import {
  MIDLINE_STRUCTURE_IDS,
  PAIRED_STRUCTURE_IDS,
  REGION_IDS,
  SIDES,
  nodeName,
} from '../../content/ids.ts';
import type { MeshData } from '../types.ts';
import { buildModel } from '../buildModel.ts';
import { writeGlb } from './writeGlb.ts';

const COMMITTED = new URL('../../../public/models/lower-body.glb', import.meta.url);

let meshes: MeshData[];
let bytes: Uint8Array;
beforeAll(async () => {
  meshes = await buildModel();
  bytes = await writeGlb(meshes);
}, 600_000);

const catalogue = (): string[] => [
  ...MIDLINE_STRUCTURE_IDS.map((id) => nodeName(id, null)),
  ...PAIRED_STRUCTURE_IDS.flatMap((id) => SIDES.map((s) => nodeName(id, s))),
];

async function load(data: Uint8Array): Promise<Object3D> {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const ab = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const gltf = await loader.parseAsync(ab, '');
  return gltf.scene;
}

describe('lower-body.glb', () => {
  it('has exactly one node per catalogue structure and side (regions are on the skin)', () => {
    const names = meshes.map((m) => m.name).sort();
    expect(names).toEqual(catalogue().sort());
  });

  it('fits the budgets: 150k triangles, 1.5 MB', () => {
    expect(meshes.reduce((a, m) => a + m.indices.length / 3, 0)).toBeLessThanOrEqual(150_000);
    expect(bytes.length).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });

  it('is deterministic and matches the committed public/models/lower-body.glb', async () => {
    const again = await writeGlb(meshes);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const committed = readFileSync(COMMITTED);
    expect(committed.equals(Buffer.from(bytes)), 'run `npm run model` and commit the GLB').toBe(true);
  });

  it('loads with GLTFLoader + MeshoptDecoder, names and extras intact', async () => {
    await MeshoptDecoder.ready;
    const scene = await load(bytes);
    const found = new Map<string, Object3D>();
    scene.traverse((o) => {
      if ((o as Mesh).isMesh) found.set(o.name, o);
    });
    expect(found.size).toBe(meshes.length);
    const femur = found.get('femur_l');
    expect(femur?.userData).toMatchObject({ kind: 'bone', id: 'femur', side: 'left' });
    // the skin's regions: four bytes a vertex, and the slots' names for every region on both sides
    const skin = found.get('skin') as Mesh;
    const region = skin.geometry.getAttribute('_region');
    expect(region.itemSize).toBe(4);
    expect(region.array).toBeInstanceOf(Uint8Array);
    expect(region.normalized).toBe(false);
    const slots = skin.userData.regions as string[];
    expect([...slots].sort()).toEqual(REGION_IDS.flatMap((id) => SIDES.map((s) => nodeName(id, s))).sort());
    const sacrum = found.get('sacrum');
    expect(sacrum?.userData).toMatchObject({ kind: 'bone', id: 'sacrum', side: null });
  });
});

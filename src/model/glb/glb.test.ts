/// <reference types="node" />
/**
 * The generated GLBs (start view and deep structures, modelFiles.ts): catalogue names, budgets, determinism
 * against the committed files, and that three's GLTFLoader (with its MeshoptDecoder) loads them in Node.
 * Needs the soft-tissue meshes too.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Mesh, Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import {
  DEEP_STRUCTURE_IDS,
  MIDLINE_STRUCTURE_IDS,
  PAIRED_STRUCTURE_IDS,
  REGION_IDS,
  SIDES,
  nodeName,
} from '../../content/ids.ts';
import type { MeshData } from '../types.ts';
import { buildModel } from '../buildModel.ts';
import { writeGlb } from './writeGlb.ts';
import { DEEP_FILE, START_FILE, splitModel } from './modelFiles.ts';

const committed = (name: string): Buffer =>
  readFileSync(new URL(`../../../public/models/${name}`, import.meta.url));

let meshes: MeshData[];
let start: MeshData[];
let deep: MeshData[];
let bytes: Uint8Array;
let deepBytes: Uint8Array;
beforeAll(async () => {
  meshes = await buildModel();
  ({ start, deep } = splitModel(meshes));
  bytes = await writeGlb(start);
  deepBytes = await writeGlb(deep);
}, 600_000);
const triangles = (ms: readonly MeshData[]): number => ms.reduce((a, m) => a + m.indices.length / 3, 0);

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

describe('lower-body.glb and lower-body-deep.glb', () => {
  it('have exactly one node per catalogue structure and side between them (regions are on the skin)', () => {
    const names = meshes.map((m) => m.name).sort();
    expect(names).toEqual(catalogue().sort());
    expect([...start, ...deep].length).toBe(meshes.length);
  });

  it('put the deep structures, and only them, in the deep file', () => {
    const deepNames = DEEP_STRUCTURE_IDS.flatMap((id) => SIDES.map((s) => nodeName(id, s))).sort();
    expect(deep.map((m) => m.name).sort()).toEqual(deepNames);
    expect(start.some((m) => deepNames.includes(m.name))).toBe(false);
  });

  it('fit the budgets: the start view 150k triangles and 1.0 MB, the deep file 46k and 420 kB', () => {
    expect(triangles(start)).toBeLessThanOrEqual(150_000);
    expect(bytes.length).toBeLessThanOrEqual(1_000_000);
    // The deep file loads after the first frame (budget ours, not the issue's): 40k leaves room for the toe
    // tendons and rounded ligaments without touching what a tablet draws first; 42k and 380 kB (from 40k and
    // 360 kB) since the sole's third layer (issue 13: flexor hallucis brevis, adductor hallucis, flexor digiti
    // minimi brevis, ~1.5k triangles and ~22 kB both sides); 43k and 390 kB since the posterior oblique
    // ligament's superficial arm (issue 13: 100 triangles a side, ~2 kB), with the plantar aponeurosis' flat
    // slips the file was within 0.2k triangles and 1 kB of the old budget; 44k and 400 kB since the interossei
    // (issue 13: the sole's fourth layer, seven slender bellies a side, ~1.2k triangles and ~15.5 kB both
    // sides); 45k and 410 kB since the oblique popliteal ligament (issue 13: a band of 240 triangles a side,
    // ~5.9 kB both sides with its two nodes; the file stood at 43.8k and 399.0 kB, within 1 kB of the old
    // budget); 46k and 420 kB since the deep medial collateral ligament (issue 13: a band of 300 triangles a
    // side, ~6.5 kB both sides; the file stood at 44.3k and 405 kB). The start view's budget stays.
    expect(triangles(deep)).toBeLessThanOrEqual(46_000);
    expect(deepBytes.length).toBeLessThanOrEqual(420_000);
  });

  it('are deterministic and match the committed public/models files', async () => {
    const again = await writeGlb(start);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(committed(START_FILE).equals(Buffer.from(bytes)), 'run `npm run model` and commit the GLB').toBe(
      true,
    );
    expect(
      committed(DEEP_FILE).equals(Buffer.from(deepBytes)),
      'run `npm run model` and commit the deep GLB',
    ).toBe(true);
  });

  it('loads with GLTFLoader + MeshoptDecoder, names and extras intact', async () => {
    await MeshoptDecoder.ready;
    const found = new Map<string, Object3D>();
    for (const file of [bytes, deepBytes])
      (await load(file)).traverse((o) => {
        if ((o as Mesh).isMesh) found.set(o.name, o);
      });
    expect(found.size).toBe(meshes.length);
    expect(found.get('popliteus_r')?.userData).toMatchObject({
      kind: 'muscle',
      id: 'popliteus',
      side: 'right',
    });
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

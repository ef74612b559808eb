/**
 * Generates the model from src/model (npm run model): public/models/lower-body.glb, what the start view
 * draws, and public/models/lower-body-deep.glb, the deep structures the app loads after the first frame
 * (src/model/glb/modelFiles.ts). Deterministic: running it twice gives identical bytes; a test compares the
 * committed files with a fresh build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel } from '../src/model/buildModel.ts';
import { DEEP_FILE, START_FILE, splitModel } from '../src/model/glb/modelFiles.ts';
import { writeGlb } from '../src/model/glb/writeGlb.ts';
import type { MeshData } from '../src/model/types.ts';

async function write(name: string, meshes: readonly MeshData[]): Promise<void> {
  const bytes = await writeGlb(meshes);
  const out = resolve(dirname(fileURLToPath(import.meta.url)), '../public/models', name);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const tris = meshes.reduce((a, m) => a + m.indices.length / 3, 0);
  console.log(`wrote ${out}: ${meshes.length} nodes, ${tris} triangles, ${bytes.length} bytes`);
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const { start, deep } = splitModel(await buildModel());
  await write(START_FILE, start);
  await write(DEEP_FILE, deep);
  console.log(`${Date.now() - t0} ms`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * Generates public/models/lower-body.glb from src/model (npm run model). Deterministic: running it
 * twice gives identical bytes; a test compares the committed file with a fresh build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel } from '../src/model/buildModel.ts';
import { writeGlb } from '../src/model/glb/writeGlb.ts';

async function main(): Promise<void> {
  const t0 = Date.now();
  const meshes = await buildModel();
  const bytes = await writeGlb(meshes);
  const out = resolve(dirname(fileURLToPath(import.meta.url)), '../public/models/lower-body.glb');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const tris = meshes.reduce((a, m) => a + m.indices.length / 3, 0);
  console.log(
    `wrote ${out}: ${meshes.length} nodes, ${tris} triangles, ${bytes.length} bytes, ${Date.now() - t0} ms`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

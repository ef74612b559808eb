/**
 * Prints how the committed model (public/models/lower-body.glb) measures against published anatomy
 * (npm run model:report): muscle volume shares (Handsfield 2014), bone measures, skin girths, budgets.
 * The same measurements are enforced by src/model/measure/*.test.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGlb } from '../src/model/measure/readGlb.ts';
import { reportLines } from '../src/model/measure/report.ts';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../public/models/lower-body.glb');
const bytes = readFileSync(process.env.REPORT_GLB ?? file);
const meshes = await readGlb(bytes);
for (const line of await reportLines(meshes, bytes.length)) console.log(line);

/**
 * Prints how the committed model (public/models/lower-body.glb and lower-body-deep.glb) measures against
 * published anatomy (npm run model:report): muscle volume shares (Handsfield 2014), bone measures, skin
 * girths, the start view's budgets. The same measurements are enforced by src/model/measure/*.test.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGlb } from '../src/model/measure/readGlb.ts';
import { reportLines } from '../src/model/measure/report.ts';
import { DEEP_FILE, START_FILE } from '../src/model/glb/modelFiles.ts';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../public/models');
const bytes = readFileSync(process.env.REPORT_GLB ?? resolve(dir, START_FILE));
const meshes = [...(await readGlb(bytes)), ...(await readGlb(readFileSync(resolve(dir, DEEP_FILE))))];
for (const line of await reportLines(meshes, bytes.length)) console.log(line);

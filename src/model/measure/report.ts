/** The text of `npm run model:report`: each measurement beside its published reference. */
import type { MeshData } from '../types.ts';
import { splitModel } from '../glb/modelFiles.ts';
import { compareShares, SHARE_TOLERANCE } from './muscleVolumes.ts';
import { muscleVolumesCm3 } from './measureModel.ts';
import { skinGirths } from './girths.ts';
import { boneForm } from './boneForm.ts';

/** Allowed deviation of a girth from ANSUR II (issue 13: 10 %). */
export const GIRTH_TOLERANCE = 0.1;

const pct = (v: number): string => `${(100 * v).toFixed(1)} %`;
const pad = (s: string, n: number): string => s.padEnd(n);
const num = (v: number, n: number, d = 0): string => v.toFixed(d).padStart(n);

export async function reportLines(meshes: readonly MeshData[], bytes: number): Promise<string[]> {
  const out: string[] = [];
  const rows = compareShares(await muscleVolumesCm3(meshes));
  out.push(
    'Muscle volume shares (left side) vs Handsfield et al. 2014 (via Rajagopal 2016; its regressions where that model has none), ±25 % allowed',
  );
  out.push(
    `${pad('muscle', 24)} ${'model cm³'.padStart(9)} ${'ref cm³'.padStart(8)}  model %  ref %   ratio`,
  );
  for (const r of rows) {
    const flag = Math.abs(r.ratio - 1) > SHARE_TOLERANCE ? '  <-- out of range' : '';
    out.push(
      `${pad(r.id, 24)} ${num(r.model, 9)} ${num(r.reference, 8)}  ${pct(r.modelShare).padStart(7)} ${pct(r.referenceShare).padStart(7)} ${num(r.ratio, 6, 2)}${flag}`,
    );
  }
  out.push('');
  out.push('Bone form (left side, measured on the meshes) vs published normal ranges for adult men');
  for (const b of boneForm(new Map(meshes.map((m) => [m.name, m])))) {
    const inRange = b.value >= b.range[0] && b.value <= b.range[1];
    out.push(
      `${pad(b.name, 34)} ${num(b.value, 6, 1)} ${pad(b.unit, 2)}  normal ${b.range[0].toFixed(1)}–${b.range[1].toFixed(1)}${inRange ? '' : '  <-- out of range'}  (${b.source})`,
    );
  }
  const skin = meshes.find((m) => m.name === 'skin');
  if (skin) {
    out.push('');
    out.push('Skin girths / stature vs ANSUR II men (Gordon et al. 2014), ±10 % allowed');
    for (const g of skinGirths(skin)) {
      const r = g.ratio / g.reference.mean;
      const flag = Math.abs(r - 1) > GIRTH_TOLERANCE ? '  <-- out of range' : '';
      out.push(
        `${pad(g.name, 34)} y ${g.y.toFixed(3)} m  ${g.ratio.toFixed(4)} H  ref ${g.reference.mean.toFixed(4)} H  ratio ${r.toFixed(2)}${flag}`,
      );
    }
  }
  const { start, deep } = splitModel(meshes);
  const tris = (ms: readonly MeshData[]): number => ms.reduce((s, m) => s + m.indices.length / 3, 0);
  out.push('');
  out.push(
    `Budgets: start view ${tris(start)} triangles (≤ 150,000), ${bytes} bytes (≤ 1,000,000); deep file ${tris(deep)} triangles`,
  );
  return out;
}

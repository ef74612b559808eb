/** Turns a SoftSpec into a closed mesh plus an approximate field of the body (for later push-outs). */
import type { Sdf, Vec3 } from '../types';
import { hintedFrames } from '../kernel/pathFrames.ts';
import { loftPath, loftSheet } from '../kernel/loft.ts';
import type { RawMesh } from '../kernel/mesh.ts';
import { ellipseLoftSdf, ringsSdf } from './bodySdf';
import { smoothPath, resample, catmullRom } from '../kernel/spline.ts';
import { profileAt, type PathSpec, type SheetSpec, type SoftSpec } from './spec';
import { buildLimbBody } from './sectioned';
import { muscleAlong } from './fibres';

export interface SoftBody {
  mesh: RawMesh;
  /** Approximate signed distance to the body (negative inside). */
  sdf: Sdf;
  /** Vertices per ring of the loft (its vertices are ring-major, then two cap centres). */
  ring: number;
  /** Muscle share of each ring (1 muscle, 0 tendon), from the spec's tendinous ends (soft/fibres.ts). */
  muscle: number[];
}

export function pathControlPoints(s: PathSpec): Vec3[] {
  return [s.origin.p, ...s.via, s.insertion.p];
}

function buildPath(s: PathSpec): SoftBody {
  const n = s.rings ?? 36;
  const path = smoothPath(pathControlPoints(s), n);
  const frames = hintedFrames(path, s.widthDir);
  const k = Math.sqrt(s.bulk ?? 1);
  const size = (u: number): { width: number; thickness: number } => {
    const p = profileAt(s.profile, u);
    return { width: p.width * k, thickness: p.thickness * k };
  };
  const sizes = path.map((_, i) => size(i / (n - 1)));
  const ring = s.segments ?? 14;
  const mesh = loftPath(path, frames, size, ring, s.power ?? 2);
  const muscle = path.map((_, i) => muscleAlong(i / (n - 1), s.tendons?.origin, s.tendons?.insertion));
  return { mesh, sdf: ellipseLoftSdf(path, frames, sizes), ring, muscle };
}

/** Spines across a sheet: spine k runs through the point at fraction k/(K-1) of every cross-line. */
export function sheetSpines(s: SheetSpec): Vec3[][] {
  const k = s.spines ?? 5;
  const n = s.rings ?? 32;
  const across = s.lines.map((line) => resample(catmullRom(line, 8), k));
  const spines: Vec3[][] = [];
  for (let i = 0; i < k; i++)
    spines.push(
      smoothPath(
        across.map((a) => a[i]!),
        n,
      ),
    );
  return spines;
}

function buildSheet(s: SheetSpec): SoftBody {
  const spines = sheetSpines(s);
  const k = s.bulk ?? 1;
  const mesh = loftSheet(spines, (u, v) => s.thickness(u, v) * k, s.segments ?? 20);
  // Rebuild the rings from the mesh layout (ring-major, then two cap centres) for the field.
  const seg = s.segments ?? 20;
  const rings: Vec3[][] = [];
  const nr = spines[0]!.length;
  for (let r = 0; r < nr; r++) {
    const ring: Vec3[] = [];
    for (let j = 0; j < seg; j++) {
      const i = 3 * (r * seg + j);
      ring.push([mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!]);
    }
    rings.push(ring);
  }
  const muscle = rings.map((_, r) => muscleAlong(r / (nr - 1), s.tendons?.origin, s.tendons?.insertion));
  return { mesh, sdf: ringsSdf(rings), ring: seg, muscle };
}

export function buildSoftBody(s: SoftSpec): SoftBody {
  if (s.kind === 'limb') return buildLimbBody(s);
  return s.kind === 'path' ? buildPath(s) : buildSheet(s);
}

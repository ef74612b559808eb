/** Turns a SoftSpec into a closed mesh plus an approximate field of the body (for later push-outs). */
import type { Sdf, Vec3 } from '../types';
import { hintedFrames } from '../kernel/pathFrames.ts';
import { loftPath, loftSheet } from '../kernel/loft.ts';
import type { RawMesh } from '../kernel/mesh.ts';
import { ellipseLoftSdf, ringsSdf } from './bodySdf';
import { arcFractions, resample, catmullRom, resampleBends, resampleBendsAcross } from '../kernel/spline.ts';
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
  /** Each ring's fraction of the length (0 origin, 1 insertion), where the rings are not evenly spaced. */
  along?: number[];
}

export function pathControlPoints(s: PathSpec): Vec3[] {
  return [s.origin.p, ...s.via, s.insertion.p];
}

/**
 * A path's rings are spaced evenly in arc length plus RING_TURN_WEIGHT times the turn (radians) its centre
 * line makes beyond RING_FREE_TURN per evenly spaced piece (kernel/spline.ts' resampleBends), the weight
 * lowered where a straight run's rings would lie more than RING_MAX_GAP times the even spacing apart:
 * no path turns more than ~26 deg from one ring to the next (evenly spaced rings left corners of up to
 * 75 deg) and a gentle curve (the iliotibial band, the gemelli) keeps its even rings.
 */
export const RING_TURN_WEIGHT = 0.4;
export const RING_FREE_TURN = (10 * Math.PI) / 180;
export const RING_MAX_GAP = 1.5;

/** A path's ring centres and each one's fraction of the arc length (0 origin, 1 insertion). */
export function pathRings(s: PathSpec): { points: Vec3[]; along: number[] } {
  const dense = catmullRom(pathControlPoints(s), 24);
  return resampleBends(
    dense,
    s.rings ?? 36,
    s.ringTurnWeight ?? RING_TURN_WEIGHT,
    RING_FREE_TURN,
    s.ringMaxGap ?? RING_MAX_GAP,
  );
}

function buildPath(s: PathSpec): SoftBody {
  const { points: path, along } = pathRings(s);
  const frames = hintedFrames(path, s.widthDir, along);
  const k = Math.sqrt(s.bulk ?? 1);
  const size = (u: number): { width: number; thickness: number } => {
    const p = profileAt(s.profile, u);
    return { width: p.width * k, thickness: p.thickness * k };
  };
  const sizes = along.map(size);
  const ring = s.segments ?? 14;
  const mesh = loftPath(path, frames, size, ring, s.power ?? 2, along, s.leastThickness);
  const muscle = along.map((u) => muscleAlong(u, s.tendons?.origin, s.tendons?.insertion));
  return { mesh, sdf: ellipseLoftSdf(path, frames, sizes), ring, muscle, along };
}

/**
 * Spines across a sheet: spine k runs through the point at fraction k/(K-1) of every cross-line, and one
 * more through the `edge` points where the spec has them. Their rings
 * crowd into the sheet's bends as a path's do (pathRings), at the same fractions of every spine's length, so
 * each ring runs straight across the sheet (with `ringsOnLines`, of every spine's length remapped so that each
 * cross-line lies at one fraction on all of them); `along` is each ring's fraction.
 */
export function sheetRings(s: SheetSpec): { spines: Vec3[][]; along: number[] } {
  const k = s.spines ?? 5;
  const across = s.lines.map((line, j) => {
    const crossings = resample(catmullRom(line, 8), k);
    return s.edge ? [...crossings, s.edge[j]!] : crossings;
  });
  const dense = Array.from({ length: across[0]!.length }, (_, i) =>
    catmullRom(
      across.map((a) => a[i]!),
      24,
    ),
  );
  const { lines, along } = resampleBendsAcross(
    dense,
    s.rings ?? 32,
    RING_TURN_WEIGHT,
    RING_FREE_TURN,
    RING_MAX_GAP,
    s.ringsOnLines ? linesAtOneFraction(dense, across.length) : undefined,
  );
  return { spines: lines, along };
}

/**
 * Each dense spine's fractions of its arc length (its vertices, `perLine` to each piece between two of the
 * `lineCount` cross-lines), remapped piece by piece so that every cross-line lies at one fraction on all of
 * them: the mean of its fractions on the spines.
 */
function linesAtOneFraction(dense: readonly Vec3[][], lineCount: number): number[][] {
  const fr = dense.map(arcFractions);
  const perLine = (dense[0]!.length - 1) / (lineCount - 1);
  const line = (f: readonly number[], j: number): number => f[Math.round(j * perLine)]!;
  const at = Array.from({ length: lineCount }, (_, j) => fr.reduce((a, f) => a + line(f, j), 0) / fr.length);
  return fr.map((f) =>
    f.map((x, i) => {
      const j = Math.min(lineCount - 2, Math.floor(i / perLine));
      const [a, b] = [line(f, j), line(f, j + 1)];
      return at[j]! + ((at[j + 1]! - at[j]!) * (x - a)) / (b - a);
    }),
  );
}

function buildSheet(s: SheetSpec): SoftBody {
  const { spines, along } = sheetRings(s);
  const k = s.bulk ?? 1;
  const seg = s.segments ?? 20;
  const mesh = loftSheet(spines, (u, v) => s.thickness(u, v) * k, seg, along);
  // Rebuild the rings from the mesh layout (ring-major, then two cap centres) for the field.
  const rings: Vec3[][] = [];
  for (let r = 0; r < spines[0]!.length; r++) {
    const ring: Vec3[] = [];
    for (let j = 0; j < seg; j++) {
      const i = 3 * (r * seg + j);
      ring.push([mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!]);
    }
    rings.push(ring);
  }
  const muscle = along.map((u) => muscleAlong(u, s.tendons?.origin, s.tendons?.insertion));
  return { mesh, sdf: ringsSdf(rings), ring: seg, muscle, along };
}

export function buildSoftBody(s: SoftSpec): SoftBody {
  if (s.kind === 'limb') return buildLimbBody(s);
  return s.kind === 'path' ? buildPath(s) : buildSheet(s);
}

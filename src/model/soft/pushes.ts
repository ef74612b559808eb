/**
 * How far the fit moves a trunk or gluteal muscle away from the shape its spec draws: each earlier muscle
 * ALONE pushing the unfitted loft out of its field (as the build does, soft/index.ts), and the skin's clamp
 * pressing it in. A large push is a shape the spec does not give: it changes whenever that neighbour changes
 * (npm run model:pushes; pushes.test.ts bounds it).
 */
import type { RawMesh } from '../types';
import { muscleFits, NEIGHBOUR_MARGIN, pushFromAll, type Field, type MuscleFit } from './index';
import { skinSdf } from './skin';
import { keepInside } from './skinClamp';
import { skinMarginAt } from './skinMargin';

/** A push counts as moving a vertex past this (metres): below it a push is the fascial margin's sliver. */
export const MOVED = 0.001;

export interface Push {
  /** The pushing muscle (`id (part)`), or `skin` for the clamp. */
  readonly by: string;
  /** Largest displacement of a vertex, metres. */
  readonly max: number;
  /** Vertices moved more than MOVED. */
  readonly moved: number;
  /** Where the largest is: fraction along the loft (0 origin, 1 insertion) and the vertex itself. */
  readonly along: number;
  readonly at: readonly [number, number, number];
}

export interface MusclePushes {
  readonly id: string;
  readonly part?: string;
  readonly vertices: number;
  /** Every earlier muscle that moves any vertex, largest push first. */
  readonly neighbours: readonly Push[];
  readonly skin: Push;
}

function measure(fit: MuscleFit, by: string, move: (m: RawMesh) => void): Push {
  const before = fit.loft.positions;
  const mesh = { positions: Float32Array.from(before), indices: fit.loft.indices };
  move(mesh);
  let max = 0;
  let worst = 0;
  let moved = 0;
  const p = mesh.positions;
  for (let i = 0; i < p.length / 3; i++) {
    const d = Math.hypot(
      p[3 * i]! - before[3 * i]!,
      p[3 * i + 1]! - before[3 * i + 1]!,
      p[3 * i + 2]! - before[3 * i + 2]!,
    );
    if (d > MOVED) moved++;
    if (d > max) {
      max = d;
      worst = i;
    }
  }
  // vertices are ring-major, then the two cap centres (kernel/loft.ts)
  const rings = Math.floor((p.length / 3 - 2) / fit.ring);
  const ring =
    worst < rings * fit.ring ? Math.floor(worst / fit.ring) : (worst - rings * fit.ring) * (rings - 1);
  return {
    by,
    max,
    moved,
    along: ring / Math.max(1, rings - 1),
    at: [before[3 * worst]!, before[3 * worst + 1]!, before[3 * worst + 2]!],
  };
}

const label = (f: { id?: string; part?: string }): string => `${f.id ?? '?'}${f.part ? ` (${f.part})` : ''}`;

/** The pushes on each trunk or gluteal muscle piece whose id is in `ids` (all, without), in drawing order. */
export function musclePushes(ids?: readonly string[]): MusclePushes[] {
  const skin = skinSdf();
  return muscleFits()
    .filter((fit) => !ids || ids.includes(fit.id))
    .map((fit) => ({
      id: fit.id,
      ...(fit.part ? { part: fit.part } : {}),
      vertices: fit.loft.positions.length / 3,
      neighbours: fit.fields
        .map((f: Field) => measure(fit, label(f), (m) => pushFromAll(m, [f], NEIGHBOUR_MARGIN)))
        .filter((push) => push.max > 0)
        .sort((a, b) => b.max - a.max),
      skin: measure(fit, 'skin', (m) => keepInside(m, skin, skinMarginAt)),
    }));
}

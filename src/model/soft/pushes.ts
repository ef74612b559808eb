/**
 * How far the fit moves a trunk, gluteal or hip rotator muscle away from the shape its spec draws: each
 * earlier muscle ALONE pushing the unfitted loft out of its field (as the build does, soft/index.ts), the
 * skin's clamp pressing it in, and the bones' field pushing it out. A large push is a shape the spec does not
 * give: it changes whenever that neighbour changes, and a muscle the bones push far lies in the wrong place
 * (npm run model:pushes; pushes.test.ts bounds it).
 */
import type { RawMesh } from '../types';
import { muscleFits, pushFromAll, type Field, type MuscleFit } from './index';
import { BONE_MARGIN, NEIGHBOUR_MARGIN } from './margins';
import { skinSdf } from './skin';
import { keepInside } from './skinClamp';
import { skinMarginAt } from './skinMargin';

/** A push counts as moving a vertex past this (metres): below it a push is the fascial margin's sliver. */
export const MOVED = 0.001;

/**
 * Rings at each end of a loft that count as its attachment: the end ring (with its cap) and the one before
 * it, which lie within ~1 cm of the bone the end is laid on.
 */
export const END_RINGS = 2;

export interface Push {
  /** The pushing muscle (`id (part)`), `skin` for the clamp, `bones` for the bones' field. */
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
  /** The bones' field alone: over the END_RINGS rings at each end (where the muscle meets its bone) and between. */
  readonly bones: { readonly ends: Push; readonly between: Push };
}

/** The ring a vertex lies on: vertices are ring-major, then the two cap centres (kernel/loft.ts). */
function ringOf(fit: MuscleFit, i: number): { ring: number; rings: number } {
  const rings = Math.floor((fit.loft.positions.length / 3 - 2) / fit.ring);
  const ring = i < rings * fit.ring ? Math.floor(i / fit.ring) : (i - rings * fit.ring) * (rings - 1);
  return { ring, rings };
}

const atEnd = ({ ring, rings }: { ring: number; rings: number }): boolean =>
  ring < END_RINGS || ring >= rings - END_RINGS;

/** How far `move` displaces each vertex of the unfitted loft. */
function displacements(fit: MuscleFit, move: (m: RawMesh) => void): Float64Array {
  const before = fit.loft.positions;
  const mesh = { positions: Float32Array.from(before), indices: fit.loft.indices };
  move(mesh);
  const p = mesh.positions;
  const d = new Float64Array(p.length / 3);
  for (let i = 0; i < d.length; i++)
    d[i] = Math.hypot(
      p[3 * i]! - before[3 * i]!,
      p[3 * i + 1]! - before[3 * i + 1]!,
      p[3 * i + 2]! - before[3 * i + 2]!,
    );
  return d;
}

/** The largest displacement and the vertices moved, over the vertices `counts` keeps. */
function summarize(
  fit: MuscleFit,
  by: string,
  d: Float64Array,
  counts: (i: number) => boolean = () => true,
): Push {
  let max = 0;
  let worst = 0;
  let moved = 0;
  for (let i = 0; i < d.length; i++) {
    if (!counts(i)) continue;
    if (d[i]! > MOVED) moved++;
    if (d[i]! > max) {
      max = d[i]!;
      worst = i;
    }
  }
  const { ring, rings } = ringOf(fit, worst);
  const p = fit.loft.positions;
  return {
    by,
    max,
    moved,
    along: fit.along?.[ring] ?? ring / Math.max(1, rings - 1),
    at: [p[3 * worst]!, p[3 * worst + 1]!, p[3 * worst + 2]!],
  };
}

const label = (f: { id?: string; part?: string }): string => `${f.id ?? '?'}${f.part ? ` (${f.part})` : ''}`;

/** The pushes on each fitted muscle piece whose id is in `ids` (all, without), in drawing order. */
export function musclePushes(ids?: readonly string[]): MusclePushes[] {
  const skin = skinSdf();
  return muscleFits()
    .filter((fit) => !ids || ids.includes(fit.id))
    .map((fit) => {
      const bones = displacements(fit, (m) => pushFromAll(m, fit.bones, BONE_MARGIN));
      return {
        id: fit.id,
        ...(fit.part ? { part: fit.part } : {}),
        vertices: fit.loft.positions.length / 3,
        neighbours: fit.fields
          .map((f: Field) =>
            summarize(
              fit,
              label(f),
              displacements(fit, (m) => pushFromAll(m, [f], NEIGHBOUR_MARGIN)),
            ),
          )
          .filter((push) => push.max > 0)
          .sort((a, b) => b.max - a.max),
        skin: summarize(
          fit,
          'skin',
          displacements(fit, (m) => keepInside(m, skin, skinMarginAt)),
        ),
        bones: {
          ends: summarize(fit, 'bones (end rings)', bones, (i) => atEnd(ringOf(fit, i))),
          between: summarize(fit, 'bones', bones, (i) => !atEnd(ringOf(fit, i))),
        },
      };
    });
}

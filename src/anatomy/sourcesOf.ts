/**
 * The pain graph read backwards: "it hurts here" -> which structures can be the source, by the article's
 * word or by what standard anatomy adds (each source carries its grade). Built from spreadFrom over every
 * structure and side, once, so both directions always agree. Structures that the article says change only
 * the position or mechanics of a region (H4, H5) are kept apart: they are not pain sources.
 */
import { CATALOGUE } from '../content';
import {
  CLAIM_IDS,
  SIDES,
  STRUCTURE_IDS,
  isPaired,
  type ClaimId,
  type RegionId,
  type Side,
  type StructureId,
} from '../content/ids';
import type { Connection, Effect, Grade, PathwayKind } from '../content/schema';
import { PATHWAY_KINDS } from '../content/vocabulary';
import { bestGrade, spreadFrom } from './spreadFrom';

export interface StructureSource {
  readonly structure: StructureId;
  readonly side: Side | null;
  readonly grade: Grade;
  readonly claims: readonly ClaimId[];
  readonly pathways: readonly PathwayKind[];
  readonly connections: readonly Connection[];
}

export interface RegionSource {
  readonly region: RegionId;
  /** The side of the source region; both sides when a region's claim spreads to both. */
  readonly side: Side;
  readonly grade: Grade;
  readonly claims: readonly ClaimId[];
  readonly pathways: readonly PathwayKind[];
  readonly connections: readonly Connection[];
}

let index: Map<string, StructureSource[]> | null = null;

function buildIndex(): Map<string, StructureSource[]> {
  const byTarget = new Map<string, StructureSource[]>();
  for (const structure of STRUCTURE_IDS) {
    const sides: readonly (Side | null)[] = isPaired(structure) ? SIDES : [null];
    for (const side of sides)
      for (const spread of spreadFrom(structure, side)) {
        const key = `${spread.region}:${spread.side}:${spread.effect}`;
        const list = byTarget.get(key) ?? [];
        list.push({
          structure,
          side,
          grade: spread.grade,
          claims: spread.claims,
          pathways: spread.pathways,
          connections: spread.connections,
        });
        byTarget.set(key, list);
      }
  }
  return byTarget;
}

function lookup(region: RegionId, side: Side, effect: Effect): readonly StructureSource[] {
  index ??= buildIndex();
  return index.get(`${region}:${side}:${effect}`) ?? [];
}

/** Structures whose pain can reach this region on this side, in structure-id order. */
export const sourcesOf = (region: RegionId, side: Side): readonly StructureSource[] =>
  lookup(region, side, 'pain');

/** Structures the article says change this region's position or mechanics only (H4, H5): not pain. */
export const functionSourcesOf = (region: RegionId, side: Side): readonly StructureSource[] =>
  lookup(region, side, 'function');

/** Regions whose own pain the article says can spread here (e.g. B4: the low back -> knee and hip). */
export function regionSourcesOf(
  region: RegionId,
  side: Side,
  connections: readonly Connection[] = CATALOGUE.connections,
): RegionSource[] {
  const sources = new Map<string, { region: RegionId; side: Side; connections: Connection[] }>();
  for (const c of connections) {
    if (c.from.kind !== 'region' || c.effect !== 'pain' || !c.to.includes(region)) continue;
    const fromSides: readonly Side[] = c.sides === 'both' ? SIDES : [side];
    for (const s of fromSides) {
      const key = `${c.from.id}:${s}`;
      const entry = sources.get(key) ?? { region: c.from.id, side: s, connections: [] };
      entry.connections.push(c);
      sources.set(key, entry);
    }
  }
  return [...sources.values()].map((s) => ({
    ...s,
    grade: bestGrade(s.connections),
    claims: CLAIM_IDS.filter((id) => s.connections.some((c) => c.claim === id)),
    pathways: PATHWAY_KINDS.filter((p) => s.connections.some((c) => c.pathway === p)),
  }));
}

/**
 * A source's links of one grade only, or null if it has none: reverse mode lists a source under "the article
 * says" with the claims the article makes about it there, and under "standard anatomy adds" with the others,
 * so a claim is never shown under a grade its link does not have.
 */
export function ofGrade<S extends StructureSource | RegionSource>(source: S, grade: Grade): S | null {
  const connections = source.connections.filter((c) => c.grade === grade);
  if (connections.length === 0) return null;
  return {
    ...source,
    grade,
    claims: CLAIM_IDS.filter((id) => connections.some((c) => c.claim === id)),
    pathways: PATHWAY_KINDS.filter((p) => connections.some((c) => c.pathway === p)),
    connections,
  };
}

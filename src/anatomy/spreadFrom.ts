/**
 * Where pain from a structure can be felt, per the article's claims and what standard anatomy adds: the pain
 * graph read forwards. A structure spreads through the connections that start at it and, for nerves, through
 * every nerve connection whose path runs along it (tapping the sciatic nerve shows what its roots' pain
 * reaches). Spreads are kept apart by effect: pain, or only a change of position or mechanics (H4, H5),
 * which is never shown as pain.
 */
import { CATALOGUE } from '../content';
import {
  CLAIM_IDS,
  REGION_IDS,
  SIDES,
  isPaired,
  type ClaimId,
  type RegionId,
  type Side,
  type StructureId,
} from '../content/ids';
import type { Connection, Effect, Grade, PathwayKind } from '../content/schema';
import { PATHWAY_KINDS } from '../content/vocabulary';

export interface PathStep {
  readonly id: StructureId;
  /** null for midline structures (discs, vertebrae). */
  readonly side: Side | null;
}

export interface Spread {
  readonly region: RegionId;
  readonly side: Side;
  /** Pain felt there, or only a change of its position or mechanics ('function'). */
  readonly effect: Effect;
  /** 'article' when one of the connections is the article's own word, else 'anatomy' (standard anatomy adds). */
  readonly grade: Grade;
  readonly claims: readonly ClaimId[];
  readonly pathways: readonly PathwayKind[];
  readonly connections: readonly Connection[];
  /** Nerve paths (root first) that carry the pain to this region; empty for other pathways. */
  readonly paths: readonly (readonly PathStep[])[];
}

interface Hit {
  readonly connection: Connection;
  readonly side: Side;
  readonly path: readonly PathStep[] | null;
}

const stepsOn = (ids: readonly StructureId[], side: Side): PathStep[] =>
  ids.map((id) => ({ id, side: isPaired(id) ? side : null }));

export function checkSide(id: StructureId, side: Side | null): Side | null {
  if (isPaired(id) && side === null) throw new Error(`${id} is paired: give a side`);
  return isPaired(id) ? side : null;
}

function hitsFrom(id: StructureId, side: Side | null, connections: readonly Connection[]): Hit[] {
  const hits: Hit[] = [];
  for (const connection of connections) {
    const { from, path } = connection;
    if (from.kind === 'structure' && from.id === id) {
      const sides: readonly Side[] = connection.sides === 'both' || side === null ? SIDES : [side];
      for (const s of sides) hits.push({ connection, side: s, path: path ? stepsOn(path, s) : null });
    } else if (side !== null && path && path.indexOf(id) > 0) {
      // Pain carried along this nerve: keep this side only, and draw from the root on (not the disc/bone).
      const root = path.findIndex((step) => step.endsWith('_nerve_root'));
      hits.push({ connection, side, path: stepsOn(path.slice(Math.max(root, 0)), side) });
    }
  }
  return hits;
}

const pathKey = (path: readonly PathStep[]) => path.map((s) => `${s.id}:${s.side ?? '-'}`).join('>');

/** The stronger grade of a group: the article's word wins over what anatomy adds. */
export const bestGrade = (connections: readonly Connection[]): Grade =>
  connections.some((c) => c.grade === 'article') ? 'article' : 'anatomy';

/**
 * Merges hits per (region, side, effect), ordered by region, then side, pain before function; lists in
 * catalogue/article order.
 */
export function mergeHits(hits: readonly Hit[]): Spread[] {
  const groups = new Map<string, { region: RegionId; side: Side; effect: Effect; hits: Hit[] }>();
  for (const hit of hits)
    for (const region of hit.connection.to) {
      const effect = hit.connection.effect;
      const key = `${region}:${hit.side}:${effect}`;
      const group = groups.get(key) ?? { region, side: hit.side, effect, hits: [] };
      group.hits.push(hit);
      groups.set(key, group);
    }
  const rank = (g: { region: RegionId; side: Side; effect: Effect }) =>
    REGION_IDS.indexOf(g.region) * 4 + SIDES.indexOf(g.side) * 2 + (g.effect === 'pain' ? 0 : 1);
  return [...groups.values()]
    .sort((a, b) => rank(a) - rank(b))
    .map(({ region, side, effect, hits: group }) => {
      const claims = new Set(group.map((h) => h.connection.claim));
      const pathways = new Set(group.map((h) => h.connection.pathway));
      const paths = new Map<string, readonly PathStep[]>();
      for (const h of group) if (h.path) paths.set(pathKey(h.path), h.path);
      const connections = [...new Set(group.map((h) => h.connection))];
      return {
        region,
        side,
        effect,
        grade: bestGrade(connections),
        claims: CLAIM_IDS.filter((c) => claims.has(c)),
        pathways: PATHWAY_KINDS.filter((p) => pathways.has(p)),
        connections,
        paths: [...paths.values()],
      };
    });
}

/** Where pain is felt (not where only position or mechanics change). */
export const isPain = (spread: Spread) => spread.effect === 'pain';

/**
 * Regions (with side) where pain from this structure on this side can be felt, and (effect 'function')
 * where the article says it changes position or mechanics only.
 */
export function spreadFrom(
  id: StructureId,
  side: Side | null,
  connections: readonly Connection[] = CATALOGUE.connections,
): Spread[] {
  return mergeHits(hitsFrom(id, checkSide(id, side), connections));
}

/** Regions reached from a region itself (claims phrased about a region, such as B4 "low back"). */
export function spreadFromRegion(
  region: RegionId,
  side: Side,
  connections: readonly Connection[] = CATALOGUE.connections,
): Spread[] {
  const hits: Hit[] = [];
  for (const connection of connections) {
    if (connection.from.kind !== 'region' || connection.from.id !== region) continue;
    const sides: readonly Side[] = connection.sides === 'both' ? SIDES : [side];
    for (const s of sides) hits.push({ connection, side: s, path: null });
  }
  return mergeHits(hits);
}

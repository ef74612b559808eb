/**
 * "My hip and my knee both hurt": what could connect the regions a patient marked. Two kinds of answer:
 * - a structure whose pain (or, H5, whose pull on the position) reaches several marked regions (the IT band:
 *   side of the hip by H3 and K1, outside of the knee by K1), read from the pain graph (sourcesOf);
 * - a mechanics or gait claim that links body parts without a structure between them (a limp after a knee
 *   injury, B5; a stiff hip changing how the knee moves, H4), read from the claim's own words: the body
 *   part it starts from (BODY_PARTS) and the regions it names (`names.regions`).
 * Entries are ranked by how many marked regions they reach, then by grade. Sides are never merged: a
 * right hip and a left knee stay two marks, and an entry lists the side of every mark it reaches.
 */
import { BODY_PARTS, CATALOGUE } from '../content';
import { CLAIM_IDS, SIDES, STRUCTURE_IDS } from '../content/ids';
import type { ClaimId, RegionId, Side, StructureId } from '../content/ids';
import { PATHWAY_KINDS } from '../content/vocabulary';
import type { Claim, Connection, ConnectionSource, Effect, Grade, PathwayKind } from '../content/schema';
import { functionSourcesOf, sourcesOf } from './sourcesOf';
import type { StructureSource } from './sourcesOf';

/** A region marked as hurting, on one side. */
export interface Mark {
  readonly region: RegionId;
  readonly side: Side;
}

/** How an entry reaches one marked region. */
export interface MarkLink {
  readonly mark: Mark;
  /** Pain felt there, or (H4, H5) only a change of its position or mechanics. */
  readonly effect: Effect;
  readonly grade: Grade;
  readonly claims: readonly ClaimId[];
  readonly pathways: readonly PathwayKind[];
  /** The graph's connections behind the link (a claim entry may name a region no connection draws). */
  readonly connections: readonly Connection[];
  /** For a claim entry: where the trouble starts ('start', the knee of B5) or where it spreads ('reach'). */
  readonly role: 'start' | 'reach';
}

interface EntryBase {
  readonly links: readonly MarkLink[];
  /** Marks reached (any effect); what the ranking counts first. */
  readonly reach: number;
  /** Marks reached by pain. */
  readonly pain: number;
  /** 'article' when every link is the article's word, else 'anatomy' (a chain is as strong as its weakest link). */
  readonly grade: Grade;
}

export type Connector =
  | (EntryBase & { readonly kind: 'structure'; readonly structure: StructureId; readonly side: Side | null })
  | (EntryBase & {
      readonly kind: 'claim';
      readonly claim: ClaimId;
      /** The side of the body part it starts from. */
      readonly side: Side;
      readonly pathway: PathwayKind;
      /** The claim's connections from the body part it names (their texts explain the entry). */
      readonly connections: readonly Connection[];
    });

export interface MarkConnections {
  /** Entries that reach two marked regions or more, best first. */
  readonly connecting: readonly Connector[];
  /** Structures that reach one marked region only, best first. */
  readonly single: readonly Connector[];
}

/** How many of the best entries are drawn as pathways on the body: enough to compare, few enough to read. */
export const DRAWN_CONNECTORS = 3;

const sameSource = (a: ConnectionSource, b: ConnectionSource) => a.kind === b.kind && a.id === b.id;

/** The body part a claim starts from, when each source it names is one ("the knee", "low back"). */
function startRegions(claim: Claim): readonly RegionId[] | null {
  const { sources } = claim.names;
  if (sources.length === 0) return null;
  const regions: RegionId[] = [];
  for (const source of sources) {
    const part = BODY_PARTS.find((p) => sameSource(p.source, source));
    if (!part) return null;
    regions.push(...part.regions);
  }
  return regions;
}

/**
 * The claims that link body parts without a structure between them: a mechanics or gait pathway whose
 * named sources are all body parts (B4, B5, H4, H6, K3). Derived from the content, not listed.
 */
export const MECHANICS_CLAIMS: readonly ClaimId[] = CATALOGUE.claims
  .filter((c) => (c.pathway === 'mechanics' || c.pathway === 'gait') && startRegions(c) !== null)
  .map((c) => c.id);

const isMechanicsClaim = (id: ClaimId) => MECHANICS_CLAIMS.includes(id);

const markKey = (m: Mark) => `${m.region}:${m.side}`;

/** Marks without repeats, in the order given. */
export function distinctMarks(marks: readonly Mark[]): Mark[] {
  const seen = new Set<string>();
  return marks.filter((m) => !seen.has(markKey(m)) && seen.add(markKey(m)));
}

function entryOf(links: MarkLink[]): EntryBase {
  return {
    links,
    reach: links.length,
    pain: links.filter((l) => l.effect === 'pain').length,
    grade: links.every((l) => l.grade === 'article') ? 'article' : 'anatomy',
  };
}

/** A structure's link to a mark, leaving out the mechanics claims (they are entries of their own). */
function structureLink(mark: Mark, source: StructureSource, effect: Effect): MarkLink | null {
  const connections = source.connections.filter(
    (c) => !isMechanicsClaim(c.claim) && c.effect === effect && c.to.includes(mark.region),
  );
  if (connections.length === 0) return null;
  return {
    mark,
    effect,
    grade: connections.some((c) => c.grade === 'article') ? 'article' : 'anatomy',
    claims: CLAIM_IDS.filter((id) => connections.some((c) => c.claim === id)),
    pathways: PATHWAY_KINDS.filter((p) => connections.some((c) => c.pathway === p)),
    connections,
    role: 'reach',
  };
}

function structureEntries(marks: readonly Mark[]): Connector[] {
  const byStructure = new Map<string, { structure: StructureId; side: Side | null; links: MarkLink[] }>();
  for (const mark of marks) {
    // Pain first: it wins over a change of position for the same mark (a hip flexor's pain and its pull).
    const found: [StructureSource, Effect][] = [
      ...sourcesOf(mark.region, mark.side).map((s): [StructureSource, Effect] => [s, 'pain']),
      ...functionSourcesOf(mark.region, mark.side).map((s): [StructureSource, Effect] => [s, 'function']),
    ];
    for (const [source, effect] of found) {
      const link = structureLink(mark, source, effect);
      if (!link) continue;
      const key = `${source.structure}:${source.side ?? '-'}`;
      const entry = byStructure.get(key) ?? { structure: source.structure, side: source.side, links: [] };
      if (!entry.links.some((l) => markKey(l.mark) === markKey(mark))) entry.links.push(link);
      byStructure.set(key, entry);
    }
  }
  return [...byStructure.values()]
    .map(({ structure, side, links }) => ({ kind: 'structure' as const, structure, side, ...entryOf(links) }))
    .filter((e) => e.pain > 0);
}

function claimEntries(marks: readonly Mark[]): Connector[] {
  const entries: Connector[] = [];
  for (const claim of CATALOGUE.claims) {
    if (!isMechanicsClaim(claim.id) || !claim.pathway) continue;
    const start = startRegions(claim) ?? [];
    const targets = claim.names.regions.filter((r) => !start.includes(r));
    const own = CATALOGUE.connections.filter(
      (c) => c.claim === claim.id && claim.names.sources.some((s) => sameSource(s, c.from)),
    );
    const bothSides = own.some((c) => c.sides === 'both');
    // H4: the back and the knee change their mechanics; the other claims say they start to hurt.
    const reaching = own.filter((c) => c.to.some((r) => targets.includes(r)));
    const effect: Effect =
      reaching.length > 0 && reaching.every((c) => c.effect === 'function') ? 'function' : 'pain';
    for (const side of SIDES) {
      const starts = marks.filter((m) => m.side === side && start.includes(m.region));
      if (starts.length === 0) continue;
      const reached = marks.filter((m) => targets.includes(m.region) && (bothSides || m.side === side));
      const link = (mark: Mark, role: MarkLink['role'], linkEffect: Effect): MarkLink => {
        const connections = own.filter((c) => c.to.includes(mark.region) && c.effect === linkEffect);
        // The claim's words name both the body part it starts from and the regions it reaches.
        return {
          mark,
          effect: linkEffect,
          grade: 'article',
          claims: [claim.id],
          pathways: [claim.pathway!],
          connections,
          role,
        };
      };
      const links = [
        ...starts.map((m) => link(m, 'start', 'pain')),
        ...reached.map((m) => link(m, 'reach', effect)),
      ];
      if (links.length < 2) continue;
      entries.push({
        kind: 'claim',
        claim: claim.id,
        side,
        pathway: claim.pathway,
        connections: own,
        ...entryOf(links),
      });
    }
  }
  return entries;
}

const articleLinks = (e: Connector) => e.links.filter((l) => l.grade === 'article').length;
const orderOf = (e: Connector) =>
  e.kind === 'structure'
    ? STRUCTURE_IDS.indexOf(e.structure) * 3 + (e.side === null ? 0 : SIDES.indexOf(e.side) + 1)
    : CLAIM_IDS.indexOf(e.claim) * 3 + SIDES.indexOf(e.side) + 1;

/**
 * Best first: more marked regions reached, more of them by pain, more of the links in the article's own
 * words; then a named structure before a general chain of mechanics (the more specific answer); then
 * catalogue and article order, so the list is stable.
 */
function compare(a: Connector, b: Connector): number {
  return (
    b.reach - a.reach ||
    b.pain - a.pain ||
    articleLinks(b) - articleLinks(a) ||
    (a.kind === b.kind ? 0 : a.kind === 'structure' ? -1 : 1) ||
    orderOf(a) - orderOf(b)
  );
}

/** What could connect the marked regions, ranked (see the file comment). Repeated marks count once. */
export function connectMarks(marks: readonly Mark[]): MarkConnections {
  const distinct = distinctMarks(marks);
  const all = [...structureEntries(distinct), ...claimEntries(distinct)].sort(compare);
  return { connecting: all.filter((e) => e.reach >= 2), single: all.filter((e) => e.reach < 2) };
}

/**
 * Parses raw content with the zod schemas and checks what a schema alone cannot: every id present exactly
 * once, references between records valid, nerve paths well formed. Returns the problems instead of
 * throwing, so tests can feed it broken data.
 */
import { CLAIM_IDS, REGION_IDS, STRUCTURE_IDS, type ClaimId, type RegionId, type StructureId } from './ids';
import {
  ClaimSchema,
  ConnectionSchema,
  RegionSchema,
  StructureSchema,
  type Claim,
  type Connection,
  type Reference,
  type Region,
  type StudiedStructure,
} from './schema';
import type { z } from 'zod';
import { GRAY, MOORE } from './references';

/** The whole content as validated: the structures with their facts (facts/index.ts). */
export interface Catalogue {
  readonly structures: readonly StudiedStructure[];
  readonly regions: readonly Region[];
  readonly claims: readonly Claim[];
  readonly connections: readonly Connection[];
}

export interface RawCatalogue {
  readonly structures: readonly unknown[];
  readonly regions: readonly unknown[];
  readonly claims: readonly unknown[];
  readonly connections: readonly unknown[];
}

function parseAll<T>(
  schema: z.ZodType<T>,
  items: readonly unknown[],
  label: string,
  problems: string[],
): T[] {
  const out: T[] = [];
  items.forEach((item, i) => {
    const result = schema.safeParse(item);
    if (result.success) out.push(result.data);
    else {
      const id = (item as { id?: unknown } | null)?.id;
      for (const issue of result.error.issues)
        problems.push(
          `${label}[${i}]${typeof id === 'string' ? ` (${id})` : ''} ${issue.path.join('.')}: ${issue.message}`,
        );
    }
  });
  return out;
}

function exactlyOnce(
  expected: readonly string[],
  actual: readonly string[],
  label: string,
  problems: string[],
) {
  const counts = new Map<string, number>();
  for (const id of actual) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const id of expected) {
    const n = counts.get(id) ?? 0;
    if (n !== 1) problems.push(`${label} ${id}: expected exactly one entry, found ${n}`);
  }
}

/** A path may start at the spine itself: a nerve root, a disc, a vertebra or the sacrum. */
const PATH_STARTS = new Set(['nerve', 'disc']);
const isSpinalBone = (id: StructureId) => /_vertebra$/.test(id) || id === 'sacrum';

export function validateCatalogue(raw: RawCatalogue): { catalogue: Catalogue; problems: string[] } {
  const problems: string[] = [];
  const structures = parseAll(StructureSchema, raw.structures, 'structure', problems);
  const regions = parseAll(RegionSchema, raw.regions, 'region', problems);
  const claims = parseAll(ClaimSchema, raw.claims, 'claim', problems);
  const connections = parseAll(ConnectionSchema, raw.connections, 'connection', problems);

  exactlyOnce(
    STRUCTURE_IDS,
    structures.map((s) => s.id),
    'structure',
    problems,
  );
  exactlyOnce(
    REGION_IDS,
    regions.map((r) => r.id),
    'region',
    problems,
  );
  exactlyOnce(
    CLAIM_IDS,
    claims.map((c) => c.id),
    'claim',
    problems,
  );
  const connectionIds = connections.map((c) => c.id);
  exactlyOnce([...new Set(connectionIds)], connectionIds, 'connection', problems);

  const byId = new Map(structures.map((s) => [s.id, s]));
  for (const s of structures) {
    for (const nerve of s.muscle?.innervation.nerves ?? [])
      if (byId.get(nerve)?.kind !== 'nerve')
        problems.push(`structure ${s.id}: innervation nerve ${nerve} is not a nerve`);
    const parent = s.nerve?.branchOf;
    if (parent !== undefined && byId.get(parent)?.kind !== 'nerve')
      problems.push(`structure ${s.id}: branchOf ${parent} is not a nerve`);
    // A student reads every muscle and nerve fact against a named table or section.
    if ((s.muscle || s.nerve) && !s.references.some((r) => r.locator))
      problems.push(`structure ${s.id}: no reference says where the facts are found (locator)`);
  }

  const claimById = new Map<ClaimId, Claim>(claims.map((c) => [c.id, c]));
  const orders = claims.map((c) => c.order);
  if (new Set(orders).size !== orders.length) problems.push('claims: two claims share an order');
  for (const c of connections) {
    const claim = claimById.get(c.claim);
    if (claim && claim.pathway !== c.pathway)
      problems.push(
        `connection ${c.id}: pathway ${c.pathway} differs from claim ${c.claim} (${String(claim.pathway)})`,
      );
    // The article grade only where the claim's own words name this source and every region it reaches.
    if (claim) {
      const named =
        claim.names.sources.some((s) => s.kind === c.from.kind && s.id === c.from.id) &&
        c.to.every((r) => claim.names.regions.includes(r));
      if (c.grade === 'article' && !named)
        problems.push(
          `connection ${c.id}: graded article, but ${c.claim} does not name its source and regions`,
        );
      if (c.grade === 'anatomy' && named)
        problems.push(`connection ${c.id}: graded anatomy, but ${c.claim} names its source and regions`);
    }
    if (c.path) {
      const [first] = c.path;
      const last = c.path[c.path.length - 1];
      const firstKind = first === undefined ? undefined : byId.get(first)?.kind;
      if (first === undefined || !(PATH_STARTS.has(firstKind ?? '') || isSpinalBone(first)))
        problems.push(`connection ${c.id}: path must start at a nerve root, disc or vertebra`);
      if (first !== undefined && firstKind === 'nerve' && !first.endsWith('_nerve_root'))
        problems.push(`connection ${c.id}: a path starting at a nerve must start at a root`);
      if (last === undefined || byId.get(last)?.kind !== 'nerve')
        problems.push(`connection ${c.id}: path must end at a nerve`);
      for (const step of c.path.slice(1))
        if (byId.get(step)?.kind !== 'nerve')
          problems.push(`connection ${c.id}: ${step} on a nerve path is not a nerve`);
      // Pain is felt through nerves that carry feeling: a motor-only nerve cannot end a pain path.
      if (last !== undefined && byId.get(last)?.nerve?.fibres === 'motor')
        problems.push(`connection ${c.id}: pain cannot travel in ${last}, a motor-only nerve`);
    }
  }
  // A student can look up every textbook fact: Moore and Gray's are cited with the chapter and table or section.
  const textbooks = new Set([MOORE.source, GRAY.source]);
  const unlocated = (refs: readonly Reference[] | undefined) =>
    (refs ?? []).filter((r) => textbooks.has(r.source) && !r.locator).map((r) => r.short ?? r.source);
  for (const s of structures)
    for (const name of unlocated(s.references))
      problems.push(`structure ${s.id}: ${name} cited without where`);
  for (const c of connections)
    for (const name of unlocated(c.references))
      problems.push(`connection ${c.id}: ${name} cited without where`);
  const knownRegions = new Set<RegionId>(regions.map((r) => r.id));
  for (const c of connections)
    for (const r of c.to) if (!knownRegions.has(r)) problems.push(`connection ${c.id}: unknown region ${r}`);

  return { catalogue: { structures, regions, claims, connections }, problems };
}

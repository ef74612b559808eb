/**
 * The content catalogue and its lookups. The data is typed here and validated by the tests
 * (content.test.ts: zod schemas plus the cross-checks of validate.ts), not at run time: it never changes
 * after the build, and the app then ships neither zod nor the schemas. The structures' student facts and
 * references are not here: they load on demand from facts/index.ts.
 */
import { CLAIMS } from './claims';
import { CONNECTIONS } from './connections';
import type { ClaimId, RegionId, StructureId } from './ids';
import { REGIONS } from './regions';
import type { Claim, Connection, Region, Structure } from './schema';
import { STRUCTURES } from './structures';

/** What every screen uses: the structures without their student facts (see facts/index.ts). */
export interface Catalogue {
  readonly structures: readonly Structure[];
  readonly regions: readonly Region[];
  readonly claims: readonly Claim[];
  readonly connections: readonly Connection[];
}

export const CATALOGUE: Catalogue = {
  structures: STRUCTURES,
  regions: REGIONS,
  claims: CLAIMS,
  connections: CONNECTIONS,
};

const indexBy = <K extends string, T extends { id: K }>(items: readonly T[]): ReadonlyMap<K, T> =>
  new Map(items.map((item) => [item.id, item]));

export const STRUCTURE_BY_ID: ReadonlyMap<StructureId, Structure> = indexBy(CATALOGUE.structures);
export const REGION_BY_ID: ReadonlyMap<RegionId, Region> = indexBy(CATALOGUE.regions);
export const CLAIM_BY_ID: ReadonlyMap<ClaimId, Claim> = indexBy(CATALOGUE.claims);

function mustGet<K, V>(map: ReadonlyMap<K, V>, id: K, what: string): V {
  const value = map.get(id);
  if (value === undefined) throw new Error(`unknown ${what} ${String(id)}`);
  return value;
}

export const structureById = (id: StructureId): Structure => mustGet(STRUCTURE_BY_ID, id, 'structure');
export const regionById = (id: RegionId): Region => mustGet(REGION_BY_ID, id, 'region');
export const claimById = (id: ClaimId): Claim => mustGet(CLAIM_BY_ID, id, 'claim');

/** Claims in article order. */
export const CLAIMS_IN_ORDER: readonly Claim[] = [...CATALOGUE.claims].sort((a, b) => a.order - b.order);

export type * from './schema';
export * from './vocabulary';
export { ARTICLE } from './article';
export { BODY_PARTS } from './claims';

/** The pain graph and search: pure functions over the validated content. */
export { spreadFrom, spreadFromRegion, type PathStep, type Spread } from './spreadFrom';
export { sourcesOf, regionSourcesOf, type StructureSource, type RegionSource } from './sourcesOf';
export { searchStructures, type SearchHit } from './searchStructures';
export { normalize, damerauLevenshtein } from './textMatch';

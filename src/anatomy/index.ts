/** The pain graph and search: pure functions over the validated content. */
export { spreadFrom, spreadFromRegion, isPain, bestGrade, type PathStep, type Spread } from './spreadFrom';
export {
  sourcesOf,
  functionSourcesOf,
  regionSourcesOf,
  ofGrade,
  type StructureSource,
  type RegionSource,
} from './sourcesOf';
export { searchStructures, type SearchHit } from './searchStructures';
export { normalize, damerauLevenshtein } from './textMatch';
export {
  connectMarks,
  DRAWN_CONNECTORS,
  distinctMarks,
  MECHANICS_CLAIMS,
  type Connector,
  type Mark,
  type MarkConnections,
  type MarkLink,
} from './connectMarks';
export { DRAWN_SOURCES, drawnSourcesOf, rankSources, rankedSourcesOf } from './rankSources';

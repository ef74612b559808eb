/**
 * Which of a region's pain sources come first, so the scene can draw a few instead of a tangle ("Where does
 * it hurt?" on the right low back has eight). The order: the article's own word first; then what standard
 * anatomy adds to one of the article's claims there (the gluteus maximus and tensor fasciae latae beside the
 * IT band, K1); then the sources with the most claims (a nerve root named by B1 and B2 before a vertebra
 * named by one); ties keep sourcesOf's order. Pure and stable.
 */
import { nodeName, type RegionId, type Side } from '../content/ids';
import { sourcesOf, type StructureSource } from './sourcesOf';

/** How many sources the scene draws at once in "where does it hurt?" unless asked for all of them. */
export const DRAWN_SOURCES = 4;

export function rankSources(sources: readonly StructureSource[]): StructureSource[] {
  const articleClaims = new Set(sources.filter((s) => s.grade === 'article').flatMap((s) => s.claims));
  const score = (s: StructureSource) => [
    s.grade === 'article' ? 0 : 1,
    s.claims.some((c) => articleClaims.has(c)) ? 0 : 1,
    -s.claims.length,
  ];
  return sources
    .map((source, order) => ({ source, order, key: score(source) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) {
        const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
        if (d !== 0) return d;
      }
      return a.order - b.order;
    })
    .map(({ source }) => source);
}

/** A region's pain sources, best first (see rankSources). */
export const rankedSourcesOf = (region: RegionId, side: Side): StructureSource[] =>
  rankSources(sourcesOf(region, side));

/**
 * The sources the scene draws for a region: the best DRAWN_SOURCES, or `all` of them, plus the one named by
 * `preview` (a node name: the source pointed at or focused in the list). The scene and the labels both ask here.
 */
export function drawnSourcesOf(
  region: RegionId,
  side: Side,
  view: { readonly all: boolean; readonly preview: string | null },
): StructureSource[] {
  return rankedSourcesOf(region, side).filter(
    (source, i) => view.all || i < DRAWN_SOURCES || nodeName(source.structure, source.side) === view.preview,
  );
}

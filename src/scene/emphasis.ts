import { nodeName } from '../content/ids';
import type { Connection, PathwayKind } from '../content/schema';
import { connectMarks, DRAWN_CONNECTORS, drawnSourcesOf, sourcesOf, spreadFrom } from '../anatomy';
import type { Mark } from '../anatomy';
import type { Focus, Selection } from '../state/types';
import type { ClaimId, Side, StructureId } from '../content/ids';

export interface Arrow {
  /** Node names: the arrow runs from the centre of one mesh to the centre of another. */
  readonly from: string;
  readonly to: string;
  readonly pathway: PathwayKind;
}

/**
 * What the scene shows for a selection, as node names. Pure: derived from the pain graph alone.
 * `hatchedRegions` and `hatchedSources` are the lit regions and sources that only standard anatomy adds
 * (drawn striped); the others are the article's own word (drawn solid).
 */
export interface Emphasis {
  readonly selected: ReadonlySet<string>;
  readonly pathway: ReadonlySet<string>;
  readonly regions: ReadonlySet<string>;
  readonly hatchedRegions: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly hatchedSources: ReadonlySet<string>;
  readonly arrows: readonly Arrow[];
  /**
   * "Where does it hurt?": how many pain sources the region has in all; `sources` holds the ones drawn (the
   * best few, or all of them when asked). 0 outside that mode.
   */
  readonly sourceCount: number;
}

/**
 * What reverse mode draws: the best few sources (DRAWN_SOURCES) or `all` of them, plus the `preview`, a source
 * pointed at or focused in the list (a node name), so the one under the finger is always on the body.
 */
export interface SourceView {
  readonly all: boolean;
  readonly preview: string | null;
}

export const TOP_SOURCES: SourceView = { all: false, preview: null };
export const ALL_SOURCES: SourceView = { all: true, preview: null };

export const NO_EMPHASIS: Emphasis = {
  selected: new Set(),
  pathway: new Set(),
  regions: new Set(),
  hatchedRegions: new Set(),
  sources: new Set(),
  hatchedSources: new Set(),
  arrows: [],
  sourceCount: 0,
};

interface Building {
  selected: Set<string>;
  pathway: Set<string>;
  regions: Set<string>;
  /** Regions lit by the article's word somewhere in this emphasis: they stay solid. */
  articleRegions: Set<string>;
  arrows: Map<string, Arrow>;
}

const building = (): Building => ({
  selected: new Set(),
  pathway: new Set(),
  regions: new Set(),
  articleRegions: new Set(),
  arrows: new Map(),
});

function finish(
  into: Building,
  sources = new Set<string>(),
  hatchedSources = new Set<string>(),
  sourceCount = 0,
): Emphasis {
  for (const name of into.selected) into.pathway.delete(name);
  const hatchedRegions = new Set([...into.regions].filter((r) => !into.articleRegions.has(r)));
  return {
    selected: into.selected,
    pathway: into.pathway,
    regions: into.regions,
    hatchedRegions,
    sources,
    hatchedSources,
    arrows: [...into.arrows.values()],
    sourceCount,
  };
}

export const arrowKey = (arrow: Arrow) => `${arrow.from}>${arrow.to}:${arrow.pathway}`;

/**
 * One arrow per pair of ends: two kinds between the same ends (the knee joint to the low back by mechanics,
 * K3, and by gait, B5) would be two tubes on one curve. The first kind given wins: callers give the article's
 * kinds first; the panel lists every link.
 */
function pushArrow(arrows: Map<string, Arrow>, arrow: Arrow) {
  if (arrow.from === arrow.to) return;
  const ends = `${arrow.from}>${arrow.to}`;
  if (![...arrows.values()].some((a) => `${a.from}>${a.to}` === ends)) arrows.set(arrowKey(arrow), arrow);
}

/** The pathway kinds of some connections, those the article itself makes first. */
const kindsOf = (connections: readonly Connection[]): PathwayKind[] => [
  ...new Set(
    [...connections]
      .sort((a, b) => (a.grade === b.grade ? 0 : a.grade === 'article' ? -1 : 1))
      .map((c) => c.pathway),
  ),
];

/**
 * Adds one structure's spread (optionally only what one claim says) to the sets being built. Nerve pain
 * is drawn by the glowing nerves themselves; the other pathways get an arrow to each region.
 */
function addSpread(id: StructureId, side: Side | null, claim: ClaimId | null, into: Building) {
  const self = nodeName(id, side);
  into.selected.add(self);
  for (const spread of spreadFrom(id, side)) {
    const connections = claim ? spread.connections.filter((c) => c.claim === claim) : spread.connections;
    if (connections.length === 0) continue;
    const region = nodeName(spread.region, spread.side);
    // A change of position or mechanics only (H4, H5) gets its arrow but no pain glow.
    if (spread.effect === 'pain') {
      into.regions.add(region);
      if (connections.some((c) => c.grade === 'article')) into.articleRegions.add(region);
    }
    if (connections.some((c) => c.pathway === 'nerve'))
      for (const path of spread.paths)
        for (const step of path) into.pathway.add(nodeName(step.id, step.side));
    for (const kind of kindsOf(connections))
      if (kind !== 'nerve') pushArrow(into.arrows, { from: self, to: region, pathway: kind });
  }
}

/** What a claim shows: the structures that make it concrete, with only that claim's spread. */
export function emphasisForFocus(focus: Focus): Emphasis {
  const into = building();
  // Arrows start from the first structure only: one arrow per region reads; one from each tendon is a tangle.
  focus.structures.forEach(({ id, side }, i) => {
    const arrowsBefore = new Map(into.arrows);
    addSpread(id, side, focus.claim, into);
    if (i > 0) {
      into.arrows.clear();
      for (const [key, arrow] of arrowsBefore) into.arrows.set(key, arrow);
    }
  });
  return finish(into);
}

/**
 * What a selection lights. A region selected ("where does it hurt?") lights itself and its sources, ranked
 * (rankSources): the best few drawn with their arrows, or all of them (`view`).
 */
export function emphasisFor(selection: Selection | null, view: SourceView = TOP_SOURCES): Emphasis {
  if (!selection) return NO_EMPHASIS;
  const into = building();

  if (selection.kind === 'structure') {
    addSpread(selection.id, selection.side, null, into);
    return finish(into);
  }

  // "Where does it hurt?": the chosen region is where it hurts, not a graded spread: drawn solid.
  const region = nodeName(selection.id, selection.side);
  into.regions.add(region);
  into.articleRegions.add(region);
  const sources = new Set<string>();
  const hatchedSources = new Set<string>();
  const drawn = drawnSourcesOf(selection.id, selection.side, view);
  for (const source of drawn) {
    const name = nodeName(source.structure, source.side);
    sources.add(name);
    if (source.grade === 'anatomy') hatchedSources.add(name);
    for (const kind of kindsOf(source.connections))
      if (kind !== 'nerve') pushArrow(into.arrows, { from: name, to: region, pathway: kind });
  }
  return finish(into, sources, hatchedSources, sourcesOf(selection.id, selection.side).length);
}

/**
 * "My hip and my knee both hurt": the marked places lit (solid: that is where it hurts), and the pathways
 * of the best few entries that connect them: each structure lit as a source (striped where only standard
 * anatomy links it), with an arrow or its nerve to each place it reaches; a mechanics or gait claim as an
 * arrow from the place it starts to each place it reaches. One place alone shows what can hurt there.
 */
export function emphasisForMarks(marks: readonly Mark[], view: SourceView = TOP_SOURCES): Emphasis {
  const [only] = marks;
  if (!only) return NO_EMPHASIS;
  if (marks.length === 1) return emphasisFor({ kind: 'region', id: only.region, side: only.side }, view);
  const into = building();
  const place = (mark: Mark) => nodeName(mark.region, mark.side);
  for (const mark of marks) {
    into.regions.add(place(mark));
    into.articleRegions.add(place(mark));
  }
  const sources = new Set<string>();
  const hatchedSources = new Set<string>();
  for (const entry of connectMarks(marks).connecting.slice(0, DRAWN_CONNECTORS)) {
    if (entry.kind === 'claim') {
      const starts = entry.links.filter((l) => l.role === 'start');
      for (const start of starts)
        for (const link of entry.links.filter((l) => l.role === 'reach'))
          pushArrow(into.arrows, { from: place(start.mark), to: place(link.mark), pathway: entry.pathway });
      continue;
    }
    const name = nodeName(entry.structure, entry.side);
    sources.add(name);
    if (entry.grade === 'anatomy') hatchedSources.add(name);
    const spreads = spreadFrom(entry.structure, entry.side);
    for (const link of entry.links) {
      for (const kind of link.pathways)
        if (kind !== 'nerve') pushArrow(into.arrows, { from: name, to: place(link.mark), pathway: kind });
      if (!link.pathways.includes('nerve')) continue;
      for (const spread of spreads)
        if (spread.region === link.mark.region && spread.side === link.mark.side)
          for (const path of spread.paths)
            for (const step of path) into.pathway.add(nodeName(step.id, step.side));
    }
  }
  return finish(into, sources, hatchedSources);
}

/**
 * The scene's emphasis for the store's state: a tour/quiz focus wins over the selection, which wins over
 * the places marked as hurting.
 */
export const emphasisOf = (state: {
  selection: Selection | null;
  focus: Focus | null;
  hurts: readonly Mark[];
  allSources: boolean;
  previewSource: string | null;
}): Emphasis => {
  const view = { all: state.allSources, preview: state.previewSource };
  return state.focus
    ? emphasisForFocus(state.focus)
    : state.selection
      ? emphasisFor(state.selection, view)
      : emphasisForMarks(state.hurts, view);
};

import { nodeName } from '../content/ids';
import type { PathwayKind } from '../content/schema';
import { sourcesOf, spreadFrom } from '../anatomy';
import type { Focus, Selection } from '../state/types';
import type { ClaimId, Side, StructureId } from '../content/ids';

export interface Arrow {
  /** Node names: the arrow runs from the centre of one mesh to the centre of another. */
  readonly from: string;
  readonly to: string;
  readonly pathway: PathwayKind;
}

/** What the scene shows for a selection, as node names. Pure: derived from the pain graph alone. */
export interface Emphasis {
  readonly selected: ReadonlySet<string>;
  readonly pathway: ReadonlySet<string>;
  readonly regions: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly arrows: readonly Arrow[];
}

export const NO_EMPHASIS: Emphasis = {
  selected: new Set(),
  pathway: new Set(),
  regions: new Set(),
  sources: new Set(),
  arrows: [],
};

export const arrowKey = (arrow: Arrow) => `${arrow.from}>${arrow.to}:${arrow.pathway}`;

function pushArrow(arrows: Map<string, Arrow>, arrow: Arrow) {
  if (arrow.from !== arrow.to) arrows.set(arrowKey(arrow), arrow);
}

/**
 * Adds one structure's spread (optionally only what one claim says) to the sets being built. Nerve pain
 * is drawn by the glowing nerves themselves; the other pathways get an arrow to each region.
 */
function addSpread(
  id: StructureId,
  side: Side | null,
  claim: ClaimId | null,
  into: { selected: Set<string>; pathway: Set<string>; regions: Set<string>; arrows: Map<string, Arrow> },
) {
  const self = nodeName(id, side);
  into.selected.add(self);
  for (const spread of spreadFrom(id, side)) {
    const connections = claim ? spread.connections.filter((c) => c.claim === claim) : spread.connections;
    if (connections.length === 0) continue;
    const region = nodeName(spread.region, spread.side);
    // A change of position or mechanics only (H4, H5) gets its arrow but no pain glow.
    if (spread.effect === 'pain') into.regions.add(region);
    if (connections.some((c) => c.pathway === 'nerve'))
      for (const path of spread.paths)
        for (const step of path) into.pathway.add(nodeName(step.id, step.side));
    for (const kind of new Set(connections.map((c) => c.pathway)))
      if (kind !== 'nerve') pushArrow(into.arrows, { from: self, to: region, pathway: kind });
  }
}

/** What a claim shows: the structures that make it concrete, with only that claim's spread. */
export function emphasisForFocus(focus: Focus): Emphasis {
  const into = {
    selected: new Set<string>(),
    pathway: new Set<string>(),
    regions: new Set<string>(),
    arrows: new Map<string, Arrow>(),
  };
  // Arrows start from the first structure only: one arrow per region reads; one from each tendon is a tangle.
  focus.structures.forEach(({ id, side }, i) => {
    const arrowsBefore = new Map(into.arrows);
    addSpread(id, side, focus.claim, into);
    if (i > 0) {
      into.arrows.clear();
      for (const [key, arrow] of arrowsBefore) into.arrows.set(key, arrow);
    }
  });
  for (const name of into.selected) into.pathway.delete(name);
  return { ...into, sources: new Set(), arrows: [...into.arrows.values()] };
}

export function emphasisFor(selection: Selection | null): Emphasis {
  if (!selection) return NO_EMPHASIS;
  const arrows = new Map<string, Arrow>();

  if (selection.kind === 'structure') {
    const into = {
      selected: new Set<string>(),
      pathway: new Set<string>(),
      regions: new Set<string>(),
      arrows,
    };
    addSpread(selection.id, selection.side, null, into);
    for (const name of into.selected) into.pathway.delete(name);
    return { ...into, sources: new Set(), arrows: [...arrows.values()] };
  }

  const region = nodeName(selection.id, selection.side);
  const sources = new Set<string>();
  for (const source of sourcesOf(selection.id, selection.side)) {
    const name = nodeName(source.structure, source.side);
    sources.add(name);
    for (const kind of source.pathways)
      if (kind !== 'nerve') pushArrow(arrows, { from: name, to: region, pathway: kind });
  }
  return {
    selected: new Set(),
    pathway: new Set(),
    regions: new Set([region]),
    sources,
    arrows: [...arrows.values()],
  };
}

/** The scene's emphasis for the store's state: a tour/quiz focus wins over the selection. */
export const emphasisOf = (state: { selection: Selection | null; focus: Focus | null }): Emphasis =>
  state.focus ? emphasisForFocus(state.focus) : emphasisFor(state.selection);

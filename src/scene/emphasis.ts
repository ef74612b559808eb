import { nodeName } from '../content/ids';
import type { PathwayKind } from '../content/schema';
import { sourcesOf, spreadFrom } from '../anatomy';
import type { Selection } from '../state/types';

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

export function emphasisFor(selection: Selection | null): Emphasis {
  if (!selection) return NO_EMPHASIS;
  const arrows = new Map<string, Arrow>();

  if (selection.kind === 'structure') {
    const self = nodeName(selection.id, selection.side);
    const pathway = new Set<string>();
    const regions = new Set<string>();
    for (const spread of spreadFrom(selection.id, selection.side)) {
      const region = nodeName(spread.region, spread.side);
      regions.add(region);
      for (const path of spread.paths) for (const step of path) pathway.add(nodeName(step.id, step.side));
      for (const kind of spread.pathways) {
        // Nerve pain is drawn by the glowing nerves themselves; the others get an arrow to the region.
        if (kind !== 'nerve') pushArrow(arrows, { from: self, to: region, pathway: kind });
      }
    }
    pathway.delete(self);
    return { selected: new Set([self]), pathway, regions, sources: new Set(), arrows: [...arrows.values()] };
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

/** Helpers for the scene: what to light up along a spread, as GLB node names. */
import { nodeName, type Side, type StructureId } from '../content/ids';
import type { Spread } from './spreadFrom';
import { spreadFrom } from './spreadFrom';

/** Node names of every structure on the nerve paths of these spreads, root first, without repeats. */
export function pathNodeNames(spreads: readonly Spread[]): string[] {
  const names = new Set<string>();
  for (const spread of spreads)
    for (const path of spread.paths) for (const step of path) names.add(nodeName(step.id, step.side));
  return [...names];
}

/** Node names to draw along for a selected structure (its own node excluded). */
export function pathwayFor(id: StructureId, side: Side | null): string[] {
  const self = nodeName(id, side);
  return pathNodeNames(spreadFrom(id, side)).filter((name) => name !== self);
}

/** Node names of the regions a structure's pain reaches. */
export function regionNodeNames(spreads: readonly Spread[]): string[] {
  return [...new Set(spreads.map((s) => nodeName(s.region, s.side)))];
}

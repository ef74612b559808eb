import { PAIRED_STRUCTURE_IDS, MIDLINE_STRUCTURE_IDS, REGION_IDS, SIDES } from '../content/ids';
import type { Arrow } from './emphasis';
import { ALL_SOURCES, emphasisFor } from './emphasis';

/** Every arrow any selection can show: the scene builds them all once, at load. */
export function allArrows(): Arrow[] {
  const arrows: Arrow[] = [];
  for (const side of SIDES) {
    for (const id of PAIRED_STRUCTURE_IDS)
      arrows.push(...emphasisFor({ kind: 'structure', id, side }).arrows);
    for (const id of REGION_IDS)
      arrows.push(...emphasisFor({ kind: 'region', id, side }, ALL_SOURCES).arrows);
  }
  for (const id of MIDLINE_STRUCTURE_IDS)
    arrows.push(...emphasisFor({ kind: 'structure', id, side: null }).arrows);
  return arrows;
}

import { REGION_IDS, STRUCTURE_IDS } from '../content/ids';
import type { RegionId, StructureId } from '../content/ids';
import { useExplorer } from './store';
import type { Selection } from './types';

/** Reads a GLB node name (`rectus_femoris_r`, `l4_l5_disc`, `outside_of_knee_l`) back into a selection. */
export function selectionOfName(name: string): Selection | null {
  const side = name.endsWith('_l') ? 'left' : name.endsWith('_r') ? 'right' : null;
  const id = side ? name.slice(0, -2) : name;
  if ((REGION_IDS as readonly string[]).includes(id)) {
    return side ? { kind: 'region', id: id as RegionId, side } : null;
  }
  if ((STRUCTURE_IDS as readonly string[]).includes(id))
    return { kind: 'structure', id: id as StructureId, side };
  return null;
}

/**
 * A tap (or Enter) on a node: a region goes to the store's pickRegion (marked as hurting, or selected for
 * a quiz), anything else is selected.
 */
export function pickNode(name: string): void {
  const store = useExplorer.getState();
  const picked = selectionOfName(name);
  if (picked?.kind === 'region') store.pickRegion({ region: picked.id, side: picked.side });
  else if (picked) store.select(picked);
}

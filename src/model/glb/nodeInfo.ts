/** Structure id and side of a GLB node name (inverse of nodeName in content/ids.ts). */
import { MIDLINE_STRUCTURE_IDS, PAIRED_STRUCTURE_IDS, REGION_IDS, type Side } from '../../content/ids.ts';

export interface NodeInfo {
  readonly id: string;
  readonly side: Side | null;
}

export function parseNodeName(name: string): NodeInfo | null {
  if ((MIDLINE_STRUCTURE_IDS as readonly string[]).includes(name)) return { id: name, side: null };
  const m = /^(.*)_(l|r)$/.exec(name);
  if (!m) return null;
  const id = m[1] ?? '';
  if (![...PAIRED_STRUCTURE_IDS, ...REGION_IDS].includes(id as never)) return null;
  return { id, side: m[2] === 'l' ? 'left' : 'right' };
}

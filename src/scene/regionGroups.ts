import type * as THREE from 'three';
import { REGION_ATTRIBUTE, REGION_SLOTS } from './regionShading';

/** Groups the shader tells apart (a vec4 varying, one component each). */
export const REGION_GROUPS = 4;

/**
 * Gives every region slot one of four groups, so that regions that meet on the skin are in different
 * groups: the skin's shader then draws a border where a group's weight crosses one half, between any two
 * neighbouring regions shown (in "where does it hurt?", every region, faintly) and not only round the lit
 * ones. Neighbours are read from the skin's `_region` attribute (two slots with weight at one vertex, or at
 * the corners of one triangle); greedy colouring in slot order, the most-connected slots first.
 */
export function regionGroups(skin: THREE.Mesh): Float32Array {
  const groups = new Float32Array(REGION_SLOTS);
  const region = skin.geometry.getAttribute(REGION_ATTRIBUTE);
  if (!region) return groups;
  const neighbours = Array.from({ length: REGION_SLOTS }, () => new Set<number>());
  const source = skin.geometry.getIndex();
  const corners = source?.count ?? region.count;
  const slots: number[] = [];
  for (let t = 0; t + 2 < corners; t += 3) {
    slots.length = 0;
    for (let k = 0; k < 3; k++) {
      const v = source ? source.getX(t + k) : t + k;
      if (region.getZ(v) > 0 && region.getX(v) < REGION_SLOTS) slots.push(region.getX(v));
      if (region.getW(v) > 0 && region.getY(v) < REGION_SLOTS) slots.push(region.getY(v));
    }
    for (const a of slots) for (const b of slots) if (a !== b) neighbours[a]!.add(b);
  }
  const order = [...neighbours.keys()].sort((a, b) => neighbours[b]!.size - neighbours[a]!.size || a - b);
  const taken = new Map<number, number>();
  for (const slot of order) {
    const used = new Set([...neighbours[slot]!].map((n) => taken.get(n)));
    let group = 0;
    while (used.has(group) && group < REGION_GROUPS - 1) group++;
    taken.set(slot, group);
    groups[slot] = group;
  }
  return groups;
}

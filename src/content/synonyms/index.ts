/**
 * Every structure's synonyms (other names, abbreviations, lay and Spanish terms people type). Only search
 * matches them, so they travel with the search engine's chunk, not the JavaScript the page needs to start.
 * Validated with the rest of the content by content.test.ts (joined into the studied structures of
 * facts/index.ts).
 */
import type { StructureId } from '../ids';
import type { SynonymsEntry } from '../schema';
import { FOOT_BONES_SYNONYMS } from './footBones';
import { JOINTS_SYNONYMS } from './joints';
import { KNEE_SYNONYMS } from './knee';
import { LIMB_BONES_SYNONYMS } from './limbBones';
import { MUSCLES_SYNONYMS } from './muscles';
import { NERVES_SYNONYMS } from './nerves';
import { PELVIC_LIGAMENTS_SYNONYMS } from './pelvicLigaments';
import { SKIN_SYNONYMS } from './skin';
import { SPINE_SYNONYMS } from './spine';
import { TENDONS_SYNONYMS } from './tendons';

export const SYNONYMS: readonly SynonymsEntry[] = [
  ...SPINE_SYNONYMS,
  ...LIMB_BONES_SYNONYMS,
  ...FOOT_BONES_SYNONYMS,
  ...JOINTS_SYNONYMS,
  ...MUSCLES_SYNONYMS,
  ...TENDONS_SYNONYMS,
  ...KNEE_SYNONYMS,
  ...PELVIC_LIGAMENTS_SYNONYMS,
  ...NERVES_SYNONYMS,
  ...SKIN_SYNONYMS,
];

const BY_ID: ReadonlyMap<StructureId, readonly string[]> = new Map(
  SYNONYMS.map(({ id, synonyms }) => [id, synonyms]),
);

/** A structure's synonyms (every structure has an entry: content.test.ts checks it). */
export function synonymsOf(id: StructureId): readonly string[] {
  const synonyms = BY_ID.get(id);
  if (!synonyms) throw new Error(`no synonyms for ${id}`);
  return synonyms;
}

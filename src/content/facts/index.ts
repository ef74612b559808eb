/**
 * The student facts of every structure (origin, insertion, action, innervation; a nerve's roots, course and
 * supply; the references), and the structures joined with them and with their descriptions (descriptions/)
 * and synonyms (synonyms/).
 * Only the student facts, the quiz and the tests import this: it is a chunk of its own that the app loads
 * when the facts are first shown (or once the page is idle), not part of the JavaScript the page needs to
 * start. Validated with the rest of the content by content.test.ts (the joined structures against the full
 * schema).
 */
import type { StructureId } from '../ids';
import type { FactsEntry, StructureFacts, StudiedStructure } from '../schema';
import { DESCRIPTIONS } from '../descriptions';
import { STRUCTURES } from '../structures';
import { SYNONYMS } from '../synonyms';
import { FOOT_BONE_FACTS } from './footBones';
import { JOINT_FACTS } from './joints';
import { LIMB_BONE_FACTS } from './limbBones';
import { MUSCLE_FACTS } from './muscles';
import { NERVE_FACTS } from './nerves';
import { SKIN_FACTS } from './skin';
import { SPINE_FACTS } from './spine';
import { TENDON_FACTS } from './tendons';
import { KNEE_FACTS } from './knee';
import { PELVIC_LIGAMENT_FACTS } from './pelvicLigaments';

export const FACTS: readonly FactsEntry[] = [
  ...SPINE_FACTS,
  ...LIMB_BONE_FACTS,
  ...FOOT_BONE_FACTS,
  ...JOINT_FACTS,
  ...MUSCLE_FACTS,
  ...TENDON_FACTS,
  ...KNEE_FACTS,
  ...PELVIC_LIGAMENT_FACTS,
  ...NERVE_FACTS,
  ...SKIN_FACTS,
];

const FACTS_BY_ID: ReadonlyMap<StructureId, StructureFacts> = new Map(
  FACTS.map(({ id, ...facts }) => [id, facts]),
);

const DESCRIPTIONS_BY_ID = new Map(DESCRIPTIONS.map(({ id, description }) => [id, description]));
const SYNONYMS_BY_ID = new Map(SYNONYMS.map(({ id, synonyms }) => [id, synonyms]));

/**
 * A structure with its description, synonyms and facts (a structure without any of these entries gets none:
 * the tests refuse that).
 */
const studied = (id: StructureId): StudiedStructure | undefined => {
  const structure = STRUCTURES.find((s) => s.id === id);
  const description = DESCRIPTIONS_BY_ID.get(id);
  const synonyms = SYNONYMS_BY_ID.get(id);
  const facts = FACTS_BY_ID.get(id);
  return structure && description && synonyms && facts && { ...structure, description, synonyms, ...facts };
};

/** Every structure joined with its facts, in the catalogue's order. */
export const STUDIED_STRUCTURES: readonly StudiedStructure[] = STRUCTURES.flatMap((s) => studied(s.id) ?? []);

export const STUDIED_BY_ID: ReadonlyMap<StructureId, StudiedStructure> = new Map(
  STUDIED_STRUCTURES.map((s) => [s.id, s]),
);

export function studiedById(id: StructureId): StudiedStructure {
  const found = STUDIED_BY_ID.get(id);
  if (found === undefined) throw new Error(`no facts for structure ${id}`);
  return found;
}

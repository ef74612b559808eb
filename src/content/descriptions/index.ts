/**
 * Every structure's plain description. Only the panels shown after a selection need them, so they are a
 * chunk of their own (src/ui/descriptionsChunk.ts loads it after the first frame, or at once on a
 * selection), not start-up JavaScript. Validated with the rest of the content by content.test.ts (joined
 * into the studied structures of facts/index.ts).
 */
import type { StructureId } from '../ids';
import type { DescriptionEntry, Localized } from '../schema';
import { FOOT_BONE_DESCRIPTIONS } from './footBones';
import { JOINT_DESCRIPTIONS } from './joints';
import { LIMB_BONE_DESCRIPTIONS } from './limbBones';
import { MUSCLE_DESCRIPTIONS } from './muscles';
import { NERVE_DESCRIPTIONS } from './nerves';
import { SKIN_DESCRIPTIONS } from './skin';
import { SPINE_DESCRIPTIONS } from './spine';
import { TENDON_DESCRIPTIONS } from './tendons';
import { KNEE_DESCRIPTIONS } from './knee';
import { PELVIC_LIGAMENT_DESCRIPTIONS } from './pelvicLigaments';

export const DESCRIPTIONS: readonly DescriptionEntry[] = [
  ...SPINE_DESCRIPTIONS,
  ...LIMB_BONE_DESCRIPTIONS,
  ...FOOT_BONE_DESCRIPTIONS,
  ...JOINT_DESCRIPTIONS,
  ...MUSCLE_DESCRIPTIONS,
  ...TENDON_DESCRIPTIONS,
  ...KNEE_DESCRIPTIONS,
  ...PELVIC_LIGAMENT_DESCRIPTIONS,
  ...NERVE_DESCRIPTIONS,
  ...SKIN_DESCRIPTIONS,
];

const BY_ID: ReadonlyMap<StructureId, Localized> = new Map(
  DESCRIPTIONS.map(({ id, description }) => [id, description]),
);

/** A structure's description (every structure has one: content.test.ts checks it). */
export function descriptionOf(id: StructureId): Localized {
  const description = BY_ID.get(id);
  if (!description) throw new Error(`no description for ${id}`);
  return description;
}

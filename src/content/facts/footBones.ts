/** References of the foot bones: Gray's 42nd ed. and Moore 8th ed. (foot chapters). */
import { gray, moore } from '../references';
import type { FactsEntry } from '../schema';
import { FOOT_BONES } from '../structures/footBones';

const FOOT_REFERENCES = [gray('ankle and foot: bones of the foot'), moore('ch. 7 Lower Limb, bones of foot')];

export const FOOT_BONE_FACTS: readonly FactsEntry[] = FOOT_BONES.map(({ id }) => ({
  id,
  references: FOOT_REFERENCES,
}));

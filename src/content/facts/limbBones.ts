/** References of the pelvis and lower limb bones: Moore 8th ed. and Gray's 42nd ed. at these sections. */
import { gray, moore } from '../references';
import type { FactsEntry } from '../schema';
import { LIMB_BONES } from '../structures/limbBones';

const BONE_REFERENCES = [
  moore('ch. 7 Lower Limb, bones of lower limb'),
  gray('pelvic girdle and lower limb: bones'),
];

export const LIMB_BONE_FACTS: readonly FactsEntry[] = LIMB_BONES.map(({ id }) => ({
  id,
  references: BONE_REFERENCES,
}));

/** Every structure of the model, gathered from the files in structures/ (one per kind of tissue). */
import type { Structure } from './schema';
import { JOINTS } from './structures/joints';
import { FOOT_BONES } from './structures/footBones';
import { LIMB_BONES } from './structures/limbBones';
import { MUSCLES } from './structures/muscles';
import { NERVES } from './structures/nerves';
import { SKIN } from './structures/skin';
import { SPINE } from './structures/spine';
import { TENDONS } from './structures/tendons';
import { KNEE_PARTS } from './structures/knee';
import { PELVIC_LIGAMENTS } from './structures/pelvicLigaments';

export const STRUCTURES: readonly Structure[] = [
  ...SPINE,
  ...LIMB_BONES,
  ...FOOT_BONES,
  ...JOINTS,
  ...MUSCLES,
  ...TENDONS,
  ...KNEE_PARTS,
  ...PELVIC_LIGAMENTS,
  ...NERVES,
  ...SKIN,
];

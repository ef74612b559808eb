/** References of the spine's structures: Moore 8th ed. and Gray's 42nd ed. at these sections. */
import { gray, moore } from '../references';
import type { FactsEntry } from '../schema';
import { SPINE } from '../structures/spine';

const SPINE_REFERENCES = [
  moore('ch. 2 Back, vertebral column: lumbar vertebrae, intervertebral discs, sacrum and coccyx'),
  gray('back: lumbar vertebrae, intervertebral discs, sacrum and coccyx'),
];

export const SPINE_FACTS: readonly FactsEntry[] = SPINE.map(({ id }) => ({
  id,
  references: SPINE_REFERENCES,
}));

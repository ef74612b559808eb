/** The shape of the red-flags card's content (redFlags.ts), checked by redFlags.test.ts, not at run time. */
import { z } from 'zod';
import { LocalizedSchema } from './schema';

const text = z.string().trim().min(1);

export const GuidelineSchema = z.object({
  kind: z.literal('clinical-guideline'),
  source: text,
  short: text,
  url: z.url(),
});
export type Guideline = z.infer<typeof GuidelineSchema>;

export const RedFlagsSchema = z.object({
  title: LocalizedSchema,
  intro: LocalizedSchema,
  /** Each: get urgent care if back or leg pain comes with this. */
  urgent: z.array(LocalizedSchema).min(5),
  /** Calf pain with swelling, warmth or redness: a possible clot. */
  clot: LocalizedSchema,
  /** Signs of a clot that has travelled to the lungs: emergency. */
  emergency: LocalizedSchema,
  guidelines: z.array(GuidelineSchema).min(2),
});
export type RedFlags = z.infer<typeof RedFlagsSchema>;

/** The shape of a tour entry (tour.ts) and the table's checks, run by tour.test.ts, not at run time. */
import { z } from 'zod';
import { CLAIM_IDS, isPaired } from './ids';
import type { ClaimId } from './ids';
import { ClaimIdSchema, LocalizedSchema, StructureIdSchema } from './schema';

const TourFocusSchema = z.object({ id: StructureIdSchema, side: z.enum(['left', 'right']).nullable() });

export const TourEntrySchema = z
  .object({
    claim: ClaimIdSchema,
    structures: z.array(TourFocusSchema),
    /** Our plain words introducing a general claim (G1-G3); the quote itself is shown beside it. */
    intro: LocalizedSchema.optional(),
  })
  .superRefine((entry, ctx) => {
    const general = entry.claim.startsWith('G');
    if (general && entry.structures.length > 0)
      ctx.addIssue({ code: 'custom', message: `${entry.claim}: a general claim shows no structure` });
    if (!general && entry.structures.length === 0)
      ctx.addIssue({ code: 'custom', message: `${entry.claim}: needs at least one structure` });
    if (general !== (entry.intro !== undefined))
      ctx.addIssue({ code: 'custom', message: `${entry.claim}: general claims and only they have an intro` });
    for (const s of entry.structures)
      if (isPaired(s.id) !== (s.side !== null))
        ctx.addIssue({ code: 'custom', message: `${entry.claim}: ${s.id} has the wrong kind of side` });
  });
export type TourEntry = z.infer<typeof TourEntrySchema>;

/** Parses the table and checks it covers every claim exactly once. */
export function parseTourTable(table: readonly unknown[]): { entries: TourEntry[]; problems: string[] } {
  const problems: string[] = [];
  const entries: TourEntry[] = [];
  for (const raw of table) {
    const parsed = TourEntrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else problems.push(...parsed.error.issues.map((issue) => issue.message));
  }
  const seen = new Map<ClaimId, number>();
  for (const entry of entries) seen.set(entry.claim, (seen.get(entry.claim) ?? 0) + 1);
  for (const id of CLAIM_IDS) {
    const count = seen.get(id) ?? 0;
    if (count !== 1) problems.push(`${id}: in the tour ${count} times, want once`);
  }
  return { entries, problems };
}

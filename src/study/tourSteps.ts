/**
 * The guided tour's steps in the article's order (G1, G2, B1 ... K3, G3), each checked against the pain
 * graph: every structure a step shows must have a connection citing that step's claim, so the scene never
 * lights a structure the claim does not speak for.
 */
import { CLAIMS_IN_ORDER } from '../content';
import type { Claim, Localized } from '../content';
import type { Side, StructureId } from '../content/ids';
import { TOUR_ENTRIES, type TourEntry } from '../content/tour';
import { bestGrade, spreadFrom } from '../anatomy';
import type { Grade } from '../content/schema';
import type { Focus } from '../state/types';

export interface TourStep {
  readonly claim: Claim;
  /** What the scene shows; null for the general claims, which only show their words. */
  readonly focus: Focus | null;
  readonly intro: Localized | null;
}

/** Problems with a tour table against the graph: structures whose spread cites no connection of the claim. */
export function tourProblems(entries: readonly TourEntry[]): string[] {
  const problems: string[] = [];
  for (const entry of entries)
    for (const { id, side } of entry.structures) {
      const cites = spreadFrom(id, side).some((spread) => spread.claims.includes(entry.claim));
      if (!cites) problems.push(`${entry.claim}: ${id} (${side ?? 'midline'}) has no connection citing it`);
    }
  return problems;
}

function buildSteps(): readonly TourStep[] {
  const problems = tourProblems(TOUR_ENTRIES);
  if (problems.length > 0) throw new Error(`Tour does not match the graph:\n- ${problems.join('\n- ')}`);
  const byClaim = new Map(TOUR_ENTRIES.map((entry) => [entry.claim, entry]));
  return CLAIMS_IN_ORDER.map((claim) => {
    const entry = byClaim.get(claim.id);
    if (!entry) throw new Error(`Tour has no entry for ${claim.id}`);
    return {
      claim,
      focus: entry.structures.length > 0 ? { claim: claim.id, structures: entry.structures } : null,
      intro: entry.intro ?? null,
    };
  });
}

export const TOUR_STEPS: readonly TourStep[] = buildSteps();

export { tourIndexOf } from './tourOrder';

/**
 * Whether a structure a step shows is the article's own word for its claim, or one standard anatomy adds
 * (B3: "certain muscles of the low back" -> the psoas).
 */
export function gradeInStep(step: TourStep, structure: { id: StructureId; side: Side | null }): Grade {
  const connections = spreadFrom(structure.id, structure.side)
    .flatMap((s) => s.connections)
    .filter((c) => c.claim === step.claim.id);
  return bestGrade(connections);
}

/**
 * The tour's order without its steps: one step per claim, in the article's order (tourSteps.ts builds the
 * steps in this order; tourSteps.test.ts checks the two agree). The tour's store needs only this from the
 * start; the steps, their texts and their check against the pain graph load with the tour's card.
 */
import { CLAIMS_IN_ORDER } from '../content';
import type { ClaimId } from '../content/ids';

export const TOUR_LENGTH = CLAIMS_IN_ORDER.length;

/** The step index of a claim, or -1. */
export const tourIndexOf = (claim: ClaimId): number => CLAIMS_IN_ORDER.findIndex((c) => c.id === claim);

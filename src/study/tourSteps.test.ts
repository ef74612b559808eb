import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../content';
import { TOUR_ENTRIES } from '../content/tour';
import { spreadFrom } from '../anatomy';
import { TOUR_LENGTH } from './tourOrder';
import { TOUR_STEPS, tourIndexOf, tourProblems } from './tourSteps';

// The article's order of its claims (shared/design/article-claims.md), written out by hand on purpose.
const ARTICLE_ORDER = ['B1', 'B2', 'B3', 'B4', 'B5', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'K1', 'K2', 'K3'];

describe('tour steps', () => {
  it('walks the introduction, all 14 claims in the article order, then the closing', () => {
    const ids = TOUR_STEPS.map((step) => step.claim.id);
    expect(ids.slice(0, 2)).toEqual(['G1', 'G2']);
    expect(ids.slice(2, -1)).toEqual(ARTICLE_ORDER);
    expect(ids.at(-1)).toBe('G3');
    const orders = TOUR_STEPS.map((step) => step.claim.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
  });

  it('shows for each claim only structures whose spread cites it', () => {
    for (const step of TOUR_STEPS) {
      if (step.claim.pathway === null) {
        expect(step.focus, step.claim.id).toBeNull();
        expect(step.intro?.en.length, step.claim.id).toBeGreaterThan(0);
        expect(step.intro?.es.length, step.claim.id).toBeGreaterThan(0);
        continue;
      }
      expect(step.focus?.claim).toBe(step.claim.id);
      for (const { id, side } of step.focus!.structures) {
        const claims = spreadFrom(id, side).flatMap((spread) => spread.claims);
        expect(claims, `${step.claim.id} ${id}`).toContain(step.claim.id);
      }
    }
  });

  it('finds a structure that does not speak for its claim', () => {
    const wrong = TOUR_ENTRIES.map((entry) =>
      entry.claim === 'K2' ? { ...entry, structures: [{ id: 'sacrum' as const, side: null }] } : entry,
    );
    expect(tourProblems(wrong)).toEqual(['K2: sacrum (midline) has no connection citing it']);
    expect(tourProblems(TOUR_ENTRIES)).toEqual([]);
  });

  it('finds steps by claim', () => {
    expect(TOUR_STEPS[tourIndexOf('K2')]?.claim.id).toBe('K2');
    expect(CATALOGUE.claims.every((c) => tourIndexOf(c.id) >= 0)).toBe(true);
    // The store counts steps without loading them (tourOrder.ts): the same count, the same order.
    expect(TOUR_STEPS.length).toBe(TOUR_LENGTH);
    TOUR_STEPS.forEach((step, i) => expect(tourIndexOf(step.claim.id)).toBe(i));
  });
});

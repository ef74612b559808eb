import { describe, expect, it } from 'vitest';
import { nearestNames, searchStructures } from './searchStructures';
import { SEARCH_CASES } from './searchQueries.fixture';

describe('search as people speak: the fixture', () => {
  it('has at least 150 queries, in both languages', () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(150);
    expect(SEARCH_CASES.filter((c) => c.lang === 'es').length).toBeGreaterThanOrEqual(50);
  });

  it.each(SEARCH_CASES.map((c) => [c.lang, c.q, c.top, c.side ?? null] as const))(
    '[%s] "%s" -> %s (side %s)',
    (lang, q, top, side) => {
      const hit = searchStructures(q, lang)[0];
      expect(hit ? `${hit.kind}:${hit.id}` : 'nothing').toBe(top);
      expect(hit?.side ?? null).toBe(side);
    },
  );
});

describe('nothing found', () => {
  it('offers the nearest names instead of a dead end', () => {
    expect(searchStructures('xylophone')).toEqual([]);
    const near = nearestNames('hamstrang muscel group').map((h) => h.id);
    expect(near.length).toBe(3);
    expect(nearestNames('gastroknemious').map((h) => h.id)).toContain('gastrocnemius');
    expect(nearestNames('tobillo', 'es').length).toBe(3);
  });

  it('a query of pain words alone finds nothing rather than everything', () => {
    expect(searchStructures('pain')).toEqual([]);
    expect(searchStructures('me duele', 'es')).toEqual([]);
  });
});

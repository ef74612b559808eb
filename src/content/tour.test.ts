import { describe, expect, it } from 'vitest';
import { TOUR_ENTRIES } from './tour';
import { parseTourTable } from './tourSchema';

describe('tour table', () => {
  it('is valid, and is exactly what the schema gives back (the app does not parse it)', () => {
    const { entries, problems } = parseTourTable(TOUR_ENTRIES);
    expect(problems).toEqual([]);
    expect(entries).toStrictEqual(TOUR_ENTRIES);
  });

  it('covers every claim once, structures only for B/H/K claims', () => {
    expect(TOUR_ENTRIES).toHaveLength(17);
    for (const entry of TOUR_ENTRIES) {
      expect(entry.structures.length > 0, entry.claim).toBe(!entry.claim.startsWith('G'));
      expect(entry.intro !== undefined, entry.claim).toBe(entry.claim.startsWith('G'));
    }
  });

  it('reports a missing claim, a duplicate and a wrong side', () => {
    const [first, ...rest] = TOUR_ENTRIES;
    const broken = [
      ...rest,
      rest[0]!,
      { ...rest[1]!, structures: [{ id: 'rectus_femoris', side: null }] },
      { claim: 'G1', structures: [{ id: 'sacrum', side: null }] },
    ];
    const { problems } = parseTourTable(broken);
    expect(first!.claim).toBe('G1');
    expect(problems.some((p) => p.includes('wrong kind of side'))).toBe(true);
    expect(problems.some((p) => p.includes('general claim shows no structure'))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${rest[0]!.claim}: in the tour 2 times`))).toBe(true);
    expect(problems.some((p) => p.startsWith('G1: in the tour 0 times'))).toBe(true);
  });
});

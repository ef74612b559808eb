import { describe, expect, it } from 'vitest';
import {
  HURTS_READ_LIMIT,
  hurtsProblems,
  parseHurtsEntries,
  parseHurtsText,
  serializeHurts,
  toggleMark,
} from './hurts';
import { parseUrlState, serializeUrlState } from './urlState';

describe('the list of places that hurt', () => {
  it('reads region:side entries in the order given', () => {
    const { marks, dropped } = parseHurtsText('side_of_hip:right,outside_of_knee:left');
    expect(marks).toEqual([
      { region: 'side_of_hip', side: 'right' },
      { region: 'outside_of_knee', side: 'left' },
    ]);
    expect(hurtsProblems(dropped)).toEqual([]);
    expect(serializeHurts(marks)).toBe('side_of_hip:right,outside_of_knee:left');
  });

  it('keeps the valid part and says what it left out: unknown, no side, repeats', () => {
    const { marks, dropped } = parseHurtsText(
      'side_of_hip:right,elbow:left,side_of_hip,side_of_hip:middle,side_of_hip:right,calf:left:x, ,calf:left',
    );
    expect(marks).toEqual([
      { region: 'side_of_hip', side: 'right' },
      { region: 'calf', side: 'left' },
    ]);
    expect(hurtsProblems(dropped)).toEqual([
      { code: 'unknown-hurt', value: 'elbow:left, side_of_hip, side_of… (+1)' },
      { code: 'repeated-hurt', value: '1' },
    ]);
  });

  it('never merges sides: the same region on both sides is two marks', () => {
    expect(parseHurtsText('calf:left,calf:right').marks).toHaveLength(2);
    expect(toggleMark([{ region: 'calf', side: 'left' }], { region: 'calf', side: 'right' })).toHaveLength(2);
  });

  it('reads hundreds of entries only up to the limit, and counts the rest', () => {
    const many = Array.from({ length: 600 }, (_, i) => (i % 2 ? 'calf:left' : `nowhere${i}:right`));
    const text = parseHurtsText(['front_of_knee:right', ...many].join(','));
    expect(text.marks).toEqual([
      { region: 'front_of_knee', side: 'right' },
      { region: 'calf', side: 'left' },
    ]);
    expect(text.dropped.beyond).toBe(601 - HURTS_READ_LIMIT);
    expect(text.dropped.repeated).toBe(126); // of the 255 entries read after the first, 127 are calf:left
    expect(text.dropped.unknown).toHaveLength(3);
    expect(hurtsProblems(text.dropped).map((p) => p.code)).toEqual([
      'unknown-hurt',
      'repeated-hurt',
      'too-many-hurts',
    ]);
    // A host's list of anything at all reads the same way; what is not a string is unknown.
    const entries = parseHurtsEntries([42, null, { region: 'calf' }, 'calf:right']);
    expect(entries.marks).toEqual([{ region: 'calf', side: 'right' }]);
    expect(entries.dropped.unknown).toEqual(['42', 'null', '[object Object]']);
  });

  it('a megabyte of commas costs one scan', () => {
    const started = performance.now();
    const { marks, dropped } = parseHurtsText(','.repeat(1_000_000) + 'calf:left');
    expect(marks).toEqual([{ region: 'calf', side: 'left' }]);
    expect(dropped.beyond).toBe(0);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('toggles: a second tap takes a mark away, a new one goes at the end', () => {
    const hip = { region: 'side_of_hip', side: 'right' } as const;
    const knee = { region: 'outside_of_knee', side: 'right' } as const;
    expect(toggleMark(toggleMark([], hip), knee)).toEqual([hip, knee]);
    expect(toggleMark([hip, knee], hip)).toEqual([knee]);
  });
});

describe('?hurts= in the link', () => {
  it('survives with the language and the mode, as a readable query', () => {
    const search = '?mode=student&lang=es&hurts=side_of_hip:right,outside_of_knee:right';
    const { state, problems } = parseUrlState(search);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ mode: 'student', lang: 'es' });
    expect(state.hurts).toHaveLength(2);
    expect(serializeUrlState(state)).toBe(search);
    // Encoded by a browser or a mail client, it reads the same.
    expect(parseUrlState(search.replace(/:/g, '%3A').replace(/,/g, '%2C')).state).toEqual(state);
  });

  it('reports what it dropped and keeps the rest of the link', () => {
    const { state, problems } = parseUrlState('?structure=femur&hurts=calf:left,moon:left,calf:left');
    expect(state.selection).toMatchObject({ id: 'femur' });
    expect(state.hurts).toEqual([{ region: 'calf', side: 'left' }]);
    expect(problems.map((p) => p.code)).toEqual(['unknown-hurt', 'repeated-hurt']);
  });
});

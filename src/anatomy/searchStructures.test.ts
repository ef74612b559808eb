import { describe, expect, it } from 'vitest';
import { searchStructures } from './searchStructures';
import { damerauLevenshtein, normalize, wordMatch } from './textMatch';

const top = (q: string, lang?: 'en' | 'es') => searchStructures(q, lang)[0]?.id;

describe('text matching', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normalize('  Nervio  CIÁTICO! ')).toBe('nervio ciatico');
    expect(normalize('L4-L5')).toBe('l4 l5');
  });

  it('counts an adjacent swap as one edit', () => {
    expect(damerauLevenshtein('psoas', 'posas')).toBe(1);
    expect(damerauLevenshtein('femur', 'femur')).toBe(0);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
  });

  it('allows one typo in short words and two in long ones', () => {
    expect(wordMatch('femr', 'femur')).toBeGreaterThan(0);
    expect(wordMatch('fmr', 'femur')).toBe(0);
    expect(wordMatch('sartoirus', 'sartorius')).toBeGreaterThan(0);
    expect(wordMatch('sxrtoixus', 'sartorius')).toBe(0);
  });
});

describe('searchStructures', () => {
  it('finds structures by anatomical name, synonym and plain name', () => {
    expect(top('rectus femoris')).toBe('rectus_femoris');
    expect(top('IT band')).toBe('iliotibial_band');
    expect(top('ITB')).toBe('iliotibial_band');
    expect(top('kneecap')).toBe('patella');
    expect(top('thigh bone')).toBe('femur');
    expect(searchStructures('quads').map((h) => h.id)).toContain('rectus_femoris');
  });

  it('is tolerant of accents and typos', () => {
    expect(top('nervio ciatico', 'es')).toBe('sciatic_nerve');
    expect(top('rótula', 'es')).toBe('patella');
    expect(top('illiotibial')).toBe('iliotibial_band');
    expect(top('psaos')).toBe('psoas_major');
    expect(top('gastrc')).toBe('gastrocnemius');
  });

  it('finds regions in both languages', () => {
    expect(searchStructures('outside of the knee')[0]).toMatchObject({
      kind: 'region',
      id: 'outside_of_knee',
    });
    expect(searchStructures('parte externa de la rodilla', 'es')[0]).toMatchObject({
      kind: 'region',
      id: 'outside_of_knee',
      label: 'Parte externa de la rodilla',
    });
  });

  it('ranks prefix matches above typo matches and returns labels in the asked language', () => {
    const hits = searchStructures('sart');
    expect(hits[0]?.id).toBe('sartorius');
    expect(hits[0]?.score).toBeGreaterThanOrEqual(80);
    expect(searchStructures('sartorius', 'es')[0]?.label).toMatch(/Sartorio/);
    const sorted = hits.map((h) => h.score);
    expect([...sorted].sort((a, b) => b - a)).toEqual(sorted);
  });

  it('finds structures by their Spanish anatomical terms', () => {
    expect(top('recto femoral', 'es')).toBe('rectus_femoris');
    expect(top('nervio ciatico', 'es')).toBe('sciatic_nerve');
    expect(searchStructures('gluteo mayor', 'es')[0]).toMatchObject({
      id: 'gluteus_maximus',
      label: 'Glúteo mayor',
    });
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(searchStructures('   ')).toEqual([]);
    expect(searchStructures('xylophone')).toEqual([]);
  });
});

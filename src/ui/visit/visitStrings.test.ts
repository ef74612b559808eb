import { describe, expect, it } from 'vitest';
import { MECHANICS_CLAIMS } from '../../anatomy/connectMarks';
import { visitEn, visitEs, visitPlural } from './visitStrings';
import { takeHomeEn, takeHomeEs } from './takeHomeStrings';

describe('visit strings', () => {
  it('has the same keys and placeholders in both languages, none empty, and both plural forms', () => {
    expect(Object.keys(visitEs).sort()).toEqual(Object.keys(visitEn).sort());
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(visitEn) as (keyof typeof visitEn)[]) {
      expect(visitEs[key].trim(), key).not.toBe('');
      expect(placeholders(visitEs[key]), key).toEqual(placeholders(visitEn[key]));
      if (key.endsWith('_one')) expect(Object.keys(visitEn)).toContain(key.replace(/_one$/, '_other'));
    }
    expect(visitPlural('en', 'marked', 1)).toBe('You marked 1 place.');
    expect(visitPlural('es', 'marked', 3)).toBe('Marcó 3 lugares.');
  });

  it('take-home texts: the same keys and placeholders in both languages, none empty', () => {
    expect(Object.keys(takeHomeEs).sort()).toEqual(Object.keys(takeHomeEn).sort());
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(takeHomeEn) as (keyof typeof takeHomeEn)[]) {
      expect(takeHomeEs[key].trim(), key).not.toBe('');
      expect(placeholders(takeHomeEs[key]), key).toEqual(placeholders(takeHomeEn[key]));
    }
  });

  it('names every mechanics and gait claim that can be an entry', () => {
    for (const claim of MECHANICS_CLAIMS) expect(Object.keys(visitEn)).toContain(`claimTitle_${claim}`);
  });
});

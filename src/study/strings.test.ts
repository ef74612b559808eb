import { describe, expect, it } from 'vitest';
import { STRUCTURE_KINDS } from '../content';
import { studyEn, studyEs } from './strings';

describe('study strings', () => {
  // Both tables have the same keys by their type (Record<StudyKey, string>); the texts are checked here.
  it('has the same placeholders in both languages, none empty', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(studyEn) as (keyof typeof studyEn)[]) {
      expect(studyEs[key].trim(), key).not.toBe('');
      expect(placeholders(studyEs[key]), key).toEqual(placeholders(studyEn[key]));
    }
  });

  it('has a prompt for every kind of structure a quiz may ask about', () => {
    for (const kind of STRUCTURE_KINDS) expect(Object.keys(studyEn)).toContain(`quizClaimSource_${kind}`);
  });
});

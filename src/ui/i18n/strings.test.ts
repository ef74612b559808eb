import { describe, expect, it } from 'vitest';
import { HURTS_READ_LIMIT } from '../../state/hurts';
import { en, es } from './strings';

describe('interface strings', () => {
  // Both tables have the same keys by their type (Strings); what the types cannot see is checked here.
  it('has no empty text in either language', () => {
    for (const table of [en, es]) {
      for (const [key, text] of Object.entries(table)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('what the texts credit to the article', () => {
  it('headings over spreads and sources do not credit the article with what anatomy adds, nor diagnose', () => {
    // These head lists that mix both grades: the grade tags below them say which is the article's word.
    const mixed = ['spreadHeading', 'sourcesHeading', 'functionSourcesHeading', 'listHeading'] as const;
    for (const key of mixed) {
      expect(en[key], key).not.toMatch(/article/i);
      expect(es[key], key).not.toMatch(/artículo/i);
    }
    // "Posibles causas" reads as a diagnosis; the region view lists parts, not causes.
    for (const text of Object.values(es)) expect(text).not.toMatch(/posibles causas/i);
    for (const text of Object.values(en))
      expect(text).not.toMatch(/possible sources named by|article names \{/i);
  });

  it('the position/mechanics notes do not say the article denies pain (H6 says the hip can cause it)', () => {
    for (const key of ['functionNote', 'functionSourcesNote'] as const) {
      expect(en[key], key).not.toMatch(/does not say/i);
      expect(es[key], key).not.toMatch(/no dice/i);
    }
  });
});

describe('plurals', () => {
  it('picks the form by the language’s own rules, and every plural has both forms', async () => {
    const { pluralKey } = await import('./plural');
    expect(pluralKey('en', 'parts', 1)).toBe('parts_one');
    expect(pluralKey('en', 'parts', 0)).toBe('parts_other');
    expect(pluralKey('en', 'parts', 2)).toBe('parts_other');
    expect(pluralKey('es', 'parts', 1)).toBe('parts_one');
    // Spanish has a "many" category for large round numbers: it falls back to the _other form.
    expect(pluralKey('es', 'parts', 1_000_000)).toBe('parts_other');
    for (const table of [en, es])
      for (const key of Object.keys(table).filter((k) => k.endsWith('_one')))
        expect(Object.keys(table), key).toContain(key.replace(/_one$/, '_other'));
  });

  it('says the limit of a hurts list that the parser uses (src/state/hurts.ts)', () => {
    expect(en.problem_tooManyHurts).toContain(String(HURTS_READ_LIMIT));
    expect(es.problem_tooManyHurts).toContain(String(HURTS_READ_LIMIT));
  });
});

import { describe, expect, it } from 'vitest';
import { en, es } from './strings';

describe('interface strings', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
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
});

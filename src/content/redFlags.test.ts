import { describe, expect, it } from 'vitest';
import { RED_FLAGS } from './redFlags';
import { RedFlagsSchema } from './redFlagsSchema';

describe('red flags', () => {
  it('is valid, and is exactly what the schema gives back (the app does not parse it)', () => {
    expect(RedFlagsSchema.parse(RED_FLAGS)).toStrictEqual(RED_FLAGS);
  });

  const urgent = RED_FLAGS.urgent.map((item) => item.en).join(' | ');
  const urgentEs = RED_FLAGS.urgent.map((item) => item.es).join(' | ');

  it('names every urgent sign the guidelines give, in English and Spanish', () => {
    expect(urgent).toMatch(/saddle/);
    expect(urgent).toMatch(/bladder or bowels/);
    expect(urgent).toMatch(/weakness .* getting worse/);
    expect(urgent).toMatch(/fever/);
    expect(urgent).toMatch(/weight loss/);
    expect(urgent).toMatch(/fall or an accident/);
    expect(urgentEs).toMatch(/silla de montar/);
    expect(urgentEs).toMatch(/vejiga o el intestino/);
    expect(urgentEs).toMatch(/debilidad .* va a peor/);
    expect(urgentEs).toMatch(/fiebre/);
    expect(urgentEs).toMatch(/pérdida de peso/);
    expect(urgentEs).toMatch(/caída o un accidente/);
  });

  it('warns that calf pain with swelling, warmth or redness can be a clot', () => {
    expect(RED_FLAGS.clot.en).toMatch(/calf pain with swelling, warmth or redness .* blood clot/i);
    expect(RED_FLAGS.clot.es).toMatch(/pantorrilla con hinchazón, calor o enrojecimiento .* coágulo/i);
  });

  it('cites the clinical guidelines, NICE NG59 for low back pain and NG158 for clots', () => {
    const cited = RED_FLAGS.guidelines.map((g) => g.short);
    expect(cited).toContain('NICE NG59');
    expect(cited).toContain('NICE NG158');
    expect(RED_FLAGS.guidelines.every((g) => g.url.startsWith('https://'))).toBe(true);
  });

  it('every text has both languages, and the Spanish is not a copy', () => {
    const texts = [
      RED_FLAGS.title,
      RED_FLAGS.intro,
      ...RED_FLAGS.urgent,
      RED_FLAGS.clot,
      RED_FLAGS.emergency,
    ];
    for (const t of texts) {
      expect(t.en.trim()).not.toBe('');
      expect(t.es.trim()).not.toBe('');
      expect(t.es).not.toBe(t.en);
      expect(t.es, t.es).not.toMatch(/\b(the|and|with|pain)\b/i);
    }
  });
});

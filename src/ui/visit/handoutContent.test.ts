import { describe, expect, it } from 'vitest';
import { STRINGS } from '../i18n/strings';
import type { Translate } from '../i18n/useStrings';
import type { Lang } from '../../state/types';
import { HANDOUT_EXPLANATIONS, HANDOUT_QUOTES, handoutContent } from './handoutContent';
import { visitText } from './visitStrings';
import type { VisitTranslate } from './visitStrings';
import { takeHomeText } from './takeHomeStrings';
import type { TakeHomeTranslate } from './takeHomeStrings';

const fill = (text: string, params: Record<string, string> = {}) =>
  Object.entries(params).reduce((out, [name, value]) => out.replaceAll(`{${name}}`, value), text);
const texts = (lang: Lang): [Translate, VisitTranslate, TakeHomeTranslate] => [
  (key, params) => fill(STRINGS[lang][key], params),
  (key, params) => visitText(lang, key, params),
  (key, params) => takeHomeText(lang, key, params),
];
const view = { selection: null, hurts: [], mode: 'patient', lang: 'en' } as const;

describe('handoutContent', () => {
  it('the right hip and knee: the IT band first with H3 and K1, the quotes in article order', () => {
    const content = handoutContent(
      {
        ...view,
        hurts: [
          { region: 'side_of_hip', side: 'right' },
          { region: 'outside_of_knee', side: 'right' },
        ],
      },
      ...texts('en'),
    );
    expect(content.subject).toBe('On the right: side of the hip and outside of the knee.');
    expect(content.entries[0]?.title).toMatch(/^Right IT band/);
    expect(content.entries[0]?.detail).toContain('claims H3, K1');
    expect(content.entries).toHaveLength(3);
    expect(content.claims).toEqual(expect.arrayContaining(['H3', 'K1']));
    expect(content.claims.length).toBeLessThanOrEqual(HANDOUT_QUOTES);
    expect(content.explanations.length).toBeGreaterThan(0);
    expect(content.explanations.length).toBeLessThanOrEqual(HANDOUT_EXPLANATIONS);
  });

  it('says the sides apart and in Spanish', () => {
    const content = handoutContent(
      {
        ...view,
        lang: 'es',
        hurts: [
          { region: 'side_of_hip', side: 'right' },
          { region: 'outside_of_knee', side: 'left' },
        ],
      },
      ...texts('es'),
    );
    expect(content.subject).toMatch(/^Del lado derecho: .*\. Del lado izquierdo: .*\.$/);
  });

  it('a selected structure: where its pain can be felt, with the claims behind it', () => {
    const content = handoutContent(
      { ...view, selection: { kind: 'structure', id: 'iliotibial_band', side: 'left' } },
      ...texts('en'),
    );
    expect(content.subject).toMatch(/^Left IT band/);
    expect(content.entriesHeading).toBe('Where its pain can be felt');
    expect(content.claims).toContain('K1');
  });

  it('one marked place reads like that region selected', () => {
    const marked = handoutContent(
      { ...view, hurts: [{ region: 'outside_of_knee', side: 'right' }] },
      ...texts('en'),
    );
    const selected = handoutContent(
      { ...view, selection: { kind: 'region', id: 'outside_of_knee', side: 'right' } },
      ...texts('en'),
    );
    expect(marked).toEqual(selected);
    expect(marked.entriesHeading).toBe('What can hurt here');
  });

  it('nothing marked or selected: no subject, nothing quoted', () => {
    expect(handoutContent(view, ...texts('en'))).toEqual({
      subject: null,
      entriesHeading: null,
      entries: [],
      claims: [],
      explanations: [],
    });
  });
});

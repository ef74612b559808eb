import { describe, expect, it } from 'vitest';
import { parseBase, shareLinkOf } from './shareLink';
import { DEFAULT_URL_STATE } from './types';
import type { UrlState } from './types';
import { parseUrlState } from './urlState';

const visit: UrlState = {
  ...DEFAULT_URL_STATE,
  lang: 'es',
  hurts: [
    { region: 'side_of_hip', side: 'right' },
    { region: 'outside_of_knee', side: 'right' },
  ],
};

describe('shareLinkOf', () => {
  it('puts the view on the configured base, and the link reads back as the same view', () => {
    const link = shareLinkOf(visit, 'https://clinic.example/explorer/');
    expect(link).toEqual({
      ok: true,
      url: 'https://clinic.example/explorer/?lang=es&hurts=side_of_hip:right,outside_of_knee:right',
    });
    if (!link.ok) return;
    expect(parseUrlState(new URL(link.url).search)).toEqual({ state: visit, problems: [] });
  });

  it('says there is no base when none was configured (unset, empty or blank)', () => {
    for (const base of [undefined, '', '   '])
      expect(shareLinkOf(visit, base)).toEqual({ ok: false, reason: 'no-base' });
  });

  it('refuses a base that is not an absolute http(s) address', () => {
    for (const base of ['clinic.example', '/explorer/', 'javascript:alert(1)', 'ftp://clinic.example/'])
      expect(shareLinkOf(visit, base), base).toEqual({ ok: false, reason: 'bad-base' });
    expect(parseBase('https://user:secret@clinic.example/')).toBe('bad-base');
  });

  it("drops the base's own query and fragment, and leaves no bare '?' for the start view", () => {
    expect(shareLinkOf(DEFAULT_URL_STATE, 'https://clinic.example/explorer/?utm=x#top')).toEqual({
      ok: true,
      url: 'https://clinic.example/explorer/',
    });
  });

  it('works with a page as base, and keeps the path exactly', () => {
    expect(shareLinkOf(visit, 'https://clinic.example/pain/index.html')).toMatchObject({
      url: 'https://clinic.example/pain/index.html?lang=es&hurts=side_of_hip:right,outside_of_knee:right',
    });
  });
});

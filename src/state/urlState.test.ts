import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './urlState';
import { DEFAULT_URL_STATE } from './types';

describe('parseUrlState', () => {
  it('reads a structure with its side', () => {
    const { state, problems } = parseUrlState('?structure=rectus_femoris&side=left&mode=student');
    expect(problems).toEqual([]);
    expect(state.selection).toEqual({ kind: 'structure', id: 'rectus_femoris', side: 'left' });
    expect(state.mode).toBe('student');
  });

  it('gives a paired structure without a side the right side, and a midline one no side', () => {
    expect(parseUrlState('?structure=femur').state.selection).toEqual({
      kind: 'structure',
      id: 'femur',
      side: 'right',
    });
    expect(parseUrlState('?structure=l4_l5_disc&side=left').state.selection).toEqual({
      kind: 'structure',
      id: 'l4_l5_disc',
      side: null,
    });
  });

  it('selects nothing for an unknown id and says so', () => {
    const { state, problems } = parseUrlState('?structure=nonsense');
    expect(state.selection).toBeNull();
    expect(problems).toEqual([{ code: 'unknown-structure', value: 'nonsense' }]);
  });

  it('falls back to defaults for bad values and shortens what it reports', () => {
    const long = 'x'.repeat(500);
    const { state, problems } = parseUrlState(`?mode=${long}&lang=fr&side=up&layers=bones,ghosts`);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(problems.map((p) => p.code).sort()).toEqual(['bad-lang', 'bad-layer', 'bad-mode', 'bad-side']);
    expect(problems.every((p) => p.value.length <= 41)).toBe(true);
  });

  it('reports no bidi controls or other invisible formatting characters, only what can be seen', () => {
    // U+202E would show "evil" after it reversed; the others hide or reorder text just as quietly.
    const hidden = [
      '\u202e',
      '\u202a',
      '\u2066',
      '\u2069',
      '\u200e',
      '\u200f',
      '\u061c',
      '\u200b',
      '\ufeff',
      '\u0085',
    ];
    const { problems } = parseUrlState(
      `?structure=${encodeURIComponent(`gnp.${hidden.join('')}exe`)}&mode=${encodeURIComponent('\u2067x\u00ady')}`,
    );
    expect(problems).toEqual([
      { code: 'unknown-structure', value: 'gnp.exe' },
      { code: 'bad-mode', value: 'xy' },
    ]);
    for (const { value } of problems) expect(value).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });

  it('shortens by characters, never leaving half an emoji', () => {
    const { problems } = parseUrlState(`?lang=${encodeURIComponent('😀'.repeat(60))}`);
    expect(problems[0]?.value).toBe('😀'.repeat(40) + '…');
  });

  it('round-trips through serializeUrlState', () => {
    const search = '?region=outside_of_knee&side=left&mode=student&lang=es&layers=bones,nerves&isolate=1';
    const { state } = parseUrlState(search);
    expect(parseUrlState(serializeUrlState(state)).state).toEqual(state);
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });
});

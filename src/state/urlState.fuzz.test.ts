import { describe, expect, it } from 'vitest';
import { REGION_IDS, SIDES, STRUCTURE_IDS, isPaired } from '../content/ids';
import { LANGS, LAYERS, MODES } from './types';
import { parseUrlState, serializeUrlState } from './urlState';
import { seededRandom as random } from '../lib/seededRandom';

const KEYS = [
  'structure',
  'region',
  'side',
  'mode',
  'lang',
  'layers',
  'isolate',
  'hurts',
  'kiosk',
  'idle',
  'other',
];
const ODD = [
  '',
  ' ',
  '%',
  '%%',
  '%zz',
  '%00',
  '\u0000',
  '\n',
  '<script>',
  '"\'',
  '💥',
  'é',
  '../',
  '__proto__',
  'constructor',
  '&',
  '=',
  '#',
  '+',
  '\u202e',
  'left;right',
  'RIGHT',
  'null',
  'undefined',
];

function valueFor(key: string, rnd: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const roll = rnd();
  if (roll < 0.3) {
    // A valid value for the key (so mixes of good and bad parts are tried too).
    if (key === 'structure') return pick(STRUCTURE_IDS);
    if (key === 'region') return pick(REGION_IDS);
    if (key === 'side') return pick(SIDES);
    if (key === 'mode') return pick(MODES);
    if (key === 'lang') return pick(LANGS);
    if (key === 'layers') return LAYERS.filter(() => rnd() < 0.5).join(',');
    if (key === 'hurts')
      // Good, repeated and odd entries mixed, sometimes hundreds of them.
      return Array.from({ length: Math.floor(rnd() * (rnd() < 0.1 ? 400 : 6)) }, () =>
        rnd() < 0.7 ? `${pick(REGION_IDS)}:${pick(SIDES)}` : `${pick(ODD)}:${pick(ODD)}`,
      ).join(',');
  }
  if (roll < 0.45) return pick(ODD).repeat(1 + Math.floor(rnd() * 3));
  if (roll < 0.55) return 'x'.repeat(200 + Math.floor(rnd() * 20_000)); // very long
  const length = Math.floor(rnd() * 30);
  return Array.from({ length }, () => String.fromCodePoint(Math.floor(rnd() * 0x2fff))).join('');
}

function randomSearch(rnd: () => number): string {
  const parts: string[] = [];
  const count = Math.floor(rnd() * 6);
  for (let i = 0; i < count; i++) {
    const key = KEYS[Math.floor(rnd() * KEYS.length)]!;
    const value = valueFor(key, rnd);
    // Sometimes raw (possibly malformed percent-escapes), mostly encoded as a browser would.
    parts.push(`${key}=${rnd() < 0.2 ? value : encodeURIComponent(value)}`);
  }
  return (rnd() < 0.8 ? '?' : '') + parts.join(rnd() < 0.9 ? '&' : ';');
}

describe('parseUrlState under fuzzing (seeded)', () => {
  const CASES = 1000;
  it(`never throws and always yields a usable state for ${CASES} random links`, () => {
    const rnd = random(20261126);
    let withProblems = 0;
    for (let i = 0; i < CASES; i++) {
      const search = randomSearch(rnd);
      const { state, problems } = parseUrlState(search);
      const where = `case ${i}: ${JSON.stringify(search.slice(0, 120))}`;
      expect(MODES, where).toContain(state.mode);
      expect(LANGS, where).toContain(state.lang);
      expect(Object.keys(state.layers).sort(), where).toEqual([...LAYERS].sort());
      expect(typeof state.isolate, where).toBe('boolean');
      const { selection } = state;
      if (selection?.kind === 'structure') {
        expect(STRUCTURE_IDS, where).toContain(selection.id);
        expect(selection.side === null, where).toBe(!isPaired(selection.id));
      } else if (selection?.kind === 'region') {
        expect(REGION_IDS, where).toContain(selection.id);
        expect(SIDES, where).toContain(selection.side);
      } else expect(selection, where).toBeNull();
      for (const problem of problems) {
        // What is shown back is short and printable.
        expect(problem.value.length, where).toBeLessThanOrEqual(41);
        // eslint-disable-next-line no-control-regex
        expect(/[\u0000-\u001f\u007f]/.test(problem.value), where).toBe(false);
      }
      // A value we could not use is always reported: an unknown structure gives no selection and a notice.
      const params = new URLSearchParams(search);
      const structure = params.get('structure');
      if (structure !== null && !(STRUCTURE_IDS as readonly string[]).includes(structure)) {
        expect(
          problems.map((p) => p.code),
          where,
        ).toContain('unknown-structure');
        expect(selection, where).toBeNull();
      }
      for (const mark of state.hurts) {
        expect(REGION_IDS, where).toContain(mark.region);
        expect(SIDES, where).toContain(mark.side);
      }
      expect(new Set(state.hurts.map((m) => `${m.region}:${m.side}`)).size, where).toBe(state.hurts.length);
      const mode = params.get('mode');
      if (mode !== null && !(MODES as readonly string[]).includes(mode))
        expect(
          problems.map((p) => p.code),
          where,
        ).toContain('bad-mode');
      // Whatever was read writes back to a link that reads the same, without problems.
      const again = parseUrlState(serializeUrlState(state));
      expect(again.state, where).toEqual(state);
      expect(again.problems, where).toEqual([]);
      if (problems.length > 0) withProblems += 1;
    }
    // The generator really produced broken links (the test would be empty otherwise).
    expect(withProblems).toBeGreaterThan(CASES / 3);
  });
});

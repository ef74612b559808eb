import { describe, expect, it } from 'vitest';
import { claimById } from '../content';
import { REGION_IDS, SIDES } from '../content/ids';
import { connectMarks, distinctMarks, MECHANICS_CLAIMS, type Connector, type Mark } from './connectMarks';
import { sourcesOf } from './sourcesOf';

const right = (region: Mark['region']): Mark => ({ region, side: 'right' });
const left = (region: Mark['region']): Mark => ({ region, side: 'left' });
const label = (e: Connector) =>
  e.kind === 'structure' ? `${e.structure}:${e.side ?? 'mid'}` : `${e.claim}:${e.side}`;
const linksOf = (e: Connector) => e.links.map((l) => [`${l.mark.region}:${l.mark.side}`, l.claims, l.effect]);

describe('connectMarks', () => {
  it('right side of the hip + right outside of the knee: the IT band first, with H3 and K1', () => {
    const { connecting } = connectMarks([right('side_of_hip'), right('outside_of_knee')]);
    const [first] = connecting;
    expect(first && label(first)).toBe('iliotibial_band:right');
    expect(first).toMatchObject({ reach: 2, pain: 2, grade: 'article' });
    expect(first && linksOf(first)).toEqual([
      ['side_of_hip:right', ['H3', 'K1'], 'pain'],
      ['outside_of_knee:right', ['K1'], 'pain'],
    ]);
    // The tensor fasciae latae reaches both too, but only by what standard anatomy adds: after the band.
    const tfl = connecting.findIndex((e) => label(e) === 'tensor_fasciae_latae:right');
    expect(tfl).toBeGreaterThan(0);
    expect(connecting[tfl]?.grade).toBe('anatomy');
    expect(connecting.slice(0, tfl).every((e) => e.grade === 'article')).toBe(true);
  });

  it('ranks by regions reached, then pain, then grade', () => {
    const { connecting, single } = connectMarks([
      right('low_back'),
      left('front_of_knee'),
      right('front_of_hip'),
    ]);
    const all = [...connecting, ...single];
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      expect(a.reach, `${label(a)} before ${label(b)}`).toBeGreaterThanOrEqual(b.reach);
      if (a.reach === b.reach) expect(a.pain).toBeGreaterThanOrEqual(b.pain);
    }
    expect(connecting.every((e) => e.reach >= 2)).toBe(true);
    expect(single.every((e) => e.reach === 1 && e.kind === 'structure')).toBe(true);
    // Low back pain changing the walk (B4) reaches all three, on both sides of the body.
    expect(connecting[0] && label(connecting[0])).toBe('B4:right');
  });

  it('never merges sides: a right hip and a left knee are linked only by what spreads to both sides', () => {
    const { connecting, single } = connectMarks([right('side_of_hip'), left('outside_of_knee')]);
    for (const entry of connecting) {
      // A paired structure of one side cannot reach the other side's knee; a same-side claim cannot either.
      if (entry.kind === 'structure') expect(entry.side, label(entry)).toBeNull();
      else expect(entry.claim).toBe('B4');
    }
    const bands = single.filter((e) => e.kind === 'structure' && e.structure === 'iliotibial_band');
    expect(bands.map((e) => [label(e), linksOf(e)[0]?.[0]])).toEqual([
      ['iliotibial_band:left', 'outside_of_knee:left'],
      ['iliotibial_band:right', 'side_of_hip:right'],
    ]);
    // Every link keeps the side of the mark it reaches.
    for (const entry of [...connecting, ...single])
      for (const link of entry.links)
        expect(['side_of_hip:right', 'outside_of_knee:left']).toContain(
          `${link.mark.region}:${link.mark.side}`,
        );
  });

  it('the mechanics and gait claims that link body parts are derived from the content: B4, B5, H4, H6, K3', () => {
    expect(MECHANICS_CLAIMS).toEqual(['B4', 'B5', 'H4', 'H6', 'K3']);
  });

  it('a mechanics claim is an entry of its own when the part it starts from and a part it reaches are marked', () => {
    const knee = connectMarks([right('outside_of_knee'), right('side_of_hip')]).connecting;
    const claims = knee.filter((e) => e.kind === 'claim').map(label);
    expect(claims).toEqual(['B5:right', 'H6:right', 'K3:right', 'H4:right']);
    const b5 = knee.find((e) => label(e) === 'B5:right')!;
    expect(b5.links.map((l) => [l.mark.region, l.role])).toEqual([
      ['outside_of_knee', 'start'],
      ['side_of_hip', 'reach'],
    ]);
    // H4: a stiff hip hurts in the hip and changes how the knee moves; the knee is not said to hurt.
    const h4 = knee.find((e) => label(e) === 'H4:right')!;
    expect(linksOf(h4)).toEqual([
      ['side_of_hip:right', ['H4'], 'pain'],
      ['outside_of_knee:right', ['H4'], 'function'],
    ]);
    expect(h4).toMatchObject({ reach: 2, pain: 1 });
    // The knee and hip joints are not structure entries as well: their links are these claims.
    expect(knee.some((e) => e.kind === 'structure' && /^(knee|hip)_joint$/.test(e.structure))).toBe(false);
  });

  it('a claim needs the part it starts from: the hip and the low back alone do not bring in the knee claims', () => {
    const { connecting } = connectMarks([right('side_of_hip'), right('low_back')]);
    const claims = connecting.filter((e) => e.kind === 'claim').map(label);
    expect(claims).toContain('B4:right'); // the low back changes the walk, the hip starts to hurt
    expect(claims).toContain('H6:right'); // the hip, then the low back
    expect(claims).not.toContain('K3:right');
    expect(claims).not.toContain('B5:right');
  });

  it('B4 (a changed walk) reaches both sides; the others stay on the side they start from', () => {
    const b4 = connectMarks([right('low_back'), left('side_of_hip')]).connecting.map(label);
    expect(b4).toContain('B4:right');
    const k3 = connectMarks([right('front_of_knee'), left('front_of_hip')]).connecting.map(label);
    expect(k3.filter((l) => /^(K3|B5)/.test(l))).toEqual([]);
  });

  it('each link of a claim entry is a region its words name or the part it starts from', () => {
    for (const region of REGION_IDS)
      for (const side of SIDES) {
        const marks = [{ region, side }, right('outside_of_knee'), left('low_back'), right('front_of_hip')];
        for (const entry of connectMarks(marks).connecting) {
          if (entry.kind !== 'claim') continue;
          for (const link of entry.links)
            if (link.role === 'reach')
              expect(claimById(entry.claim).names.regions).toContain(link.mark.region);
        }
      }
  });

  it('each link of a structure entry is one the pain graph makes, on that side', () => {
    const marks = [right('back_of_thigh'), right('calf'), left('buttock'), right('low_back')];
    const { connecting, single } = connectMarks(marks);
    for (const entry of [...connecting, ...single]) {
      if (entry.kind !== 'structure') continue;
      for (const link of entry.links.filter((l) => l.effect === 'pain'))
        expect(
          sourcesOf(link.mark.region, link.mark.side).some(
            (s) => s.structure === entry.structure && s.side === entry.side,
          ),
          `${label(entry)} -> ${link.mark.region}:${link.mark.side}`,
        ).toBe(true);
    }
  });

  it('a repeated mark counts once; nothing marked connects nothing', () => {
    expect(distinctMarks([right('calf'), right('calf'), left('calf')])).toEqual([
      right('calf'),
      left('calf'),
    ]);
    const once = connectMarks([right('side_of_hip'), right('outside_of_knee')]);
    const twice = connectMarks([right('side_of_hip'), right('side_of_hip'), right('outside_of_knee')]);
    expect(twice).toEqual(once);
    expect(connectMarks([])).toEqual({ connecting: [], single: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { DRAWN_SOURCES, rankedSourcesOf, sourcesOf, spreadFrom } from '../anatomy';
import { REGION_IDS, SIDES, STRUCTURE_IDS, isPaired, nodeName } from '../content/ids';
import { emphasisFor, emphasisForFocus } from './emphasis';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('emphasisFor, a table from the article (shared/design/article-claims.md)', () => {
  it('K2: the right rectus femoris lights the front of the right knee, by the article’s word (solid)', () => {
    const e = emphasisFor({ kind: 'structure', id: 'rectus_femoris', side: 'right' });
    expect(sorted(e.selected)).toEqual(['rectus_femoris_r']);
    expect(e.regions.has('front_of_knee_r')).toBe(true);
    expect(e.hatchedRegions.has('front_of_knee_r')).toBe(false);
    expect([...e.regions].some((r) => r.endsWith('_l'))).toBe(false);
  });

  it('H3 and K1: the left iliotibial band lights the side of the left hip and the outside of the left knee', () => {
    const e = emphasisFor({ kind: 'structure', id: 'iliotibial_band', side: 'left' });
    expect(e.regions.has('side_of_hip_l')).toBe(true);
    expect(e.regions.has('outside_of_knee_l')).toBe(true);
    expect(e.hatchedRegions.has('side_of_hip_l') || e.hatchedRegions.has('outside_of_knee_l')).toBe(false);
    expect(e.arrows.map((a) => a.from)).toEqual(e.arrows.map(() => 'iliotibial_band_l'));
  });

  it('where does it hurt: the outside of the right knee lists the right iliotibial band, solid (K1)', () => {
    const e = emphasisFor({ kind: 'region', id: 'outside_of_knee', side: 'right' });
    expect(sorted(e.regions)).toEqual(['outside_of_knee_r']);
    expect(e.sources.has('iliotibial_band_r')).toBe(true);
    expect(e.hatchedSources.has('iliotibial_band_r')).toBe(false);
    expect(e.sources.has('iliotibial_band_l')).toBe(false);
  });

  it('H5 is about position, not pain: its tour step lights no pain region', () => {
    const e = emphasisForFocus({
      claim: 'H5',
      structures: [
        { id: 'psoas_major', side: 'right' },
        { id: 'rectus_femoris', side: 'right' },
      ],
    });
    expect(sorted(e.selected)).toEqual(['psoas_major_r', 'rectus_femoris_r']);
    expect(sorted(e.regions)).toEqual([]);
    expect(e.arrows.length).toBeGreaterThan(0);
  });

  it('nothing selected lights nothing', () => {
    const e = emphasisFor(null);
    expect([e.selected, e.regions, e.sources, e.pathway].every((s) => s.size === 0)).toBe(true);
  });
});

describe('emphasisFor, against the pain graph for every structure and side', () => {
  it('lights exactly the pain regions of spreadFrom, hatched exactly where no article link reaches', () => {
    for (const id of STRUCTURE_IDS)
      for (const side of isPaired(id) ? SIDES : [null]) {
        const e = emphasisFor({ kind: 'structure', id, side });
        const pain = spreadFrom(id, side).filter((s) => s.effect === 'pain');
        const label = `${id} ${side}`;
        expect(sorted(e.regions), label).toEqual(
          [...new Set(pain.map((s) => nodeName(s.region, s.side)))].sort(),
        );
        const anatomyOnly = pain.filter((s) => s.connections.every((c) => c.grade !== 'article'));
        expect(sorted(e.hatchedRegions), label).toEqual(
          anatomyOnly.map((s) => nodeName(s.region, s.side)).sort(),
        );
        expect(sorted(e.selected), label).toEqual([nodeName(id, side)]);
        for (const name of e.selected) expect(e.pathway.has(name), label).toBe(false);
        for (const arrow of e.arrows) {
          expect(arrow.from, label).toBe(nodeName(id, side));
          expect(arrow.pathway, label).not.toBe('nerve');
        }
      }
  });
});

describe('calm pathways: a few drawn at once (issue 21)', () => {
  const view = (all: boolean, preview: string | null = null) => ({ all, preview });

  it('the right low back draws its best four sources, the article’s first; "show all" draws every one', () => {
    const top = emphasisFor({ kind: 'region', id: 'low_back', side: 'right' });
    const all = emphasisFor({ kind: 'region', id: 'low_back', side: 'right' }, view(true));
    expect(top.sourceCount).toBe(sourcesOf('low_back', 'right').length);
    expect(top.sourceCount).toBeGreaterThan(DRAWN_SOURCES);
    expect(top.sources.size).toBe(DRAWN_SOURCES);
    expect(top.arrows.length).toBeLessThanOrEqual(DRAWN_SOURCES);
    // B5, K3 and H6: the knee and the hip by the article's word come first.
    expect(top.sources.has('knee_joint_r') && top.sources.has('hip_joint_r')).toBe(true);
    expect(all.sources.size).toBe(top.sourceCount);
    expect(all.arrows.length).toBeGreaterThan(top.arrows.length);
  });

  it('a source pointed at in the list is drawn too, beyond the best four', () => {
    const ranked = rankedSourcesOf('low_back', 'right');
    const last = ranked[ranked.length - 1]!;
    const name = nodeName(last.structure, last.side);
    const e = emphasisFor({ kind: 'region', id: 'low_back', side: 'right' }, view(false, name));
    expect(e.sources.has(name)).toBe(true);
    expect(e.sources.size).toBe(DRAWN_SOURCES + 1);
  });

  it('the outside of the knee draws the IT band first, then what anatomy adds to K1 (gluteus maximus, TFL)', () => {
    const names = rankedSourcesOf('outside_of_knee', 'right').map((s) => s.structure);
    expect(names.slice(0, 3)).toEqual(['iliotibial_band', 'gluteus_maximus', 'tensor_fasciae_latae']);
  });

  it('no selection of one structure draws more than four arrows, and never two between the same ends', () => {
    for (const id of STRUCTURE_IDS)
      for (const side of isPaired(id) ? SIDES : [null]) {
        const e = emphasisFor({ kind: 'structure', id, side });
        expect(e.arrows.length, `${id} ${side}`).toBeLessThanOrEqual(DRAWN_SOURCES);
        const ends = e.arrows.map((a) => `${a.from}>${a.to}`);
        expect(new Set(ends).size, `${id} ${side}`).toBe(ends.length);
      }
  });

  it('every region, top or all, draws one arrow per source at most', () => {
    for (const id of REGION_IDS)
      for (const side of SIDES)
        for (const all of [false, true]) {
          const e = emphasisFor({ kind: 'region', id, side }, view(all));
          expect(e.arrows.length).toBeLessThanOrEqual(e.sources.size);
          if (!all) expect(e.sources.size).toBeLessThanOrEqual(DRAWN_SOURCES);
        }
  });
});

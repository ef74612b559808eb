import { describe, expect, it } from 'vitest';
import { spreadFrom } from '../anatomy';
import { SIDES, STRUCTURE_IDS, isPaired, nodeName } from '../content/ids';
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

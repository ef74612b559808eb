import { describe, expect, it } from 'vitest';
import { selectionEvent } from './hostEvents';

describe('host events carry the two grades of evidence', () => {
  it('the IT band: the article’s spreads, no change of position', () => {
    const event = selectionEvent({ kind: 'structure', id: 'iliotibial_band', side: 'left' });
    expect(event.type).toBe('select');
    if (event.type !== 'select') return;
    expect(event.payload.regions).toEqual([
      { region: 'side_of_hip', side: 'left', grade: 'article' },
      { region: 'outside_of_knee', side: 'left', grade: 'article' },
    ]);
    expect(event.payload.changes).toEqual([]);
  });

  it('the L5 root: what standard anatomy adds; the rectus femoris: H5 as a change of position', () => {
    const l5 = selectionEvent({ kind: 'structure', id: 'l5_nerve_root', side: 'right' });
    if (l5.type !== 'select') throw new Error('select expected');
    expect(l5.payload.regions).toContainEqual({ region: 'outside_of_knee', side: 'right', grade: 'anatomy' });
    expect(l5.payload.regions.every((r) => r.grade === 'anatomy')).toBe(true);

    const rf = selectionEvent({ kind: 'structure', id: 'rectus_femoris', side: 'right' });
    if (rf.type !== 'select') throw new Error('select expected');
    expect(rf.payload.regions.map((r) => r.region)).toEqual(['front_of_hip', 'front_of_knee']);
    expect(rf.payload.changes).toContainEqual({ region: 'low_back', side: 'right', grade: 'anatomy' });
    expect(rf.payload.claims).toEqual(['H5', 'K2']);
  });

  it('a region: sources by grade, the low back as a source region (B4), position-only parts apart', () => {
    const knee = selectionEvent({ kind: 'region', id: 'front_of_knee', side: 'left' });
    if (knee.type !== 'region-select') throw new Error('region-select expected');
    expect(knee.payload.sources).toContainEqual({
      structure: 'rectus_femoris',
      side: 'left',
      grade: 'article',
    });
    expect(knee.payload.sources).toContainEqual({
      structure: 'l4_nerve_root',
      side: 'left',
      grade: 'anatomy',
    });
    expect(knee.payload.sourceRegions).toContainEqual({ region: 'low_back', side: 'left', grade: 'article' });

    const back = selectionEvent({ kind: 'region', id: 'low_back', side: 'left' });
    if (back.type !== 'region-select') throw new Error('region-select expected');
    expect(back.payload.sources.map((s) => s.structure)).not.toContain('sartorius');
    expect(back.payload.changedBy.map((s) => s.structure)).toContain('sartorius');
  });

  it('clearing sends empty lists', () => {
    expect(selectionEvent(null)).toEqual({
      type: 'select',
      payload: { structure: null, side: null, regions: [], changes: [], claims: [] },
    });
  });
});

describe('the hurts-change event', () => {
  it('lists the places as a link writes them and what could connect them, best first', async () => {
    const { eventsFor } = await import('./hostEvents');
    const hurts = [
      { region: 'side_of_hip', side: 'right' },
      { region: 'outside_of_knee', side: 'right' },
    ] as const;
    const scene = { status: 'ready' } as const;
    const [event, ...rest] = eventsFor(
      { selection: null, scene, hurts },
      { selection: null, scene, hurts: [] },
    );
    expect(rest).toEqual([]);
    if (event?.type !== 'hurts-change') throw new Error('hurts-change expected');
    expect(event.payload.hurts).toEqual(['side_of_hip:right', 'outside_of_knee:right']);
    expect(event.payload.connections[0]).toMatchObject({
      kind: 'structure',
      id: 'iliotibial_band',
      side: 'right',
    });
    // The same places in a new array are no change.
    expect(
      eventsFor({ selection: null, scene, hurts: [...hurts] }, { selection: null, scene, hurts }),
    ).toEqual([]);
  });
});

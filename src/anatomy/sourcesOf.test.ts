import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../content';
import { REGION_IDS, SIDES, STRUCTURE_IDS, isPaired } from '../content/ids';
import { functionSourcesOf, ofGrade, regionSourcesOf, sourcesOf } from './sourcesOf';
import { spreadFrom } from './spreadFrom';

describe('sourcesOf', () => {
  it('outside of the knee <- iliotibial band (K1), on the same side only', () => {
    const left = sourcesOf('outside_of_knee', 'left');
    const itb = left.find((s) => s.structure === 'iliotibial_band');
    expect(itb).toMatchObject({ side: 'left', claims: ['K1'], pathways: ['attachment'] });
    expect(left.some((s) => s.structure === 'iliotibial_band' && s.side === 'right')).toBe(false);
  });

  it('front of the knee <- rectus femoris (K2) and midline discs with a null side', () => {
    const sources = sourcesOf('front_of_knee', 'right');
    expect(sources.find((s) => s.structure === 'rectus_femoris')?.claims).toEqual(['K2']);
    expect(sources.find((s) => s.structure === 'l3_l4_disc')).toMatchObject({ side: null, claims: ['B2'] });
  });

  it('low back <- gluteus medius (H1), psoas (B3) and knee joint (B5, K3); hip flexors only change its position', () => {
    const sources = sourcesOf('low_back', 'left');
    const find = (id: string) => sources.find((s) => s.structure === id && s.side === 'left');
    expect(find('gluteus_medius')).toMatchObject({ claims: ['H1'], grade: 'anatomy' });
    expect(find('psoas_major')).toMatchObject({ claims: ['B3'], grade: 'anatomy' });
    expect(find('knee_joint')).toMatchObject({ claims: ['B5', 'K3'], grade: 'article' });
    expect(find('hip_joint')).toMatchObject({ claims: ['H6'], grade: 'article' });
    expect(find('sartorius')).toBeUndefined();
    expect(sources.some((s) => s.structure === 'knee_joint' && s.side === 'right')).toBe(false);
    const position = functionSourcesOf('low_back', 'left').map((s) => s.structure);
    expect(position).toEqual(
      expect.arrayContaining(['psoas_major', 'iliacus', 'rectus_femoris', 'sartorius', 'hip_joint']),
    );
  });

  it("the skin nerves of issue 14 are found where their skin is, as standard anatomy, never the article's words", () => {
    const expected: [string, (typeof REGION_IDS)[number]][] = [
      ['sural_nerve', 'calf'],
      ['posterior_femoral_cutaneous_nerve', 'back_of_thigh'],
      ['posterior_femoral_cutaneous_nerve', 'buttock'],
      ['superior_cluneal_nerves', 'buttock'],
      ['ilioinguinal_nerve', 'front_of_hip'],
      ['ilioinguinal_nerve', 'inside_of_thigh'],
      ['genitofemoral_nerve', 'front_of_hip'],
    ];
    for (const [nerve, region] of expected) {
      const found = sourcesOf(region, 'right').find((s) => s.structure === nerve);
      expect(found, `${nerve} in ${region}`).toMatchObject({ side: 'right', grade: 'anatomy' });
    }
    // the fibular nerves' skin (the front of the leg, the top of the foot) is no region of the app
    for (const nerve of ['superficial_fibular_nerve', 'deep_fibular_nerve'] as const)
      expect(spreadFrom(nerve, 'left'), nerve).toEqual([]);
  });

  it('the groin (front of hip) lists neither the quadriceps tendon nor the patellar ligament', () => {
    const sources = sourcesOf('front_of_hip', 'right').map((s) => s.structure);
    expect(sources).toContain('rectus_femoris');
    expect(sources).not.toContain('quadriceps_tendon');
    expect(sources).not.toContain('patellar_ligament');
  });

  it('the calf is reached only through the S1 root and its discs, graded standard anatomy', () => {
    const sources = sourcesOf('calf', 'left');
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.grade === 'anatomy')).toBe(true);
    expect(sources.map((s) => s.structure)).not.toContain('sacrum');
  });

  it('finds every spread of every structure backwards, with its effect, grade and claims, and nothing more', () => {
    const forwards: string[] = [];
    for (const structure of STRUCTURE_IDS)
      for (const side of isPaired(structure) ? SIDES : [null])
        for (const s of spreadFrom(structure, side))
          forwards.push(
            `${structure}:${side}->${s.region}:${s.side} ${s.effect} ${s.grade} ${s.claims.join()}`,
          );
    const backwards: string[] = [];
    for (const region of REGION_IDS)
      for (const side of SIDES)
        for (const [effect, sources] of [
          ['pain', sourcesOf(region, side)],
          ['function', functionSourcesOf(region, side)],
        ] as const)
          for (const s of sources)
            backwards.push(
              `${s.structure}:${s.side}->${region}:${side} ${effect} ${s.grade} ${s.claims.join()}`,
            );
    expect(forwards.length).toBeGreaterThan(100);
    expect(backwards.sort()).toEqual(forwards.sort());
  });

  it('every claim used by a connection is reachable from some region', () => {
    const reached = new Set<string>();
    for (const region of REGION_IDS)
      for (const side of SIDES)
        for (const s of [...sourcesOf(region, side), ...functionSourcesOf(region, side)])
          s.claims.forEach((c) => reached.add(c));
    for (const region of REGION_IDS)
      for (const side of SIDES)
        for (const s of regionSourcesOf(region, side)) s.claims.forEach((c) => reached.add(c));
    expect([...new Set(CATALOGUE.connections.map((c) => c.claim))].filter((c) => !reached.has(c))).toEqual(
      [],
    );
  });

  it('region sources: the front of the knee <- the low back on either side (B4)', () => {
    const sources = regionSourcesOf('front_of_knee', 'left');
    expect(sources.map((s) => `${s.region}:${s.side}`).sort()).toEqual(['low_back:left', 'low_back:right']);
    expect(sources.every((s) => s.claims.join() === 'B4')).toBe(true);
    expect(regionSourcesOf('calf', 'left')).toEqual([]);
  });

  it('ofGrade keeps only the links of one grade, so no claim is listed under a grade it lacks', () => {
    const itb = sourcesOf('side_of_hip', 'right').find((s) => s.structure === 'iliotibial_band');
    const tfl = CATALOGUE.connections.find((c) => c.id === 'h3_tensor_fasciae_latae');
    if (!itb || !tfl) throw new Error('fixture missing');
    expect(ofGrade(itb, 'anatomy')).toBeNull();
    // A source with the article's word (H3, K1) and, say, an anatomy link of another claim (B3).
    const mixed = {
      ...itb,
      connections: [...itb.connections, { ...tfl, id: 'mixed', claim: 'B3' as const }],
    };
    expect(ofGrade(mixed, 'article')).toMatchObject({ grade: 'article', claims: ['H3', 'K1'] });
    const anatomy = ofGrade(mixed, 'anatomy');
    expect(anatomy).toMatchObject({ grade: 'anatomy', claims: ['B3'], structure: 'iliotibial_band' });
    expect(anatomy?.connections.every((c) => c.grade === 'anatomy')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { ClaimId, RegionId, Side, StructureId } from '../content/ids';
import { spreadFrom, spreadFromRegion, type Spread } from './spreadFrom';

const HIP: RegionId[] = ['front_of_hip', 'side_of_hip', 'buttock'];
const THIGH: RegionId[] = ['front_of_thigh', 'outside_of_thigh', 'back_of_thigh', 'inside_of_thigh'];
const KNEE: RegionId[] = ['front_of_knee', 'outside_of_knee', 'inside_of_knee', 'back_of_knee'];

const regionsOn = (spreads: Spread[], side: Side) =>
  new Set(spreads.filter((s) => s.side === side).map((s) => s.region));
const claimsAt = (
  spreads: Spread[],
  region: RegionId,
  side: Side,
  effect: Spread['effect'] = 'pain',
): ClaimId[] => [
  ...(spreads.find((s) => s.region === region && s.side === side && s.effect === effect)?.claims ?? []),
];
const reachesAny = (spreads: Spread[], side: Side, regions: RegionId[]) =>
  regions.some((r) => regionsOn(spreads, side).has(r));

describe('spreadFrom: the spreads the spec pins', () => {
  it('rectus femoris -> front of hip and front of knee (K2, the article); low back and sacroiliac area change position only (H5)', () => {
    const s = spreadFrom('rectus_femoris', 'right');
    expect(claimsAt(s, 'front_of_hip', 'right')).toEqual(['K2']);
    expect(claimsAt(s, 'front_of_knee', 'right')).toEqual(['K2']);
    expect(s.filter((x) => x.effect === 'pain').every((x) => x.grade === 'article')).toBe(true);
    expect(claimsAt(s, 'low_back', 'right')).toEqual([]);
    expect(claimsAt(s, 'low_back', 'right', 'function')).toEqual(['H5']);
    expect(claimsAt(s, 'sacroiliac_area', 'right', 'function')).toEqual(['H5']);
  });

  it('grades: the L5 root reaches the outside of the knee by standard anatomy, the IT band by the article', () => {
    const l5 = spreadFrom('l5_nerve_root', 'left').find((x) => x.region === 'outside_of_knee');
    expect(l5).toMatchObject({ grade: 'anatomy', effect: 'pain' });
    expect(l5?.claims).toContain('B1');
    const itb = spreadFrom('iliotibial_band', 'left').find((x) => x.region === 'outside_of_knee');
    expect(itb).toMatchObject({ grade: 'article', effect: 'pain', claims: ['K1'] });
  });

  it('the quadriceps tendon and patellar ligament spread nowhere; the sacrum does not reach the calf', () => {
    expect(spreadFrom('quadriceps_tendon', 'right')).toEqual([]);
    expect(spreadFrom('patellar_ligament', 'right')).toEqual([]);
    expect(spreadFrom('sacrum', null).some((x) => x.region === 'calf')).toBe(false);
  });

  it('keeps the side: the right rectus femoris reaches right regions only', () => {
    const s = spreadFrom('rectus_femoris', 'right');
    expect(s.length).toBeGreaterThan(0);
    expect(s.every((x) => x.side === 'right')).toBe(true);
    expect(spreadFrom('rectus_femoris', 'left').every((x) => x.side === 'left')).toBe(true);
  });

  it('iliotibial band -> side of hip (H3, K1) and outside of knee (K1), nowhere the article does not say', () => {
    const s = spreadFrom('iliotibial_band', 'left');
    expect(claimsAt(s, 'side_of_hip', 'left')).toEqual(['H3', 'K1']);
    expect(claimsAt(s, 'outside_of_knee', 'left')).toEqual(['K1']);
    expect([...regionsOn(s, 'left')].sort()).toEqual(['outside_of_knee', 'side_of_hip']);
  });

  it.each([
    'l1_nerve_root',
    'l2_nerve_root',
    'l3_nerve_root',
    'l4_nerve_root',
    'l5_nerve_root',
    's1_nerve_root',
  ] as const)('%s -> hip, thigh or knee along its nerves (B1)', (root) => {
    const s = spreadFrom(root, 'left');
    expect(s.every((x) => x.claims.includes('B1') && x.pathways.includes('nerve'))).toBe(true);
    expect(reachesAny(s, 'left', [...HIP, ...THIGH, ...KNEE])).toBe(true);
    expect(s.every((x) => x.side === 'left')).toBe(true);
    for (const x of s) expect(x.paths.every((p) => p[0]?.id === root)).toBe(true);
  });

  it('L2-L4 together reach hip, thigh and knee; L3 via the femoral nerve to the front of the thigh', () => {
    const all = ['l2_nerve_root', 'l3_nerve_root', 'l4_nerve_root'].flatMap((r) =>
      spreadFrom(r as StructureId, 'right'),
    );
    expect(
      reachesAny(all, 'right', HIP) && reachesAny(all, 'right', THIGH) && reachesAny(all, 'right', KNEE),
    ).toBe(true);
    const front = spreadFrom('l3_nerve_root', 'right').find((x) => x.region === 'front_of_thigh');
    expect(front?.paths.map((p) => p.map((step) => step.id))).toContainEqual([
      'l3_nerve_root',
      'lumbar_plexus',
      'femoral_nerve',
    ]);
  });

  it.each(['l4_l5_disc', 'l5_s1_disc'] as const)('%s -> hip, thigh and knee on both sides (B2)', (disc) => {
    const s = spreadFrom(disc, null);
    for (const side of ['left', 'right'] as const) {
      expect(reachesAny(s, side, HIP)).toBe(true);
      expect(reachesAny(s, side, THIGH)).toBe(true);
      expect(reachesAny(s, side, KNEE)).toBe(true);
    }
    expect(s.every((x) => x.claims.includes('B2'))).toBe(true);
    expect(regionsOn(s, 'left').has('calf')).toBe(false);
  });

  it('a disc path shows the disc (midline), then the root and nerves on that side', () => {
    const back = spreadFrom('l4_l5_disc', null).find(
      (x) => x.region === 'back_of_thigh' && x.side === 'left',
    );
    expect(back?.paths).toContainEqual([
      { id: 'l4_l5_disc', side: null },
      { id: 'l5_nerve_root', side: 'left' },
      { id: 'sciatic_nerve', side: 'left' },
    ]);
  });

  it('psoas major -> low back and front of hip (B3, anatomy adds which muscle); position of low back and sacroiliac area (H5)', () => {
    const s = spreadFrom('psoas_major', 'left');
    expect(claimsAt(s, 'low_back', 'left')).toEqual(['B3']);
    expect(claimsAt(s, 'front_of_hip', 'left')).toEqual(['B3']);
    expect(claimsAt(s, 'low_back', 'left', 'function')).toEqual(['H5']);
    expect(claimsAt(s, 'sacroiliac_area', 'left')).toEqual([]);
    expect(claimsAt(s, 'sacroiliac_area', 'left', 'function')).toEqual(['H5']);
    expect(s.filter((x) => x.effect === 'pain').every((x) => x.grade === 'anatomy')).toBe(true);
  });

  it.each(['gluteus_medius', 'gluteus_minimus', 'gluteus_maximus'] as const)(
    '%s -> low back (H1)',
    (muscle) => {
      expect(claimsAt(spreadFrom(muscle, 'right'), 'low_back', 'right')).toContain('H1');
    },
  );

  it('knee joint -> hip and low back on its own side (B5 gait, K3 mechanics)', () => {
    const s = spreadFrom('knee_joint', 'left');
    expect(claimsAt(s, 'low_back', 'left')).toEqual(['B5', 'K3']);
    expect(s.every((x) => x.side === 'left')).toBe(true);
    expect(
      reachesAny(
        s.filter((x) => x.claims.includes('B5')),
        'left',
        HIP,
      ),
    ).toBe(true);
    expect(
      reachesAny(
        s.filter((x) => x.claims.includes('K3')),
        'left',
        HIP,
      ),
    ).toBe(true);
  });

  it('hip joint -> low back and knee (H4, H6); femur and hip external rotators -> knee (H2)', () => {
    const hip = spreadFrom('hip_joint', 'right');
    expect(claimsAt(hip, 'low_back', 'right')).toEqual(['H6']);
    expect(claimsAt(hip, 'low_back', 'right', 'function')).toEqual(['H4']);
    expect(claimsAt(hip, 'front_of_hip', 'right')).toEqual(['H4']);
    expect(
      reachesAny(
        hip.filter((x) => x.claims.includes('H6')),
        'right',
        KNEE,
      ),
    ).toBe(true);
    for (const id of ['femur', 'piriformis', 'gluteus_maximus'] as const)
      expect(
        reachesAny(
          spreadFrom(id, 'right').filter((x) => x.claims.includes('H2')),
          'right',
          KNEE,
        ),
      ).toBe(true);
  });

  it('the sciatic nerve itself -> buttock, back of thigh and back of knee, from the lumbar roots', () => {
    const s = spreadFrom('sciatic_nerve', 'left');
    for (const r of ['buttock', 'back_of_thigh', 'back_of_knee'] as const)
      expect(regionsOn(s, 'left').has(r)).toBe(true);
    expect(s.every((x) => x.side === 'left' && x.pathways.includes('nerve'))).toBe(true);
    for (const x of s) for (const p of x.paths) expect(p[0]?.id).toMatch(/_nerve_root$/);
    expect(regionsOn(s, 'left').has('front_of_thigh')).toBe(false);
  });

  it.each([
    ['femoral_nerve', 'front_of_thigh'],
    ['obturator_nerve', 'inside_of_thigh'],
    ['lateral_femoral_cutaneous_nerve', 'outside_of_thigh'],
    ['saphenous_nerve', 'inside_of_knee'],
    ['tibial_nerve', 'back_of_knee'],
    ['common_fibular_nerve', 'outside_of_knee'],
  ] as const)('%s -> its territory %s', (nerve, region) => {
    expect(regionsOn(spreadFrom(nerve, 'right'), 'right').has(region)).toBe(true);
  });

  it.each(['superior_gluteal_nerve', 'inferior_gluteal_nerve'] as const)(
    '%s carries no pain (motor only)',
    (nerve) => {
      expect(spreadFrom(nerve, 'right')).toEqual([]);
    },
  );

  it('lumbar vertebrae spread through their roots (B1) and by gait (B4) on both sides', () => {
    const s = spreadFrom('l4_vertebra', null);
    expect(claimsAt(s, 'front_of_thigh', 'left')).toEqual(['B1']);
    expect(claimsAt(s, 'front_of_knee', 'right')).toEqual(['B1', 'B4']);
  });

  it('the low back region spreads to hip and knee by gait (B4)', () => {
    const s = spreadFromRegion('low_back', 'left');
    expect(reachesAny(s, 'left', HIP) && reachesAny(s, 'left', KNEE)).toBe(true);
    expect(s.every((x) => x.claims.join() === 'B4')).toBe(true);
  });

  it('returns a stable order and merges per region and side', () => {
    const a = spreadFrom('l4_nerve_root', 'left');
    expect(spreadFrom('l4_nerve_root', 'left')).toEqual(a);
    const keys = a.map((x) => `${x.region}:${x.side}:${x.effect}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('needs a side for paired structures; structures with no claim spread nowhere', () => {
    expect(() => spreadFrom('femur', null)).toThrow(/side/);
    expect(spreadFrom('skin', null)).toEqual([]);
    expect(spreadFrom('gastrocnemius', 'left')).toEqual([]);
  });
});

/**
 * The framing view chosen on the committed model (start and deep files): the sole's muscles from below,
 * everything else from the side it was framed from before the view from below existed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommittedModel } from './loadCommittedModel';
import { createSceneSetup } from './sceneSetup';
import type { ModelIndex } from './modelIndex';
import { BELOW } from './viewBelow';
import { viewOf } from './viewChoice';

// The scene's own index: the start file, its regions' proxies and the deep file merged in.
let index: ModelIndex;
beforeAll(async () => {
  const setup = createSceneSetup(await loadCommittedModel());
  setup.merge(await loadCommittedModel('lower-body-deep.glb'));
  index = setup.index;
});

const SOLE = [
  'abductor_hallucis',
  'flexor_digitorum_brevis',
  'quadratus_plantae',
  'abductor_digiti_minimi',
  'flexor_hallucis_brevis',
  'adductor_hallucis',
  'flexor_digiti_minimi_brevis',
  'lumbricals',
  // the interossei: the plantar ones under metatarsals 3-5; the dorsal ones, between the bones, keep the side view
  'plantar_interossei',
  'plantar_aponeurosis',
];

describe('the view a selection is framed from', () => {
  it("looks up at each of the sole's muscles, on both sides", () => {
    for (const id of SOLE)
      for (const side of ['l', 'r']) expect(viewOf([`${id}_${side}`], index), id).toEqual(BELOW);
    // from below, in front of the toes
    expect(BELOW.elevation).toBeLessThan(-0.8);
  });

  it('frames the rectus femoris from the front and gluteus maximus from the back, level', () => {
    expect(viewOf(['rectus_femoris_r'], index)).toEqual({ azimuth: 0, elevation: 0 });
    expect(viewOf(['gluteus_maximus_l'], index)).toEqual({ azimuth: Math.PI, elevation: 0 });
    // flat, but lying on a bone: the menisci and the lumbar discs keep their side view
    expect(viewOf(['medial_meniscus_r'], index).elevation).toBe(0);
    expect(viewOf(['l3_l4_disc'], index).elevation).toBe(0);
  });

  it("looks from below at nothing but the sole's muscles, nor at any region marked as hurting", () => {
    expect(index.all.filter((e) => e.kind === 'region').length).toBeGreaterThan(20);
    const below = index.all
      .filter((e) => e.kind !== 'skin' && viewOf([e.name], index).elevation < 0)
      .map((e) => e.name.replace(/_[lr]$/, ''));
    expect([...new Set(below)].sort()).toEqual([...SOLE].sort());
  });
});

import * as THREE from 'three';
import { TISSUE_KINDS, type MeshKind } from '../model/types';
import { hatch } from './hatching';
import { withOcclusion } from './occlusion';
import { withFibres } from './muscleFibres';
import { createRegionShading, withRegions } from './regionShading';
import type { RegionShading } from './regionShading';
import { xrayMaterial } from './xray';
import { BODY_COLOURS, HIGHLIGHT } from './palette';

/**
 * How one mesh is drawn at a moment; each look maps to one shared material per kind. Sources come in two
 * grades: solid where the article says so, hatched where standard anatomy adds it. Regions are no meshes of
 * their own: the skin's materials draw them (`regionShading.ts`), solid or striped by the same rule.
 */
export const LOOKS = ['normal', 'faded', 'selected', 'pathway', 'source', 'sourceAnatomy'] as const;
export type Look = (typeof LOOKS)[number];

/**
 * Draw order within the transparent pass: faded body (the skin with its glowing regions), then the
 * emphasised meshes, so a selection stays visible even when it lies deep or under a region.
 */
export const RENDER_ORDER: Record<Look, number> = {
  normal: 0,
  faded: 0,
  source: 4,
  sourceAnatomy: 4,
  pathway: 4,
  selected: 5,
};

/** Tendon and aponeurosis: glossier than muscle and bone (a wet, smooth collagen surface). */
const TENDON_ROUGHNESS = 0.3;
/** Ligaments a little duller than tendon (so the two read apart), menisci smooth like wet cartilage. */
const ROUGHNESS: Partial<Record<MeshKind, number>> = {
  bone: 0.75,
  tendon: TENDON_ROUGHNESS,
  ligament: 0.45,
  cartilage: 0.35,
};

/**
 * The pain regions on the skin: none (the skin's plain material, no region work per pixel), offered faintly
 * to tap ("where does it hurt?"), or lit (both sides of the skin drawn, the far side's regions only).
 */
export type SkinRegions = 'none' | 'offered' | 'lit';

export interface MaterialSet {
  get(kind: MeshKind, look: Look): THREE.Material;
  /** What a kind's batch draws with: `reducedDetail` while the camera moves on a slow GPU. */
  batch(kind: MeshKind, look: 'normal' | 'faded', reducedDetail: boolean): THREE.Material;
  /** The skin's material for the regions it shows. */
  skin(look: 'normal' | 'faded', regions: SkinRegions): THREE.Material;
  /** Every material of the set with the kind it draws, so their programs can be compiled before use. */
  all(): readonly { readonly kind: MeshKind; readonly material: THREE.Material }[];
  /** 0..1, drives the gentle pulse of lit regions; set per frame, no React. */
  readonly pulse: { value: number };
  /** The look of each region on the skin (the skin's materials read it). */
  readonly regions: RegionShading;
  /** Frees the GPU programs; the materials stay usable (three compiles them again when drawn). */
  dispose(): void;
}

/** All materials are made once, here, when the model loads: a selection only swaps references. */
export function createMaterialSet(): MaterialSet {
  const pulse = { value: 0 };
  const regions = createRegionShading();
  const cache = new Map<string, THREE.Material>();

  const make = (kind: MeshKind, look: Look): THREE.Material => {
    const base = BODY_COLOURS[kind];
    switch (look) {
      case 'normal':
        if (kind === 'skin') return plainSkin('normal');
        if (kind === 'joint')
          return new THREE.MeshStandardMaterial({
            color: base,
            transparent: true,
            opacity: 0.75,
            roughness: 0.4,
          });
        // Muscles show their fibres and pale tendinous ends (the GLB's fibre attribute); tendons are glossy.
        if (kind === 'muscle') return muscleMaterial(true);
        return new THREE.MeshStandardMaterial({
          color: base,
          roughness: ROUGHNESS[kind] ?? 0.55,
          metalness: 0,
        });
      case 'faded':
        return kind === 'skin' ? plainSkin('faded') : xrayMaterial(base, 0.07, 0.4);
      // Emphasised looks draw in the transparent pass, after the skin (see RENDER_ORDER), at full opacity.
      case 'selected':
        return new THREE.MeshStandardMaterial({
          transparent: true,
          color: HIGHLIGHT.selected,
          emissive: HIGHLIGHT.selected,
          emissiveIntensity: 0.55,
          roughness: 0.4,
        });
      case 'pathway':
        return new THREE.MeshStandardMaterial({
          transparent: true,
          color: HIGHLIGHT.nerve,
          emissive: HIGHLIGHT.nerve,
          emissiveIntensity: 0.6,
        });
      case 'source':
        return sourceMaterial();
      case 'sourceAnatomy':
        return hatch(sourceMaterial());
    }
  };

  // Muscles show their fibres and pale tendinous ends (the GLB's fibre attribute); tendons are glossy.
  function muscleMaterial(striae: boolean) {
    return withFibres(
      new THREE.MeshStandardMaterial({ color: BODY_COLOURS.muscle, roughness: 0.55, metalness: 0 }),
      BODY_COLOURS.tendon,
      TENDON_ROUGHNESS,
      { striae },
    );
  }

  function plainSkin(look: 'normal' | 'faded') {
    return look === 'faded'
      ? xrayMaterial(BODY_COLOURS.skin, 0.03, 0.22)
      : new THREE.MeshStandardMaterial({
          color: BODY_COLOURS.skin,
          transparent: true,
          opacity: 0.18,
          depthWrite: false,
          roughness: 0.7,
        });
  }

  /** The skin draws the regions; both its sides while some are lit, so a lit low back shows from the front. */
  function regionSkin(look: 'normal' | 'faded', side: THREE.Side) {
    const material = plainSkin(look);
    material.side = side;
    return withRegions(material, regions, pulse);
  }

  function sourceMaterial() {
    return new THREE.MeshStandardMaterial({
      transparent: true,
      color: HIGHLIGHT.source,
      emissive: HIGHLIGHT.source,
      emissiveIntensity: 0.45,
    });
  }

  // every look but the skin's darkens its light by the baked occlusion (occlusion.ts; the skin has none)
  for (const kind of TISSUE_KINDS) {
    for (const look of LOOKS) {
      const material = make(kind, look);
      cache.set(`${kind}:${look}`, kind === 'skin' ? material : withOcclusion(material));
    }
  }
  const skins = {
    offered: { normal: regionSkin('normal', THREE.FrontSide), faded: regionSkin('faded', THREE.FrontSide) },
    lit: { normal: regionSkin('normal', THREE.DoubleSide), faded: regionSkin('faded', THREE.DoubleSide) },
  };
  const movingMuscle = withOcclusion(muscleMaterial(false));
  const get = (kind: MeshKind, look: Look) => {
    const material = cache.get(`${kind}:${look}`);
    if (!material) throw new Error(`No material for ${kind}/${look}`);
    return material;
  };
  const all = [
    ...TISSUE_KINDS.flatMap((kind) => LOOKS.map((look) => ({ kind, material: get(kind, look) }))),
    ...Object.values(skins)
      .flatMap((bySide) => [bySide.normal, bySide.faded])
      .map((material) => ({
        kind: 'skin' as const,
        material,
      })),
    { kind: 'muscle' as const, material: movingMuscle },
  ];

  return {
    pulse,
    regions,
    get,
    batch(kind, look, reducedDetail) {
      return kind === 'muscle' && look === 'normal' && reducedDetail ? movingMuscle : get(kind, look);
    },
    skin(look, shown) {
      return shown === 'none' ? get('skin', look) : skins[shown][look];
    },
    all() {
      return all;
    },
    dispose() {
      for (const { material } of all) material.dispose();
    },
  };
}

import * as THREE from 'three';
import type { MeshKind } from '../model/types';
import { hatch } from './hatching';
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

const MESH_KINDS: readonly MeshKind[] = ['bone', 'disc', 'muscle', 'tendon', 'nerve', 'joint', 'skin'];

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

export interface MaterialSet {
  get(kind: MeshKind, look: Look): THREE.Material;
  /** The skin's material while regions are lit: both sides drawn (the far side shows its regions only). */
  skinShowingRegions(look: 'normal' | 'faded'): THREE.Material;
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
        if (kind === 'skin') return skinMaterial('normal', THREE.FrontSide);
        if (kind === 'joint')
          return new THREE.MeshStandardMaterial({
            color: base,
            transparent: true,
            opacity: 0.75,
            roughness: 0.4,
          });
        // Muscles show their fibres and pale tendinous ends (the GLB's fibre attribute); tendons are glossy.
        if (kind === 'muscle')
          return withFibres(
            new THREE.MeshStandardMaterial({ color: base, roughness: 0.55, metalness: 0 }),
            BODY_COLOURS.tendon,
            TENDON_ROUGHNESS,
          );
        return new THREE.MeshStandardMaterial({
          color: base,
          roughness: kind === 'bone' ? 0.75 : kind === 'tendon' ? TENDON_ROUGHNESS : 0.55,
          metalness: 0,
        });
      case 'faded':
        return kind === 'skin' ? skinMaterial('faded', THREE.FrontSide) : xrayMaterial(base, 0.07, 0.4);
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

  /** The skin draws the regions; both its sides while some are lit, so a lit low back shows from the front. */
  function skinMaterial(look: 'normal' | 'faded', side: THREE.Side) {
    const material =
      look === 'faded'
        ? xrayMaterial(BODY_COLOURS.skin, 0.03, 0.22)
        : new THREE.MeshStandardMaterial({
            color: BODY_COLOURS.skin,
            transparent: true,
            opacity: 0.18,
            depthWrite: false,
            roughness: 0.7,
          });
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

  for (const kind of MESH_KINDS) for (const look of LOOKS) cache.set(`${kind}:${look}`, make(kind, look));
  const litSkin = {
    normal: skinMaterial('normal', THREE.DoubleSide),
    faded: skinMaterial('faded', THREE.DoubleSide),
  };

  return {
    pulse,
    regions,
    get(kind, look) {
      const material = cache.get(`${kind}:${look}`);
      if (!material) throw new Error(`No material for ${kind}/${look}`);
      return material;
    },
    skinShowingRegions(look) {
      return litSkin[look];
    },
    dispose() {
      for (const material of [...cache.values(), litSkin.normal, litSkin.faded]) material.dispose();
    },
  };
}

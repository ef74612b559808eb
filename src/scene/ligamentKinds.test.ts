import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { LAYER_OF_KIND } from './modelIndex';
import { createMaterialSet } from './materials';

const colourOf = (m: THREE.Material) => (m as THREE.MeshStandardMaterial).color;

describe('ligament and cartilage meshes', () => {
  it('belong to the joints layer', () => {
    expect(LAYER_OF_KIND.ligament).toBe('joints');
    expect(LAYER_OF_KIND.cartilage).toBe('joints');
  });

  it('are drawn opaque, a ligament apart from a tendon, cartilage bluish white', () => {
    const set = createMaterialSet();
    const ligament = set.get('ligament', 'normal');
    const tendon = colourOf(set.get('tendon', 'normal'));
    const cartilage = colourOf(set.get('cartilage', 'normal'));
    expect(ligament.transparent).toBe(false);
    expect(colourOf(ligament).equals(tendon)).toBe(false);
    expect(cartilage.b).toBeGreaterThan(cartilage.r);
    expect(Math.min(cartilage.r, cartilage.g, cartilage.b)).toBeGreaterThan(0.4);
    set.dispose();
  });
});

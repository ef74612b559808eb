import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { LAYER_OF_KIND } from './modelIndex';
import { createMaterialSet } from './materials';
import { buildKindBatches } from './kindBatches';
import type { IndexedMesh } from './modelIndex';

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

  it('leave the prepatellar bursa out of the joints batch: drawn over the kneecap only when emphasised', () => {
    const entry = (name: string, kind: 'joint' | 'bone') =>
      ({
        mesh: new THREE.Mesh(new THREE.PlaneGeometry(1, 1, 1, 1)),
        name,
        kind,
        centre: new THREE.Vector3(),
        box: new THREE.Box3(),
      }) as IndexedMesh;
    const batches = buildKindBatches([
      entry('patella_r', 'bone'),
      entry('prepatellar_bursa_r', 'joint'),
      entry('greater_trochanteric_bursa_r', 'joint'),
    ]);
    // one plane (4 vertices) each: the trochanteric bursa's alone in the joints batch
    expect(batches.get('joint')!.geometry.getAttribute('position').count).toBe(4);
    expect(batches.get('bone')!.geometry.getAttribute('position').count).toBe(4);
  });
});

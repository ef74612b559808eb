import * as THREE from 'three';
import { allArrows } from './allArrows';
import { buildArrows, createArrowMaterials } from './arrows';
import { buildKindBatches } from './kindBatches';
import { createMaterialSet } from './materials';
import { indexModel } from './modelIndex';
import { createOutline, createOutlineMaterial } from './outline';
import { buildRegionProxies } from './regionProxies';

/** What applyLooks changes on the loaded model's own meshes; put back on teardown. */
interface MeshOriginal {
  readonly mesh: THREE.Mesh;
  readonly material: THREE.Material | THREE.Material[];
  readonly visible: boolean;
  readonly renderOrder: number;
  readonly pickable: unknown;
}

/**
 * Everything the scene derives from the loaded model: index, region proxies, per-kind batches, materials,
 * outlines and pathway arrows. The loaded model is shared (drei caches it by URL), so making a setup changes nothing in
 * it; what we draw besides it lives in `group`. `dispose()` frees the GPU resources this setup made and puts
 * the model's meshes back as they were; like any three object, the setup stays usable after it (three
 * uploads again on the next draw), so a remount of the same setup (React's StrictMode) works.
 */
export function createSceneSetup(root: THREE.Object3D) {
  const skin = root.getObjectByName('skin');
  const proxies = skin instanceof THREE.Mesh ? buildRegionProxies(skin) : [];
  const index = indexModel(root, proxies);
  // Taps on regions hit these invisible meshes (the skin's shader draws the regions).
  const regionProxies = new THREE.Group();
  regionProxies.name = 'region-proxies';
  regionProxies.add(...proxies);
  const originals: MeshOriginal[] = index.all.map(({ mesh }) => ({
    mesh,
    material: mesh.material,
    visible: mesh.visible,
    renderOrder: mesh.renderOrder,
    pickable: mesh.userData.pickable,
  }));
  const materials = createMaterialSet();
  const outlineMaterial = createOutlineMaterial();
  const group = new THREE.Group();
  group.name = 'scene-setup';
  group.add(regionProxies);
  const outlines = new Map<string, THREE.Mesh>();
  for (const entry of index.all) {
    if (entry.kind === 'skin' || entry.kind === 'region') continue;
    const outline = createOutline(entry.mesh, outlineMaterial);
    outlines.set(entry.name, outline);
    group.add(outline);
  }
  const batches = buildKindBatches(index);
  for (const batch of batches.values()) group.add(batch);
  const arrowMaterials = createArrowMaterials();
  const arrows = buildArrows(index, allArrows(), arrowMaterials);
  group.add(arrows.group);

  const dispose = () => {
    materials.dispose();
    outlineMaterial.dispose();
    for (const material of Object.values(arrowMaterials.byKind)) material.dispose();
    for (const mesh of arrows.byKey.values()) mesh.geometry.dispose();
    for (const batch of batches.values()) batch.geometry.dispose();
    for (const proxy of proxies) proxy.geometry.dispose();
    for (const original of originals) {
      original.mesh.material = original.material;
      original.mesh.visible = original.visible;
      original.mesh.renderOrder = original.renderOrder;
      if (original.pickable === undefined) delete original.mesh.userData.pickable;
      else original.mesh.userData.pickable = original.pickable;
    }
  };

  return { index, batches, materials, outlines, arrows, arrowMaterials, group, regionProxies, dispose };
}

export type SceneSetup = ReturnType<typeof createSceneSetup>;

import * as THREE from 'three';
import { createArrowMaterials, createArrowSet } from './arrows';
import { appendToKindBatches, buildKindBatches } from './kindBatches';
import type { KindBatches } from './kindBatches';
import { createMaterialSet } from './materials';
import { extendIndex, indexModel } from './modelIndex';
import type { IndexedMesh, ModelIndex } from './modelIndex';
import { createOutline, createOutlineMaterial } from './outline';
import { regionGroups } from './regionGroups';
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
 * A mesh's own look as the file gave it, kept from the first setup that saw it: React may make a second
 * setup over the same model (StrictMode's second render) while the first still dresses its meshes.
 */
const asLoaded = new WeakMap<THREE.Mesh, MeshOriginal>();
const originalOf = (mesh: THREE.Mesh): MeshOriginal => {
  let original = asLoaded.get(mesh);
  if (!original) {
    original = {
      mesh,
      material: mesh.material,
      visible: mesh.visible,
      renderOrder: mesh.renderOrder,
      pickable: mesh.userData.pickable,
    };
    asLoaded.set(mesh, original);
  }
  return original;
};

/**
 * Everything the scene derives from the loaded model: index, region proxies, per-kind batches, materials,
 * outlines and pathway arrows. The loaded model is shared (one load per URL), so making a setup changes
 * nothing in it; what we draw besides it lives in `group`. `merge(root)` adds the deep structures' file
 * when it arrives, in place: the same index, batches, outlines, arrows and materials, so a tap, a
 * selection or a camera move in progress goes on as if nothing happened. `dispose()` frees the GPU
 * resources this setup made and puts the models' meshes back as they were; like any three object, the
 * setup stays usable after it (three uploads again on the next draw), so a remount of the same setup
 * (React's StrictMode) works.
 */
export function createSceneSetup(model: THREE.Object3D) {
  const skin = model.getObjectByName('skin');
  const proxies = skin instanceof THREE.Mesh ? buildRegionProxies(skin) : [];
  const index = indexModel(model, proxies);
  // Taps on regions hit these invisible meshes (the skin's shader draws the regions).
  const regionProxies = new THREE.Group();
  regionProxies.name = 'region-proxies';
  regionProxies.add(...proxies);
  const originals = index.all.map(({ mesh }) => originalOf(mesh));
  const materials = createMaterialSet();
  if (skin instanceof THREE.Mesh) materials.regions.groups.value.set(regionGroups(skin));
  const outlineMaterial = createOutlineMaterial();
  const group = new THREE.Group();
  group.name = 'scene-setup';
  group.add(regionProxies);
  const outlines = new Map<string, THREE.Mesh>();
  const addOutlines = (entries: readonly IndexedMesh[]) => {
    for (const entry of entries) {
      if (entry.kind === 'skin' || entry.kind === 'region') continue;
      const outline = createOutline(entry.mesh, outlineMaterial);
      outlines.set(entry.name, outline);
      group.add(outline);
    }
  };
  addOutlines(index.all);
  const batches = buildKindBatches(index.all);
  for (const batch of batches.values()) group.add(batch);
  const arrowMaterials = createArrowMaterials();
  const arrows = createArrowSet();
  group.add(arrows.group);
  const merged = new Set<THREE.Object3D>([model]);

  /** Adds a later file's meshes (the deep structures) to this setup; a root merged before is skipped. */
  const merge = (root: THREE.Object3D) => {
    if (merged.has(root)) return;
    merged.add(root);
    const added = extendIndex(index, root);
    originals.push(...added.map(({ mesh }) => originalOf(mesh)));
    addOutlines(added);
    for (const batch of appendToKindBatches(batches, added)) group.add(batch);
  };

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

  return {
    index: index as ModelIndex,
    batches: batches as KindBatches,
    materials,
    outlines,
    arrows,
    arrowMaterials,
    group,
    regionProxies,
    merge,
    dispose,
  };
}

export type SceneSetup = ReturnType<typeof createSceneSetup>;

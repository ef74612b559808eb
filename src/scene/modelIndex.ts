import * as THREE from 'three';
import { TISSUE_KINDS, type MeshKind } from '../model/types';
import type { Layer } from '../state/types';

export interface IndexedMesh {
  readonly mesh: THREE.Mesh;
  readonly name: string;
  readonly kind: MeshKind;
  /** Centre of the mesh's bounding box in world space, for framing and arrows. */
  readonly centre: THREE.Vector3;
  readonly box: THREE.Box3;
}

export interface ModelIndex {
  readonly byName: ReadonlyMap<string, IndexedMesh>;
  readonly all: readonly IndexedMesh[];
  readonly bounds: THREE.Box3;
}

const KINDS: readonly MeshKind[] = [...TISSUE_KINDS, 'region'];

export const LAYER_OF_KIND: Record<MeshKind, Layer | null> = {
  bone: 'bones',
  disc: 'bones',
  muscle: 'muscles',
  tendon: 'muscles',
  ligament: 'joints',
  cartilage: 'joints',
  nerve: 'nerves',
  joint: 'joints',
  skin: 'skin',
  region: null,
};

function kindOf(mesh: THREE.Mesh): MeshKind | null {
  const kind = mesh.userData.kind as unknown;
  return typeof kind === 'string' && (KINDS as readonly string[]).includes(kind) ? (kind as MeshKind) : null;
}

/** An index the scene's setup may extend when the deep structures' file arrives (`extendIndex`). */
export interface GrowingModelIndex extends ModelIndex {
  readonly byName: Map<string, IndexedMesh>;
  readonly all: IndexedMesh[];
}

/**
 * Indexes the loaded model (the start view's root) by node name, with `extra` meshes made from it (the
 * regions' pick proxies, whose world matrix is already set); meshes without a known kind are reported, not
 * guessed.
 */
export function indexModel(model: THREE.Object3D, extra: readonly THREE.Mesh[] = []): GrowingModelIndex {
  const index: GrowingModelIndex = { byName: new Map(), all: [], bounds: new THREE.Box3() };
  extendIndex(index, model, extra);
  return index;
}

/**
 * Adds a root's meshes (and `extra`) to an index in place and returns the entries added: the deep
 * structures join the index the start view's taps, looks and camera already use, so nothing is rebuilt.
 */
export function extendIndex(
  index: GrowingModelIndex,
  root: THREE.Object3D,
  extra: readonly THREE.Mesh[] = [],
): IndexedMesh[] {
  const added: IndexedMesh[] = [];
  const unknown: string[] = [];
  root.updateMatrixWorld(true);
  const add = (object: THREE.Object3D) => {
    if (!(object instanceof THREE.Mesh)) return;
    const kind = kindOf(object);
    if (!kind) {
      unknown.push(object.name);
      return;
    }
    if (index.byName.has(object.name)) return;
    const box = new THREE.Box3().setFromObject(object);
    const entry = { mesh: object, name: object.name, kind, box, centre: box.getCenter(new THREE.Vector3()) };
    index.byName.set(object.name, entry);
    index.all.push(entry);
    added.push(entry);
    if (kind !== 'skin' && kind !== 'region') index.bounds.union(box);
  };
  root.traverse(add);
  extra.forEach(add);
  // One line for the whole file: a wrong GLB is one problem, not one per node.
  if (unknown.length > 0)
    console.warn(`The model has ${unknown.length} node(s) of no known kind, left out: ${unknown.join(', ')}`);
  return added;
}

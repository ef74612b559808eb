import * as THREE from 'three';
import type { MeshKind } from '../model/types';
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

const KINDS: readonly MeshKind[] = ['bone', 'disc', 'muscle', 'tendon', 'nerve', 'joint', 'skin', 'region'];

export const LAYER_OF_KIND: Record<MeshKind, Layer | null> = {
  bone: 'bones',
  disc: 'bones',
  muscle: 'muscles',
  tendon: 'muscles',
  nerve: 'nerves',
  joint: 'joints',
  skin: 'skin',
  region: null,
};

function kindOf(mesh: THREE.Mesh): MeshKind | null {
  const kind = mesh.userData.kind as unknown;
  return typeof kind === 'string' && (KINDS as readonly string[]).includes(kind) ? (kind as MeshKind) : null;
}

/**
 * Indexes the loaded model by node name, with `extra` meshes made from it (the regions' pick proxies, whose
 * world matrix is already set); meshes without a known kind are reported, not guessed.
 */
export function indexModel(root: THREE.Object3D, extra: readonly THREE.Mesh[] = []): ModelIndex {
  root.updateMatrixWorld(true);
  const byName = new Map<string, IndexedMesh>();
  const bounds = new THREE.Box3();
  const unknown: string[] = [];
  const add = (object: THREE.Object3D) => {
    if (!(object instanceof THREE.Mesh)) return;
    const kind = kindOf(object);
    if (!kind) {
      unknown.push(object.name);
      return;
    }
    const box = new THREE.Box3().setFromObject(object);
    const entry = { mesh: object, name: object.name, kind, box, centre: box.getCenter(new THREE.Vector3()) };
    byName.set(object.name, entry);
    if (kind !== 'skin' && kind !== 'region') bounds.union(box);
  };
  root.traverse(add);
  extra.forEach(add);
  // One line for the whole model: a wrong GLB is one problem, not one per node.
  if (unknown.length > 0)
    console.warn(`The model has ${unknown.length} node(s) of no known kind, left out: ${unknown.join(', ')}`);
  return { byName, all: [...byName.values()], bounds };
}

/** Which way the camera looks at a selection when it frames it, from the loaded model's meshes. */
import * as THREE from 'three';
import type { ModelIndex } from './modelIndex';
import { azimuthFor, boneMidPlane, meanDepth, worldPositions, type MidPlane } from './viewSide';
import { BELOW, boneFloor, seenFromBelow, type BoneFloor, type WorldMesh } from './viewBelow';

/** Radians: azimuth 0 = front, negative towards the subject's right; elevation above the horizontal. */
export interface View {
  readonly azimuth: number;
  readonly elevation: number;
}

/** What the bones say about where a structure can be seen from (viewSide.ts, viewBelow.ts). */
interface Skeleton {
  readonly mid: MidPlane;
  readonly floor: BoneFloor;
}

const skeletons = new WeakMap<ModelIndex, { entries: number; skeleton: Skeleton }>();

/** The bones' mid-plane and floor of an index, made again when the deep file has added meshes to it. */
function skeletonOf(index: ModelIndex): Skeleton {
  const kept = skeletons.get(index);
  if (kept && kept.entries === index.all.length) return kept.skeleton;
  const bones = index.all.filter((e) => e.kind === 'bone').map((e) => worldPositions(e.mesh));
  const skeleton = { mid: boneMidPlane(bones), floor: boneFloor(bones) };
  skeletons.set(index, { entries: index.all.length, skeleton });
  return skeleton;
}

/** A mesh's triangles as vertex numbers (the GLB's are indexed; a plain list of triangles otherwise). */
function trianglesOf(mesh: THREE.Mesh): ArrayLike<number> {
  const index = mesh.geometry.index;
  if (index) return index.array;
  return Array.from({ length: mesh.geometry.getAttribute('position').count }, (_, i) => i);
}

/**
 * Where to look at named meshes from (the selection, else the regions): from below what faces down with no
 * bone under it (viewBelow.ts), else from the side their mass lies on against the bones (viewSide.ts).
 */
export function viewOf(names: Iterable<string>, index: ModelIndex): View {
  const focus = new THREE.Box3();
  const meshes: WorldMesh[] = [];
  for (const name of names) {
    const entry = index.byName.get(name);
    if (!entry) continue;
    focus.union(entry.box);
    meshes.push({ positions: worldPositions(entry.mesh), triangles: trianglesOf(entry.mesh) });
  }
  if (focus.isEmpty()) return { azimuth: 0, elevation: 0 };
  const { mid, floor } = skeletonOf(index);
  const positions = meshes.map((m) => m.positions);
  const azimuth = azimuthFor(meanDepth(positions, mid), focus.getCenter(new THREE.Vector3()).x);
  return seenFromBelow(meshes, floor, azimuth) ? BELOW : { azimuth, elevation: 0 };
}

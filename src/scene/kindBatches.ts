import * as THREE from 'three';
import { TISSUE_KINDS, type MeshKind } from '../model/types';
import type { IndexedMesh } from './modelIndex';
import { FIBRE_ATTRIBUTE } from './muscleFibres';
import { AO_ATTRIBUTE } from './occlusion';
import { REGION_ATTRIBUTE } from './regionShading';

/** A slot no region has: the model writes it where a vertex is in fewer than two regions. */
const NO_REGION = 255;

/** One merged mesh per kind, drawn for everything that is not emphasised: a handful of draw calls. */
export type KindBatches = ReadonlyMap<MeshKind, THREE.Mesh>;

/**
 * Structures drawn only when emphasised (selected, a source, on a pathway), never in their kind's batch: the
 * prepatellar bursa lies under the translucent skin in front of the kneecap, and drawn there at rest it would
 * veil what a patient taps (a tap on it gives way to the kneecap too: picking.ts).
 */
export const EMPHASIS_ONLY: ReadonlySet<string> = new Set(['prepatellar_bursa_l', 'prepatellar_bursa_r']);

/**
 * Merges every mesh of a kind into one float geometry in world space (the GLB's quantized attributes and
 * node scales are resolved here, once, at load). The per-structure meshes stay for picking and for drawing
 * a structure on its own when it is emphasised; the batches are never picked.
 */
export function buildKindBatches(entries: readonly IndexedMesh[]): Map<MeshKind, THREE.Mesh> {
  const batches = new Map<MeshKind, THREE.Mesh>();
  appendToKindBatches(batches, entries);
  return batches;
}

/**
 * Adds meshes to the batches in place (the deep structures' file, after the start view's): a kind's batch
 * stays the same object, with its material and visibility, and gets one new geometry holding the old one's
 * vertices and the new meshes'. Returns the batches made for kinds that had none (to be added to the scene).
 */
export function appendToKindBatches(
  batches: Map<MeshKind, THREE.Mesh>,
  entries: readonly IndexedMesh[],
): THREE.Mesh[] {
  const made: THREE.Mesh[] = [];
  for (const kind of TISSUE_KINDS) {
    const parts = entries.filter((entry) => entry.kind === kind && !EMPHASIS_ONLY.has(entry.name));
    if (parts.length === 0) continue;
    const batch = batches.get(kind);
    const geometry = mergedGeometry(batch?.geometry ?? null, parts);
    if (batch) {
      batch.geometry.dispose();
      batch.geometry = geometry;
      continue;
    }
    const created = new THREE.Mesh(geometry);
    created.name = `batch:${kind}`;
    created.raycast = () => {};
    batches.set(kind, created);
    made.push(created);
  }
  return made;
}

/** One geometry: `prior` (a batch's, already in world space) first, then the parts moved into world space. */
function mergedGeometry(
  prior: THREE.BufferGeometry | null,
  parts: readonly IndexedMesh[],
): THREE.BufferGeometry {
  const priorVertices = prior?.getAttribute('position').count ?? 0;
  const priorIndices = prior?.getIndex()?.count ?? 0;
  const p = new THREE.Vector3();
  const n = new THREE.Vector3();
  const normalMatrix = new THREE.Matrix3();
  let vertices = priorVertices;
  let indices = priorIndices;
  for (const { mesh } of parts) {
    vertices += mesh.geometry.getAttribute('position').count;
    indices += mesh.geometry.getIndex()?.count ?? mesh.geometry.getAttribute('position').count;
  }
  const positions = new Float32Array(vertices * 3);
  const normals = new Float32Array(vertices * 3);
  const index32 = new Uint32Array(indices);
  // muscle fibres (direction, muscle share) where the model has them; elsewhere none (w = 1: muscle)
  const priorFibres = prior?.getAttribute(FIBRE_ATTRIBUTE);
  const hasFibres = !!priorFibres || parts.some(({ mesh }) => mesh.geometry.getAttribute(FIBRE_ATTRIBUTE));
  const fibres = hasFibres ? new Float32Array(vertices * 4) : null;
  // the skin's pain regions (two slots and two weights a vertex); none elsewhere
  const priorRegions = prior?.getAttribute(REGION_ATTRIBUTE);
  const hasRegions = !!priorRegions || parts.some(({ mesh }) => mesh.geometry.getAttribute(REGION_ATTRIBUTE));
  const regions = hasRegions ? new Uint8Array(vertices * 4).fill(NO_REGION) : null;
  // the baked occlusion, one byte a vertex (0: open, where a mesh has none)
  const occlusion = new Uint8Array(vertices);
  if (prior) {
    positions.set(prior.getAttribute('position').array as Float32Array);
    normals.set(prior.getAttribute('normal').array as Float32Array);
    index32.set(prior.getIndex()?.array as Uint32Array);
    if (fibres) {
      if (priorFibres) fibres.set(priorFibres.array as Float32Array);
      else for (let i = 0; i < priorVertices; i++) fibres[i * 4 + 3] = 1;
    }
    if (regions && priorRegions) regions.set(priorRegions.array as Uint8Array);
    occlusion.set(prior.getAttribute(AO_ATTRIBUTE).array as Uint8Array);
  }
  let vOffset = priorVertices;
  let iOffset = priorIndices;
  for (const { mesh } of parts) {
    const position = mesh.geometry.getAttribute('position');
    const normal = mesh.geometry.getAttribute('normal');
    normalMatrix.getNormalMatrix(mesh.matrixWorld);
    for (let i = 0; i < position.count; i++) {
      p.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
      p.toArray(positions, (vOffset + i) * 3);
      if (normal) {
        n.fromBufferAttribute(normal, i).applyMatrix3(normalMatrix).normalize();
        n.toArray(normals, (vOffset + i) * 3);
      }
    }
    if (fibres) copyFibres(mesh, vOffset, fibres);
    if (regions) copyRegions(mesh, vOffset, regions);
    copyOcclusion(mesh, vOffset, occlusion);
    const source = mesh.geometry.getIndex();
    const count = source?.count ?? position.count;
    for (let i = 0; i < count; i++) index32[iOffset + i] = vOffset + (source ? source.getX(i) : i);
    vOffset += position.count;
    iOffset += count;
  }
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new THREE.BufferAttribute(normals, 3));
  if (fibres) geometry.setAttribute(FIBRE_ATTRIBUTE, new THREE.BufferAttribute(fibres, 4));
  if (regions) geometry.setAttribute(REGION_ATTRIBUTE, new THREE.BufferAttribute(regions, 4));
  geometry.setAttribute(AO_ATTRIBUTE, new THREE.BufferAttribute(occlusion, 1));
  geometry.setIndex(new THREE.BufferAttribute(index32, 1));
  geometry.computeBoundingSphere();
  return geometry;
}

/** A mesh's fibres into the batch (they do not depend on the node's placement). */
function copyFibres(mesh: THREE.Mesh, offset: number, out: Float32Array): void {
  const fibre = mesh.geometry.getAttribute(FIBRE_ATTRIBUTE);
  const count = mesh.geometry.getAttribute('position').count;
  for (let i = 0; i < count; i++) {
    const o = (offset + i) * 4;
    if (!fibre) {
      out[o + 3] = 1;
      continue;
    }
    out[o] = fibre.getX(i);
    out[o + 1] = fibre.getY(i);
    out[o + 2] = fibre.getZ(i);
    out[o + 3] = fibre.getW(i);
  }
}

/** A mesh's regions into the batch; a mesh without them keeps the fill: no region (the shader skips it). */
function copyRegions(mesh: THREE.Mesh, offset: number, out: Uint8Array): void {
  const region = mesh.geometry.getAttribute(REGION_ATTRIBUTE);
  if (!region) return;
  for (let i = 0; i < region.count; i++) {
    const o = (offset + i) * 4;
    out[o] = region.getX(i);
    out[o + 1] = region.getY(i);
    out[o + 2] = region.getZ(i);
    out[o + 3] = region.getW(i);
  }
}

/** A mesh's occlusion into the batch (0..AO_LEVELS a vertex). */
function copyOcclusion(mesh: THREE.Mesh, offset: number, out: Uint8Array): void {
  const ao = mesh.geometry.getAttribute(AO_ATTRIBUTE);
  if (!ao) return;
  for (let i = 0; i < ao.count; i++) out[offset + i] = ao.getX(i);
}

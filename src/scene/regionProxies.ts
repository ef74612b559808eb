import * as THREE from 'three';
import { REGION_ATTRIBUTE } from './regionShading';

/**
 * Regions to tap, frame and point arrows at, made from the skin's baked regions (`_region`): one invisible
 * mesh per region and side, named as the region's node, made of the skin's triangles. Each skin triangle goes
 * to the region that weighs most over its three corners, if it covers at least half of it, so proxies never
 * overlap and a tap on the skin picks exactly one region. They are never drawn (the skin's shader draws the
 * regions); the raycaster and the bounding boxes do not care.
 */
export function buildRegionProxies(skin: THREE.Mesh): THREE.Mesh[] {
  const region = skin.geometry.getAttribute(REGION_ATTRIBUTE);
  const names = skin.userData.regions as unknown;
  if (!region || !Array.isArray(names)) return [];
  const source = skin.geometry.getIndex();
  const triangles = (source?.count ?? skin.geometry.getAttribute('position').count) / 3;
  const vertex = (t: number, k: number) => (source ? source.getX(t * 3 + k) : t * 3 + k);
  const bySlot = new Map<number, number[]>();
  const weights = new Map<number, number>();
  for (let t = 0; t < triangles; t++) {
    weights.clear();
    for (let k = 0; k < 3; k++) {
      const v = vertex(t, k);
      weights.set(region.getX(v), (weights.get(region.getX(v)) ?? 0) + region.getZ(v));
      weights.set(region.getY(v), (weights.get(region.getY(v)) ?? 0) + region.getW(v));
    }
    let best = -1;
    let most = 0;
    for (const [slot, w] of weights) {
      if (slot < names.length && w > most) [best, most] = [slot, w];
    }
    if (best < 0 || most < 1.5 * 255) continue;
    const list = bySlot.get(best) ?? [];
    for (let k = 0; k < 3; k++) list.push(vertex(t, k));
    bySlot.set(best, list);
  }
  skin.updateWorldMatrix(true, false);
  const proxies: THREE.Mesh[] = [];
  for (const [slot, indices] of [...bySlot].sort((a, b) => a[0] - b[0])) {
    const name = String(names[slot]);
    const geometry = compact(skin.geometry.getAttribute('position'), indices);
    geometry.computeBoundingBox();
    geometry.computeBoundingSphere();
    const proxy = new THREE.Mesh(geometry);
    proxy.name = name;
    proxy.visible = false;
    const side = name.endsWith('_r') ? 'right' : 'left';
    proxy.userData = { kind: 'region', id: name.replace(/_[lr]$/, ''), side, slot };
    // Placed as the skin is (the GLB's quantization gives nodes a scale and offset).
    proxy.matrixAutoUpdate = false;
    proxy.matrix.copy(skin.matrixWorld);
    proxy.matrixWorld.copy(skin.matrixWorld);
    proxies.push(proxy);
  }
  return proxies;
}

/** The listed triangles with only the vertices they use (so the bounds are the region's own). */
function compact(position: THREE.BufferAttribute | THREE.InterleavedBufferAttribute, indices: number[]) {
  const remap = new Map<number, number>();
  const positions: number[] = [];
  const v = new THREE.Vector3();
  const index = indices.map((i) => {
    let j = remap.get(i);
    if (j === undefined) {
      j = remap.size;
      remap.set(i, j);
      v.fromBufferAttribute(position, i);
      positions.push(v.x, v.y, v.z);
    }
    return j;
  });
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  geometry.setIndex(index);
  return geometry;
}

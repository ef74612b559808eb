import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../lib/seededRandom';
import type { MeshKind } from '../model/types';
import { indexModel } from './modelIndex';
import { BURSA_GIVES_WAY, pickFrontMost } from './picking';

const KINDS: readonly MeshKind[] = ['bone', 'muscle', 'nerve', 'skin', 'region'];

/** A seeded heap of overlapping boxes and spheres of every kind, some not pickable. */
function randomScene(random: () => number) {
  const root = new THREE.Group();
  for (let i = 0; i < 60; i++) {
    const size = 0.05 + random() * 0.3;
    const geometry =
      random() < 0.5 ? new THREE.BoxGeometry(size, size, size) : new THREE.SphereGeometry(size / 2, 12, 8);
    const mesh = new THREE.Mesh(geometry, new THREE.MeshBasicMaterial({ side: THREE.DoubleSide }));
    mesh.name = `part_${i}`;
    mesh.userData.kind = KINDS[Math.floor(random() * KINDS.length)];
    mesh.userData.pickable = random() < 0.8;
    mesh.position.set(random() - 0.5, random() - 0.5, random() - 0.5);
    mesh.rotation.set(random() * 3, random() * 3, random() * 3);
    root.add(mesh);
  }
  return root;
}

/** The oracle: every mesh on its own, the nearest one the rules allow (no sorting, no early exit). */
function bruteForce(root: THREE.Group, ray: THREE.Raycaster, wantRegions: boolean): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const object of root.children) {
    const mesh = object as THREE.Mesh;
    const kind = mesh.userData.kind as MeshKind;
    if (mesh.userData.pickable !== true || kind === 'skin' || (kind === 'region') !== wantRegions) continue;
    const hits: THREE.Intersection[] = [];
    mesh.raycast(ray, hits);
    for (const hit of hits)
      if (!best || hit.distance < best.distance) best = { name: mesh.name, distance: hit.distance };
  }
  return best?.name ?? null;
}

describe('pickFrontMost', () => {
  it('agrees with a brute-force search on 2,000 seeded rays through random scenes', () => {
    const random = seededRandom(20261130);
    let picked = 0;
    for (let scene = 0; scene < 10; scene++) {
      const root = randomScene(random);
      const index = indexModel(root);
      for (let i = 0; i < 200; i++) {
        const origin = new THREE.Vector3(random() - 0.5, random() - 0.5, 2);
        const target = new THREE.Vector3((random() - 0.5) * 0.8, (random() - 0.5) * 0.8, 0);
        const ray = new THREE.Raycaster(origin, target.sub(origin).normalize());
        const wantRegions = random() < 0.3;
        const hits = ray.intersectObjects(root.children, false);
        const answer = pickFrontMost(hits, index, wantRegions)?.name ?? null;
        expect(answer, `scene ${scene}, ray ${i}`).toBe(bruteForce(root, ray, wantRegions));
        if (answer) picked += 1;
      }
    }
    // The rays must mostly hit something, or agreeing on "nothing" would prove little.
    expect(picked).toBeGreaterThan(1000);
  });

  it('lets a bursa give way to the structure just behind it, and picks it where nothing is', () => {
    const box = (name: string, kind: MeshKind, z: number, depth: number) => {
      const mesh = new THREE.Mesh(new THREE.BoxGeometry(0.04, 0.04, depth), new THREE.MeshBasicMaterial());
      mesh.name = name;
      mesh.userData.kind = kind;
      mesh.userData.pickable = true;
      mesh.position.set(0, 0, z);
      return mesh;
    };
    const pick = (...meshes: THREE.Mesh[]) => {
      const root = new THREE.Group();
      root.add(...meshes);
      root.updateMatrixWorld(true);
      const ray = new THREE.Raycaster(new THREE.Vector3(0, 0, 1), new THREE.Vector3(0, 0, -1));
      return pickFrontMost(ray.intersectObjects(root.children, false), indexModel(root), false)?.name ?? null;
    };
    // the prepatellar bursa 3 mm in front of the kneecap: a tap takes the kneecap
    const bursa = () => box('prepatellar_bursa_r', 'joint', 0.1, 0.003);
    expect(pick(bursa(), box('patella_r', 'bone', 0.08, 0.02))).toBe('patella_r');
    // alone (isolated), or far in front of anything else, it is picked
    expect(pick(bursa())).toBe('prepatellar_bursa_r');
    expect(pick(bursa(), box('femur_r', 'bone', 0.1 - 0.01 - BURSA_GIVES_WAY - 0.01, 0.02))).toBe(
      'prepatellar_bursa_r',
    );
    // anything else in front stays in front
    expect(pick(box('patellar_ligament_r', 'tendon', 0.12, 0.004), bursa())).toBe('patellar_ligament_r');
  });
});

/**
 * The regions on the skin, read from the committed GLB as the scene reads them: one invisible proxy per
 * region and side to tap (no skin triangle in two), and the looks that the skin's shader draws.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { REGION_IDS, SIDES, nodeName } from '../content/ids';
import { applyLooks } from './applyLooks';
import { emphasisOf } from './emphasis';
import { pickFrontMost } from './picking';
import { createSceneSetup } from './sceneSetup';
import { loadCommittedModel } from './loadCommittedModel';
import type { SceneSetup } from './sceneSetup';
import { useExplorer } from '../state/store';

let setup: SceneSetup;
beforeAll(async () => {
  setup = createSceneSetup(await loadCommittedModel());
});

const proxies = () => setup.index.all.filter((e) => e.kind === 'region');

/** What a look writes for a slot: [r, g, b, alpha + 2 hatched + 4 outlined]. */
const lookOf = (name: string) => {
  const slot = setup.index.byName.get(name)!.mesh.userData.slot as number;
  return [...setup.materials.regions.looks.value.slice(slot * 4, slot * 4 + 4)];
};

function looks(
  selection: Parameters<typeof emphasisOf>[0]['selection'],
  showRegions = false,
  layers = useExplorer.getState().layers,
) {
  const state = { selection, focus: null, hurts: [], allSources: false, previewSource: null };
  applyLooks(setup.index, setup.batches, setup.materials, setup.outlines, emphasisOf(state), {
    layers,
    isolate: false,
    showRegions,
    reducedDetail: false,
  });
}

describe('region proxies', () => {
  it('one per region and side, never drawn, on its own side of the body', () => {
    const names = proxies().map((e) => e.name);
    expect(names.sort()).toEqual(REGION_IDS.flatMap((id) => SIDES.map((s) => nodeName(id, s))).sort());
    for (const entry of proxies()) {
      expect(entry.mesh.visible, entry.name).toBe(false);
      // +x is the subject's left
      expect(Math.sign(entry.centre.x), entry.name).toBe(entry.name.endsWith('_l') ? 1 : -1);
    }
  });

  it('share no skin triangle', () => {
    const seen = new Set<string>();
    const v = new THREE.Vector3();
    for (const { mesh, name } of proxies()) {
      const index = mesh.geometry.getIndex()!;
      const position = mesh.geometry.getAttribute('position');
      const corner = (k: number) => v.fromBufferAttribute(position, index.getX(k)).toArray().join(',');
      for (let t = 0; t < index.count; t += 3) {
        const key = [corner(t), corner(t + 1), corner(t + 2)].sort().join(';');
        expect(seen.has(key), `${name} shares a triangle`).toBe(false);
        seen.add(key);
      }
    }
    expect(seen.size).toBeGreaterThan(1000);
  });

  it('a ray from the front onto the kneecap picks the front of that knee, in "where does it hurt?"', () => {
    looks(null, true);
    const knee = setup.index.byName.get('patella_r')!.centre;
    const ray = new THREE.Raycaster(new THREE.Vector3(knee.x, knee.y, 2), new THREE.Vector3(0, 0, -1));
    const hits = ray.intersectObjects([setup.regionProxies], true);
    expect(pickFrontMost(hits, setup.index, true)?.name).toBe('front_of_knee_r');
  });
});

describe('region looks on the skin', () => {
  it("lights the selection's regions, outlined, and nothing else", () => {
    looks({ kind: 'structure', id: 'rectus_femoris', side: 'right' });
    const [, , , w] = lookOf('front_of_knee_r');
    expect(w).toBeGreaterThanOrEqual(4); // outlined
    expect(lookOf('front_of_knee_l')).toEqual([0, 0, 0, 0]);
    expect(setup.index.byName.get('front_of_knee_r')!.mesh.userData.pickable).toBe(true);
    expect(setup.index.byName.get('front_of_knee_l')!.mesh.userData.pickable).toBe(false);
  });

  it("stripes what only standard anatomy adds and keeps the article's word solid", () => {
    looks({ kind: 'structure', id: 'sciatic_nerve', side: 'right' });
    const emphasis = emphasisOf({
      selection: { kind: 'structure', id: 'sciatic_nerve', side: 'right' },
      focus: null,
      hurts: [],
      allSources: false,
      previewSource: null,
    });
    const hatched = [...emphasis.hatchedRegions];
    const solid = [...emphasis.regions].filter((r) => !emphasis.hatchedRegions.has(r));
    expect(hatched.length + solid.length).toBeGreaterThan(0);
    for (const name of hatched) expect(lookOf(name)[3]! - 4, name).toBeGreaterThanOrEqual(2);
    for (const name of solid) expect(lookOf(name)[3]! - 4, name).toBeLessThan(2);
  });

  it('shows every region faintly to tap in "where does it hurt?", even with the skin layer off', () => {
    const layers = { ...useExplorer.getState().layers, skin: false };
    looks(null, true, layers);
    for (const { name, mesh } of proxies()) {
      expect(lookOf(name)[3], name).toBeGreaterThan(0);
      expect(mesh.userData.pickable, name).toBe(true);
    }
    expect(setup.batches.get('skin')!.visible).toBe(true);
    expect(setup.materials.regions.skinAlpha.value).toBe(0);
    looks(null, false, layers);
    expect(setup.batches.get('skin')!.visible).toBe(false);
  });
});

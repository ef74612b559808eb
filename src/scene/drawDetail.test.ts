/**
 * What the batches draw with: the skin's region shading only while regions show, the muscles' striae only
 * while the view is still (or the GPU keeps up), and every look's program compiled ahead of its first use.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as THREE from 'three';
import { applyLooks } from './applyLooks';
import { emphasisOf } from './emphasis';
import { createSceneSetup } from './sceneSetup';
import type { SceneSetup } from './sceneSetup';
import { loadCommittedModel } from './loadCommittedModel';
import { patchedShader } from './patchedShader';
import { precompileLooks } from './precompileLooks';
import { addMovingDetail, movingDetailStatus, simplifyHere } from './movingDetail';
import { useExplorer } from '../state/store';

let setup: SceneSetup;
beforeAll(async () => {
  setup = createSceneSetup(await loadCommittedModel());
});

type Selection = Parameters<typeof emphasisOf>[0]['selection'];
const PSOAS: Selection = { kind: 'structure', id: 'psoas_major', side: 'right' };

function looks(selection: Selection, { showRegions = false, reducedDetail = false } = {}) {
  const state = { selection, focus: null, hurts: [], allSources: false, previewSource: null };
  applyLooks(setup.index, setup.batches, setup.materials, setup.outlines, emphasisOf(state), {
    layers: useExplorer.getState().layers,
    isolate: false,
    showRegions,
    reducedDetail,
  });
}

const fragmentOf = (material: THREE.Material) => patchedShader(material).fragmentShader;

const skin = () => setup.batches.get('skin')!.material as THREE.Material;
const muscle = () => setup.batches.get('muscle')!.material as THREE.Material;

describe('the skin draws regions only while some show', () => {
  it('start view: the plain skin, no region work per pixel', () => {
    looks(null);
    expect(fragmentOf(skin())).not.toContain('regionOver');
    expect(skin().side).toBe(THREE.FrontSide);
  });

  it('"where does it hurt?": the regions offered on the skin, its front side', () => {
    looks(null, { showRegions: true });
    expect(fragmentOf(skin())).toContain('regionOver');
    expect(skin().side).toBe(THREE.FrontSide);
  });

  it('a selection that lights regions: both sides, so a lit low back shows from the front', () => {
    looks(PSOAS);
    expect(fragmentOf(skin())).toContain('regionOver');
    expect(skin().side).toBe(THREE.DoubleSide);
    looks(null);
    expect(fragmentOf(skin())).not.toContain('regionOver');
  });
});

describe('a moving view on a slow GPU skips the striae', () => {
  it('draws the muscles without striae while moving, with them once still; tendinous ends pale in both', () => {
    looks(null, { reducedDetail: true });
    const moving = fragmentOf(muscle());
    expect(moving).not.toContain('normal = normalize(abs(det) * normal - grad)');
    expect(moving).toContain('mix(diffuseColor.rgb, fibreTendonColour, tendonShare)');
    looks(null);
    const still = fragmentOf(muscle());
    expect(still).toContain('normal = normalize(abs(det) * normal - grad)');
    expect(still).toContain('mix(diffuseColor.rgb, fibreTendonColour, tendonShare)');
    expect(muscle().customProgramCacheKey()).not.toBe(
      setup.materials.batch('muscle', 'normal', true).customProgramCacheKey(),
    );
  });

  it('keeps the x-ray look of a faded body while moving', () => {
    looks(PSOAS, { reducedDetail: true });
    expect(muscle()).toBe(setup.materials.get('muscle', 'faded'));
    looks(null);
  });
});

describe('every look is compiled before its first use', () => {
  it('hands the renderer a mesh for every material of the set, and the outlines and arrows', async () => {
    const compiled: THREE.Object3D[] = [];
    const renderer = (parallel: boolean) =>
      ({
        extensions: { has: (name: string) => parallel && name === 'KHR_parallel_shader_compile' },
        compileAsync: vi.fn(async (object: THREE.Object3D) => {
          compiled.push(object);
          return object;
        }),
        compile: vi.fn((object: THREE.Object3D) => {
          compiled.push(object);
          return new Set();
        }),
      }) as unknown as THREE.WebGLRenderer & Record<'compile' | 'compileAsync', ReturnType<typeof vi.fn>>;
    // Firefox has no parallel compile: the plain compile, so three warns of no missing extension.
    const firefox = renderer(false);
    await precompileLooks(firefox, new THREE.Scene(), new THREE.PerspectiveCamera(), setup);
    expect(firefox.compileAsync).not.toHaveBeenCalled();
    expect(compiled).toHaveLength(2);
    compiled.length = 0;
    await precompileLooks(renderer(true), new THREE.Scene(), new THREE.PerspectiveCamera(), setup);
    const staged = new Set<THREE.Material>();
    for (const object of compiled)
      object.traverse((o) => {
        if (o instanceof THREE.Mesh) staged.add(o.material as THREE.Material);
      });
    const all = setup.materials.all().map(({ material }) => material);
    expect(all.length).toBeGreaterThan(40);
    for (const material of all) expect(staged.has(material)).toBe(true);
    for (const material of Object.values(setup.arrowMaterials.byKind))
      expect(staged.has(material)).toBe(true);
    for (const kind of ['muscle', 'skin'] as const) {
      for (const look of ['normal', 'faded'] as const)
        expect(staged.has(setup.materials.batch(kind, look, true))).toBe(true);
    }
    expect(compiled).toContain(setup.group);
  });
});

describe('a moving view on a slow GPU draws about 40 % of the triangles', () => {
  it('adds simplified triangles after the full ones and switches with the detail, the skin untouched', async () => {
    const counts = () =>
      new Map([...setup.batches].map(([kind, b]) => [kind, b.geometry.getIndex()!.count] as const));
    const before = counts();
    expect(movingDetailStatus()).toBe('none');
    const first = addMovingDetail(setup.batches, simplifyHere);
    expect(movingDetailStatus()).toBe('making');
    // a second call while the first is making them asks for nothing more, nor does one after
    let asked = 0;
    const counting: typeof simplifyHere = (job) => {
      asked++;
      return simplifyHere(job);
    };
    await addMovingDetail(setup.batches, counting);
    await first;
    expect(movingDetailStatus()).toBe('made');
    await addMovingDetail(setup.batches, counting);
    expect(asked).toBe(0);
    const muscle = setup.batches.get('muscle')!.geometry;
    const full = before.get('muscle')!;
    expect(muscle.drawRange).toEqual({ start: 0, count: full });
    const simplified = muscle.getIndex()!.count - full;
    expect(simplified).toBeGreaterThan(0.2 * full);
    expect(simplified).toBeLessThan(0.6 * full);
    expect(setup.batches.get('skin')!.geometry.getIndex()!.count).toBe(before.get('skin'));
    looks(null, { reducedDetail: true });
    expect(muscle.drawRange).toEqual({ start: full, count: simplified });
    expect(setup.batches.get('bone')!.geometry.drawRange.start).toBe(before.get('bone'));
    looks(null);
    expect(muscle.drawRange).toEqual({ start: 0, count: full });
  });
});

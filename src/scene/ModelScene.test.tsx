/**
 * Mounting the scene twice must leave exactly what mounting once leaves: the same nodes, the same
 * materials, the same GPU resources, the loaded model untouched, and nothing logged. React's StrictMode
 * (the dev server, `npm start`) runs every effect, its cleanup, and the effect again over the same memoised
 * setup; R3F's own reconciler does not replay that, so the setup's dispose-then-draw-again is tested on its
 * own below, and tests/e2e/devServer.spec.ts sees the real StrictMode.
 */
import { StrictMode, useEffect } from 'react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { useThree } from '@react-three/fiber';
import type { RootState } from '@react-three/fiber';
import * as THREE from 'three';
import { ModelScene } from './BodyModel';
import { applyLooks } from './applyLooks';
import { ensureArrows } from './arrows';
import { emphasisOf } from './emphasis';
import { createSceneSetup } from './sceneSetup';
import { sceneRegistry } from './sceneRegistry';
import { loadCommittedModel } from './loadCommittedModel';
import type { SceneSetup } from './sceneSetup';
import { useExplorer } from '../state/store';
import { drawDetailStore } from '../state/sceneSignals';
import { movingDetailStatus } from './movingDetail';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let model: THREE.Object3D;
beforeAll(async () => {
  model = await loadCommittedModel();
});

const modelNames = (root: THREE.Object3D) => {
  const names: string[] = [];
  root.traverse((o) => names.push(o.name));
  return names;
};

/** Hands out the canvas's scene and renderer. */
function Probe({ into }: { into: { state?: RootState } }) {
  into.state = useThree();
  return null;
}

/** What a mount leaves in the scene and on the renderer after a couple of drawn frames. */
async function mount(tree: ReactNode) {
  const probe: { state?: RootState } = {};
  const renderer = await ReactThreeTestRenderer.create(
    <>
      {tree}
      <Probe into={probe} />
    </>,
  );
  await ReactThreeTestRenderer.act(async () => {
    useExplorer.getState().select({ kind: 'structure', id: 'rectus_femoris', side: 'right' });
  });
  await renderer.advanceFrames(2, 1 / 60);
  const { scene, gl } = probe.state ?? fail();
  const names: string[] = [];
  const materials = new Set<string>();
  scene.traverse((object) => {
    names.push(object.name);
    if (object instanceof THREE.Mesh)
      for (const m of [object.material].flat() as THREE.Material[]) materials.add(m.uuid);
  });
  const { geometries, textures } = gl.info.memory;
  const snapshot = { names: names.sort(), materials: materials.size, geometries, textures };
  await renderer.unmount();
  return snapshot;
}

function fail(): never {
  throw new Error('The test renderer has no root state.');
}

afterEach(() => {
  useExplorer.getState().select(null);
  vi.restoreAllMocks();
});

describe('ModelScene mounted twice', () => {
  it('leaves the same nodes, materials and GPU resources as one mount, and logs nothing', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const before = modelNames(model);
    const once = await mount(<ModelScene root={model} />);
    const again = await mount(
      <StrictMode>
        <ModelScene root={model} />
      </StrictMode>,
    );
    expect(again).toEqual(once);
    expect(once.names.filter((n) => n.endsWith('__outline')).length).toBeGreaterThan(50);
    expect(modelNames(model)).toEqual(before);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('puts the model back as it was on unmount (materials, visibility, pickability)', async () => {
    const meshes: THREE.Mesh[] = [];
    model.traverse((o) => {
      if (o instanceof THREE.Mesh) meshes.push(o);
    });
    const look = () => meshes.map((m) => [m.material, m.visible, m.userData.pickable]);
    const before = look();
    await mount(
      <StrictMode>
        <ModelScene root={model} />
      </StrictMode>,
    );
    expect(look()).toEqual(before);
  });
});

describe('a scene setup disposed and drawn again (what StrictMode does to it)', () => {
  const looks = (setup: SceneSetup) =>
    applyLooks(setup.index, setup.batches, setup.materials, setup.outlines, emphasisOf(selected), {
      layers: useExplorer.getState().layers,
      isolate: false,
      showRegions: false,
      reducedDetail: false,
    });
  const selected = {
    selection: { kind: 'structure', id: 'rectus_femoris', side: 'right' } as const,
    focus: null,
    hurts: [],
    allSources: false,
    previewSource: null,
  };

  it('still gives every mesh a live material of its own set', () => {
    const setup = createSceneSetup(model);
    looks(setup);
    setup.dispose();
    expect(() => looks(setup)).not.toThrow();
    const entry = setup.index.byName.get('rectus_femoris_r');
    expect(entry?.mesh.visible).toBe(true);
    expect(entry?.mesh.material).toBe(setup.materials.get('muscle', 'selected'));
    expect(setup.outlines.get('rectus_femoris_r')?.visible).toBe(true);
    setup.dispose();
  });

  it('adds nothing to the loaded model', () => {
    const before = modelNames(model);
    const setup = createSceneSetup(model);
    expect(modelNames(model)).toEqual(before);
    setup.dispose();
  });
});

/** Stands in for the camera controls: records the double tap's zoom. */
function FakeControls({ fitToBox }: { fitToBox: (box: THREE.Box3) => Promise<void> }) {
  const set = useThree((s) => s.set);
  useEffect(() => set({ controls: { fitToBox } as unknown as THREE.EventDispatcher }), [set, fitToBox]);
  return null;
}

describe('the deep structures file arriving', () => {
  it('joins the same setup: a tap before it and one after make a double tap, the selection stays', async () => {
    const deep = await loadCommittedModel('lower-body-deep.glb');
    const fitToBox = vi.fn((_box: THREE.Box3) => Promise.resolve());
    const probe: { state?: RootState } = {};
    const scene = (deepRoot: THREE.Object3D | null) => (
      <>
        <ModelScene root={model} deep={deepRoot} />
        <FakeControls fitToBox={fitToBox} />
        <Probe into={probe} />
      </>
    );
    const renderer = await ReactThreeTestRenderer.create(scene(null));
    const camera = (probe.state ?? fail()).camera;
    camera.position.set(0, 0.6, 2.45);
    camera.lookAt(0, 0.57, 0);
    camera.updateMatrixWorld();
    const index = sceneRegistry.current?.index ?? fail();
    const muscles = index.all.filter((e) => e.kind === 'muscle').length;
    const target = index.byName.get('rectus_femoris_r') ?? fail();
    const centre = target.centre.clone().project(camera);
    const tap = (at: number) => ({
      delta: 0,
      pointer: new THREE.Vector2(centre.x, centre.y),
      nativeEvent: { timeStamp: at, clientX: 400, clientY: 300 },
    });
    // The tap goes to the handler the model carries now (found again after each render).
    const startModel = () => renderer.scene.find((node) => node.instance === model);
    await renderer.fireEvent(startModel(), 'click', tap(1000));
    expect(useExplorer.getState().selection).toEqual({
      kind: 'structure',
      id: 'rectus_femoris',
      side: 'right',
    });

    await renderer.update(scene(deep));
    // Merged in place: the index the taps and the camera use is the same object, now with the deep meshes.
    expect(sceneRegistry.current?.index).toBe(index);
    expect(index.byName.get('tibialis_posterior_l')?.mesh.userData.pickable).toBe(true);
    let deepMuscles = 0;
    deep.traverse((o) => {
      if (o instanceof THREE.Mesh && o.userData.kind === 'muscle') deepMuscles += 1;
    });
    expect(deepMuscles).toBeGreaterThanOrEqual(8);
    expect(index.all.filter((e) => e.kind === 'muscle').length).toBe(muscles + deepMuscles);
    expect(useExplorer.getState().selection).toEqual({
      kind: 'structure',
      id: 'rectus_femoris',
      side: 'right',
    });

    // The second tap, 200 ms after the first, is still its double tap: it zooms onto the first tap's part.
    await renderer.fireEvent(startModel(), 'click', tap(1200));
    expect(fitToBox).toHaveBeenCalledTimes(1);
    expect(fitToBox.mock.calls[0]?.[0]).toBe(target.box);
    expect(useExplorer.getState().selection).toEqual({
      kind: 'structure',
      id: 'rectus_femoris',
      side: 'right',
    });
    await renderer.unmount();
  });

  it("draws, outlines and layers the deep meshes like the start view's", async () => {
    const deep = await loadCommittedModel('lower-body-deep.glb');
    const setup = createSceneSetup(model);
    const batch = setup.batches.get('muscle') ?? fail();
    const vertices = batch.geometry.getAttribute('position').count;
    setup.merge(deep);
    setup.merge(deep);
    expect(setup.batches.get('muscle')).toBe(batch);
    let deepVertices = 0;
    deep.traverse((o) => {
      if (o instanceof THREE.Mesh && o.userData.kind === 'muscle')
        deepVertices += o.geometry.getAttribute('position').count;
    });
    expect(batch.geometry.getAttribute('position').count).toBe(vertices + deepVertices);
    const looks = (layers: { muscles: boolean }) =>
      applyLooks(
        setup.index,
        setup.batches,
        setup.materials,
        setup.outlines,
        emphasisOf({
          selection: { kind: 'structure', id: 'popliteus', side: 'left' },
          focus: null,
          hurts: [],
          allSources: false,
          previewSource: null,
        }),
        {
          layers: { ...useExplorer.getState().layers, ...layers },
          isolate: false,
          showRegions: false,
          reducedDetail: false,
        },
      );
    looks({ muscles: true });
    const popliteus = setup.index.byName.get('popliteus_l') ?? fail();
    expect(popliteus.mesh.material).toBe(setup.materials.get('muscle', 'selected'));
    expect(setup.outlines.get('popliteus_l')?.visible).toBe(true);
    const flexor = setup.index.byName.get('flexor_hallucis_longus_r') ?? fail();
    expect(flexor.mesh.userData.pickable).toBe(true);
    looks({ muscles: false });
    expect(flexor.mesh.userData.pickable).toBe(false);
    setup.dispose();
    expect(popliteus.mesh.userData.pickable).toBeUndefined();
  });
});

describe('the pathway arrows', () => {
  it('are made the first time an emphasis shows them, then kept: showing them again makes nothing', () => {
    const setup = createSceneSetup(model);
    expect(setup.arrows.byKey.size).toBe(0);
    const { arrows } = emphasisOf({
      selection: { kind: 'structure', id: 'iliotibial_band', side: 'left' },
      focus: null,
      hurts: [],
      allSources: false,
      previewSource: null,
    });
    expect(arrows.length).toBeGreaterThan(0);
    ensureArrows(setup.index, arrows, setup.arrowMaterials, setup.arrows);
    const made = [...setup.arrows.byKey.values()];
    expect(made.length).toBe(arrows.length);
    expect(made.every((mesh) => setup.arrows.group.children.includes(mesh))).toBe(true);
    ensureArrows(setup.index, arrows, setup.arrowMaterials, setup.arrows);
    expect([...setup.arrows.byKey.values()]).toEqual(made);
    setup.dispose();
  });
});

describe('the simplified triangles of a moving view', () => {
  it('are made when the first move on a slow GPU asks, and drawn from the next move on; a still view never asks', async () => {
    const probe: { state?: RootState } = {};
    const renderer = await ReactThreeTestRenderer.create(
      <>
        <ModelScene root={model} />
        <Probe into={probe} />
      </>,
    );
    await renderer.advanceFrames(3, 1 / 60);
    const muscles = () => {
      let batch: THREE.Mesh | undefined;
      probe.state?.scene.traverse((o) => {
        if (o.name === 'batch:muscle') batch = o as THREE.Mesh;
      });
      return batch?.geometry ?? fail();
    };
    const full = muscles().getIndex()!.count;
    expect(movingDetailStatus()).toBe('none');
    // (no worker in Node: the triangles are made on this thread, as in a browser that cannot start one)
    await ReactThreeTestRenderer.act(async () => drawDetailStore.setState({ reduced: true }));
    await vi.waitFor(() => expect(movingDetailStatus()).toBe('made'), { timeout: 20_000 });
    // the move still going on draws them at once
    expect(muscles().drawRange.start).toBe(full);
    await ReactThreeTestRenderer.act(async () => drawDetailStore.setState({ reduced: false }));
    expect(muscles().drawRange).toEqual({ start: 0, count: full });
    await renderer.unmount();
  });
});

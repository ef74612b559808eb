import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { ThreeEvent } from '@react-three/fiber';
import { Bvh } from '@react-three/drei';
import type { CameraControls } from '@react-three/drei';
import * as THREE from 'three';
import './threeConsole';
import { isDeep } from '../content/ids';
import { useExplorer } from '../state/store';
import type { ExplorerState } from '../state/store';
import { applyLooks } from './applyLooks';
import { ensureArrows } from './arrows';
import { arrowKey, emphasisOf } from './emphasis';
import { drawDetailStore, hoverStore } from '../state/sceneSignals';
import { useAfterSceneStart } from '../state/useAfterSceneStart';
import { MODEL_URL } from './modelUrl';
import { useModelFile } from './modelFile';
import { useDeepModel } from './deepModel';
import { pickFrontMost, PICK_TREE_SPLIT, TAP_RINGS_PX, TAP_SLOP_PX } from './picking';
import { prefersReducedMotion } from './reducedMotion';
import { pickNode } from '../state/selectionOfName';
import { precompileLooks } from './precompileLooks';
import { addMovingDetail } from './movingDetail';
import { sceneRegistry } from './sceneRegistry';
import { createSceneSetup } from './sceneSetup';
import type { SceneSetup } from './sceneSetup';

/** Two taps within this time and distance make a double tap, which zooms onto the first tap's part. */
const DOUBLE_TAP_MS = 350;
const DOUBLE_TAP_PX = 40;
const FOCUS_PADDING = { paddingTop: 0.05, paddingBottom: 0.05, paddingLeft: 0.05, paddingRight: 0.05 };

/**
 * The scene's setup for a loaded model. Making it changes nothing outside it, so React may make it twice
 * (StrictMode does); the effect's cleanup frees its GPU resources and puts the model's meshes back, and
 * three uploads them again if the same setup is mounted again. Mounting twice equals mounting once.
 */
function useSceneSetup(root: THREE.Object3D): SceneSetup {
  const setup = useMemo(() => createSceneSetup(root), [root]);
  useEffect(() => () => setup.dispose(), [setup]);
  return setup;
}

/** Gives the model the store's looks and arrows; says whether something lit needs the pulse. */
function render(setup: SceneSetup, state: ExplorerState) {
  const emphasis = emphasisOf(state);
  ensureArrows(setup.index, emphasis.arrows, setup.arrowMaterials, setup.arrows);
  applyLooks(setup.index, setup.batches, setup.materials, setup.outlines, emphasis, {
    layers: state.layers,
    isolate: state.isolate,
    showRegions: state.pickRegions,
    reducedDetail: drawDetailStore.getState().reduced,
  });
  const shown = new Set(emphasis.arrows.map((a) => `arrow:${arrowKey(a)}`));
  for (const mesh of setup.arrows.byKey.values()) mesh.visible = shown.has(mesh.name);
  sceneRegistry.current = { index: setup.index, emphasis };
  return emphasis.regions.size + emphasis.arrows.length > 0;
}

export function BodyModel() {
  const file = useModelFile(MODEL_URL);
  const deep = useDeepModel();
  useEffect(() => {
    if (file.status !== 'error') return;
    console.error(`The 3D model could not be loaded (${MODEL_URL}): ${file.message}`);
    useExplorer.getState().setScene({ status: 'error', message: file.message });
  }, [file]);
  return file.status === 'ready' ? <ModelScene root={file.root} deep={deep} /> : null;
}

/**
 * A loaded model drawn with its setup; safe to mount any number of times over the same model. When the deep
 * structures' file arrives (`deep`), its meshes are merged into the same setup in place (index, batches,
 * outlines, arrows; drawn and picked with the start view's), so nothing is made again and no tap,
 * selection or camera move in progress is lost.
 */
export function ModelScene({ root, deep = null }: { root: THREE.Object3D; deep?: THREE.Object3D | null }) {
  const setup = useSceneSetup(root);
  return <LoadedBody root={root} deep={deep} setup={setup} />;
}

/** The model with its setup: looks follow the store, taps select, the pulse runs while regions glow. */
function LoadedBody({
  root,
  deep,
  setup,
}: {
  root: THREE.Object3D;
  deep: THREE.Object3D | null;
  setup: SceneSetup;
}) {
  const invalidate = useThree((s) => s.invalidate);
  const animating = useRef(false);
  const pointers = useRef(new Set<number>());
  const multiTouch = useRef(false);
  const [raycaster] = useState(() => new THREE.Raycaster());
  const [ndc] = useState(() => new THREE.Vector2());
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as CameraControls | null;
  const lastTap = useRef<{ name: string; at: number; x: number; y: number } | null>(null);
  const size = useThree((s) => s.size);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const afterStart = useAfterSceneStart();

  useEffect(() => {
    if (!afterStart) return;
    let current = true;
    void precompileLooks(gl, scene, camera, setup).then(() => {
      if (current) drawDetailStore.setState({ detailReady: true });
    });
    return () => {
      current = false;
      drawDetailStore.setState({ detailReady: false });
    };
    // The camera object stays the same while it moves; a new setup or renderer compiles again, as do the
    // batches the deep file grows (compiled programs are kept).
  }, [afterStart, gl, scene, camera, setup, deep]);

  useEffect(() => {
    const apply = (state: ExplorerState) => {
      animating.current = render(setup, state);
      invalidate();
    };
    apply(useExplorer.getState());
    const unsubscribe = useExplorer.subscribe((state, previous) => {
      if (
        state.selection !== previous.selection ||
        state.focus !== previous.focus ||
        state.layers !== previous.layers ||
        state.isolate !== previous.isolate ||
        state.pickRegions !== previous.pickRegions ||
        state.hurts !== previous.hurts ||
        state.allSources !== previous.allSources ||
        state.previewSource !== previous.previewSource
      )
        apply(state);
    });
    let mounted = true;
    const unsubscribeDetail = drawDetailStore.subscribe((detail, previous) => {
      if (detail.reduced === previous.reduced) return;
      apply(useExplorer.getState());
      // The first move on a slow GPU asks for the simplified triangles (again after the deep file grew the
      // batches); the moves after they come draw them.
      if (detail.reduced)
        void addMovingDetail(setup.batches).then(() => {
          if (mounted && drawDetailStore.getState().reduced) apply(useExplorer.getState());
        });
    });
    // The camera frames the selection when the scene becomes ready (CameraRig).
    if (useExplorer.getState().scene.status !== 'ready') useExplorer.getState().setScene({ status: 'ready' });
    return () => {
      mounted = false;
      unsubscribe();
      unsubscribeDetail();
      animating.current = false;
      sceneRegistry.current = null;
    };
  }, [setup, invalidate]);

  // The deep file joins before the next frame is drawn (a layout effect), so its meshes never show in their
  // loaded look, and the view is not re-framed: a turned or zoomed view stays. Only a deep selection made
  // before the file arrived (search, list, link) is framed now that it can be drawn.
  useLayoutEffect(() => {
    if (!deep) return;
    setup.merge(deep);
    const store = useExplorer.getState();
    animating.current = render(setup, store);
    invalidate();
    const selected = store.selection;
    if (selected?.kind === 'structure' && isDeep(selected.id)) store.setScene({ status: 'ready' });
  }, [setup, deep, invalidate]);

  // The pulse and flowing dashes run only while something is lit, and not at all for reduced motion.
  useFrame((state) => {
    if (!animating.current) return;
    if (prefersReducedMotion()) {
      setup.materials.pulse.value = 1;
      setup.arrowMaterials.time.value = 0;
      return;
    }
    const t = state.clock.getElapsedTime();
    setup.materials.pulse.value = 0.5 + 0.5 * Math.sin(t * 2.4);
    setup.arrowMaterials.time.value = t;
    invalidate();
  });

  // R3F merges hits that share a face index under one event object (our whole model), so the scene casts
  // its own ray (BVH-accelerated) to see every mesh along it.
  // The regions are the setup's invisible proxies of the skin's regions, beside the model.
  const roots = deep ? [root, deep] : [root];
  const pickables = [...roots, setup.regionProxies];
  const hitsAlong = (ray: THREE.Ray) => {
    raycaster.ray.copy(ray);
    return raycaster.intersectObjects(pickables, true);
  };
  const onPointerDown = (e: ThreeEvent<PointerEvent>) => {
    pointers.current.add(e.pointerId);
    if (pointers.current.size > 1) multiTouch.current = true;
  };
  const onPointerUp = (e: ThreeEvent<PointerEvent>) => {
    pointers.current.delete(e.pointerId);
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    const wasMulti = multiTouch.current;
    if (pointers.current.size === 0) multiTouch.current = false;
    if (wasMulti || e.delta > TAP_SLOP_PX) return;
    e.stopPropagation();
    // A second tap soon after the first, near it, brings the part of the first tap close. It selects
    // nothing new: the first tap's selection may already have turned the view under the finger.
    const now = e.nativeEvent.timeStamp;
    const x = e.nativeEvent.clientX;
    const y = e.nativeEvent.clientY;
    const last = lastTap.current;
    if (last && now - last.at < DOUBLE_TAP_MS && Math.hypot(x - last.x, y - last.y) < DOUBLE_TAP_PX) {
      lastTap.current = null;
      const entry = setup.index.byName.get(last.name);
      if (entry) void controls?.fitToBox(entry.box, !prefersReducedMotion(), FOCUS_PADDING);
      invalidate();
      return;
    }
    const store = useExplorer.getState();
    const hit = pickNear(e.pointer, store.pickRegions);
    lastTap.current = hit ? { name: hit.name, at: now, x, y } : null;
    if (hit) pickNode(hit.name);
  };
  // A fingertip is wide: when the exact point hits nothing selectable (a thin band seen edge-on, a nerve),
  // rings of rays 12 and 24 px around it are tried, nearest ring first.
  const pickNear = (pointer: THREE.Vector2, wantRegions: boolean) => {
    for (const radius of TAP_RINGS_PX) {
      const steps = radius === 0 ? 1 : 8;
      for (let k = 0; k < steps; k++) {
        const angle = (k / steps) * Math.PI * 2;
        ndc.set(
          pointer.x + (Math.cos(angle) * radius * 2) / size.width,
          pointer.y + (Math.sin(angle) * radius * 2) / size.height,
        );
        raycaster.setFromCamera(ndc, camera);
        const hit = pickFrontMost(raycaster.intersectObjects(pickables, true), setup.index, wantRegions);
        if (hit) return hit;
      }
    }
    return null;
  };
  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    if (e.pointerType !== 'mouse') return;
    const hit = pickFrontMost(hitsAlong(e.ray), setup.index, useExplorer.getState().pickRegions);
    hoverStore.setState({ name: hit?.name ?? null, x: e.nativeEvent.offsetX, y: e.nativeEvent.offsetY });
  };
  const onPointerOut = () => hoverStore.setState({ name: null });

  const handlers = { onClick, onPointerDown, onPointerUp, onPointerMove, onPointerOut };
  return (
    <group>
      <primitive object={root} {...handlers} />
      {deep && (
        // drei's Bvh builds pick trees only for the meshes there when it mounts: the deep file's are built
        // here, on arrival.
        <Bvh firstHitOnly={false} strategy={PICK_TREE_SPLIT}>
          <primitive object={deep} {...handlers} />
        </Bvh>
      )}
      <primitive object={setup.group} />
    </group>
  );
}

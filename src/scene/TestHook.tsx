import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { CameraControls } from '@react-three/drei';
import * as THREE from 'three';
import type { ExplorerTestHook } from './testHookTypes';
import { sceneRegistry } from './sceneRegistry';
import { modelFileStatus } from './modelFile';
import { DEEP_MODEL_URL } from './modelUrl';
import { drawDetailStore } from '../state/sceneSignals';
import { pickFrontMost } from './picking';
import { movingDetailStatus } from './movingDetail';
import { useExplorer } from '../state/store';

/**
 * Exposes scene facts to automated browsers only (navigator.webdriver), so end-to-end tests click where a
 * structure really is and check what is drawn. Regular visitors never get it.
 */
export function TestHook() {
  const { gl, camera, scene } = useThree();
  // Read lazily, so the hook is not rebuilt (and its frame count reset) when controls mount.
  const get = useThree((s) => s.get);
  useEffect(() => {
    if (!navigator.webdriver) return;
    let frames = 0;
    let lastFrameAt: number | null = null;
    let selectionFrame: { changedAt: number; frameAt: number | null; frame: number | null } | null = null;
    const count = () => {
      frames += 1;
      lastFrameAt = performance.now();
      if (selectionFrame && selectionFrame.frameAt === null)
        selectionFrame = { ...selectionFrame, frameAt: lastFrameAt, frame: frames };
    };
    const unsubscribe = useExplorer.subscribe((state, previous) => {
      if (state.selection !== previous.selection)
        selectionFrame = { changedAt: performance.now(), frameAt: null, frame: null };
    });
    const original = gl.info.autoReset;
    gl.info.autoReset = true;
    scene.onAfterRender = count;
    const raycaster = new THREE.Raycaster();
    const hook: ExplorerTestHook = {
      frames: () => frames,
      pointOn(name) {
        const entry = sceneRegistry.current?.index.byName.get(name);
        if (!entry || entry.mesh.userData.pickable !== true) return null;
        const registry = sceneRegistry.current;
        if (!registry) return null;
        const rect = gl.domElement.getBoundingClientRect();
        const geometry = entry.mesh.geometry;
        const position = geometry.getAttribute('position');
        const order = geometry.getIndex();
        const triangles = (order?.count ?? position.count) / 3;
        const vertex = (t: number, k: number) => (order ? order.getX(t * 3 + k) : t * 3 + k);
        const a = new THREE.Vector3();
        const b = new THREE.Vector3();
        const c = new THREE.Vector3();
        const step = Math.max(1, Math.floor(triangles / 500));
        // Triangle centres (never a silhouette edge) where a tap would pick this very mesh; the one
        // nearest the mesh's projected centre wins. Tried nearest first, so the raycasts stop at the
        // first that picks it (testing all ~500 took seconds on software-rendering cores).
        const centre = entry.centre.clone().project(camera);
        const candidates: { x: number; y: number; off: number }[] = [];
        for (let t = 0; t < triangles; t += step) {
          a.fromBufferAttribute(position, vertex(t, 0));
          b.fromBufferAttribute(position, vertex(t, 1));
          c.fromBufferAttribute(position, vertex(t, 2));
          const ndc = a.add(b).add(c).divideScalar(3).applyMatrix4(entry.mesh.matrixWorld).project(camera);
          if (Math.abs(ndc.x) > 0.95 || Math.abs(ndc.y) > 0.95) continue;
          candidates.push({ x: ndc.x, y: ndc.y, off: Math.hypot(ndc.x - centre.x, ndc.y - centre.y) });
        }
        candidates.sort((p, q) => p.off - q.off); // stable: of equals, the first triangle, as before
        // A tap lands on a whole pixel, up to half a pixel from the point asked for: the point and the eight
        // around it, 1 px away, must all pick this mesh (with only four, a nerve passing between them took
        // a tap meant for the foot's bones). A region's pixel is read for its colour, so 3 px, and no
        // selected structure may lie under it: the skin is see-through, so a highlighted band under a region
        // is drawn over its colour (and its outline, 4 mm pushed out in view space, over what lies beside it).
        const region = entry.kind === 'region';
        const reach = region ? 3 : 1;
        const px = (2 * reach) / rect.width;
        const py = (2 * reach) / rect.height;
        const selected = new Set(registry.emphasis.selected);
        const offsets = [-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j) => [i * px, j * py] as const));
        const picksIt = (x: number, y: number) =>
          offsets.every(([dx, dy]) => {
            raycaster.setFromCamera(new THREE.Vector2(x + dx, y + dy), camera);
            const hits = raycaster.intersectObject(scene, true);
            if (pickFrontMost(hits, registry.index, region) !== entry) return false;
            const under = region ? pickFrontMost(hits, registry.index, false) : null;
            return !under || !selected.has(under.mesh.name);
          });
        const best = candidates.find((p) => picksIt(p.x, p.y));
        return best ? { x: ((best.x + 1) / 2) * rect.width, y: ((1 - best.y) / 2) * rect.height } : null;
      },
      camera: () => ({
        position: camera.position.toArray(),
        fov: (camera as THREE.PerspectiveCamera).fov,
        aspect: (camera as THREE.PerspectiveCamera).aspect,
        target: (get().controls as CameraControls | null)?.getTarget(new THREE.Vector3()).toArray() ?? [
          0, 0, 0,
        ],
      }),
      info: () => ({
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        programs: gl.info.programs?.length ?? 0,
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        pixelRatio: gl.getPixelRatio(),
        fullPixelRatio: get().viewport.initialDpr,
        detailReady: drawDetailStore.getState().detailReady,
        movingDetail: movingDetailStatus(),
        deepModel: modelFileStatus(DEEP_MODEL_URL),
        framePending: get().internal.frames > 0,
      }),
      emphasis() {
        const e = sceneRegistry.current?.emphasis;
        return {
          selected: [...(e?.selected ?? [])],
          regions: [...(e?.regions ?? [])],
          hatchedRegions: [...(e?.hatchedRegions ?? [])],
          pathway: [...(e?.pathway ?? [])],
          sources: [...(e?.sources ?? [])],
          hatchedSources: [...(e?.hatchedSources ?? [])],
          arrows: e?.arrows.length ?? 0,
          sourceCount: e?.sourceCount ?? 0,
        };
      },
      lastFrameAt: () => lastFrameAt,
      selectionFrame: () => selectionFrame,
      // The same view drawn again, as when something on screen changes: no camera move, full resolution.
      redraw() {
        get().invalidate();
      },
      orbitTo(azimuth) {
        const { controls, invalidate } = get();
        const c = controls as {
          rotateTo?: (a: number, p: number, t: boolean) => unknown;
          update?: (delta: number) => boolean;
          polarAngle?: number;
        };
        if (typeof c?.rotateTo === 'function' && typeof c.polarAngle === 'number') {
          void c.rotateTo(azimuth, c.polarAngle, false);
          // Applied now, so the next frame draws it and asks for no second one (a moving frame does: the
          // controls may still be easing). One frame per step, as the bench's three.js page draws.
          c.update?.(0);
        }
        invalidate();
      },
      hasNode: (name) => sceneRegistry.current?.index.byName.has(name) ?? false,
    };
    window.__explorerScene = hook;
    return () => {
      unsubscribe();
      gl.info.autoReset = original;
      scene.onAfterRender = () => {};
      delete window.__explorerScene;
    };
  }, [gl, camera, scene, get]);
  return null;
}

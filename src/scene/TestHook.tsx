import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { ExplorerTestHook } from './testHookTypes';
import { sceneRegistry } from './sceneRegistry';
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
        if (!entry || !entry.mesh.visible) return null;
        const rect = gl.domElement.getBoundingClientRect();
        const position = entry.mesh.geometry.getAttribute('position');
        const world = new THREE.Vector3();
        const step = Math.max(1, Math.floor(position.count / 400));
        // Among vertices that are the first thing a ray from the camera meets, take the one nearest the centre.
        const centre = entry.centre.clone().project(camera);
        let best: { x: number; y: number; depth: number } | null = null;
        for (let i = 0; i < position.count; i += step) {
          world.fromBufferAttribute(position, i).applyMatrix4(entry.mesh.matrixWorld);
          const ndc = world.clone().project(camera);
          if (Math.abs(ndc.x) > 0.95 || Math.abs(ndc.y) > 0.95) continue;
          raycaster.setFromCamera(new THREE.Vector2(ndc.x, ndc.y), camera);
          const hit = raycaster
            .intersectObject(scene, true)
            .find(
              (h) =>
                h.object.visible && h.object.userData.kind !== 'skin' && !h.object.name.startsWith('arrow:'),
            );
          if (hit?.object !== entry.mesh) continue;
          const depth = Math.hypot(ndc.x - centre.x, ndc.y - centre.y);
          if (!best || depth < best.depth)
            best = { x: ((ndc.x + 1) / 2) * rect.width, y: ((1 - ndc.y) / 2) * rect.height, depth };
        }
        return best && { x: best.x, y: best.y };
      },
      camera: () => ({
        position: camera.position.toArray(),
        fov: (camera as THREE.PerspectiveCamera).fov,
        aspect: (camera as THREE.PerspectiveCamera).aspect,
      }),
      info: () => ({
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        programs: gl.info.programs?.length ?? 0,
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
      }),
      emphasis() {
        const e = sceneRegistry.current?.emphasis;
        return {
          selected: [...(e?.selected ?? [])],
          regions: [...(e?.regions ?? [])],
          pathway: [...(e?.pathway ?? [])],
          sources: [...(e?.sources ?? [])],
          arrows: e?.arrows.length ?? 0,
        };
      },
      lastFrameAt: () => lastFrameAt,
      selectionFrame: () => selectionFrame,
      orbitTo(azimuth) {
        const { controls, invalidate } = get();
        const c = controls as {
          rotateTo?: (a: number, p: number, t: boolean) => unknown;
          polarAngle?: number;
        };
        if (typeof c?.rotateTo === 'function' && typeof c.polarAngle === 'number')
          void c.rotateTo(azimuth, c.polarAngle, false);
        invalidate();
      },
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

import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { CameraControls } from '@react-three/drei';

/** Frames slower than this while the camera moves (under 30 per second) drop the resolution. */
const BUDGET_MS = 1000 / 30;
/** A longer gap between camera updates is a new move, not a slow frame. */
const NEW_MOVE_MS = 2000;
/** Pixel ratio while moving, as a share of the full one (model-viewer goes as low as half too). */
const MOVING_SCALE = 0.5;
/** Once a frame is drawn without the camera moving and none waits, full resolution again after this pause. */
const REST_MS = 100;

/**
 * Like model-viewer: while the camera moves and frames come slower than the budget, draw at half the pixel
 * ratio (a quarter of the pixels); once it rests, one frame at full resolution. On software or slow GPUs the
 * cost of a frame is its pixels (bench/README.md, "Where the time goes"); a device that keeps up never
 * drops, and a still view (what people read, and what screenshots show) is always at full resolution.
 */
export function AdaptiveResolution() {
  const controls = useThree((s) => s.controls) as CameraControls | null;
  const setDpr = useThree((s) => s.setDpr);
  const invalidate = useThree((s) => s.invalidate);
  const fullDpr = useThree((s) => s.viewport.initialDpr);
  const get = useThree((s) => s.get);
  const state = useRef({ reduced: false, moved: false, lastUpdate: -Infinity, timer: 0 });

  useEffect(() => {
    if (!controls || !fullDpr) return;
    const s = state.current;
    // camera-controls fires 'update' in every frame that moves the camera: its spacing is the frame time.
    const onUpdate = () => {
      const now = performance.now();
      const interval = now - s.lastUpdate;
      s.lastUpdate = now;
      s.moved = true;
      window.clearTimeout(s.timer);
      if (!s.reduced && interval > BUDGET_MS && interval < NEW_MOVE_MS) {
        s.reduced = true;
        setDpr(fullDpr * MOVING_SCALE);
      }
    };
    controls.addEventListener('update', onUpdate);
    return () => {
      controls.removeEventListener('update', onUpdate);
      window.clearTimeout(s.timer);
      if (s.reduced) setDpr(fullDpr);
      s.reduced = false;
    };
  }, [controls, fullDpr, setDpr]);

  // Runs after the controls' own frame callback (mounted after CameraRig), so `moved` is this frame's.
  useFrame(() => {
    const s = state.current;
    if (s.reduced && !s.moved) {
      // At rest when no frame is waiting to be drawn (one is while a move goes on, between its steps).
      const restore = () => {
        if (get().internal.frames > 0) s.timer = window.setTimeout(restore, REST_MS);
        else {
          s.reduced = false;
          setDpr(fullDpr);
          invalidate();
        }
      };
      window.clearTimeout(s.timer);
      s.timer = window.setTimeout(restore, REST_MS);
    }
    s.moved = false;
  });

  return null;
}

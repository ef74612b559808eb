import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { CameraControls } from '@react-three/drei';
import { drawDetailStore } from '../state/sceneSignals';

/** Frames slower than this while the camera moves (under 30 per second) drop the resolution. */
const BUDGET_MS = 1000 / 30;
/** A longer gap between camera updates is a new move, not a slow frame. */
const NEW_MOVE_MS = 2000;
/** Pixel ratio while moving, as a share of the full one (model-viewer goes as low as half too). */
const MOVING_SCALE = 0.5;
/** The camera rests once it has not moved for this long, nor for 1.5 frame times (see `frameMs`). */
const REST_MS = 100;

/**
 * Like model-viewer: while the camera moves and frames come slower than the budget, draw at half the pixel
 * ratio (a quarter of the pixels) and without the muscles' striae (`drawDetailStore`, read by the body's
 * looks); once it rests, one frame at full resolution and full detail. On software or slow GPUs the
 * cost of a frame is its pixels (bench/README.md, "Where the time goes"); a device that keeps up never
 * drops, and a still view (what people read, and what screenshots show) is always at full resolution.
 */
export function AdaptiveResolution() {
  const controls = useThree((s) => s.controls) as CameraControls | null;
  const setDpr = useThree((s) => s.setDpr);
  const invalidate = useThree((s) => s.invalidate);
  const fullDpr = useThree((s) => s.viewport.initialDpr);
  const state = useRef({ reduced: false, lastUpdate: -Infinity, frameMs: 0, timer: 0 });

  useEffect(() => {
    if (!controls || !fullDpr) return;
    const s = state.current;
    // camera-controls fires 'update' for every frame's worth of camera movement: its spacing is the frame time.
    const onUpdate = () => {
      const now = performance.now();
      const interval = now - s.lastUpdate;
      s.lastUpdate = now;
      if (interval >= NEW_MOVE_MS) return;
      // Up at once with a slow frame, down slowly: one short gap (two moves in one frame) is no frame time.
      s.frameMs = Math.max(interval, 0.75 * s.frameMs);
      if (!s.reduced && interval > BUDGET_MS) {
        s.reduced = true;
        setDpr(fullDpr * MOVING_SCALE);
        drawDetailStore.setState({ reduced: true });
      }
    };
    controls.addEventListener('update', onUpdate);
    return () => {
      controls.removeEventListener('update', onUpdate);
      window.clearTimeout(s.timer);
      s.timer = 0;
      if (s.reduced) setDpr(fullDpr);
      s.reduced = false;
      drawDetailStore.setState({ reduced: false });
    };
  }, [controls, fullDpr, setDpr]);

  // After a reduced frame: full resolution again once the camera rests, checked until it does. One check
  // is pending at a time: frames may go on meanwhile (a lit region's pulse, flowing arrows), and re-arming
  // the check on each of them would put it off for as long as they go on.
  useFrame(() => {
    const s = state.current;
    if (!s.reduced || s.timer) return;
    const check = () => {
      s.timer = 0;
      if (!s.reduced) return;
      const wait = Math.max(REST_MS, 1.5 * s.frameMs);
      const since = performance.now() - s.lastUpdate;
      if (since < wait) s.timer = window.setTimeout(check, wait - since);
      else {
        s.reduced = false;
        setDpr(fullDpr);
        drawDetailStore.setState({ reduced: false });
        invalidate();
      }
    };
    s.timer = window.setTimeout(check, Math.max(REST_MS, 1.5 * s.frameMs));
  });

  return null;
}

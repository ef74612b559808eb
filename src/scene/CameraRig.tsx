import { useEffect, useRef } from 'react';
import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { useExplorer } from '../state/store';
import { prefersReducedMotion } from './reducedMotion';
import { sceneRegistry } from './sceneRegistry';
import { emphasisOf } from './emphasis';
import { viewOf } from './viewChoice';

/** The whole lower body from the front: lumbar spine to feet. */
const START = { position: new THREE.Vector3(0, 0.6, 2.45), target: new THREE.Vector3(0, 0.57, 0) };

/**
 * Orbit, zoom and pan by mouse and touch (camera-controls: one finger rotates, two pinch and pan), limits
 * that keep the body in view, easing to frame a selection and back to the start on "reset view".
 */
export function CameraRig() {
  const controls = useRef<CameraControls>(null);
  // On-demand rendering: a camera move only shows once a frame is asked for.
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    c.minDistance = 0.35;
    c.maxDistance = 4.5;
    c.setBoundary(new THREE.Box3(new THREE.Vector3(-0.6, -0.1, -0.6), new THREE.Vector3(0.6, 1.4, 0.6)));
    c.boundaryEnclosesCamera = false;
    void c.setLookAt(...START.position.toArray(), ...START.target.toArray(), false);

    const frame = () => {
      const registry = sceneRegistry.current;
      const state = useExplorer.getState();
      const smooth = !prefersReducedMotion();
      // Clearing a selection leaves the camera where the user has it; "reset view" brings it home.
      // Marking places is not framed (the body would move under the finger between two taps); a link
      // that opens with places marked is, once the model is there.
      if (!registry || (!state.selection && !state.focus && state.hurts.length === 0)) return;
      const box = new THREE.Box3();
      // Computed here, not read from the registry: the model's own listener may not have run yet.
      const emphasis = emphasisOf(state);
      const { index } = registry;
      // In "where does it hurt?" the sources drawn are framed with the region: the whole IT band above the
      // outside of the knee, not the knee alone.
      const framed = [...emphasis.selected, ...emphasis.regions, ...emphasis.pathway, ...emphasis.sources];
      for (const name of framed) {
        const entry = index.byName.get(name);
        if (entry) box.union(entry.box);
      }
      if (box.isEmpty()) return;
      const centre = box.getCenter(new THREE.Vector3());
      const size = box.getSize(new THREE.Vector3());
      // A margin round the box: the toolbar and the notice bar cover the canvas's top and bottom edges.
      const margin = emphasis.sources.size > 0 ? 2.4 : 2.1;
      const { azimuth, elevation } = viewOf(
        emphasis.selected.size ? emphasis.selected : emphasis.regions,
        index,
      );
      // From below the screen's height spans the box's depth (the sole from heel to toes), not its height.
      const tall = elevation < 0 ? size.z : size.y;
      const distance = Math.min(Math.max(Math.max(tall, size.x * 1.4) * margin, 0.7), 3.2);
      const level = Math.cos(elevation) * distance;
      void c.setLookAt(
        centre.x + Math.sin(azimuth) * level,
        centre.y + Math.sin(elevation) * distance + 0.05,
        centre.z + Math.cos(azimuth) * level,
        centre.x,
        centre.y,
        centre.z,
        smooth,
      );
      invalidate();
    };

    const unsubscribe = useExplorer.subscribe((state, previous) => {
      if (state.viewResets !== previous.viewResets) {
        void c.setLookAt(...START.position.toArray(), ...START.target.toArray(), !prefersReducedMotion());
        invalidate();
      } else if (
        state.selection !== previous.selection ||
        state.focus !== previous.focus ||
        state.scene !== previous.scene
      )
        frame();
    });
    if (useExplorer.getState().selection || useExplorer.getState().hurts.length > 0) frame();
    return unsubscribe;
  }, [invalidate]);

  return <CameraControls ref={controls} makeDefault smoothTime={0.35} />;
}

import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { labelStore } from '../state/labelAnchors';
import type { LabelAnchor } from '../state/labelAnchors';
import { useExplorer } from '../state/store';
import type { IndexedMesh } from './modelIndex';
import { sceneRegistry } from './sceneRegistry';

/** Points of a mesh that may serve as its label anchor: its box centre, then a few of its own vertices. */
function candidatesOf(entry: IndexedMesh): THREE.Vector3[] {
  const points = [entry.centre.clone()];
  const position = entry.mesh.geometry.getAttribute('position');
  if (position) {
    const samples = 12;
    for (let i = 0; i < samples; i++) {
      const index = Math.floor(((i + 0.5) / samples) * position.count);
      points.push(
        new THREE.Vector3().fromBufferAttribute(position, index).applyMatrix4(entry.mesh.matrixWorld),
      );
    }
  }
  return points;
}

const labelled = (entry: IndexedMesh) =>
  entry.kind !== 'skin' && entry.kind !== 'region' && entry.mesh.userData.pickable === true;

/** How long the view must rest before anchors are checked for being hidden behind other structures. */
const SETTLE_MS = 120;

/**
 * Study labels: when labels are on, projects a visible point of each shown structure to the screen and
 * writes them to labelStore for the DOM overlay. Runs only in frames the scene draws anyway (demand frame
 * loop): while the camera moves it re-projects the last visible points; once it rests, it casts rays to
 * keep only the structures that are in front at their anchor.
 */
export function LabelAnchors() {
  const invalidate = useThree((s) => s.invalidate);
  const lastView = useRef('');
  const visible = useRef<{ name: string; point: THREE.Vector3 }[]>([]);
  const needsCheck = useRef(true);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const candidates = useRef(new Map<string, THREE.Vector3[]>());
  const raycaster = useRef(new THREE.Raycaster());

  useEffect(() => {
    const recheck = () => {
      needsCheck.current = true;
      invalidate();
    };
    const offLabels = labelStore.subscribe((s, p) => {
      if (s.enabled !== p.enabled) recheck();
    });
    const offExplorer = useExplorer.subscribe((s, p) => {
      if (
        s.layers !== p.layers ||
        s.isolate !== p.isolate ||
        s.selection !== p.selection ||
        s.focus !== p.focus
      )
        recheck();
    });
    return () => {
      offLabels();
      offExplorer();
      if (settle.current !== undefined) clearTimeout(settle.current);
    };
  }, [invalidate]);

  useFrame(({ camera, size }) => {
    const registry = sceneRegistry.current;
    if (!labelStore.getState().enabled || !registry) {
      if (labelStore.getState().anchors.length > 0) labelStore.setState({ anchors: [] });
      return;
    }
    const view = `${camera.matrixWorld.elements.join(',')}|${size.width}x${size.height}`;
    const moved = view !== lastView.current;
    if (!moved && !needsCheck.current) return;
    lastView.current = view;

    if (moved) {
      // Check hiding once the view rests: ray casts every frame of an easing camera would be wasted work.
      if (settle.current !== undefined) clearTimeout(settle.current);
      settle.current = setTimeout(() => {
        needsCheck.current = true;
        invalidate();
      }, SETTLE_MS);
    }
    if (needsCheck.current && !moved) {
      needsCheck.current = false;
      const shown = registry.index.all.filter(labelled);
      const meshes = shown.map((entry) => entry.mesh);
      const next: { name: string; point: THREE.Vector3 }[] = [];
      for (const entry of shown) {
        let points = candidates.current.get(entry.name);
        if (!points) candidates.current.set(entry.name, (points = candidatesOf(entry)));
        for (const point of points) {
          // A point off screen cannot hold a label: try the next (a framed close-up shows part of a long muscle).
          const ndc = point.clone().project(camera);
          if (Math.abs(ndc.x) > 0.95 || Math.abs(ndc.y) > 0.95 || ndc.z > 1) continue;
          const direction = point.clone().sub(camera.position).normalize();
          raycaster.current.set(camera.position, direction);
          const hit = raycaster.current.intersectObjects(meshes, false)[0];
          if (hit && hit.object === entry.mesh) {
            next.push({ name: entry.name, point: hit.point.clone() });
            break;
          }
        }
      }
      visible.current = next;
    }
    const anchors: LabelAnchor[] = visible.current.map(({ name, point }) => {
      const ndc = point.clone().project(camera);
      return { name, x: ((ndc.x + 1) / 2) * size.width, y: ((1 - ndc.y) / 2) * size.height };
    });
    labelStore.setState({ anchors, width: size.width, height: size.height });
  });
  return null;
}

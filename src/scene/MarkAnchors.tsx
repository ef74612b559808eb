import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { nodeName } from '../content/ids';
import { markAnchorStore } from '../state/markAnchors';
import type { MarkAnchor } from '../state/markAnchors';
import { useExplorer } from '../state/store';
import type { IndexedMesh } from './modelIndex';
import { sceneRegistry } from './sceneRegistry';

/**
 * Projects regions to the screen for their labels ("Right side of the hip"): the places marked as hurting
 * while the marks are what the scene shows (nothing selected, no tour or quiz step), and the regions that a
 * selection lights, so the side of every glowing area is written beside it. Works only in frames the scene
 * draws anyway, and writes only when a point moved.
 */
export function MarkAnchors() {
  const invalidate = useThree((s) => s.invalidate);
  const last = useRef('');
  const point = useRef(new THREE.Vector3());

  useEffect(
    () =>
      useExplorer.subscribe((s, p) => {
        if (s.hurts === p.hurts && s.selection === p.selection && s.focus === p.focus) return;
        // Nothing left to label: clear at once, even if no frame is drawn soon (a paused kiosk clock).
        if (!s.selection && (s.focus || s.hurts.length === 0)) {
          last.current = '';
          markAnchorStore.setState({ anchors: [] });
        }
        invalidate();
      }),
    [invalidate],
  );

  useFrame(({ camera, size }) => {
    const { hurts, selection, focus } = useExplorer.getState();
    const registry = sceneRegistry.current;
    const anchors: MarkAnchor[] = [];
    const names = selection
      ? [...(registry?.emphasis.regions ?? [])]
      : focus
        ? []
        : hurts.map((mark) => nodeName(mark.region, mark.side));
    for (const name of names) {
      const entry = registry?.index.byName.get(name);
      if (!entry) continue;
      const ndc = point.current.copy(anchorOf(entry)).project(camera);
      anchors.push({
        name,
        x: Math.round(((ndc.x + 1) / 2) * size.width),
        y: Math.round(((1 - ndc.y) / 2) * size.height),
        marked: !selection,
      });
    }
    // the body's midline on screen: labels go beside their region on the outer side
    const middle = registry?.index.bounds.getCenter(point.current).project(camera);
    const midline = middle ? Math.round(((middle.x + 1) / 2) * size.width) : size.width / 2;
    const key = `${midline}:` + anchors.map((a) => `${a.name}@${a.x},${a.y}`).join(';');
    if (key === last.current) return;
    last.current = key;
    markAnchorStore.setState({ anchors, midline });
  });

  useEffect(() => () => markAnchorStore.setState({ anchors: [] }), []);
  return null;
}

const anchors = new WeakMap<THREE.Mesh, THREE.Vector3>();

/**
 * A point on the region's own surface: its vertex nearest the middle of its box (the box's centre of a
 * region wrapping round the thigh lies inside the thigh). Found once per mesh.
 */
function anchorOf(entry: IndexedMesh): THREE.Vector3 {
  const known = anchors.get(entry.mesh);
  if (known) return known;
  const position = entry.mesh.geometry.getAttribute('position');
  const v = new THREE.Vector3();
  const best = entry.centre.clone();
  let nearest = Infinity;
  for (let i = 0; i < position.count; i++) {
    v.fromBufferAttribute(position, i).applyMatrix4(entry.mesh.matrixWorld);
    const d = v.distanceToSquared(entry.centre);
    if (d >= nearest) continue;
    nearest = d;
    best.copy(v);
  }
  anchors.set(entry.mesh, best);
  return best;
}

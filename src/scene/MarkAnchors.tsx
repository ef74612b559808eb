import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { nodeName } from '../content/ids';
import { markAnchorStore } from '../state/markAnchors';
import type { MarkAnchor } from '../state/markAnchors';
import { useExplorer } from '../state/store';
import { sceneRegistry } from './sceneRegistry';

/**
 * Projects each place marked as hurting to the screen, for its label ("Right side of the hip"), while the
 * marks are what the scene shows (nothing selected, no tour or quiz step). Works only in frames the scene
 * draws anyway, and writes only when a point moved.
 */
export function MarkAnchors() {
  const invalidate = useThree((s) => s.invalidate);
  const last = useRef('');
  const point = useRef(new THREE.Vector3());

  useEffect(
    () =>
      useExplorer.subscribe((s, p) => {
        if (s.hurts !== p.hurts || s.selection !== p.selection || s.focus !== p.focus) invalidate();
      }),
    [invalidate],
  );

  useFrame(({ camera, size }) => {
    const { hurts, selection, focus } = useExplorer.getState();
    const index = sceneRegistry.current?.index;
    const anchors: MarkAnchor[] = [];
    if (index && !selection && !focus)
      for (const mark of hurts) {
        const name = nodeName(mark.region, mark.side);
        const entry = index.byName.get(name);
        if (!entry) continue;
        const ndc = point.current.copy(entry.centre).project(camera);
        anchors.push({
          name,
          x: Math.round(((ndc.x + 1) / 2) * size.width),
          y: Math.round(((1 - ndc.y) / 2) * size.height),
        });
      }
    const key = anchors.map((a) => `${a.name}@${a.x},${a.y}`).join(';');
    if (key === last.current) return;
    last.current = key;
    markAnchorStore.setState({ anchors });
  });

  useEffect(() => () => markAnchorStore.setState({ anchors: [] }), []);
  return null;
}

import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { CameraControls } from '@react-three/drei';
import * as THREE from 'three';
import { useExplorer } from '../state/store';
import { viewMoveStore } from '../state/sceneSignals';
import type { ViewMove } from '../state/sceneSignals';
import { pickNode } from '../state/selectionOfName';
import { nodeName } from '../content/ids';
import { pickFrontMost } from './picking';
import { prefersReducedMotion } from './reducedMotion';
import { sceneRegistry } from './sceneRegistry';
import type { IndexedMesh } from './modelIndex';

const TURN = Math.PI / 12;
const ZOOM = 0.25;

/** Structures whose centre is on screen now, in reading order (top to bottom, then left to right). */
function onScreen(camera: THREE.Camera, wantRegions: boolean): IndexedMesh[] {
  const index = sceneRegistry.current?.index;
  if (!index) return [];
  const p = new THREE.Vector3();
  return index.all
    .filter(
      (e) => e.mesh.userData.pickable === true && e.kind !== 'skin' && (e.kind === 'region') === wantRegions,
    )
    .map((entry) => ({ entry, at: p.copy(entry.centre).project(camera).clone() }))
    .filter(({ at }) => Math.abs(at.x) < 1 && Math.abs(at.y) < 1 && at.z < 1)
    .sort((a, b) => Math.round(b.at.y * 10) - Math.round(a.at.y * 10) || a.at.x - b.at.x)
    .map(({ entry }) => entry);
}

/**
 * The canvas as a keyboard control, after model-viewer's: arrow keys turn the body, + and - zoom, Enter
 * selects what is under the centre of the view (again: the next structure on screen, Shift+Enter the one
 * before), Escape clears. Selections are announced by the UI's announcer, camera moves by a live region.
 * The canvas itself is the focusable, labelled control (role "application": it handles its own keys).
 */
export function KeyboardNavigation({ label }: { label: string }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as CameraControls | null;
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const canvas = gl.domElement;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', label);
  }, [gl, label]);

  useEffect(() => {
    const canvas = gl.domElement;
    canvas.tabIndex = 0;
    const raycaster = new THREE.Raycaster();
    const said = (move: ViewMove) => viewMoveStore.setState((s) => ({ move, count: s.count + 1 }));
    const currentName = () => {
      const selection = useExplorer.getState().selection;
      return selection ? nodeName(selection.id, selection.side) : null;
    };

    const selectUnderCentre = (backwards: boolean) => {
      const store = useExplorer.getState();
      const index = sceneRegistry.current?.index;
      if (!index) return;
      raycaster.setFromCamera(new THREE.Vector2(0, 0), camera);
      const centre = pickFrontMost(
        raycaster.intersectObjects(
          index.all.map((e) => e.mesh),
          false,
        ),
        index,
        store.pickRegions,
      );
      // Marking places that hurt: Enter marks or unmarks the region in the middle, nothing else (cycling
      // would mark each region it passes).
      if (store.pickRegions && store.regionTaps === 'mark') {
        if (centre) pickNode(centre.name);
        return;
      }
      const current = currentName();
      let next = centre && centre.name !== current ? centre : null;
      if (!next) {
        const list = onScreen(camera, store.pickRegions);
        if (list.length === 0) return;
        const at = list.findIndex((e) => e.name === current);
        next = list[(at + (backwards ? -1 : 1) + list.length) % list.length] ?? null;
      }
      if (next) pickNode(next.name);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const smooth = !prefersReducedMotion();
      const turn = (azimuth: number, polar: number, move: ViewMove) => {
        void controls?.rotate(azimuth, polar, smooth);
        said(move);
      };
      switch (event.key) {
        case 'ArrowLeft':
          turn(TURN, 0, 'left');
          break;
        case 'ArrowRight':
          turn(-TURN, 0, 'right');
          break;
        case 'ArrowUp':
          turn(0, TURN, 'up');
          break;
        case 'ArrowDown':
          turn(0, -TURN, 'down');
          break;
        case '+':
        case '=':
          void controls?.dolly(ZOOM, smooth);
          said('in');
          break;
        case '-':
        case '_':
          void controls?.dolly(-ZOOM, smooth);
          said('out');
          break;
        case 'Enter':
          selectUnderCentre(event.shiftKey);
          break;
        case 'Escape':
          if (!useExplorer.getState().selection) return;
          useExplorer.getState().select(null);
          break;
        default:
          return;
      }
      event.preventDefault();
      invalidate();
    };
    canvas.addEventListener('keydown', onKeyDown);
    return () => {
      canvas.removeEventListener('keydown', onKeyDown);
      canvas.removeAttribute('tabindex');
    };
  }, [gl, camera, controls, invalidate]);

  return null;
}

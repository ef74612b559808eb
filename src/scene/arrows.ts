import * as THREE from 'three';
import type { PathwayKind } from '../content/schema';
import type { Arrow } from './emphasis';
import { arrowKey } from './emphasis';
import type { ModelIndex } from './modelIndex';
import { HIGHLIGHT } from './palette';

/** Dash pattern along the arrow per pathway kind: [dash length, gap length] in metres; gap 0 = solid. */
const DASHES: Record<PathwayKind, [number, number]> = {
  nerve: [1, 0],
  attachment: [1, 0],
  mechanics: [0.03, 0.02],
  gait: [0.008, 0.012],
};

export interface ArrowMaterials {
  readonly byKind: Record<PathwayKind, THREE.ShaderMaterial>;
  /** Seconds, advanced per frame while arrows show and motion is allowed: the dashes flow to the target. */
  readonly time: { value: number };
}

export function createArrowMaterials(): ArrowMaterials {
  const time = { value: 0 };
  const make = (kind: PathwayKind) =>
    new THREE.ShaderMaterial({
      depthTest: false,
      depthWrite: false,
      transparent: true,
      uniforms: {
        color: { value: new THREE.Color(HIGHLIGHT[kind]) },
        dash: { value: DASHES[kind][0] },
        gap: { value: DASHES[kind][1] },
        time,
      },
      vertexShader: /* glsl */ `
        attribute float along;
        varying float vAlong;
        void main() {
          vAlong = along;
          gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
        }`,
      fragmentShader: /* glsl */ `
        uniform vec3 color; uniform float dash; uniform float gap; uniform float time;
        varying float vAlong;
        void main() {
          if (gap > 0.0 && mod(vAlong - time * 0.05, dash + gap) > dash) discard;
          gl_FragColor = vec4(color, 1.0);
        }`,
    });
  return {
    time,
    byKind: {
      nerve: make('nerve'),
      attachment: make('attachment'),
      mechanics: make('mechanics'),
      gait: make('gait'),
    },
  };
}

/** A curved tube from one mesh's centre to another's, bowed away from the body's axis, with a cone head. */
function arrowGeometry(from: THREE.Vector3, to: THREE.Vector3): THREE.BufferGeometry {
  const mid = from.clone().add(to).multiplyScalar(0.5);
  const outward = new THREE.Vector3(mid.x, 0, mid.z + 0.08);
  if (outward.lengthSq() < 1e-6) outward.set(0, 0, 1);
  outward.normalize().multiplyScalar(0.12 + from.distanceTo(to) * 0.2);
  const control = mid.add(outward);
  // Stop short of the target's centre so the head points at the glowing region without covering it.
  const end = to.clone().add(
    control
      .clone()
      .sub(to)
      .setLength(Math.min(0.05, to.distanceTo(control) / 3)),
  );
  const curve = new THREE.QuadraticBezierCurve3(from, control, end);
  const tube = new THREE.TubeGeometry(curve, 32, 0.005, 6, false);
  const length = curve.getLength();
  // "along": distance from the start, for the dash pattern (TubeGeometry's uv.x is 0..1 along the curve).
  const uv = tube.getAttribute('uv');
  const along = new Float32Array(uv.count);
  for (let i = 0; i < uv.count; i++) along[i] = uv.getX(i) * length;
  tube.setAttribute('along', new THREE.BufferAttribute(along, 1));

  const tip = curve.getPoint(1);
  const direction = curve.getTangent(1).normalize();
  const cone = new THREE.ConeGeometry(0.016, 0.04, 10);
  cone.translate(0, -0.02, 0);
  cone.applyQuaternion(new THREE.Quaternion().setFromUnitVectors(new THREE.Vector3(0, 1, 0), direction));
  cone.translate(tip.x, tip.y, tip.z);
  cone.setAttribute(
    'along',
    new THREE.BufferAttribute(new Float32Array(cone.getAttribute('position').count), 1),
  );
  cone.deleteAttribute('uv');
  cone.deleteAttribute('normal');
  tube.deleteAttribute('uv');
  tube.deleteAttribute('normal');
  const merged = mergeTwo(tube, cone);
  tube.dispose();
  cone.dispose();
  return merged;
}

function mergeTwo(a: THREE.BufferGeometry, b: THREE.BufferGeometry): THREE.BufferGeometry {
  const na = a.getAttribute('position').count;
  const merged = new THREE.BufferGeometry();
  for (const name of ['position', 'along'] as const) {
    const x = a.getAttribute(name);
    const y = b.getAttribute(name);
    const data = new Float32Array((x.count + y.count) * x.itemSize);
    data.set(x.array as Float32Array, 0);
    data.set(y.array as Float32Array, x.count * x.itemSize);
    merged.setAttribute(name, new THREE.BufferAttribute(data, x.itemSize));
  }
  const ia = a.getIndex()?.array ?? [];
  const ib = b.getIndex()?.array ?? [];
  const index = new Uint32Array(ia.length + ib.length);
  index.set(ia, 0);
  for (let i = 0; i < ib.length; i++) index[ia.length + i] = (ib[i] ?? 0) + na;
  merged.setIndex(new THREE.BufferAttribute(index, 1));
  return merged;
}

/** Metres: shorter spreads are shown by the lit region alone. */
const MIN_ARROW_LENGTH = 0.08;

export interface ArrowSet {
  readonly group: THREE.Group;
  readonly byKey: Map<string, THREE.Mesh>;
}

/** Adds one arrow's mesh (hidden) unless it is there already, its ends are missing, or it would be too short. */
function addArrow(index: ModelIndex, arrow: Arrow, materials: ArrowMaterials, set: ArrowSet) {
  const from = index.byName.get(arrow.from);
  const to = index.byName.get(arrow.to);
  if (!from || !to || set.byKey.has(arrowKey(arrow))) return;
  // A structure lying in its own region (the patellar ligament at the front of the knee) needs no arrow.
  if (from.centre.distanceTo(to.centre) < MIN_ARROW_LENGTH) return;
  const mesh = new THREE.Mesh(arrowGeometry(from.centre, to.centre), materials.byKind[arrow.pathway]);
  mesh.name = `arrow:${arrowKey(arrow)}`;
  mesh.visible = false;
  mesh.renderOrder = 10;
  mesh.raycast = () => {};
  set.group.add(mesh);
  set.byKey.set(arrowKey(arrow), mesh);
}

/**
 * Builds every arrow a single selection can show, once, at load: selecting only toggles visibility.
 * Arrows whose ends are missing from the model are skipped (and reported by the model tests).
 */
export function buildArrows(index: ModelIndex, arrows: Iterable<Arrow>, materials: ArrowMaterials): ArrowSet {
  const group = new THREE.Group();
  group.name = 'pathway-arrows';
  const set: ArrowSet = { group, byKey: new Map() };
  for (const arrow of arrows) addArrow(index, arrow, materials, set);
  return set;
}

/**
 * Makes the arrows an emphasis needs that were not built at load (between two places marked as hurting:
 * too many pairs to build them all), once each; after that, showing them again allocates nothing.
 */
export function ensureArrows(
  index: ModelIndex,
  arrows: Iterable<Arrow>,
  materials: ArrowMaterials,
  set: ArrowSet,
): void {
  for (const arrow of arrows) if (!set.byKey.has(arrowKey(arrow))) addArrow(index, arrow, materials, set);
}

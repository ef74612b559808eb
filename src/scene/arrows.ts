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
          // The head (vAlong < 0) is always drawn; the shaft is dashed by distance along it.
          if (vAlong >= 0.0 && gap > 0.0 && mod(vAlong - time * 0.05, dash + gap) > dash) discard;
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

const HEAD_LENGTH = 0.045;
/** Metres: shorter spreads are shown by the lit region alone. */
const MIN_ARROW_LENGTH = 0.08;

/** The vertex of a mesh (world space) nearest a point: where an arrow coming from that point lands on it. */
function nearestVertex(mesh: THREE.Mesh, point: THREE.Vector3): THREE.Vector3 {
  const position = mesh.geometry.getAttribute('position');
  const v = new THREE.Vector3();
  const best = new THREE.Vector3();
  let bestDistance = Infinity;
  mesh.updateWorldMatrix(true, false);
  for (let i = 0; i < position.count; i++) {
    v.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
    const d = v.distanceToSquared(point);
    if (d < bestDistance) {
      bestDistance = d;
      best.copy(v);
    }
  }
  return best;
}

/**
 * A smooth curved tube from one mesh's centre to the surface of the target, bowed away from the body's axis,
 * with a cone head whose tip lies exactly on the target (its vertex nearest the bow, so on the side the
 * arrow comes from). The dash coordinate runs by arc length (TubeGeometry samples the curve evenly), so
 * dashes are even from end to end.
 */
function arrowGeometry(
  from: THREE.Vector3,
  to: THREE.Vector3,
  target: THREE.Mesh,
): THREE.BufferGeometry | null {
  const mid = from.clone().add(to).multiplyScalar(0.5);
  const outward = new THREE.Vector3(mid.x, 0, mid.z + 0.08);
  if (outward.lengthSq() < 1e-6) outward.set(0, 0, 1);
  outward.normalize().multiplyScalar(0.12 + from.distanceTo(to) * 0.2);
  const control = mid.add(outward);
  const tip = nearestVertex(target, control);
  // The target's near edge is close to the start (the psoas beside the front of the hip): the lit region
  // says it, a short arrow would only curl.
  if (from.distanceTo(tip) < MIN_ARROW_LENGTH) return null;
  // The shaft ends where the head begins, the head's tip on the target's surface.
  const headCurve = new THREE.QuadraticBezierCurve3(from, control, tip);
  const direction = headCurve.getTangent(1).normalize();
  const end = tip.clone().addScaledVector(direction, -HEAD_LENGTH * 0.9);
  const curve = new THREE.QuadraticBezierCurve3(from, control, end);
  const tube = new THREE.TubeGeometry(curve, 64, 0.0055, 10, false);
  const length = curve.getLength();
  // "along": distance from the start, for the dash pattern (TubeGeometry's uv.x is 0..1 along the curve).
  const uv = tube.getAttribute('uv');
  const along = new Float32Array(uv.count);
  for (let i = 0; i < uv.count; i++) along[i] = uv.getX(i) * length;
  tube.setAttribute('along', new THREE.BufferAttribute(along, 1));

  const cone = new THREE.ConeGeometry(0.017, HEAD_LENGTH, 20);
  cone.translate(0, -HEAD_LENGTH / 2, 0);
  cone.applyQuaternion(new THREE.Quaternion().setFromUnitVectors(new THREE.Vector3(0, 1, 0), direction));
  cone.translate(tip.x, tip.y, tip.z);
  cone.setAttribute(
    'along',
    new THREE.BufferAttribute(new Float32Array(cone.getAttribute('position').count).fill(-1), 1),
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
  const geometry = arrowGeometry(from.centre, to.centre, to.mesh);
  if (!geometry) return;
  const mesh = new THREE.Mesh(geometry, materials.byKind[arrow.pathway]);
  mesh.name = `arrow:${arrowKey(arrow)}`;
  mesh.visible = false;
  mesh.renderOrder = 10;
  mesh.raycast = () => {};
  set.group.add(mesh);
  set.byKey.set(arrowKey(arrow), mesh);
}

/** An empty set: each arrow is made the first time an emphasis shows it (ensureArrows). */
export function createArrowSet(): ArrowSet {
  const group = new THREE.Group();
  group.name = 'pathway-arrows';
  return { group, byKey: new Map() };
}

/**
 * Makes the arrows an emphasis needs that are not made yet, once each (a few milliseconds an arrow, where
 * making every arrow any selection can show took ~0.2 s of each page's start); after that, showing them
 * again allocates nothing. Arrows whose ends are missing (a deep structure before its file arrives) are
 * made when a later emphasis asks again.
 */
export function ensureArrows(
  index: ModelIndex,
  arrows: Iterable<Arrow>,
  materials: ArrowMaterials,
  set: ArrowSet,
): void {
  for (const arrow of arrows) if (!set.byKey.has(arrowKey(arrow))) addArrow(index, arrow, materials, set);
}

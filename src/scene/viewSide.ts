/**
 * Which side a framed structure is seen from: the side of the skeleton its mass lies on. Each vertex's depth
 * (z, +z anterior) is measured against the middle of the bones at its own height (halfway between the
 * front-most and the back-most bone vertex in a 4 cm band), and the depths are averaged. The box round a
 * structure misleads for deep ones: flexor hallucis longus lies behind the tibia and fibula all down the
 * calf, but its tendon runs forward under the foot to the big toe and pulls the box's centre in front of the
 * leg; the short hip rotators lie behind the hip joint, while the feet pull the whole body's centre forward.
 */
import * as THREE from 'three';

/** Height of a band of the bones' mid-plane (metres). */
const BAND = 0.04;
/** Mean depth behind the bones' middle (metres) from which a structure is seen from the back. */
export const BACK_DEPTH = 0.01;

/** The bones' front-back middle at a height (z), from their world positions (x, y, z triples). */
export type MidPlane = (y: number) => number;

export function boneMidPlane(bones: readonly ArrayLike<number>[]): MidPlane {
  const bands = new Map<number, [number, number]>();
  for (const p of bones)
    for (let i = 0; i + 2 < p.length; i += 3) {
      const band = Math.floor(p[i + 1]! / BAND);
      const z = p[i + 2]!;
      const range = bands.get(band) ?? [Infinity, -Infinity];
      bands.set(band, [Math.min(range[0], z), Math.max(range[1], z)]);
    }
  const known = [...bands.keys()].sort((a, b) => a - b);
  return (y) => {
    if (known.length === 0) return 0;
    const band = Math.floor(y / BAND);
    // above or below the skeleton (or in a gap): the nearest band that has bone
    const nearest = known.reduce((a, b) => (Math.abs(b - band) < Math.abs(a - band) ? b : a));
    const [back, front] = bands.get(bands.has(band) ? band : nearest)!;
    return (back + front) / 2;
  };
}

/** Mean depth of the vertices (x, y, z triples) in front of (+) or behind (-) the bones' middle. */
export function meanDepth(meshes: readonly ArrayLike<number>[], mid: MidPlane): number {
  let sum = 0;
  let count = 0;
  for (const p of meshes)
    for (let i = 0; i + 2 < p.length; i += 3) {
      sum += p[i + 2]! - mid(p[i + 1]!);
      count++;
    }
  return count === 0 ? 0 : sum / count;
}

/**
 * The camera's azimuth for framing: the back for what lies behind the bones (the sciatic nerve, the short
 * hip rotators, the deep calf muscles), turned towards the side for lateral ones (x beyond 13 cm: the
 * iliotibial band), else the front. Radians, 0 = front, negative towards the subject's right (-x).
 */
export function azimuthFor(depth: number, centreX: number): number {
  const lateral = Math.abs(centreX) > 0.13 ? Math.sign(centreX) * 0.6 : 0;
  return depth < -BACK_DEPTH ? Math.PI - lateral : lateral;
}

const world = new WeakMap<THREE.Mesh, Float32Array>();

/** A mesh's vertices in world space (the GLB's quantized positions through the node's matrix), kept. */
export function worldPositions(mesh: THREE.Mesh): Float32Array {
  let out = world.get(mesh);
  if (out) return out;
  mesh.updateWorldMatrix(true, false);
  const position = mesh.geometry.getAttribute('position');
  out = new Float32Array(position.count * 3);
  const v = new THREE.Vector3();
  for (let i = 0; i < position.count; i++) {
    v.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
    out[3 * i] = v.x;
    out[3 * i + 1] = v.y;
    out[3 * i + 2] = v.z;
  }
  world.set(mesh, out);
  return out;
}

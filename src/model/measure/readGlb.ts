/**
 * Reads a GLB written by glb/writeGlb.ts back into meshes in model coordinates (the node transforms that
 * quantization adds are applied), so tests and the report measure exactly what the app loads.
 */
import { Vector3, type Mesh, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { MeshData, MeshKind } from '../types.ts';

export async function readGlb(data: Uint8Array): Promise<MeshData[]> {
  await MeshoptDecoder.ready;
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const ab = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const gltf = await loader.parseAsync(ab, '');
  gltf.scene.updateMatrixWorld(true);
  const out: MeshData[] = [];
  gltf.scene.traverse((o: Object3D) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    // Quantized attributes are small normalised integers: read them as floats, then transform (applying
    // the matrix to the geometry itself would clamp the results into the integer range).
    const pos = mesh.geometry.getAttribute('position');
    const positions = new Float32Array(pos.count * 3);
    const v = new Vector3();
    for (let i = 0; i < pos.count; i++) {
      v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld);
      positions[3 * i] = v.x;
      positions[3 * i + 1] = v.y;
      positions[3 * i + 2] = v.z;
    }
    const index = mesh.geometry.getIndex();
    const indices = index
      ? Uint32Array.from(index.array)
      : Uint32Array.from({ length: pos.count }, (_, i) => i);
    out.push({ name: o.name, kind: (o.userData as { kind: MeshKind }).kind, positions, indices });
  });
  return out;
}

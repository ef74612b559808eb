/**
 * Writes the model as a binary glTF: one node + mesh per MeshData (named exactly as `name`, with
 * extras { kind, id, side }), one shared material per kind, smooth normals, then weld, dedup and
 * meshopt compression (EXT_meshopt_compression + KHR_mesh_quantization). Same input, same bytes.
 */
import { Document, NodeIO, type Material } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { dedup, meshopt, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { MeshData, MeshKind } from '../types.ts';
import { vertexNormals } from '../kernel/mesh.ts';
import { parseNodeName } from './nodeInfo.ts';
import { regionSlotNames } from '../soft/regionWeights.ts';

/** Base colour (linear RGBA), roughness and blend per kind; the app restyles at runtime. */
export const KIND_STYLE: Record<
  MeshKind,
  { color: [number, number, number, number]; rough: number; blend: boolean }
> = {
  bone: { color: [0.86, 0.8, 0.66, 1], rough: 0.65, blend: false },
  disc: { color: [0.62, 0.78, 0.92, 1], rough: 0.5, blend: false },
  muscle: { color: [0.55, 0.16, 0.12, 1], rough: 0.6, blend: false },
  tendon: { color: [0.86, 0.87, 0.88, 1], rough: 0.3, blend: false },
  // ligament: silvery blue-grey, cooler and duller than tendon and bone; cartilage: bluish-white fibrocartilage
  ligament: { color: [0.66, 0.7, 0.77, 1], rough: 0.45, blend: false },
  cartilage: { color: [0.6, 0.76, 0.92, 1], rough: 0.35, blend: false },
  nerve: { color: [0.95, 0.8, 0.2, 1], rough: 0.5, blend: false },
  joint: { color: [0.55, 0.75, 0.95, 0.55], rough: 0.4, blend: true },
  skin: { color: [0.92, 0.72, 0.6, 0.25], rough: 0.7, blend: true },
  region: { color: [1, 0.5, 0.1, 0.15], rough: 0.8, blend: true },
};

/**
 * Muscle fibres as a custom attribute (glTF: application-specific names start with `_`; three's GLTFLoader
 * reads it as `_fibre`): VEC4 of normalized signed bytes (soft/fibres.ts).
 */
/** The skin's pain regions (soft/regionWeights.ts): VEC4 of plain unsigned bytes (slots and weights). */
function regionAccessor(doc: Document, region: Uint8Array) {
  return doc.createAccessor().setType('VEC4').setArray(new Uint8Array(region));
}

function fibreAccessor(doc: Document, fibre: Float32Array) {
  const bytes = new Int8Array(fibre.length);
  for (let i = 0; i < fibre.length; i++) bytes[i] = Math.round(Math.max(-1, Math.min(1, fibre[i]!)) * 127);
  return doc.createAccessor().setType('VEC4').setArray(bytes).setNormalized(true);
}

export async function writeGlb(meshes: readonly MeshData[]): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = new Document();
  const buffer = doc.createBuffer();
  const scene = doc.createScene('lower_body');
  const materials = new Map<MeshKind, Material>();
  const material = (kind: MeshKind): Material => {
    let m = materials.get(kind);
    if (!m) {
      const s = KIND_STYLE[kind];
      m = doc
        .createMaterial(kind)
        .setBaseColorFactor(s.color)
        .setRoughnessFactor(s.rough)
        .setMetallicFactor(0)
        .setAlphaMode(s.blend ? 'BLEND' : 'OPAQUE')
        .setDoubleSided(false);
      materials.set(kind, m);
    }
    return m;
  };
  for (const m of meshes) {
    const info = parseNodeName(m.name);
    const pos = doc
      .createAccessor()
      .setType('VEC3')
      .setArray(new Float32Array(m.positions))
      .setBuffer(buffer);
    const nor = doc
      .createAccessor()
      .setType('VEC3')
      .setArray(m.normals ? new Float32Array(m.normals) : vertexNormals(m.positions, m.indices))
      .setBuffer(buffer);
    const idx = doc.createAccessor().setType('SCALAR').setArray(new Uint32Array(m.indices)).setBuffer(buffer);
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', pos)
      .setAttribute('NORMAL', nor)
      .setIndices(idx)
      .setMaterial(material(m.kind));
    if (m.fibre) prim.setAttribute('_FIBRE', fibreAccessor(doc, m.fibre).setBuffer(buffer));
    if (m.region) prim.setAttribute('_REGION', regionAccessor(doc, m.region).setBuffer(buffer));
    // baked occlusion (occlusion.ts): one byte a vertex, 0..AO_LEVELS
    if (m.ao) {
      const ao = doc.createAccessor().setType('SCALAR').setArray(new Uint8Array(m.ao));
      prim.setAttribute('_AO', ao.setBuffer(buffer));
    }
    const mesh = doc.createMesh(m.name).addPrimitive(prim);
    const node = doc
      .createNode(m.name)
      .setMesh(mesh)
      .setExtras({
        kind: m.kind,
        id: info?.id ?? m.name,
        side: info?.side ?? null,
        ...(m.region ? { regions: regionSlotNames() } : {}),
      });
    scene.addChild(node);
  }
  doc.getRoot().setDefaultScene(scene);
  await doc.transform(weld(), dedup(), meshopt({ encoder: MeshoptEncoder, level: 'high' }));
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}

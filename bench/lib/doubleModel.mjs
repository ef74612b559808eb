// The scale case: the shipped GLB with every mesh node duplicated (its own copy of the geometry, not a
// reference) and shifted a little, so the copy overlaps the original on screen: twice the meshes, triangles,
// bytes and overdraw in the same view, which is what a model with twice the structures will cost.
// Re-encoded with the same meshopt compression and quantization the shipped file uses.
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';

/** Metres: small next to the body, so both copies are drawn in the start view and overlap. */
const OFFSET = [0.012, 0, -0.012];

export async function writeDoubledModel(fromPath, toPath) {
  await Promise.all([MeshoptDecoder.ready, MeshoptEncoder.ready]);
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder, 'meshopt.encoder': MeshoptEncoder });
  const doc = await io.read(fromPath);
  const scene = doc.getRoot().getDefaultScene() ?? doc.getRoot().listScenes()[0];
  const copyAccessor = (accessor) => accessor && accessor.clone().setArray(accessor.getArray().slice());
  let copies = 0;
  for (const node of scene.listChildren()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const meshCopy = doc.createMesh(`${mesh.getName()}~2`);
    for (const primitive of mesh.listPrimitives()) {
      const copy = doc
        .createPrimitive()
        .setMode(primitive.getMode())
        .setMaterial(primitive.getMaterial())
        .setIndices(copyAccessor(primitive.getIndices()));
      for (const semantic of primitive.listSemantics())
        copy.setAttribute(semantic, copyAccessor(primitive.getAttribute(semantic)));
      meshCopy.addPrimitive(copy);
    }
    const [x, y, z] = node.getTranslation();
    const nodeCopy = doc
      .createNode(`${node.getName()}~2`)
      .setMesh(meshCopy)
      .setTranslation([x + OFFSET[0], y + OFFSET[1], z + OFFSET[2]])
      .setRotation(node.getRotation())
      .setScale(node.getScale())
      .setExtras({ ...node.getExtras() });
    scene.addChild(nodeCopy);
    copies += 1;
  }
  await io.write(toPath, doc);
  return { copies };
}

// Size and geometry counts of a binary glTF, read from its JSON chunk (no decoding needed: accessor counts
// are stored uncompressed even with EXT_meshopt_compression).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TRIANGLES = 4;
const TRIANGLE_STRIP = 5;
const TRIANGLE_FAN = 6;

export function glbStats(path) {
  const bytes = readFileSync(path);
  if (bytes.readUInt32LE(0) !== 0x46546c67) throw new Error(`${path} is not a GLB`);
  const jsonLength = bytes.readUInt32LE(12);
  const json = JSON.parse(bytes.subarray(20, 20 + jsonLength).toString('utf8'));
  const accessors = json.accessors ?? [];
  const trianglesOf = (primitive) => {
    const mode = primitive.mode ?? TRIANGLES;
    const count =
      primitive.indices !== undefined
        ? accessors[primitive.indices].count
        : accessors[primitive.attributes.POSITION].count;
    if (mode === TRIANGLES) return count / 3;
    if (mode === TRIANGLE_STRIP || mode === TRIANGLE_FAN) return Math.max(0, count - 2);
    return 0;
  };
  const meshTriangles = (json.meshes ?? []).map((m) => m.primitives.reduce((n, p) => n + trianglesOf(p), 0));
  // Count per node that places a mesh, so a mesh drawn twice counts twice.
  const meshNodes = (json.nodes ?? []).filter((n) => n.mesh !== undefined);
  const byKind = {};
  let triangles = 0;
  for (const node of meshNodes) {
    const t = meshTriangles[node.mesh] ?? 0;
    triangles += t;
    const kind = node.extras?.kind ?? 'unknown';
    byKind[kind] = (byKind[kind] ?? 0) + t;
  }
  return {
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    triangles,
    meshes: meshNodes.length,
    primitives: meshNodes.reduce((n, node) => n + (json.meshes[node.mesh]?.primitives.length ?? 0), 0),
    trianglesByKind: byKind,
    extensions: json.extensionsUsed ?? [],
    nodes: meshNodes.map((n) => ({
      name: n.name,
      kind: n.extras?.kind,
      id: n.extras?.id,
      side: n.extras?.side,
    })),
  };
}

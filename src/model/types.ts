/**
 * Shared geometry types of the model layer. Frame: metres; origin on the floor midway between
 * the feet; +Y up; +Z anterior (the subject faces +Z, the default camera looks down -Z);
 * +X is the subject's LEFT. The right side is the mirror image x -> -x.
 */
export type Vec3 = readonly [number, number, number];

export interface Landmark {
  readonly p: Vec3;
  /** Where the figure comes from (paper, table, model), or how it is derived from other landmarks. */
  readonly source: string;
}

/**
 * The tissue kinds of the model's meshes, one merged batch and one material each in the app. `ligament`:
 * bone-to-bone bands (the knee's cruciate and collateral ligaments); `cartilage`: fibrocartilage pads (the
 * menisci). Both are drawn with the joints' layer.
 */
export const TISSUE_KINDS = [
  'bone',
  'disc',
  'muscle',
  'tendon',
  'ligament',
  'cartilage',
  'nerve',
  'joint',
  'skin',
] as const;
/** A mesh's kind: a tissue, or a region (the skin's pick proxies, which the app makes). */
export type MeshKind = (typeof TISSUE_KINDS)[number] | 'region';

/** An indexed triangle mesh: xyz per vertex, three vertex indices per triangle. */
export interface RawMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

/** One indexed triangle mesh, named as its GLB node (see nodeName in src/content/ids.ts). */
export interface MeshData extends RawMesh {
  readonly name: string;
  readonly kind: MeshKind;
  /**
   * Unit vertex normals, where the surface is known better than its triangles (meshes of a distance
   * field: the field's gradient). Without them the GLB writer averages the face normals.
   */
  readonly normals?: Float32Array;
  /**
   * Muscles: four numbers per vertex (cos, sin of the angle round the loft's rings; striae / 127; muscle
   * share, 1 muscle .. 0 tendon), written to the GLB as `_FIBRE` (soft/fibres.ts).
   */
  readonly fibre?: Float32Array;
  /**
   * The skin: the pain regions baked into its vertices, four bytes each (slot A, slot B, weight A, weight B;
   * soft/regionWeights.ts), written to the GLB as `_REGION`; the skin node's `regions` extra names the slots.
   */
  readonly region?: Uint8Array;
  /** Baked ambient occlusion, one byte a vertex (0 open .. AO_LEVELS hidden; occlusion.ts), written as `_AO`. */
  readonly ao?: Uint8Array;
}

/** Signed distance: negative inside, positive outside, metres. */
export type Sdf = (x: number, y: number, z: number) => number;

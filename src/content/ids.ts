/**
 * The ids of every structure and region: the one key used by content, graph, GLB node names,
 * URLs and test ids. Paired ids exist on both sides; their GLB nodes are `${id}_l` and `${id}_r`.
 * Midline ids have a single node named `${id}`.
 */

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

/** Suffix of a paired node name in the GLB: `rectus_femoris_r`. */
export const SIDE_SUFFIX: Record<Side, '_l' | '_r'> = { left: '_l', right: '_r' };

export const MIDLINE_STRUCTURE_IDS = [
  'l1_vertebra',
  'l2_vertebra',
  'l3_vertebra',
  'l4_vertebra',
  'l5_vertebra',
  'l1_l2_disc',
  'l2_l3_disc',
  'l3_l4_disc',
  'l4_l5_disc',
  'l5_s1_disc',
  'sacrum',
  'coccyx',
  'skin',
] as const;

export const PAIRED_STRUCTURE_IDS = [
  // bones
  'hip_bone',
  'femur',
  'patella',
  'tibia',
  'fibula',
  'talus',
  'calcaneus',
  'tarsal_bones',
  'metatarsals',
  'phalanges_of_foot',
  // joints and bursae
  'sacroiliac_joint',
  'hip_joint',
  'knee_joint',
  'greater_trochanteric_bursa',
  'prepatellar_bursa',
  'pes_anserine_bursa',
  // cartilage
  'medial_meniscus',
  'lateral_meniscus',
  'acetabular_labrum',
  'iliopsoas_bursa',
  // muscles
  'psoas_major',
  'iliacus',
  'quadratus_lumborum',
  'erector_spinae',
  'gluteus_maximus',
  'gluteus_medius',
  'gluteus_minimus',
  'piriformis',
  'tensor_fasciae_latae',
  'sartorius',
  'rectus_femoris',
  'vastus_lateralis',
  'vastus_medialis',
  'vastus_intermedius',
  'adductor_longus',
  'adductor_magnus',
  'gracilis',
  'biceps_femoris',
  'semitendinosus',
  'semimembranosus',
  'gastrocnemius',
  'soleus',
  'tibialis_anterior',
  'extensor_digitorum_longus',
  'extensor_hallucis_longus',
  'fibularis_longus',
  'fibularis_brevis',
  'tibialis_posterior',
  'flexor_digitorum_longus',
  'flexor_hallucis_longus',
  'popliteus',
  'pectineus',
  'adductor_brevis',
  'obturator_externus',
  'obturator_internus',
  'gemellus_superior',
  'gemellus_inferior',
  'quadratus_femoris',
  'multifidus',
  'quadratus_plantae',
  'flexor_digitorum_brevis',
  'abductor_hallucis',
  'abductor_digiti_minimi',
  'flexor_hallucis_brevis',
  'adductor_hallucis',
  'flexor_digiti_minimi_brevis',
  'lumbricals',
  'dorsal_interossei_of_foot',
  'plantar_interossei',
  // tendons, ligaments, bands
  'iliotibial_band',
  'quadriceps_tendon',
  'patellar_ligament',
  'plantar_aponeurosis',
  'anterior_cruciate_ligament',
  'posterior_cruciate_ligament',
  'medial_collateral_ligament',
  'deep_medial_collateral_ligament',
  'lateral_collateral_ligament',
  'posterior_oblique_ligament',
  'oblique_popliteal_ligament',
  'iliolumbar_ligament',
  'sacroiliac_ligaments',
  'sacrotuberous_ligament',
  'sacrospinous_ligament',
  'inguinal_ligament',
  'iliofemoral_ligament',
  // nerves
  'l1_nerve_root',
  'l2_nerve_root',
  'l3_nerve_root',
  'l4_nerve_root',
  'l5_nerve_root',
  's1_nerve_root',
  's2_nerve_root',
  's3_nerve_root',
  'lumbar_plexus',
  'femoral_nerve',
  'obturator_nerve',
  'lateral_femoral_cutaneous_nerve',
  'sciatic_nerve',
  'tibial_nerve',
  'common_fibular_nerve',
  'superior_gluteal_nerve',
  'inferior_gluteal_nerve',
  'saphenous_nerve',
  'sural_nerve',
  'superficial_fibular_nerve',
  'deep_fibular_nerve',
  'posterior_femoral_cutaneous_nerve',
  'superior_cluneal_nerves',
  'ilioinguinal_nerve',
  'genitofemoral_nerve',
] as const;

export const STRUCTURE_IDS = [...MIDLINE_STRUCTURE_IDS, ...PAIRED_STRUCTURE_IDS] as const;

/**
 * Deep structures that the start view never shows (under other muscles, inside joints): their nodes are in a
 * second model file, public/models/lower-body-deep.glb, which the app loads once the first frame is drawn
 * (or at once when one of them is asked for), so the start view's file stays within its budget. Issue 14
 * adds ligaments, menisci, bursae and small nerves here.
 */
export const DEEP_STRUCTURE_IDS = [
  'tibialis_posterior',
  'flexor_digitorum_longus',
  'flexor_hallucis_longus',
  'popliteus',
  'adductor_brevis',
  'obturator_externus',
  'obturator_internus',
  'gemellus_superior',
  'gemellus_inferior',
  'quadratus_femoris',
  'multifidus',
  // the sole's muscles (issue 13): under the skin of the sole, seen only with it hidden
  'quadratus_plantae',
  'flexor_digitorum_brevis',
  'abductor_hallucis',
  'abductor_digiti_minimi',
  // the sole's third layer (issue 13): deep to the long flexor tendons, against the metatarsals
  'flexor_hallucis_brevis',
  'adductor_hallucis',
  'flexor_digiti_minimi_brevis',
  // the lumbricals (issue 13): second layer, between the long flexor's tendons
  'lumbricals',
  // the interossei (issue 13): the sole's fourth layer, between and under the metatarsals
  'dorsal_interossei_of_foot',
  'plantar_interossei',
  // the plantar aponeurosis (issue 13): the fibrous sheet under the sole's first layer
  'plantar_aponeurosis',
  // small nerves (issue 14): thin, under the skin and fat, so the start view does not need them
  'sural_nerve',
  'superficial_fibular_nerve',
  'deep_fibular_nerve',
  'posterior_femoral_cutaneous_nerve',
  'superior_cluneal_nerves',
  'ilioinguinal_nerve',
  'genitofemoral_nerve',
  'anterior_cruciate_ligament',
  'posterior_cruciate_ligament',
  'medial_collateral_ligament',
  'deep_medial_collateral_ligament',
  'lateral_collateral_ligament',
  'posterior_oblique_ligament',
  'oblique_popliteal_ligament',
  'medial_meniscus',
  'lateral_meniscus',
  'prepatellar_bursa',
  'pes_anserine_bursa',
  // pelvic ligaments, labrum and iliopsoas bursa (issue 14): under muscles, or under the skin
  'iliolumbar_ligament',
  'sacroiliac_ligaments',
  'sacrotuberous_ligament',
  'sacrospinous_ligament',
  'inguinal_ligament',
  'iliofemoral_ligament',
  'acetabular_labrum',
  'iliopsoas_bursa',
] as const satisfies readonly (typeof PAIRED_STRUCTURE_IDS)[number][];
export type DeepStructureId = (typeof DEEP_STRUCTURE_IDS)[number];

export const isDeep = (id: string): boolean => (DEEP_STRUCTURE_IDS as readonly string[]).includes(id);
export type MidlineStructureId = (typeof MIDLINE_STRUCTURE_IDS)[number];
export type PairedStructureId = (typeof PAIRED_STRUCTURE_IDS)[number];
export type StructureId = (typeof STRUCTURE_IDS)[number];

/** Regions of the body where pain is felt; all paired. */
export const REGION_IDS = [
  'low_back',
  'sacroiliac_area',
  'buttock',
  'front_of_hip',
  'side_of_hip',
  'front_of_thigh',
  'outside_of_thigh',
  'back_of_thigh',
  'inside_of_thigh',
  'front_of_knee',
  'outside_of_knee',
  'inside_of_knee',
  'back_of_knee',
  'calf',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const CLAIM_IDS = [
  'G1',
  'G2',
  'B1',
  'B2',
  'B3',
  'B4',
  'B5',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'K1',
  'K2',
  'K3',
  'G3',
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

export const isPaired = (id: StructureId): id is PairedStructureId =>
  (PAIRED_STRUCTURE_IDS as readonly string[]).includes(id);

/** The GLB node name of a structure or region on a side (midline ids ignore the side). */
export function nodeName(id: StructureId | RegionId, side: Side | null): string {
  const paired = (REGION_IDS as readonly string[]).includes(id) || isPaired(id as StructureId);
  if (!paired) return id;
  if (side === null) throw new Error(`${id} is paired: a side is needed`);
  return id + SIDE_SUFFIX[side];
}

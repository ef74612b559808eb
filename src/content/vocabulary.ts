/**
 * The content's fixed vocabularies (kinds, layers, grades, effects, sections, pathways), without zod, so the
 * app can use them without shipping the schemas (schema.ts builds its enums from these).
 */
export const STRUCTURE_KINDS = [
  'bone',
  'disc',
  'joint',
  'bursa',
  'ligament',
  'cartilage',
  'muscle',
  'tendon',
  'nerve',
  'skin',
] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];
export const LAYERS = ['skin', 'muscles', 'bones', 'nerves', 'joints'] as const;
export type Layer = (typeof LAYERS)[number];

/**
 * Two grades of evidence for a connection:
 * - `article`: the article's words name this source and the body part the spread reaches (K1: the
 *   iliotibial band -> the outside of the knee). Which region within that body part is our reading of where
 *   the named structure lies, said in the plain and student texts.
 * - `anatomy`: the article makes a general link (nerves of the low back -> hip and knee; "certain muscles of
 *   the low back"; "hip flexors") and standard anatomy supplies which structure, which route or which
 *   region: the L5 root reaches the outside of the knee through the common fibular nerve. Shown as
 *   "standard anatomy adds", never as the article's words, with `adds` and its references.
 */
export const GRADES = ['article', 'anatomy'] as const;
export type Grade = (typeof GRADES)[number];

/**
 * What the claim says happens in the target region: pain (or "problems") there, or only a change in its
 * position or mechanics (H5: "can affect the position of the lower back and sacroiliac joints"; H4: "affect
 * the back and knee to do a change in mechanics"). A `function` target is never shown as a pain source.
 */
export const EFFECTS = ['pain', 'function'] as const;
export type Effect = (typeof EFFECTS)[number];

export const SECTIONS = ['Introduction', 'Back Pain', 'Hip Pain', 'Knee Pain', 'Closing'] as const;
export type Section = (typeof SECTIONS)[number];
export const PATHWAY_KINDS = ['nerve', 'attachment', 'mechanics', 'gait'] as const;
export type PathwayKind = (typeof PATHWAY_KINDS)[number];

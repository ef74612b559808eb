/**
 * Zod schemas for the content layer and the types inferred from them. The ids come from ids.ts so
 * that a typo in the data fails both the type check and the validation (run by the tests).
 */
import { z } from 'zod';
import { CLAIM_IDS, MIDLINE_STRUCTURE_IDS, REGION_IDS, STRUCTURE_IDS } from './ids';
import { EFFECTS, GRADES, LAYERS, PATHWAY_KINDS, SECTIONS, STRUCTURE_KINDS } from './vocabulary';

export * from './vocabulary';

export const StructureIdSchema = z.enum(STRUCTURE_IDS);
export const RegionIdSchema = z.enum(REGION_IDS);
export const ClaimIdSchema = z.enum(CLAIM_IDS);

const text = z.string().trim().min(1);

/** Text in the two languages the app ships (patient text and student anatomy alike). */
export const LocalizedSchema = z.object({ en: text, es: text });
export type Localized = z.infer<typeof LocalizedSchema>;
export type Lang = keyof Localized;

/**
 * A standard anatomy reference (textbook, atlas, paper). `kind` marks it as such so that the app never
 * presents these facts as the article's words.
 */
export const ReferenceSchema = z.object({
  kind: z.literal('standard-anatomy'),
  source: text,
  url: z.url().optional(),
  /** Where in the source: a chapter and table title, a page or a figure. */
  locator: text.optional(),
  /** A short name for patient screens ("Moore 8th ed."). */
  short: text.optional(),
});
export type Reference = z.infer<typeof ReferenceSchema>;

/** A spinal segment name such as 'L4' or 'S1'. */
const SegmentSchema = z.string().regex(/^(T1[0-2]|T[1-9]|L[1-5]|S[1-5])$/, 'segment like L4 or S1');

/** Student anatomy facts, in English and in Spanish anatomical terms. */
export const MuscleFactsSchema = z.object({
  origin: LocalizedSchema,
  insertion: LocalizedSchema,
  action: LocalizedSchema,
  innervation: z.object({
    /**
     * The nerves to link to in the app: one named nerve, two where the muscle has two (adductor magnus),
     * or the roots themselves where the supply comes straight from them (erector spinae: posterior rami).
     */
    nerves: z.array(StructureIdSchema).min(1),
    /** Which part or branch, when that matters (e.g. 'posterior rami', 'tibial division'). */
    branch: LocalizedSchema.optional(),
    segments: z.array(SegmentSchema).min(1),
  }),
});
export type MuscleFacts = z.infer<typeof MuscleFactsSchema>;

export const NerveFactsSchema = z.object({
  roots: z.array(SegmentSchema).min(1),
  /** The nerve it branches from, if it is a branch of another nerve of the model (tibial -> sciatic). */
  branchOf: StructureIdSchema.optional(),
  /** Whether it carries feeling (sensory), drives muscles (motor), or both. */
  fibres: z.enum(['motor', 'sensory', 'mixed']),
  course: LocalizedSchema,
  supplies: LocalizedSchema,
});
export type NerveFacts = z.infer<typeof NerveFactsSchema>;

/**
 * Student facts of a ligament, a meniscus or a bursa: what it is fixed to (or lies on), what it does, and its
 * supply where it matters.
 */
export const AttachmentFactsSchema = z.object({
  /** The bones it is fixed to or lies on: the quiz asks for one of them (ids of kind `bone`). */
  bones: z.array(StructureIdSchema).min(1),
  attachments: LocalizedSchema,
  function: LocalizedSchema,
  /** Its nerves and blood vessels, where relevant. */
  supply: LocalizedSchema.optional(),
});
export type AttachmentFacts = z.infer<typeof AttachmentFactsSchema>;

const ATTACHED_KINDS: readonly string[] = ['ligament', 'cartilage', 'bursa'];

export const StructureSchema = z
  .object({
    id: StructureIdSchema,
    kind: z.enum(STRUCTURE_KINDS),
    layer: z.enum(LAYERS),
    /** The anatomical term: Terminologia Anatomica in English, and in its Spanish usage. */
    anatomicalName: LocalizedSchema,
    plainName: LocalizedSchema,
    description: LocalizedSchema,
    synonyms: z.array(text),
    /** The pain regions the structure itself lies in or under (local pain is felt there). */
    liesIn: z.array(RegionIdSchema).optional(),
    muscle: MuscleFactsSchema.optional(),
    nerve: NerveFactsSchema.optional(),
    attachment: AttachmentFactsSchema.optional(),
    references: z.array(ReferenceSchema).min(1),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'muscle' && !s.muscle)
      ctx.addIssue({ code: 'custom', message: 'a muscle needs muscle facts' });
    if (s.kind !== 'muscle' && s.muscle)
      ctx.addIssue({ code: 'custom', message: 'only muscles have muscle facts' });
    if (s.kind === 'nerve' && !s.nerve)
      ctx.addIssue({ code: 'custom', message: 'a nerve needs nerve facts' });
    if (s.kind !== 'nerve' && s.nerve)
      ctx.addIssue({ code: 'custom', message: 'only nerves have nerve facts' });
    if ((s.kind === 'ligament' || s.kind === 'cartilage') && !s.attachment)
      ctx.addIssue({ code: 'custom', message: 'a ligament or cartilage needs attachment facts' });
    if (s.attachment && !ATTACHED_KINDS.includes(s.kind))
      ctx.addIssue({ code: 'custom', message: 'only ligaments, cartilage and bursae have attachment facts' });
    if ((s.kind === 'skin') !== (s.id === 'skin'))
      ctx.addIssue({ code: 'custom', message: 'kind skin is for the skin only' });
  });
/** A structure with all its facts: what the tests validate (facts.ts joins the two parts). */
export type StudiedStructure = z.infer<typeof StructureSchema>;
/** What every screen uses: names, where it lies (structures/*.ts). */
export type Structure = Omit<
  StudiedStructure,
  'description' | 'synonyms' | 'muscle' | 'nerve' | 'attachment' | 'references'
>;
/** A structure's synonyms: synonyms/*.ts, in the search engine's chunk (only search matches them). */
export type SynonymsEntry = Pick<StudiedStructure, 'id' | 'synonyms'>;
/**
 * A structure's plain description: descriptions/*.ts, a chunk the app loads after the first frame (or at
 * once on a selection), since only the panels shown after a selection need it.
 */
export type DescriptionEntry = Pick<StudiedStructure, 'id' | 'description'>;
/**
 * What only the student facts show (origin, insertion, action, innervation; a nerve's roots, course and
 * supply; a ligament's, meniscus' or bursa's attachments and function; the references): facts/*.ts, a chunk the app loads when the facts are first shown.
 */
export type StructureFacts = Pick<StudiedStructure, 'muscle' | 'nerve' | 'attachment' | 'references'>;
export type FactsEntry = StructureFacts & { readonly id: StudiedStructure['id'] };

export const RegionSchema = z.object({
  id: RegionIdSchema,
  name: LocalizedSchema,
  anatomicalName: LocalizedSchema,
  description: LocalizedSchema,
});
export type Region = z.infer<typeof RegionSchema>;

export const ConnectionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('structure'), id: StructureIdSchema }),
  z.object({ kind: z.literal('region'), id: RegionIdSchema }),
]);
export type ConnectionSource = z.infer<typeof ConnectionSourceSchema>;

export const PathwayKindSchema = z.enum(PATHWAY_KINDS);

export const ClaimSchema = z
  .object({
    id: ClaimIdSchema,
    section: z.enum(SECTIONS),
    /** The article's exact words, with its own spacing. */
    quote: text,
    /** Our Spanish translation of the quote; never shown as the article's words. */
    translation: z.object({ es: text, isTranslation: z.literal(true) }),
    pathway: PathwayKindSchema.nullable(),
    /**
     * What the claim's words name, as ids: the sources it names itself ("the iliotibial band", "the knee"),
     * and the regions of the body parts it names ("hip", "knee", "low back"). A connection is graded
     * `article` only when both its source and all its regions are named here (checked by validate.ts).
     * A claim that names a class only ("certain muscles of the low back", "hip flexors") names no source.
     */
    names: z.object({ sources: z.array(ConnectionSourceSchema), regions: z.array(RegionIdSchema) }),
    /** Position in the article, 1-based. */
    order: z.number().int().positive(),
  })
  .superRefine((c, ctx) => {
    const general = c.id.startsWith('G');
    if (general !== (c.pathway === null))
      ctx.addIssue({ code: 'custom', message: 'general claims (G*) and only they have no pathway' });
  });
export type Claim = z.infer<typeof ClaimSchema>;

const MIDLINE = new Set<string>(MIDLINE_STRUCTURE_IDS);

export const ConnectionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    from: ConnectionSourceSchema,
    to: z.array(RegionIdSchema).min(1),
    /** 'same': spreads to the source's side; 'both': to both sides (midline sources, gait). */
    sides: z.enum(['same', 'both']),
    claim: ClaimIdSchema.refine((id) => !id.startsWith('G'), 'connections cite a B, H or K claim'),
    pathway: PathwayKindSchema,
    grade: z.enum(GRADES),
    effect: z.enum(EFFECTS),
    /** For the anatomy grade: what standard anatomy adds to the claim, in one plain sentence. */
    adds: LocalizedSchema.optional(),
    /** Our plain explanation for patients. */
    plain: LocalizedSchema,
    /** Our anatomical explanation for students. */
    student: LocalizedSchema,
    /** For nerve pathways: the structures the pain travels along, root (or disc/vertebra) first. */
    path: z.array(StructureIdSchema).min(2).optional(),
    references: z.array(ReferenceSchema).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.pathway === 'nerve' && !c.path)
      ctx.addIssue({ code: 'custom', message: 'a nerve pathway needs a path' });
    if (c.pathway !== 'nerve' && c.path)
      ctx.addIssue({ code: 'custom', message: 'only nerve pathways have a path' });
    if (new Set(c.to).size !== c.to.length)
      ctx.addIssue({ code: 'custom', message: 'duplicate target region' });
    if (c.from.kind === 'structure' && MIDLINE.has(c.from.id) && c.sides !== 'both')
      ctx.addIssue({ code: 'custom', message: 'a midline source spreads to both sides' });
    if (c.path && c.from.kind === 'structure' && c.path[0] !== c.from.id)
      ctx.addIssue({ code: 'custom', message: 'a path starts at its source structure' });
    if (c.grade === 'anatomy' && (!c.adds || !c.references?.length))
      ctx.addIssue({ code: 'custom', message: 'the anatomy grade needs `adds` and references' });
  });
export type Connection = z.infer<typeof ConnectionSchema>;

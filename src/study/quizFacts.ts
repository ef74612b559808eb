/**
 * What a quiz may accept as right, beyond the one right option it shows. A student's answer is only marked
 * wrong when no reading of the facts supports it:
 * - innervation: the muscle's nerves, the nerves they branch from (the fibres run in them: the sciatic nerve
 *   for gastrocnemius), the motor divisions of a named nerve (the tibial part of the sciatic for a
 *   hamstring), and the roots of its spinal segments. A plexus's branches are separate nerves, and a
 *   sensory branch supplies no muscle, so those stay wrong (femoral nerve for psoas, saphenous for rectus
 *   femoris).
 * - spread: where the graph says its pain reaches (either grade), where the article says it changes position
 *   or mechanics, where the structure itself lies and the regions bordering that (local pain spreads over a
 *   muscle's neighbourhood), and for a root the regions its pain may also reach beyond our map: dermatome
 *   borders vary and overlap between people (Lee et al. 2008), and radicular pain is not held to them.
 *   Where a muscle's link is not along a nerve, any region of the body part its claim names counts too: B3
 *   says "hip pain", and which region of the hip is our reading (the quadratus lumborum: the buttock), so
 *   the side of the hip is not wrong. And a muscle's referred pain (Travell & Simons, Myofascial Pain and
 *   Dysfunction vol. 2, 1992), or a nerve it can press on (piriformis: the sciatic), may reach further.
 * - segments: a root of one of its segments, or one level above or below them: the plexuses may be
 *   prefixed or postfixed by a segment, and the textbooks' tables differ by a level (Moore 8th ed., Gray's
 *   42nd ed.). Only a root two levels or more from every segment is wrong.
 * - attachment: the bones the facts name, and a bone that another fibre of the structure reaches: the
 *   menisci are tied to the femur too (the lateral by the meniscofemoral ligaments, the medial by the deep
 *   medial collateral ligament's meniscofemoral part; Gray's 42nd ed.; LaPrade et al. 2007).
 */
import { claimById, structureById } from '../content';
import { STUDIED_STRUCTURES, studiedById } from '../content/facts';
import { isPaired, type RegionId, type StructureId } from '../content/ids';
import { spreadFrom } from '../anatomy';

/** Regions that share a border on the body surface (both ways). */
const BORDERS: readonly (readonly [RegionId, RegionId])[] = [
  ['low_back', 'sacroiliac_area'],
  ['low_back', 'buttock'],
  ['sacroiliac_area', 'buttock'],
  ['buttock', 'side_of_hip'],
  ['buttock', 'back_of_thigh'],
  ['front_of_hip', 'side_of_hip'],
  ['front_of_hip', 'front_of_thigh'],
  ['front_of_hip', 'inside_of_thigh'],
  ['side_of_hip', 'outside_of_thigh'],
  ['front_of_thigh', 'outside_of_thigh'],
  ['front_of_thigh', 'inside_of_thigh'],
  ['front_of_thigh', 'front_of_knee'],
  ['outside_of_thigh', 'back_of_thigh'],
  ['outside_of_thigh', 'outside_of_knee'],
  ['back_of_thigh', 'inside_of_thigh'],
  ['back_of_thigh', 'back_of_knee'],
  ['inside_of_thigh', 'inside_of_knee'],
  ['front_of_knee', 'outside_of_knee'],
  ['front_of_knee', 'inside_of_knee'],
  ['outside_of_knee', 'back_of_knee'],
  ['inside_of_knee', 'back_of_knee'],
  ['outside_of_knee', 'calf'],
  ['inside_of_knee', 'calf'],
  ['back_of_knee', 'calf'],
];

export function neighboursOf(region: RegionId): RegionId[] {
  return BORDERS.flatMap(([a, b]) => (a === region ? [b] : b === region ? [a] : []));
}

const withNeighbours = (regions: Iterable<RegionId>): Set<RegionId> => {
  const out = new Set<RegionId>();
  for (const r of regions) {
    out.add(r);
    for (const n of neighboursOf(r)) out.add(n);
  }
  return out;
};

/** Where a root's pain may also be felt beyond the regions of its pain map (dermatome borders vary). */
const ALSO_FELT: Partial<Record<StructureId, readonly RegionId[]>> = {
  // Iliohypogastric (lateral hip) and ilioinguinal/genitofemoral (upper inner and front thigh) branches.
  l1_nerve_root: ['side_of_hip', 'inside_of_thigh', 'front_of_thigh'],
  l2_nerve_root: ['side_of_hip'],
  l3_nerve_root: ['front_of_hip'],
  // The L4 dermatome crosses the thigh and knee to the inner leg; on some maps from the side of the hip.
  l4_nerve_root: ['side_of_hip', 'outside_of_thigh', 'calf'],
  // L5: lateral thigh and hip, and the outer leg.
  l5_nerve_root: ['side_of_hip', 'outside_of_thigh', 'calf'],
  s1_nerve_root: ['sacroiliac_area'],
  // Referred pain (Travell & Simons): gluteus minimus down the outer thigh and leg and the back of the calf,
  // quadratus lumborum to the greater trochanter and outer thigh, tensor fasciae latae down the
  // anterolateral thigh to the knee; piriformis can press on the sciatic nerve (its whole territory).
  gluteus_minimus: ['outside_of_knee', 'back_of_knee', 'calf'],
  quadratus_lumborum: ['side_of_hip', 'outside_of_thigh'],
  tensor_fasciae_latae: ['front_of_knee'],
  piriformis: ['back_of_thigh', 'outside_of_knee', 'back_of_knee', 'calf'],
};

/** Regions a spread question may accept for this subject (see the file comment). */
export function acceptableRegions(subject: StructureId): Set<RegionId> {
  const spreads = spreadFrom(subject, isPaired(subject) ? 'right' : null);
  const out = withNeighbours(structureById(subject).liesIn ?? []);
  for (const s of spreads) {
    out.add(s.region);
    // Not along a nerve: any region of the body part the claim names ("hip", "knee", "low back").
    for (const c of s.connections)
      if (c.pathway !== 'nerve') for (const r of claimById(c.claim).names.regions) out.add(r);
  }
  for (const r of ALSO_FELT[subject] ?? []) out.add(r);
  return out;
}

/** A nerve of the model with its own name: not a root, not a plexus (what an innervation question asks). */
export const isNamedNerve = (id: StructureId) =>
  structureById(id).kind === 'nerve' && !id.endsWith('_nerve_root') && !id.endsWith('_plexus');

function ancestors(id: StructureId): StructureId[] {
  const parent = studiedById(id).nerve?.branchOf;
  return parent ? [parent, ...ancestors(parent)] : [];
}

/**
 * Nerves branching straight from this one that carry motor fibres (not a plexus's branches): the divisions
 * of the sciatic for a hamstring. Not their own branches: the deep fibular nerve supplies no hamstring.
 */
function motorDivisions(id: StructureId): StructureId[] {
  if (id.endsWith('_plexus')) return [];
  return STUDIED_STRUCTURES.filter((s) => s.nerve?.branchOf === id && s.nerve.fibres !== 'sensory').map(
    (s) => s.id,
  );
}

/** Nerves an innervation question may accept for this muscle (see the file comment). */
export function acceptableInnervation(muscle: StructureId): Set<StructureId> {
  const innervation = studiedById(muscle).muscle?.innervation;
  if (!innervation) return new Set();
  const out = new Set<StructureId>();
  for (const nerve of innervation.nerves) {
    out.add(nerve);
    for (const up of ancestors(nerve)) out.add(up);
    for (const down of motorDivisions(nerve)) out.add(down);
  }
  for (const s of STUDIED_STRUCTURES)
    if (s.id.endsWith('_nerve_root') && s.nerve?.roots.some((r) => innervation.segments.includes(r)))
      out.add(s.id);
  return out;
}

/** A muscle's segments (its innervation) or a nerve's roots, as written in its facts (L4, S1...). */
export function segmentsOf(id: StructureId): readonly string[] {
  const facts = studiedById(id);
  return facts.muscle?.innervation.segments ?? facts.nerve?.roots ?? [];
}

/** Spinal levels in order from T12 to S5, to measure how far apart two segments are. */
const LEVELS = ['T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4', 'S5'];

/** The roots a segments question may accept for this muscle or nerve (see the file comment). */
export function acceptableSegments(id: StructureId): Set<StructureId> {
  const listed = segmentsOf(id).map((s) => LEVELS.indexOf(s));
  const out = new Set<StructureId>();
  for (const s of STUDIED_STRUCTURES) {
    const level = s.id.endsWith('_nerve_root') ? LEVELS.indexOf(s.nerve?.roots[0] ?? '') : -1;
    if (level >= 0 && listed.some((l) => l >= 0 && Math.abs(l - level) <= 1)) out.add(s.id);
  }
  return out;
}

/** Bones a meniscus also reaches through its ligaments (see above). */
const ALSO_TIED_TO: Partial<Record<StructureId, readonly StructureId[]>> = {
  medial_meniscus: ['femur'],
  lateral_meniscus: ['femur'],
  // a weak band of the iliolumbar ligament often arises from L4's transverse process too (Gray's 42nd ed.)
  iliolumbar_ligament: ['l4_vertebra'],
};

/** Bones a tap may name for a ligament, meniscus or bursa: those its facts name, and those it also reaches. */
export function acceptableBones(subject: StructureId): Set<StructureId> {
  return new Set([...(studiedById(subject).attachment?.bones ?? []), ...(ALSO_TIED_TO[subject] ?? [])]);
}

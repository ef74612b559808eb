import { describe, expect, it } from 'vitest';
import { CATALOGUE, structureById } from '../content';
import { studiedById } from '../content/facts';
import { isPaired, type RegionId, type StructureId } from '../content/ids';
import { spreadFrom } from '../anatomy';
import {
  allQuestions,
  answerOfSelection,
  claimsForFeedback,
  focusForFeedback,
  isCorrect,
  quizRound,
  rightOption,
  type QuizQuestion,
} from './quiz';
import { seededRandom } from '../lib/seededRandom';
import { studyEn, studyEs } from './strings';

const side = (id: Parameters<typeof isPaired>[0]) => (isPaired(id) ? 'right' : null);

/** An independent oracle for the one right option: reads the data directly, not the quiz's helpers. */
function oracle(question: QuizQuestion, answer: QuizQuestion['options'][number]): boolean {
  switch (question.type) {
    case 'claim-source':
      return (
        answer.kind === 'structure' &&
        structureById(answer.id).kind === question.structureKind &&
        CATALOGUE.claims
          .find((c) => c.id === question.claim)!
          .names.sources.some((s) => s.kind === 'structure' && s.id === answer.id)
      );
    case 'spread':
      return (
        answer.kind === 'region' &&
        spreadFrom(question.subject, side(question.subject)).some(
          (s) => s.effect === 'pain' && s.region === answer.id,
        )
      );
    case 'innervation':
      return (
        answer.kind === 'structure' &&
        studiedById(question.muscle).muscle!.innervation.nerves.includes(answer.id)
      );
    case 'segments': {
      const facts = studiedById(question.subject);
      const segments = facts.muscle?.innervation.segments ?? facts.nerve!.roots;
      return (
        answer.kind === 'structure' && segments.includes(answer.id.replace('_nerve_root', '').toUpperCase())
      );
    }
    case 'attachment':
      return (
        answer.kind === 'structure' && studiedById(question.subject).attachment!.bones.includes(answer.id)
      );
  }
}

/** Spinal levels in order, written here apart from the quiz's own table. */
const LEVEL_ORDER = ['T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4', 'S5'];

/**
 * The bones an examiner accepts for a knee ligament, meniscus or bursa, written here from Gray's 42nd ed.,
 * Moore 8th ed. and Netter 7th ed., independently of the content files: the cruciates and the tibial
 * collateral ligament join femur and tibia, the fibular collateral ligament femur and fibula; the menisci
 * sit on the tibia and reach the femur through the meniscofemoral ligaments (lateral) and the deep medial
 * collateral ligament (medial); the prepatellar bursa lies on the patella, the anserine bursa on the tibia.
 */
const ACCEPTED_BONES: Partial<Record<StructureId, StructureId[]>> = {
  anterior_cruciate_ligament: ['femur', 'tibia'],
  posterior_cruciate_ligament: ['femur', 'tibia'],
  medial_collateral_ligament: ['femur', 'tibia'],
  lateral_collateral_ligament: ['femur', 'fibula'],
  // the posterior oblique ligament joins femur and tibia behind the tibial collateral ligament (LaPrade et
  // al. 2007)
  posterior_oblique_ligament: ['femur', 'tibia'],
  // the oblique popliteal ligament: from semimembranosus' tendon at the tibia to the lateral femoral condyle
  // (Gray's; Hedderwick et al. 2017)
  oblique_popliteal_ligament: ['tibia', 'femur'],
  // the deep medial collateral ligament: femur to the medial meniscus to tibia (Athwal et al. 2020)
  deep_medial_collateral_ligament: ['femur', 'tibia'],
  // the plantar aponeurosis joins the calcaneus to the toes (Moore's, Gray's)
  plantar_aponeurosis: ['calcaneus', 'phalanges_of_foot'],
  medial_meniscus: ['tibia', 'femur'],
  lateral_meniscus: ['tibia', 'femur'],
  prepatellar_bursa: ['patella'],
  pes_anserine_bursa: ['tibia'],
  // The pelvis (issue 14), from the same books: the iliolumbar ligament joins the L5 transverse process (and,
  // by a weak band, often L4's) to the iliac crest; the sacroiliac ligaments join sacrum and ilium; the
  // sacrotuberous and sacrospinous ligaments run from the sacrum and coccyx (the sacrotuberous also from the
  // posterior iliac spines) to the ischium; the inguinal ligament spans ASIS to pubic tubercle; the
  // iliofemoral ligament joins ilium and femur; the labrum is fixed to the acetabular rim; the iliopsoas
  // bursa lies on the front of the hip capsule over the femoral head and on the pubis.
  iliolumbar_ligament: ['l5_vertebra', 'hip_bone', 'l4_vertebra'],
  sacroiliac_ligaments: ['sacrum', 'hip_bone'],
  sacrotuberous_ligament: ['sacrum', 'coccyx', 'hip_bone'],
  sacrospinous_ligament: ['sacrum', 'coccyx', 'hip_bone'],
  inguinal_ligament: ['hip_bone'],
  iliofemoral_ligament: ['hip_bone', 'femur'],
  acetabular_labrum: ['hip_bone'],
  iliopsoas_bursa: ['hip_bone', 'femur'],
};

/**
 * What a PT examiner would accept, written here from Moore 8th ed. (thigh, gluteal and leg muscle tables)
 * and Gray's 42nd ed., independently of the content files: a nerve, the nerve it is a part of, or the
 * division that carries the supply. A quiz option outside this list may be marked wrong; one inside never.
 */
const ACCEPTED_NERVES: Partial<Record<StructureId, StructureId[]>> = {
  psoas_major: ['lumbar_plexus'],
  quadratus_lumborum: ['lumbar_plexus'],
  iliacus: ['femoral_nerve', 'lumbar_plexus'],
  sartorius: ['femoral_nerve', 'lumbar_plexus'],
  rectus_femoris: ['femoral_nerve', 'lumbar_plexus'],
  vastus_lateralis: ['femoral_nerve', 'lumbar_plexus'],
  vastus_medialis: ['femoral_nerve', 'lumbar_plexus'],
  vastus_intermedius: ['femoral_nerve', 'lumbar_plexus'],
  adductor_longus: ['obturator_nerve', 'lumbar_plexus'],
  adductor_brevis: ['obturator_nerve', 'lumbar_plexus'],
  // femoral nerve, often with a branch of the obturator nerve (Moore; Gray's)
  pectineus: ['femoral_nerve', 'obturator_nerve', 'lumbar_plexus'],
  gracilis: ['obturator_nerve', 'lumbar_plexus'],
  adductor_magnus: ['obturator_nerve', 'sciatic_nerve', 'tibial_nerve', 'lumbar_plexus'],
  gluteus_maximus: ['inferior_gluteal_nerve'],
  obturator_externus: ['obturator_nerve', 'lumbar_plexus'],
  gluteus_medius: ['superior_gluteal_nerve'],
  gluteus_minimus: ['superior_gluteal_nerve'],
  tensor_fasciae_latae: ['superior_gluteal_nerve'],
  biceps_femoris: ['sciatic_nerve', 'tibial_nerve', 'common_fibular_nerve'],
  semitendinosus: ['sciatic_nerve', 'tibial_nerve'],
  semimembranosus: ['sciatic_nerve', 'tibial_nerve'],
  gastrocnemius: ['tibial_nerve', 'sciatic_nerve'],
  soleus: ['tibial_nerve', 'sciatic_nerve'],
  // the deep and superficial fibular nerves, branches of the common fibular, itself part of the sciatic
  tibialis_anterior: ['deep_fibular_nerve', 'common_fibular_nerve', 'sciatic_nerve'],
  extensor_digitorum_longus: ['deep_fibular_nerve', 'common_fibular_nerve', 'sciatic_nerve'],
  extensor_hallucis_longus: ['deep_fibular_nerve', 'common_fibular_nerve', 'sciatic_nerve'],
  fibularis_longus: ['superficial_fibular_nerve', 'common_fibular_nerve', 'sciatic_nerve'],
  fibularis_brevis: ['superficial_fibular_nerve', 'common_fibular_nerve', 'sciatic_nerve'],
  tibialis_posterior: ['tibial_nerve', 'sciatic_nerve'],
  flexor_digitorum_longus: ['tibial_nerve', 'sciatic_nerve'],
  flexor_hallucis_longus: ['tibial_nerve', 'sciatic_nerve'],
  popliteus: ['tibial_nerve', 'sciatic_nerve'],
  // the plantar nerves, the tibial nerve's terminal branches
  quadratus_plantae: ['tibial_nerve', 'sciatic_nerve'],
  flexor_digitorum_brevis: ['tibial_nerve', 'sciatic_nerve'],
  abductor_hallucis: ['tibial_nerve', 'sciatic_nerve'],
  abductor_digiti_minimi: ['tibial_nerve', 'sciatic_nerve'],
  flexor_hallucis_brevis: ['tibial_nerve', 'sciatic_nerve'],
  adductor_hallucis: ['tibial_nerve', 'sciatic_nerve'],
  flexor_digiti_minimi_brevis: ['tibial_nerve', 'sciatic_nerve'],
  lumbricals: ['tibial_nerve', 'sciatic_nerve'],
  dorsal_interossei_of_foot: ['tibial_nerve', 'sciatic_nerve'],
  plantar_interossei: ['tibial_nerve', 'sciatic_nerve'],
};

/**
 * Where radicular pain from each root may be felt, generously (dermatome maps differ and overlap: Lee et al.
 * 2008; radicular pain also spreads beyond dermatomes), and the low back where the root lies. Written here
 * independently of the pain map: a wrong option must avoid all of these. L1-L3 reach the upper buttock
 * through their posterior rami, the superior cluneal nerves (Moore 8th ed.; Gray's 42nd ed.).
 */
const ROOT_PAIN: Partial<Record<StructureId, RegionId[]>> = {
  l1_nerve_root: ['low_back', 'buttock', 'front_of_hip', 'side_of_hip', 'inside_of_thigh', 'front_of_thigh'],
  l2_nerve_root: [
    'low_back',
    'buttock',
    'front_of_hip',
    'front_of_thigh',
    'inside_of_thigh',
    'outside_of_thigh',
  ],
  l3_nerve_root: [
    'low_back',
    'buttock',
    'front_of_thigh',
    'inside_of_thigh',
    'outside_of_thigh',
    'front_of_knee',
    'inside_of_knee',
  ],
  l4_nerve_root: [
    'low_back',
    'side_of_hip',
    'front_of_thigh',
    'inside_of_thigh',
    'front_of_knee',
    'inside_of_knee',
    'calf',
  ],
  l5_nerve_root: [
    'low_back',
    'buttock',
    'side_of_hip',
    'back_of_thigh',
    'outside_of_thigh',
    'outside_of_knee',
    'calf',
  ],
  s1_nerve_root: ['low_back', 'sacroiliac_area', 'buttock', 'back_of_thigh', 'back_of_knee', 'calf'],
};

/**
 * Where trouble in each muscle the quiz asks about may be felt, generously: where it lies, any region of the
 * body parts its claims name (B3 "hip pain": front or side of the hip), and its referred pain (Travell &
 * Simons, Myofascial Pain and Dysfunction vol. 2) or the nerve it can press on (piriformis: the sciatic).
 * Written here independently of the quiz: a wrong option must avoid all of these.
 */
const MUSCLE_PAIN: Partial<Record<StructureId, RegionId[]>> = {
  psoas_major: ['low_back', 'sacroiliac_area', 'buttock', 'front_of_hip', 'side_of_hip', 'front_of_thigh'],
  quadratus_lumborum: [
    'low_back',
    'sacroiliac_area',
    'buttock',
    'front_of_hip',
    'side_of_hip',
    'outside_of_thigh',
  ],
  erector_spinae: ['low_back', 'sacroiliac_area', 'buttock', 'front_of_hip', 'side_of_hip'],
  multifidus: ['low_back', 'sacroiliac_area', 'buttock', 'front_of_hip', 'side_of_hip'],
  gluteus_maximus: [
    'low_back',
    'sacroiliac_area',
    'buttock',
    'side_of_hip',
    'back_of_thigh',
    'front_of_knee',
    'outside_of_knee',
    'inside_of_knee',
    'back_of_knee',
  ],
  gluteus_medius: [
    'low_back',
    'sacroiliac_area',
    'buttock',
    'side_of_hip',
    'outside_of_thigh',
    'back_of_thigh',
  ],
  gluteus_minimus: [
    'low_back',
    'buttock',
    'side_of_hip',
    'outside_of_thigh',
    'back_of_thigh',
    'outside_of_knee',
    'back_of_knee',
    'calf',
  ],
  piriformis: [
    'low_back',
    'sacroiliac_area',
    'buttock',
    'side_of_hip',
    'back_of_thigh',
    'front_of_knee',
    'outside_of_knee',
    'inside_of_knee',
    'back_of_knee',
    'calf',
  ],
  tensor_fasciae_latae: [
    'low_back',
    'sacroiliac_area',
    'front_of_hip',
    'side_of_hip',
    'front_of_thigh',
    'outside_of_thigh',
    'front_of_knee',
    'outside_of_knee',
  ],
  rectus_femoris: [
    'low_back',
    'sacroiliac_area',
    'front_of_hip',
    'side_of_hip',
    'front_of_thigh',
    'front_of_knee',
    'outside_of_knee',
    'inside_of_knee',
    'back_of_knee',
  ],
};

describe('quiz generation', () => {
  for (const seed of [1, 2, 3, 42]) {
    it(`gives every question exactly one right option, checked against the graph (seed ${seed})`, () => {
      const pool = allQuestions(seededRandom(seed));
      expect(pool.length).toBeGreaterThan(30);
      for (const question of pool) {
        const verdicts = question.options.map((option) => oracle(question, option));
        expect(verdicts.filter(Boolean), question.id).toHaveLength(1);
        expect(
          question.options.map((o) => isCorrect(question, o)),
          question.id,
        ).toEqual(verdicts);
        expect(new Set(question.options.map((o) => o.id)).size, question.id).toBe(question.options.length);
        expect(question.options.length, question.id).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('covers the five kinds of question, with unique ids', () => {
    const pool = allQuestions(seededRandom(7));
    expect(new Set(pool.map((q) => q.id)).size).toBe(pool.length);
    expect(new Set(pool.map((q) => q.type))).toEqual(
      new Set(['claim-source', 'spread', 'innervation', 'segments', 'attachment']),
    );
  });

  it('asks the issue’s examples with the right answers', () => {
    const pool = allQuestions(seededRandom(5));
    const k2 = pool.find((q) => q.id === 'claim-source:K2:muscle')!;
    expect(rightOption(k2)).toEqual({ kind: 'structure', id: 'rectus_femoris' });
    const tfl = pool.find((q) => q.id === 'innervation:tensor_fasciae_latae')!;
    expect(rightOption(tfl)).toEqual({ kind: 'structure', id: 'superior_gluteal_nerve' });
    const l4 = pool.find((q) => q.id === 'spread:l4_nerve_root')!;
    expect(isCorrect(l4, { kind: 'region', id: 'front_of_knee' })).toBe(true);
    expect(isCorrect(l4, { kind: 'region', id: 'back_of_knee' })).toBe(false);
  });
  it('takes a tap on either side, and only of the kind asked', () => {
    const pool = allQuestions(seededRandom(5));
    const k2 = pool.find((q) => q.id === 'claim-source:K2:muscle')!;
    for (const s of ['left', 'right'] as const) {
      const answer = answerOfSelection(k2, { kind: 'structure', id: 'rectus_femoris', side: s })!;
      expect(isCorrect(k2, answer)).toBe(true);
    }
    expect(answerOfSelection(k2, { kind: 'region', id: 'front_of_knee', side: 'left' })).toBeNull();
    expect(isCorrect(k2, { kind: 'structure', id: 'vastus_lateralis' })).toBe(false);
  });

  it('gives feedback that quotes claims behind the right answer and focuses cited structures', () => {
    for (const question of allQuestions(seededRandom(9))) {
      const focus = focusForFeedback(question);
      if (question.type === 'innervation' || question.type === 'segments' || question.type === 'attachment') {
        expect(focus).toBeNull();
        continue;
      }
      expect(claimsForFeedback(question).length, question.id).toBeGreaterThan(0);
      for (const s of focus!.structures)
        expect(
          spreadFrom(s.id, s.side).flatMap((sp) => sp.claims),
          question.id,
        ).toContain(focus!.claim);
    }
  });
});

describe('the quiz never marks a correct answer wrong', () => {
  // Every question the content supports, with every option it could ever draw (many seeds).
  const questions = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89].flatMap((seed) => allQuestions(seededRandom(seed)));

  it('no wrong innervation option is a nerve an examiner accepts, and each right one is', () => {
    const asked = questions.filter((q) => q.type === 'innervation');
    expect(asked.length).toBeGreaterThan(10);
    for (const q of asked) {
      const accepted = ACCEPTED_NERVES[q.muscle];
      expect(accepted, `${q.muscle} is asked but has no accepted list here`).toBeDefined();
      for (const option of q.options) {
        const right = isCorrect(q, option);
        if (!right) expect(accepted, `${q.id}: ${option.id} marked wrong`).not.toContain(option.id);
        if (right) expect(accepted, `${q.id}: ${option.id} marked right`).toContain(option.id);
      }
      // A tap on any accepted nerve counts as right.
      for (const nerve of accepted ?? [])
        if (nerve !== 'lumbar_plexus')
          expect(isCorrect(q, { kind: 'structure', id: nerve }), `${q.id}: ${nerve}`).toBe(true);
    }
  });

  it('asks which bone each knee ligament, meniscus and bursa is fixed to or lies on (issue 14)', () => {
    const asked = questions.filter((q) => q.type === 'attachment');
    expect(new Set(asked.map((q) => q.subject))).toEqual(new Set(Object.keys(ACCEPTED_BONES)));
    for (const q of asked) {
      const accepted = ACCEPTED_BONES[q.subject]!;
      for (const option of q.options) {
        expect(structureById(option.id as StructureId).kind, q.id).toBe('bone');
        expect(isCorrect(q, option), `${q.id}: ${option.id}`).toBe(
          accepted.includes(option.id as StructureId),
        );
      }
      for (const bone of accepted) expect(isCorrect(q, { kind: 'structure', id: bone }), q.id).toBe(true);
      // a tap on the structure itself, or on a neighbour that is no bone, is not a bone
      expect(isCorrect(q, { kind: 'structure', id: q.subject }), q.id).toBe(false);
    }
    const acl = asked.find((q) => q.subject === 'anterior_cruciate_ligament')!;
    expect(isCorrect(acl, { kind: 'structure', id: 'fibula' })).toBe(false);
    expect(isCorrect(acl, { kind: 'structure', id: 'patella' })).toBe(false);
    const lcl = asked.find((q) => q.subject === 'lateral_collateral_ligament')!;
    expect(isCorrect(lcl, { kind: 'structure', id: 'tibia' })).toBe(false);
  });

  it('asks for the nerve of every leg muscle (issue 14)', () => {
    const ids = new Set(questions.map((q) => q.id));
    for (const m of [
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
    ])
      expect(ids.has(`innervation:${m}`), m).toBe(true);
  });

  it('never asks for "the" nerve of a muscle supplied straight from the roots', () => {
    const ids = new Set(questions.map((q) => q.id));
    expect(ids.has('innervation:erector_spinae')).toBe(false);
    expect(ids.has('innervation:piriformis')).toBe(false);
    for (const m of ['obturator_internus', 'gemellus_superior', 'gemellus_inferior', 'quadratus_femoris'])
      expect(ids.has(`innervation:${m}`), m).toBe(false);
  });

  it('asks the spinal segments of the muscles supplied straight from the sacral roots', () => {
    const ids = new Set(questions.map((q) => q.id));
    for (const m of [
      'piriformis',
      'obturator_internus',
      'gemellus_superior',
      'gemellus_inferior',
      'quadratus_femoris',
    ])
      expect(ids.has(`segments:${m}`), m).toBe(true);
    const qf = questions.find((q) => q.id === 'segments:quadratus_femoris')!;
    // nerve to quadratus femoris L4-S1 (Moore): S1 right; L1 and L2 wrong; S3 wrong; L3 and S2 one level off
    expect(isCorrect(qf, { kind: 'structure', id: 's1_nerve_root' })).toBe(true);
    expect(isCorrect(qf, { kind: 'structure', id: 'l1_nerve_root' })).toBe(false);
    expect(isCorrect(qf, { kind: 'structure', id: 's3_nerve_root' })).toBe(false);
    expect(isCorrect(qf, { kind: 'structure', id: 'l3_nerve_root' })).toBe(true);
  });

  it('no wrong segments option lies within a level of the subject’s segments, and every right one is among them', () => {
    const asked = questions.filter((q) => q.type === 'segments');
    expect(asked.length).toBeGreaterThan(20);
    for (const q of asked) {
      if (q.type !== 'segments') continue;
      const facts = studiedById(q.subject);
      const listed = (facts.muscle?.innervation.segments ?? facts.nerve!.roots).map((s) =>
        LEVEL_ORDER.indexOf(s),
      );
      for (const option of q.options) {
        expect(option.id, q.id).toMatch(/_nerve_root$/);
        const level = LEVEL_ORDER.indexOf(option.id.replace('_nerve_root', '').toUpperCase());
        const gap = Math.min(...listed.map((l) => Math.abs(l - level)));
        if (!isCorrect(q, option)) expect(gap, `${q.id}: ${option.id} marked wrong`).toBeGreaterThan(1);
        if (option.id === rightOption(q).id) expect(gap, `${q.id}: ${option.id}`).toBe(0);
      }
    }
  });

  it('gives every structure of issue 14 a place in the quiz', () => {
    const places = (q: QuizQuestion): string[] => [
      ...(q.type === 'spread' || q.type === 'segments' ? [q.subject] : []),
      ...(q.type === 'innervation' ? [q.muscle] : []),
      rightOption(q).id,
    ];
    const placed = new Set(questions.flatMap(places));
    for (const id of [
      'sural_nerve',
      'superficial_fibular_nerve',
      'deep_fibular_nerve',
      'posterior_femoral_cutaneous_nerve',
      'superior_cluneal_nerves',
      'ilioinguinal_nerve',
      'genitofemoral_nerve',
      'obturator_internus',
      'gemellus_superior',
      'gemellus_inferior',
      'quadratus_femoris',
      'piriformis',
      'multifidus',
    ])
      expect(placed.has(id), id).toBe(true);
  });

  it('no wrong spread option for a root is a region its pain can reach', () => {
    const asked = questions.filter((q) => q.type === 'spread' && q.subject.endsWith('_nerve_root'));
    expect(new Set(asked.map((q) => q.type === 'spread' && q.subject)).size).toBe(6);
    for (const q of asked) {
      if (q.type !== 'spread') continue;
      for (const option of q.options)
        if (!isCorrect(q, option))
          expect(ROOT_PAIN[q.subject], `${q.id}: ${option.id} marked wrong`).not.toContain(option.id);
      for (const region of ROOT_PAIN[q.subject] ?? [])
        expect(isCorrect(q, { kind: 'region', id: region }), `${q.id}: tap on ${region}`).toBe(true);
      expect(ROOT_PAIN[q.subject], `${q.id}: the right option`).toContain(rightOption(q).id);
    }
  });

  it('no wrong spread option for a muscle is a region an examiner accepts, and a tap on each is right', () => {
    const asked = questions.filter((q) => q.type === 'spread' && !q.subject.endsWith('_nerve_root'));
    expect(asked.length).toBeGreaterThan(5);
    for (const q of asked) {
      if (q.type !== 'spread') continue;
      const accepted = MUSCLE_PAIN[q.subject];
      expect(accepted, `${q.subject} is asked but has no accepted list here`).toBeDefined();
      for (const option of q.options)
        if (!isCorrect(q, option))
          expect(accepted, `${q.id}: ${option.id} marked wrong`).not.toContain(option.id);
      for (const region of accepted ?? [])
        expect(isCorrect(q, { kind: 'region', id: region }), `${q.id}: tap on ${region}`).toBe(true);
    }
  });

  it('no wrong spread option for a muscle is where the muscle lies or where its claims reach', () => {
    for (const q of questions) {
      if (q.type !== 'spread') continue;
      const lies = structureById(q.subject).liesIn ?? [];
      const reached = spreadFrom(q.subject, side(q.subject)).map((s) => s.region);
      for (const option of q.options)
        if (!isCorrect(q, option)) {
          expect(lies, `${q.id}: ${option.id}`).not.toContain(option.id);
          expect(reached, `${q.id}: ${option.id}`).not.toContain(option.id);
        }
    }
  });

  it('claim questions ask only for what the claim names, and never offer a structure the claim speaks for', () => {
    for (const q of questions) {
      if (q.type !== 'claim-source') continue;
      const claim = CATALOGUE.claims.find((c) => c.id === q.claim)!;
      expect(claim.names.sources.length, q.id).toBeGreaterThan(0);
      for (const option of q.options)
        if (!isCorrect(q, option))
          expect(
            CATALOGUE.connections.some(
              (c) => c.claim === q.claim && c.from.kind === 'structure' && c.from.id === option.id,
            ),
            `${q.id}: ${option.id}`,
          ).toBe(false);
    }
  });

  it('claim questions ask where the trouble starts: a quote also names where it goes (K3: "hip")', () => {
    // K3 names the knee and the hip; the hip joint may be a wrong option only if the prompt asks for the
    // source, not for any joint the quote names.
    const k3 = questions.filter((q) => q.type === 'claim-source' && q.claim === 'K3');
    expect(k3.length).toBeGreaterThan(0);
    expect(k3.some((q) => q.options.some((o) => o.id === 'hip_joint'))).toBe(true);
    for (const q of questions) {
      if (q.type !== 'claim-source') continue;
      expect(studyEn[`quizClaimSource_${q.structureKind}`]).toMatch(/where the trouble starts/);
      expect(studyEs[`quizClaimSource_${q.structureKind}`]).toMatch(/donde empieza el problema/);
    }
  });
});

describe('quiz rounds', () => {
  it('never repeats a question within a round and mixes the kinds', () => {
    const pool = allQuestions(seededRandom(3));
    for (let seed = 0; seed < 20; seed++) {
      const round = quizRound(pool, seededRandom(seed), 6);
      expect(round).toHaveLength(6);
      expect(new Set(round.map((q) => q.id)).size).toBe(6);
      expect(new Set(round.map((q) => q.type)).size).toBe(5);
    }
  });

  it('stops at the pool size', () => {
    const pool = allQuestions(seededRandom(3)).slice(0, 4);
    expect(quizRound(pool, seededRandom(1), 10)).toHaveLength(4);
  });
});

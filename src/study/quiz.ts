/**
 * Quiz questions for PT students, all derived from the content and the pain graph, so that a change in the
 * content can never leave a wrong answer behind: which structure the article names in a claim, where pain
 * from a structure can be felt, which nerve supplies a muscle, which bone a ligament, meniscus or bursa is
 * fixed to or lies on. Answers are judged against the graph and the structures' own facts when given, not
 * against a stored key; and which spinal segments a muscle's or a nerve's fibres come from (the short hip
 * rotators, supplied straight from the sacral roots, have no single nerve to ask for, but their segments
 * can be asked).
 *
 * A quiz must never mark a correct answer wrong. So each question separates what is right by our facts
 * (the options' one right answer), what may also be defended (`acceptable`: a tap there counts as right),
 * and what is clearly wrong (the only pool wrong options are drawn from); see quizFacts.ts.
 */
import { CATALOGUE, claimById, structureById } from '../content';
import { STUDIED_STRUCTURES, studiedById } from '../content/facts';
import type { Structure, StructureKind } from '../content';
import { isPaired, REGION_IDS } from '../content/ids';
import type { ClaimId, RegionId, Side, StructureId } from '../content/ids';
import { isPain, spreadFrom } from '../anatomy';
import type { Focus, Selection } from '../state/types';
import {
  acceptableBones,
  acceptableInnervation,
  acceptableRegions,
  acceptableSegments,
  isNamedNerve,
  segmentsOf,
} from './quizFacts';

export type QuizAnswer =
  | { readonly kind: 'structure'; readonly id: StructureId }
  | { readonly kind: 'region'; readonly id: RegionId };

interface QuestionBase {
  /** Unique in the pool: a round never asks the same id twice. */
  readonly id: string;
  /** The choices shown as buttons: exactly one is right. */
  readonly options: readonly QuizAnswer[];
  /** What the body may be tapped for: structures or (with "where does it hurt?" picking) regions. */
  readonly taps: 'structure' | 'region';
}

/** "Tap the muscle the article means: «quote»" */
export interface ClaimSourceQuestion extends QuestionBase {
  readonly type: 'claim-source';
  readonly claim: ClaimId;
  readonly structureKind: StructureKind;
}

/** "Where can pain from an irritated L4 nerve root be felt?" */
export interface SpreadQuestion extends QuestionBase {
  readonly type: 'spread';
  readonly subject: StructureId;
}

/** "Which nerve supplies the tensor fasciae latae?" */
export interface InnervationQuestion extends QuestionBase {
  readonly type: 'innervation';
  readonly muscle: StructureId;
}

/** "Which of these spinal segments supplies the quadratus femoris?" (answered with a nerve root) */
export interface SegmentsQuestion extends QuestionBase {
  readonly type: 'segments';
  readonly subject: StructureId;
}

/** "Which bone does the anterior cruciate ligament attach to?" (a bursa: "lie on") */
export interface AttachmentQuestion extends QuestionBase {
  readonly type: 'attachment';
  readonly subject: StructureId;
}

export type QuizQuestion =
  ClaimSourceQuestion | SpreadQuestion | InnervationQuestion | SegmentsQuestion | AttachmentQuestion;

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One right option and up to three wrong ones, in a random order; null when there are too few wrong ones. */
function choices<T>(right: readonly T[], wrong: readonly T[], random: () => number): T[] | null {
  if (right.length === 0 || wrong.length < 2) return null;
  const pick = right[Math.floor(random() * right.length)]!;
  return shuffle([pick, ...shuffle(wrong, random).slice(0, 3)], random);
}

// The catalogue is fixed once loaded, so what the graph says about a structure can be kept.
const claimCache = new Map<StructureId, Set<ClaimId>>();
const regionCache = new Map<StructureId, Set<RegionId>>();
function memo<V>(cache: Map<StructureId, V>, id: StructureId, make: () => V): V {
  let value = cache.get(id);
  if (value === undefined) cache.set(id, (value = make()));
  return value;
}

const sideFor = (id: StructureId): Side | null => (isPaired(id) ? 'right' : null);

/** The claims the graph says a structure speaks for (either side: the graph is symmetric). */
const claimsOf = (id: StructureId): Set<ClaimId> =>
  memo(claimCache, id, () => new Set(spreadFrom(id, sideFor(id)).flatMap((spread) => spread.claims)));

/** Regions the graph says pain from a structure reaches, by the article or standard anatomy (ids). */
export const regionsOf = (id: StructureId): Set<RegionId> =>
  memo(
    regionCache,
    id,
    () =>
      new Set(
        spreadFrom(id, sideFor(id))
          .filter(isPain)
          .map((spread) => spread.region),
      ),
  );

const isRoot = (id: StructureId) => id.endsWith('_nerve_root');
/** A root's level as its facts write it: 'l4_nerve_root' -> 'L4'. */
const rootLevel = (id: StructureId): string => studiedById(id).nerve?.roots[0] ?? '';

/** Structures a claim's own words name (K2: the rectus femoris), not those standard anatomy adds. */
const namedBy = (claim: ClaimId): Set<StructureId> =>
  new Set(
    claimById(claim)
      .names.sources.filter((s) => s.kind === 'structure')
      .map((s) => s.id as StructureId),
  );

function claimSourceQuestions(random: () => number): ClaimSourceQuestion[] {
  const questions: ClaimSourceQuestion[] = [];
  for (const claim of CATALOGUE.claims) {
    if (claim.pathway === null) continue;
    const named = namedBy(claim.id);
    const kinds = new Set(CATALOGUE.structures.filter((s) => named.has(s.id)).map((s) => s.kind));
    for (const structureKind of kinds) {
      const ofKind = CATALOGUE.structures.filter((s) => s.kind === structureKind);
      const right = ofKind.filter((s) => named.has(s.id));
      // Structures standard anatomy ties to the claim are not offered as wrong: only those it never cites.
      const wrong = ofKind.filter((s) => !claimsOf(s.id).has(claim.id) && !named.has(s.id));
      const options = choices(right, wrong, random);
      if (!options) continue;
      questions.push({
        type: 'claim-source',
        id: `claim-source:${claim.id}:${structureKind}`,
        claim: claim.id,
        structureKind,
        taps: 'structure',
        options: options.map((s) => ({ kind: 'structure', id: s.id })),
      });
    }
  }
  return questions;
}

/** Nerve roots and muscles: the structures whose spread a student is asked to know. */
const spreadSubjects = (): Structure[] =>
  CATALOGUE.structures.filter((s) => (isRoot(s.id) || s.kind === 'muscle') && regionsOf(s.id).size > 0);

function spreadQuestions(random: () => number): SpreadQuestion[] {
  const questions: SpreadQuestion[] = [];
  for (const subject of spreadSubjects()) {
    const reached = regionsOf(subject.id);
    const acceptable = acceptableRegions(subject.id);
    const options = choices(
      REGION_IDS.filter((r) => reached.has(r)),
      REGION_IDS.filter((r) => !acceptable.has(r)),
      random,
    );
    if (!options) continue;
    questions.push({
      type: 'spread',
      id: `spread:${subject.id}`,
      subject: subject.id,
      taps: 'region',
      options: options.map((id) => ({ kind: 'region', id })),
    });
  }
  return questions;
}

function innervationQuestions(random: () => number): InnervationQuestion[] {
  const questions: InnervationQuestion[] = [];
  for (const muscle of STUDIED_STRUCTURES) {
    const nerves = muscle.muscle?.innervation.nerves ?? [];
    // Supplied straight from the roots (erector spinae, piriformis): no single named nerve to ask for.
    if (nerves.length === 0 || nerves.some(isRoot)) continue;
    const acceptable = acceptableInnervation(muscle.id);
    // Wrong choices are named nerves (no roots, no plexus) that no reading of the facts makes right.
    const wrong = CATALOGUE.structures.filter((n) => isNamedNerve(n.id) && !acceptable.has(n.id));
    const options = choices(nerves.map(structureById), wrong, random);
    if (!options) continue;
    questions.push({
      type: 'innervation',
      id: `innervation:${muscle.id}`,
      muscle: muscle.id,
      taps: 'structure',
      options: options.map((s) => ({ kind: 'structure', id: s.id })),
    });
  }
  return questions;
}

/**
 * Muscles and named nerves by their spinal segments: one root of the model among the options is one of the
 * subject's segments; the wrong ones lie two levels or more from every segment it has (acceptableSegments).
 * A subject whose segments leave fewer than two such roots (multifidus, L1-S3) is not asked.
 */
function segmentsQuestions(random: () => number): SegmentsQuestion[] {
  const questions: SegmentsQuestion[] = [];
  const roots = CATALOGUE.structures.filter((s) => isRoot(s.id));
  for (const subject of STUDIED_STRUCTURES) {
    if (subject.kind !== 'muscle' && !(subject.kind === 'nerve' && isNamedNerve(subject.id))) continue;
    const segments = new Set(segmentsOf(subject.id));
    const acceptable = acceptableSegments(subject.id);
    const options = choices(
      roots.filter((r) => segments.has(rootLevel(r.id))),
      roots.filter((r) => !acceptable.has(r.id)),
      random,
    );
    if (!options) continue;
    questions.push({
      type: 'segments',
      id: `segments:${subject.id}`,
      subject: subject.id,
      taps: 'structure',
      options: options.map((s) => ({ kind: 'structure', id: s.id })),
    });
  }
  return questions;
}

/** Ligaments, menisci and bursae: which bone each is fixed to, or lies on. */
function attachmentQuestions(random: () => number): AttachmentQuestion[] {
  const questions: AttachmentQuestion[] = [];
  for (const subject of STUDIED_STRUCTURES) {
    const bones = subject.attachment?.bones ?? [];
    const acceptable = acceptableBones(subject.id);
    const wrong = CATALOGUE.structures.filter((b) => b.kind === 'bone' && !acceptable.has(b.id));
    const options = choices(bones.map(structureById), wrong, random);
    if (!options) continue;
    questions.push({
      type: 'attachment',
      id: `attachment:${subject.id}`,
      subject: subject.id,
      taps: 'structure',
      options: options.map((s) => ({ kind: 'structure', id: s.id })),
    });
  }
  return questions;
}

/** Every question the content supports (options drawn with `random`). */
export function allQuestions(random: () => number = Math.random): QuizQuestion[] {
  return [
    ...claimSourceQuestions(random),
    ...spreadQuestions(random),
    ...innervationQuestions(random),
    ...segmentsQuestions(random),
    ...attachmentQuestions(random),
  ];
}

/**
 * Whether an answer counts as right: a structure of the asked kind that the claim names or speaks for; a
 * region the subject's pain can reach or that can be defended (acceptableRegions); a nerve that carries the
 * muscle's supply (acceptableInnervation). Only clearly wrong answers are marked wrong.
 */
export function isCorrect(question: QuizQuestion, answer: QuizAnswer): boolean {
  switch (question.type) {
    case 'claim-source':
      return (
        answer.kind === 'structure' &&
        structureById(answer.id).kind === question.structureKind &&
        (claimsOf(answer.id).has(question.claim) || namedBy(question.claim).has(answer.id))
      );
    case 'spread':
      return answer.kind === 'region' && acceptableRegions(question.subject).has(answer.id);
    case 'innervation':
      return answer.kind === 'structure' && acceptableInnervation(question.muscle).has(answer.id);
    case 'segments':
      return answer.kind === 'structure' && acceptableSegments(question.subject).has(answer.id);
    case 'attachment':
      return answer.kind === 'structure' && acceptableBones(question.subject).has(answer.id);
  }
}

/** A tap on the body as an answer: structures for structure questions, regions for region questions. */
export function answerOfSelection(question: QuizQuestion, selection: Selection | null): QuizAnswer | null {
  if (!selection || selection.kind !== question.taps) return null;
  return selection.kind === 'structure'
    ? { kind: 'structure', id: selection.id }
    : { kind: 'region', id: selection.id };
}

/** The right option among the choices (exactly one by construction). */
export const rightOption = (question: QuizQuestion): QuizAnswer => {
  const right = question.options.find((option) => isCorrect(question, option));
  if (!right) throw new Error(`${question.id} has no right option`);
  return right;
};

/** The article's claims behind a right answer, for the feedback quote. */
export function claimsForFeedback(question: QuizQuestion): ClaimId[] {
  switch (question.type) {
    case 'claim-source':
      return [question.claim];
    case 'spread': {
      const right = rightOption(question);
      const spreads = spreadFrom(question.subject, sideFor(question.subject)).filter(isPain);
      return [...new Set(spreads.filter((s) => s.region === right.id).flatMap((s) => s.claims))];
    }
    case 'innervation':
    case 'segments':
    case 'attachment':
      return [];
  }
}

/** What the scene shows once a question is answered: the right structures with the claim's spread. */
export function focusForFeedback(question: QuizQuestion): Focus | null {
  switch (question.type) {
    case 'claim-source': {
      const named = namedBy(question.claim);
      const structures = CATALOGUE.structures
        .filter((s) => s.kind === question.structureKind && named.has(s.id))
        .map((s) => ({ id: s.id, side: sideFor(s.id) }));
      return { claim: question.claim, structures };
    }
    case 'spread': {
      const claim = claimsForFeedback(question)[0];
      return claim
        ? { claim, structures: [{ id: question.subject, side: sideFor(question.subject) }] }
        : null;
    }
    case 'innervation':
    case 'segments':
    case 'attachment':
      return null;
  }
}

export const ROUND_SIZE = 6;

/** A round: distinct questions, mixed across the types where the pool allows. */
export function quizRound(
  pool: readonly QuizQuestion[],
  random: () => number = Math.random,
  size = ROUND_SIZE,
): QuizQuestion[] {
  const byType = new Map<QuizQuestion['type'], QuizQuestion[]>();
  for (const q of shuffle(pool, random)) byType.set(q.type, [...(byType.get(q.type) ?? []), q]);
  const round: QuizQuestion[] = [];
  const seen = new Set<string>();
  // Deal one of each type in turn, so a round is not six of a kind.
  while (round.length < size && [...byType.values()].some((list) => list.length > 0))
    for (const list of byType.values()) {
      const q = list.shift();
      if (q && !seen.has(q.id) && round.length < size) {
        seen.add(q.id);
        round.push(q);
      }
    }
  return round;
}

import { describe, expect, it } from 'vitest';
import { CATALOGUE, structureById } from '../content';
import { isPaired } from '../content/ids';
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

const side = (id: Parameters<typeof isPaired>[0]) => (isPaired(id) ? 'right' : null);

/** An independent oracle: reads the connections table directly instead of the quiz's graph helpers. */
function oracle(question: QuizQuestion, answer: QuizQuestion['options'][number]): boolean {
  switch (question.type) {
    case 'claim-source':
      return (
        answer.kind === 'structure' &&
        structureById(answer.id).kind === question.structureKind &&
        CATALOGUE.connections.some(
          (c) =>
            c.claim === question.claim &&
            ((c.from.kind === 'structure' && c.from.id === answer.id) ||
              (c.path?.indexOf(answer.id) ?? -1) > 0),
        )
      );
    case 'spread':
      return (
        answer.kind === 'region' &&
        spreadFrom(question.subject, side(question.subject)).some((s) => s.region === answer.id)
      );
    case 'innervation':
      return (
        answer.kind === 'structure' && answer.id === structureById(question.muscle).muscle!.innervation.nerve
      );
  }
}

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

  it('covers the three kinds of question, with unique ids', () => {
    const pool = allQuestions(seededRandom(7));
    expect(new Set(pool.map((q) => q.id)).size).toBe(pool.length);
    expect(new Set(pool.map((q) => q.type))).toEqual(new Set(['claim-source', 'spread', 'innervation']));
  });

  it('asks the issue’s examples with the right answers', () => {
    const pool = allQuestions(seededRandom(5));
    const k2 = pool.find((q) => q.id === 'claim-source:K2:muscle')!;
    expect(rightOption(k2)).toEqual({ kind: 'structure', id: 'rectus_femoris' });
    const tfl = pool.find((q) => q.id === 'innervation:tensor_fasciae_latae')!;
    expect(rightOption(tfl)).toEqual({ kind: 'structure', id: 'superior_gluteal_nerve' });
    const l4 = pool.find((q) => q.id === 'spread:l4_nerve_root')!;
    expect(isCorrect(l4, { kind: 'region', id: 'front_of_knee' })).toBe(true);
    expect(isCorrect(l4, { kind: 'region', id: 'calf' })).toBe(false);
  });

  it('takes a tap on either side, and only of the kind asked', () => {
    const pool = allQuestions(seededRandom(5));
    const k2 = pool.find((q) => q.id === 'claim-source:K2:muscle')!;
    for (const s of ['left', 'right'] as const) {
      const answer = answerOfSelection(k2, { kind: 'structure', id: 'rectus_femoris', side: s })!;
      expect(isCorrect(k2, answer)).toBe(true);
    }
    expect(answerOfSelection(k2, { kind: 'region', id: 'front_of_knee', side: 'left' })).toBeNull();
    expect(isCorrect(k2, { kind: 'structure', id: 'quadriceps_tendon' })).toBe(false);
  });

  it('gives feedback that quotes claims behind the right answer and focuses cited structures', () => {
    for (const question of allQuestions(seededRandom(9))) {
      const focus = focusForFeedback(question);
      if (question.type === 'innervation') {
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

describe('quiz rounds', () => {
  it('never repeats a question within a round and mixes the kinds', () => {
    const pool = allQuestions(seededRandom(3));
    for (let seed = 0; seed < 20; seed++) {
      const round = quizRound(pool, seededRandom(seed), 6);
      expect(round).toHaveLength(6);
      expect(new Set(round.map((q) => q.id)).size).toBe(6);
      expect(new Set(round.map((q) => q.type)).size).toBe(3);
    }
  });

  it('stops at the pool size', () => {
    const pool = allQuestions(seededRandom(3)).slice(0, 4);
    expect(quizRound(pool, seededRandom(1), 10)).toHaveLength(4);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { useExplorer } from '../state/store';
import { useTour } from './tourStore';
import { allQuestions } from './quiz';
import { seededRandom } from '../lib/seededRandom';
import { closeQuiz, nextQuestion, rightNodeNames, startQuiz, startQuizTaps, useQuiz } from './quizSession';

const pool = allQuestions(seededRandom(11));
const pick = (...ids: string[]) => ids.map((id) => pool.find((q) => q.id === id)!);

describe('quiz session', () => {
  let stop: () => void = () => {};
  afterEach(() => {
    stop();
    closeQuiz();
  });

  it('answers by taps on the body, scores, and shows the answer in the scene', () => {
    stop = startQuizTaps();
    useTour.getState().open({ claim: 'K2' });
    startQuiz(pick('claim-source:K2:muscle', 'spread:l4_nerve_root'));
    expect(useTour.getState().index).toBeNull();
    expect(useExplorer.getState().pickRegions).toBe(false);
    expect(rightNodeNames()).toEqual(['rectus_femoris_l', 'rectus_femoris_r']);

    useExplorer.getState().select({ kind: 'structure', id: 'rectus_femoris', side: 'left' });
    expect(useQuiz.getState().phase).toBe('answered');
    expect(useQuiz.getState().given).toEqual([
      { answer: { kind: 'structure', id: 'rectus_femoris' }, right: true },
    ]);
    expect(useExplorer.getState().focus?.claim).toBe('K2');

    nextQuestion();
    expect(useExplorer.getState().focus).toBeNull();
    expect(useExplorer.getState().pickRegions).toBe(true); // region question: taps pick regions
    expect(useExplorer.getState().regionTaps).toBe('select'); // ...and select one, not mark it
    useExplorer.getState().select({ kind: 'structure', id: 'femur', side: 'left' }); // not a region: ignored
    expect(useQuiz.getState().phase).toBe('asking');
    useExplorer.getState().pickRegion({ region: 'back_of_knee', side: 'right' });
    expect(useQuiz.getState().given.at(-1)?.right).toBe(false);
    expect(useExplorer.getState().hurts).toEqual([]); // answered, not marked as a place that hurts
    expect(useExplorer.getState().regionTaps).toBe('mark');
    nextQuestion();
    expect(useQuiz.getState().phase).toBe('done');
    expect(useQuiz.getState().given.filter((g) => g.right)).toHaveLength(1);
    expect(useExplorer.getState().pickRegions).toBe(false);
  });

  it('ignores taps once a question is answered', () => {
    stop = startQuizTaps();
    startQuiz(pick('claim-source:K2:muscle'));
    useExplorer.getState().select({ kind: 'structure', id: 'femur', side: 'left' });
    useExplorer.getState().select({ kind: 'structure', id: 'rectus_femoris', side: 'left' });
    expect(useQuiz.getState().given).toHaveLength(1);
    expect(useQuiz.getState().given[0]?.right).toBe(false);
  });
});

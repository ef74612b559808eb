/**
 * The quiz's own small store: the round, where the student is, the answers given; and closing a round.
 * Light on purpose (no question maker): the quiz button and the tour read it from the start, while the
 * quiz itself (quizSession.ts, quiz.ts) loads with the study cards (src/ui/StudyCards.tsx).
 */
import { create } from 'zustand';
import { forgetOnReset } from '../state/patientReset';
import { useExplorer } from '../state/store';
import type { QuizAnswer, QuizQuestion } from './quiz';

export interface GivenAnswer {
  readonly answer: QuizAnswer;
  readonly right: boolean;
}

export interface QuizSession {
  readonly round: readonly QuizQuestion[];
  readonly index: number;
  readonly phase: 'closed' | 'asking' | 'answered' | 'done';
  readonly given: readonly GivenAnswer[];
}

export const useQuiz = create<QuizSession>()(() => ({ round: [], index: 0, phase: 'closed', given: [] }));

/** Sets the scene up for a question: nothing selected or lit, taps pick regions for region questions. */
export function ask(question: QuizQuestion | undefined) {
  const explorer = useExplorer.getState();
  explorer.setFocus(null);
  explorer.select(null);
  // A region question is answered by selecting the region, not by marking it as a place that hurts.
  const regions = question?.taps === 'region';
  explorer.setPickRegions(regions, regions ? 'select' : 'mark');
}

export function closeQuiz() {
  useQuiz.setState({ round: [], index: 0, phase: 'closed', given: [] });
  ask(undefined);
}

// A round in progress, with its answers, goes at a kiosk reset.
forgetOnReset('quiz', () => {
  if (useQuiz.getState().phase !== 'closed') closeQuiz();
});

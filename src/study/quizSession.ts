/**
 * A quiz round as it is played: the questions, where the student is, the answers given. While a question
 * is open, a tap on the body (the store's selection) answers it; after an answer the scene shows the right
 * structures with the claim's spread (store focus). The round itself is kept in quizStore.ts.
 */
import { CATALOGUE } from '../content';
import { nodeName, REGION_IDS, SIDES, isPaired } from '../content/ids';
import { useExplorer } from '../state/store';
import { useTour } from './tourStore';
import { ask, useQuiz } from './quizStore';
import {
  allQuestions,
  answerOfSelection,
  focusForFeedback,
  isCorrect,
  quizRound,
  rightOption,
  type QuizAnswer,
  type QuizQuestion,
} from './quiz';

export { closeQuiz, useQuiz } from './quizStore';
export type { GivenAnswer, QuizSession } from './quizStore';

const current = (): QuizQuestion | undefined => {
  const { round, index } = useQuiz.getState();
  return round[index];
};

export function startQuiz(round: readonly QuizQuestion[] = quizRound(allQuestions())) {
  useTour.getState().close();
  useQuiz.setState({ round, index: 0, phase: 'asking', given: [] });
  ask(round[0]);
}

export function answerQuiz(answer: QuizAnswer) {
  const question = current();
  if (!question || useQuiz.getState().phase !== 'asking') return;
  const right = isCorrect(question, answer);
  useQuiz.setState((s) => ({ phase: 'answered', given: [...s.given, { answer, right }] }));
  const explorer = useExplorer.getState();
  explorer.setPickRegions(false);
  const focus = focusForFeedback(question);
  if (focus) explorer.setFocus(focus);
  else {
    // No claim behind an innervation answer: show the nerve itself, selected.
    const nerve = rightOption(question);
    if (nerve.kind === 'structure')
      explorer.select({ kind: 'structure', id: nerve.id, side: isPaired(nerve.id) ? 'right' : null });
  }
}

export function nextQuestion() {
  const { index, round } = useQuiz.getState();
  if (index + 1 >= round.length) {
    useQuiz.setState({ phase: 'done' });
    ask(undefined);
    return;
  }
  useQuiz.setState({ index: index + 1, phase: 'asking' });
  ask(round[index + 1]);
}

/** Every node on the body that answers the current question rightly (derived from the graph), for tests. */
export function rightNodeNames(): string[] {
  const question = current();
  if (!question) return [];
  const names: string[] = [];
  if (question.taps === 'region') {
    for (const id of REGION_IDS)
      if (isCorrect(question, { kind: 'region', id }))
        for (const side of SIDES) names.push(nodeName(id, side));
  } else
    for (const s of CATALOGUE.structures)
      if (isCorrect(question, { kind: 'structure', id: s.id }))
        names.push(...(isPaired(s.id) ? SIDES.map((side) => nodeName(s.id, side)) : [s.id]));
  return names;
}

/** While mounted: a tap on the body answers the open question. Returns a function that stops it. */
export function startQuizTaps(): () => void {
  return useExplorer.subscribe((state, previous) => {
    if (state.selection === previous.selection || useQuiz.getState().phase !== 'asking') return;
    const question = current();
    const answer = question ? answerOfSelection(question, state.selection) : null;
    if (answer) answerQuiz(answer);
  });
}

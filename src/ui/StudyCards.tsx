import { LabelsOverlay } from './LabelsOverlay';
import { QuizCard } from './QuizPanel';
import { TourCard } from './TourPanel';

export { startQuiz } from '../study/quizSession';

/** The tour's card, the quiz's card and the labels, with their effects: the study chunk (studyChunk.ts). */
export default function StudyCards() {
  return (
    <>
      <TourCard />
      <QuizCard />
      <LabelsOverlay />
    </>
  );
}

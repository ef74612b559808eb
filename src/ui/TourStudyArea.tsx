import { useExplorer } from '../state/store';
import { useStudyStrings } from '../study/strings';
import { LabelsButton, LabelsOverlay } from './LabelsOverlay';
import { QuizButton, QuizCard } from './QuizPanel';
import { TourButton, TourCard } from './TourPanel';

/** The guided tour for everyone; labels and the quiz in student mode. Mounted at the top of the panel. */
export function TourStudyArea() {
  const t = useStudyStrings();
  const student = useExplorer((s) => s.mode === 'student');
  return (
    <>
      <div className="study-bar" role="group" aria-label={`${t('tourOpen')} · ${t('quizOpen')}`}>
        <TourButton />
        {student && <QuizButton />}
        {student && <LabelsButton />}
      </div>
      <TourCard />
      <QuizCard />
      <LabelsOverlay />
    </>
  );
}

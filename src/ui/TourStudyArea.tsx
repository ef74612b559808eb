import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useKiosk } from '../state/kiosk';
import { labelStore } from '../state/labelAnchors';
import { useExplorer } from '../state/store';
import { useQuiz } from '../study/quizStore';
import { useButtonStrings } from '../study/buttonStrings';
import { useTour } from '../study/tourStore';
import { LabelsButton, QuizButton, TourButton } from './StudyButtons';
import { loadAnatomyFacts, loadStudyCards } from './studyChunk';
import { useAfterSceneStart } from '../state/useAfterSceneStart';
// The study bar's styles are here; the cards' come with them (same file: the bar must not shift on load).
import '../study/study.css';

const StudyCards = lazy(loadStudyCards);

/**
 * True once the scene has started and the page has been idle, or at once when the tour, a quiz or the
 * labels are wanted, or on a kiosk (its attract loop must be ready for the first idle reset); stays true.
 */
function useStudyWanted(): boolean {
  const touring = useTour((s) => s.index !== null);
  const quizzing = useQuiz((s) => s.phase !== 'closed');
  const kiosk = useKiosk((s) => s.enabled);
  const labels = useStore(labelStore, (s) => s.enabled);
  const asked = touring || quizzing || labels || kiosk;
  const [wanted, setWanted] = useState(() => new URLSearchParams(window.location.search).has('tour'));
  // Otherwise after the scene's first frame, so the chunk never competes with it.
  const idle = useAfterSceneStart();
  // Asked for, or idle: keep the cards from now on (state set while rendering, as React documents for state
  // that follows other state).
  if ((asked || idle) && !wanted) setWanted(true);
  useEffect(() => {
    if (idle) void loadAnatomyFacts();
  }, [idle]);
  return wanted;
}

/** While the study chunk loads for a tour that is already open: one line, announced. */
function StudyLoading() {
  const t = useButtonStrings();
  const open = useTour((s) => s.index !== null);
  return open ? (
    <p className="hint" role="status" data-testid="study-loading">
      {t('studyLoading')}
    </p>
  ) : null;
}

/** The guided tour for everyone; labels and the quiz in student mode. Mounted at the top of the panel. */
export function TourStudyArea() {
  const t = useButtonStrings();
  const student = useExplorer((s) => s.mode === 'student');
  const wanted = useStudyWanted();
  return (
    <>
      <div className="study-bar" role="group" aria-label={`${t('tourOpen')} · ${t('quizOpen')}`}>
        <TourButton />
        {student && <QuizButton />}
        {student && <LabelsButton />}
      </div>
      {wanted && (
        <Suspense fallback={<StudyLoading />}>
          <StudyCards />
        </Suspense>
      )}
    </>
  );
}

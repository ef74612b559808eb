import { useState } from 'react';
import { useStore } from 'zustand';
import { labelStore, setLabelsEnabled } from '../state/labelAnchors';
import { useQuiz, closeQuiz } from '../study/quizStore';
import { useButtonStrings } from '../study/buttonStrings';
import { useTour } from '../study/tourStore';
import { loadStudyCards } from './studyChunk';
import { ToggleButton } from './ToggleButton';

/** Opens the guided tour from its first step, playing (its card shows once the study chunk is in). */
export function TourButton() {
  const t = useButtonStrings();
  const open = useTour((s) => s.index !== null);
  if (open) return null;
  return (
    <button
      type="button"
      className="button"
      data-testid="tour-open"
      onClick={() => {
        if (useQuiz.getState().phase !== 'closed') closeQuiz();
        useTour.getState().open({ play: true });
      }}
    >
      {t('tourOpen')}
    </button>
  );
}

/** Starts a new round (student mode): the questions are made by the study chunk, fetched if not in yet. */
export function QuizButton() {
  const t = useButtonStrings();
  const phase = useQuiz((s) => s.phase);
  const [starting, setStarting] = useState(false);
  if (phase !== 'closed') return null;
  return (
    <button
      type="button"
      className="button"
      data-testid="quiz-open"
      aria-busy={starting || undefined}
      onClick={() => {
        if (starting) return;
        setStarting(true);
        void loadStudyCards()
          .then((study) => study.startQuiz())
          .finally(() => setStarting(false));
      }}
    >
      {starting ? t('studyLoading') : t('quizOpen')}
    </button>
  );
}

/** The "Labels" switch (student mode); the labels draw once the study chunk is in. */
export function LabelsButton() {
  const t = useButtonStrings();
  const enabled = useStore(labelStore, (s) => s.enabled);
  return (
    <ToggleButton pressed={enabled} data-testid="labels-toggle" onToggle={setLabelsEnabled}>
      {t('labelsToggle')}
    </ToggleButton>
  );
}

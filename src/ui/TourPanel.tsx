import { useEffect, useRef } from 'react';
import { structureById } from '../content';
import { startTourController } from '../study/tourController';
import { useTour } from '../study/tourStore';
import { useExplorer } from '../state/store';
import { gradeInStep, TOUR_STEPS } from '../study/tourSteps';
import { useStudyStrings } from '../study/strings';
import { ClaimQuote } from './ClaimQuote';
import { GradeTag } from './GradeTag';
import { useStrings } from './i18n/useStrings';
import { structureName, withSide } from './names';
import { ToggleButton } from './ToggleButton';
import '../study/study.css';

const hasSpeech = () => typeof window !== 'undefined' && 'speechSynthesis' in window;

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Arrow keys move between steps, Escape closes, anywhere on the page but in a text field. */
function useTourKeys(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const tour = useTour.getState();
      if (event.key === 'ArrowRight') tour.next();
      else if (event.key === 'ArrowLeft') tour.previous();
      else if (event.key === 'Escape') tour.close();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}

/** A horizontal swipe on the card: left for the next step, right for the previous. */
function useSwipe() {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onPointerDown: (e: React.PointerEvent) => {
      start.current = { x: e.clientX, y: e.clientY };
    },
    onPointerUp: (e: React.PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from) return;
      const dx = e.clientX - from.x;
      if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(e.clientY - from.y) * 1.5) return;
      if (dx < 0) useTour.getState().next();
      else useTour.getState().previous();
    },
  };
}

/**
 * The guided tour: each of the article's claims in its order, with its words, the structures the scene
 * shows for it, and next / previous / play-pause / read aloud. Also runs the tour's effects (focus, link,
 * timer, kiosk attract loop) while mounted.
 */
export function TourCard() {
  const t = useStudyStrings();
  const ui = useStrings();
  const lang = useExplorer((s) => s.lang);
  const mode = useExplorer((s) => s.mode);
  const { index, playing, narrate, attract } = useTour();
  const heading = useRef<HTMLHeadingElement>(null);
  const swipe = useSwipe();
  useEffect(() => startTourController(), []);
  useTourKeys(index !== null);
  const open = index !== null;
  useEffect(() => {
    if (open && !useTour.getState().attract) heading.current?.focus({ preventScroll: false });
  }, [open]);

  if (index === null) return null;
  const step = TOUR_STEPS[index];
  if (!step) return null;
  const tour = useTour.getState();
  const total = TOUR_STEPS.length;
  return (
    <section
      className="tour"
      aria-labelledby="tour-title"
      data-testid="tour"
      data-step={step.claim.id}
      data-attract={attract}
      {...swipe}
    >
      <h2 id="tour-title" ref={heading} tabIndex={-1}>
        {t('tourHeading')}
      </h2>
      <p className="tour__progress" data-testid="tour-progress">
        {t('tourStep', { n: String(index + 1), total: String(total) })}
      </p>
      <div aria-live={playing ? 'off' : 'polite'}>
        {step.intro && <p data-testid="tour-intro">{step.intro[lang]}</p>}
        <ClaimQuote id={step.claim.id} tourLink={false} />
        {step.focus && (
          <div className="tour__shown" data-testid="tour-shown">
            {(['article', 'anatomy'] as const).map((grade) => {
              const shown = step.focus!.structures.filter((s) => gradeInStep(step, s) === grade);
              if (shown.length === 0) return null;
              return (
                <p key={grade} data-testid={`tour-shown-${grade}`}>
                  <GradeTag grade={grade} />:{' '}
                  {shown
                    .map(({ id, side }) => withSide(structureName(structureById(id), mode, lang), side, ui))
                    .join(' · ')}
                </p>
              );
            })}
          </div>
        )}
      </div>
      {attract && <p className="hint">{t('tourAttract')}</p>}
      <div className="tour__controls">
        <button
          type="button"
          className="button"
          data-testid="tour-previous"
          disabled={index === 0}
          onClick={tour.previous}
        >
          ‹ {t('tourPrevious')}
        </button>
        <ToggleButton pressed={playing} data-testid="tour-play" onToggle={tour.setPlaying}>
          {playing ? t('tourPause') : t('tourPlay')}
        </ToggleButton>
        <button
          type="button"
          className="button"
          data-testid="tour-next"
          disabled={index === total - 1}
          onClick={tour.next}
        >
          {t('tourNext')} ›
        </button>
        {hasSpeech() && (
          <ToggleButton pressed={narrate} data-testid="tour-narrate" onToggle={tour.setNarrate}>
            {t('tourNarrate')}
          </ToggleButton>
        )}
        <button type="button" className="button button--quiet" data-testid="tour-close" onClick={tour.close}>
          {t('tourClose')}
        </button>
      </div>
      <p className="hint">{t('tourKeys')}</p>
    </section>
  );
}

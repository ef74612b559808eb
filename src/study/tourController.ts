import { useExplorer } from '../state/store';
import { useKiosk } from '../state/kiosk';
import { useTour } from './tourStore';
import { stepDurationMs } from './tourStore';
import { TOUR_STEPS } from './tourSteps';
import { CLAIM_IDS } from '../content/ids';
import type { ClaimId } from '../content/ids';
import type { Lang } from '../state/types';

/** The words a step shows (and reads aloud): our intro for general claims, then the quote or translation. */
export function stepText(index: number, lang: Lang): string {
  const step = TOUR_STEPS[index];
  if (!step) return '';
  const quote = lang === 'es' ? step.claim.translation.es : step.claim.quote.replace(/\s+/g, ' ');
  return step.intro ? `${step.intro[lang]} ${quote}` : quote;
}

/** Reads `?tour=K2`; an unknown value is ignored. */
export function tourClaimFromSearch(search: string): ClaimId | null {
  const value = new URLSearchParams(search).get('tour');
  return value !== null && (CLAIM_IDS as readonly string[]).includes(value.toUpperCase())
    ? (value.toUpperCase() as ClaimId)
    : null;
}

const ATTRACT_STOP_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

/**
 * Runs the tour's effects: each step sets the scene's focus, the address bar carries `tour=<claim>`, a
 * playing tour advances on a timer (after the narration when it reads aloud), a kiosk idle reset starts
 * the attract loop and the first touch ends it. Returns a function that stops it all.
 */
export function startTourController(win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const speech = 'speechSynthesis' in win ? win.speechSynthesis : null;
  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (ms: number) => {
    clearTimer();
    timer = setTimeout(() => useTour.getState().next(), ms);
  };

  const writeUrl = (index: number | null) => {
    const url = new URL(win.location.href);
    // The kiosk's attract loop is nobody's view: a reload (an update applied at the idle reset) must
    // come back to the start, not to a step of it.
    const claim = index === null || useTour.getState().attract ? null : (TOUR_STEPS[index]?.claim.id ?? null);
    if (claim) url.searchParams.set('tour', claim);
    else url.searchParams.delete('tour');
    if (url.href !== win.location.href) win.history.replaceState(win.history.state, '', url.href);
  };

  const show = () => {
    const { index, playing, narrate } = useTour.getState();
    const lang = useExplorer.getState().lang;
    clearTimer();
    speech?.cancel();
    useExplorer.getState().setFocus(index === null ? null : (TOUR_STEPS[index]?.focus ?? null));
    writeUrl(index);
    if (index === null) return;
    const text = stepText(index, lang);
    if (narrate && speech && typeof SpeechSynthesisUtterance !== 'undefined') {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang === 'es' ? 'es-ES' : 'en-US';
      // After the words (or if the voice fails), a playing tour goes on.
      utterance.onend = utterance.onerror = () => {
        if (useTour.getState().playing && useTour.getState().index === index) schedule(1200);
      };
      speech.speak(utterance);
    } else if (playing) schedule(stepDurationMs(text));
  };

  const stopAttract = () => {
    if (!useTour.getState().attract) return;
    useTour.getState().close();
    useExplorer.getState().resetView();
  };

  const unsubscribeTour = useTour.subscribe((state, previous) => {
    if (state.index !== previous.index || state.narrate !== previous.narrate) show();
    else if (state.playing !== previous.playing) {
      if (state.playing && state.index !== null && !(state.narrate && speech?.speaking))
        schedule(stepDurationMs(stepText(state.index, useExplorer.getState().lang)));
      if (!state.playing) clearTimer();
    }
    if (state.attract !== previous.attract) {
      for (const name of ATTRACT_STOP_EVENTS)
        if (state.attract) win.addEventListener(name, stopAttract, { capture: true, passive: true });
        else win.removeEventListener(name, stopAttract, { capture: true });
    }
  });
  // Tapping a structure while the tour shows a step means "let me look at this": the tour gives way.
  const unsubscribeExplorer = useExplorer.subscribe((state, previous) => {
    if (
      state.selection !== previous.selection &&
      state.selection !== null &&
      useTour.getState().index !== null
    )
      useTour.getState().close();
  });
  // A kiosk left alone goes back to its start view (kiosk.ts) and then plays the tour as an attract loop.
  const unsubscribeKiosk = useKiosk.subscribe((state, previous) => {
    if (state.enabled && state.resets > previous.resets) useTour.getState().open({ attract: true });
  });

  useTour.setState({ available: true });
  const claim = tourClaimFromSearch(win.location.search);
  // A tour opened before the controller started (it loads with the study chunk, on demand) shows now.
  if (useTour.getState().index !== null) show();
  else if (claim) useTour.getState().open({ claim });

  return () => {
    useTour.setState({ available: false });
    clearTimer();
    speech?.cancel();
    unsubscribeTour();
    unsubscribeExplorer();
    unsubscribeKiosk();
    for (const name of ATTRACT_STOP_EVENTS) win.removeEventListener(name, stopAttract, { capture: true });
  };
}

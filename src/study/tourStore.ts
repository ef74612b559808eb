import { create } from 'zustand';
import type { ClaimId } from '../content/ids';
import { TOUR_LENGTH, tourIndexOf } from './tourOrder';
import { forgetOnReset } from '../state/patientReset';

/** The guided tour: which step is open (null: closed), whether it plays on its own, reads aloud, loops. */
export interface TourState {
  readonly index: number | null;
  readonly playing: boolean;
  /** Kiosk attract loop: plays round and round until the first touch. */
  readonly attract: boolean;
  /** Read each step aloud (browser speech synthesis); off until asked for. */
  readonly narrate: boolean;
  /** Whether this page runs the tour (the embed does not): links into it show only then. */
  readonly available: boolean;
  open(options?: { claim?: ClaimId; play?: boolean; attract?: boolean }): void;
  close(): void;
  next(): void;
  previous(): void;
  setPlaying(playing: boolean): void;
  setNarrate(narrate: boolean): void;
}

const LAST = TOUR_LENGTH - 1;

export const useTour = create<TourState>()((set, get) => ({
  index: null,
  playing: false,
  attract: false,
  narrate: false,
  available: false,
  open: ({ claim, play = false, attract = false } = {}) => {
    const found = claim ? tourIndexOf(claim) : 0;
    set({ index: Math.max(found, 0), playing: play || attract, attract });
  },
  close: () => set({ index: null, playing: false, attract: false }),
  next: () => {
    const { index, attract } = get();
    if (index === null) return;
    if (index < LAST) set({ index: index + 1 });
    else if (attract) set({ index: 0 });
    else set({ playing: false });
  },
  previous: () => {
    const { index } = get();
    if (index !== null && index > 0) set({ index: index - 1 });
  },
  setPlaying: (playing) => set({ playing }),
  setNarrate: (narrate) => set({ narrate }),
}));

// A patient's tour (its step, autoplay, reading aloud) goes at a kiosk reset; the attract loop starts after.
forgetOnReset('tour', () => {
  useTour.getState().close();
  useTour.getState().setNarrate(false);
});

/** How long a playing step stays: time to read its words, within bounds. */
export function stepDurationMs(text: string): number {
  return Math.min(Math.max(text.length * 55, 7000), 16000);
}

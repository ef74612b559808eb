import { create } from 'zustand';
import { useExplorer } from './store';
import { DEFAULT_URL_STATE } from './types';
import type { Lang } from './types';

/** Link parameters that belong to the kiosk, not to the shared view; syncUrl keeps them as they are. */
export const KIOSK_PARAMS = ['kiosk', 'idle'] as const;

export const DEFAULT_IDLE_SECONDS = 90;
/** Bounds for `idle=`: shorter than 3 s would reset under a reading patient; a day is "never". */
export const MIN_IDLE_SECONDS = 3;
export const MAX_IDLE_SECONDS = 86_400;

export interface KioskConfig {
  readonly enabled: boolean;
  /** Seconds without a touch before the explorer goes back to its start view. */
  readonly idleSeconds: number;
}

/** Reads `?kiosk=1&idle=90`; anything odd falls back to the defaults (kiosk off, 90 s). */
export function parseKioskConfig(search: string): KioskConfig {
  const params = new URLSearchParams(search);
  const enabled = ['1', 'true', 'yes'].includes(params.get('kiosk') ?? '');
  const idleText = params.get('idle');
  const idle = idleText !== null && /^\d{1,6}$/.test(idleText) ? Number(idleText) : DEFAULT_IDLE_SECONDS;
  const idleSeconds = idle >= MIN_IDLE_SECONDS && idle <= MAX_IDLE_SECONDS ? idle : DEFAULT_IDLE_SECONDS;
  return { enabled, idleSeconds };
}

/** Whether the page runs as a clinic kiosk; the UI hides links that leave the app when it does. */
export const useKiosk = create<{ enabled: boolean; resets: number }>()(() => ({ enabled: false, resets: 0 }));

/** What counts as someone using the tablet (not 'scroll': the reset itself scrolls the page back up). */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export interface KioskOptions {
  readonly config: KioskConfig;
  /** The language the kiosk was set up with; a reset goes back to it. */
  readonly startLang: Lang;
  /** Runs after each idle reset (e.g. to apply a waiting app update). */
  readonly onIdleReset?: () => void;
  readonly win?: Window;
}

/** Puts the app back as a new patient should find it: start view, patient mode, nothing selected. */
export function resetToStart(startLang: Lang) {
  const explorer = useExplorer.getState();
  explorer.applyUrlState({ ...DEFAULT_URL_STATE, lang: startLang }, []);
  explorer.setPickRegions(false);
  explorer.resetView();
  useKiosk.setState((s) => ({ resets: s.resets + 1 }));
}

/**
 * Starts kiosk behaviour: an idle timer (a plain timeout, so waiting draws nothing), no long-press menus.
 * The timer is armed by activity and disarmed by a reset, so an untouched tablet resets once, then sleeps.
 * Returns a function that stops it.
 */
export function startKiosk({ config, startLang, onIdleReset, win = window }: KioskOptions): () => void {
  useKiosk.setState({ enabled: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reset = () => {
    timer = undefined;
    resetToStart(startLang);
    onIdleReset?.();
  };
  const arm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(reset, config.idleSeconds * 1000);
  };
  const noMenu = (event: Event) => event.preventDefault();
  for (const name of ACTIVITY_EVENTS) win.addEventListener(name, arm, { capture: true, passive: true });
  win.addEventListener('contextmenu', noMenu);
  // A change made without a touch (a link, the store) also counts as use.
  const unsubscribe = useExplorer.subscribe((state, previous) => {
    if (
      state.selection !== previous.selection ||
      state.mode !== previous.mode ||
      state.lang !== previous.lang
    )
      if (state.selection !== null || state.mode !== 'patient' || state.lang !== startLang) arm();
  });
  arm();
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    for (const name of ACTIVITY_EVENTS) win.removeEventListener(name, arm, { capture: true });
    win.removeEventListener('contextmenu', noMenu);
    unsubscribe();
    useKiosk.setState({ enabled: false });
  };
}

import { create } from 'zustand';
import { forgetOnReset, forgetPatient } from './patientReset';
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

/**
 * The explorer store's part of PATIENT_STATE, registered while a kiosk runs (the language goes back to the
 * one the kiosk was set up with). Returns a function that unregisters it.
 */
function forgetExplorerState(startLang: Lang): () => void {
  const explorer = () => useExplorer.getState();
  const unregister = [
    forgetOnReset('selection', () => explorer().select(null)),
    forgetOnReset('marked regions', () => {
      explorer().setPickRegions(false);
      explorer().setHurts([]);
    }),
    forgetOnReset('search text', () => explorer().setSearchText('')),
    forgetOnReset('language', () => explorer().setLang(startLang)),
    forgetOnReset('mode', () => explorer().setMode(DEFAULT_URL_STATE.mode)),
    forgetOnReset('layers', () =>
      useExplorer.setState({ layers: DEFAULT_URL_STATE.layers, isolate: DEFAULT_URL_STATE.isolate }),
    ),
    forgetOnReset('view', () => {
      explorer().setFocus(null);
      explorer().dismissProblems();
      explorer().resetView();
    }),
  ];
  return () => unregister.forEach((off) => off());
}

/** Puts the app back as a new patient should find it: everything in PATIENT_STATE cleared. */
export function resetToStart() {
  forgetPatient();
  useKiosk.setState((s) => ({ resets: s.resets + 1 }));
}

/**
 * Starts kiosk behaviour: an idle timer (a plain timeout, so waiting draws nothing), no long-press menus.
 * The timer is armed by activity and disarmed by a reset, so an untouched tablet resets once, then sleeps.
 * Returns a function that stops it.
 */
export function startKiosk({ config, startLang, onIdleReset, win = window }: KioskOptions): () => void {
  useKiosk.setState({ enabled: true });
  const unregister = forgetExplorerState(startLang);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let resetting = false;
  const reset = () => {
    timer = undefined;
    // The reset's own changes are not someone using the tablet: they must not arm the next reset.
    resetting = true;
    try {
      resetToStart();
    } finally {
      resetting = false;
    }
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
    if (resetting) return;
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
    unregister();
    useKiosk.setState({ enabled: false });
  };
}

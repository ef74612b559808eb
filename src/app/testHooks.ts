/**
 * The one contract between the app and automated browsers (e2e tests, the engines' suites, the bench):
 * handles the app puts on `window` only when `navigator.webdriver` is set, so regular visitors never get
 * them. Tests import this file's types instead of casting.
 */
import type { useExplorer } from '../state/store';
import type { PatientStateItem } from '../state/patientReset';
import type { ExplorerTestHook } from '../scene/testHookTypes';

/** The quiz as a test drives it (src/ui/QuizPanel.tsx). */
export interface QuizTestHook {
  /** Node names a right answer may tap for the open question. */
  rightNodeNames(): string[];
  current(): { id: string | null; phase: string; taps: string | null };
  /** Starts a round of exactly these questions (by id), in this order. */
  startWith(ids: string[]): void;
}

declare global {
  interface Window {
    /** The explorer's store (src/state/store.ts). */
    __explorerStore?: typeof useExplorer;
    /** The items of PATIENT_STATE that registered a clearer (the kiosk reset's list). */
    __patientState?: () => PatientStateItem[];
    __explorerQuiz?: QuizTestHook;
    /** The scene: frames, points on meshes, emphasis, camera (src/scene/TestHook.tsx). */
    __explorerScene?: ExplorerTestHook;
    /** Errors and warnings the page logged (src/app/errorLog.ts). */
    __explorerErrors?: string[];
  }
}

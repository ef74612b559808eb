/**
 * "Take this home": whether its panel is open, what copying the link did, and the picture of the view
 * taken for the printed handout. All of it is one patient's, so the kiosk reset clears it ('take home'
 * in PATIENT_STATE).
 */
import { create } from 'zustand';
import { forgetOnReset } from './patientReset';
import { snapshotStore } from './sceneSignals';

export interface TakeHomeState {
  readonly open: boolean;
  /** The result of the last "copy link": said beside the button until the panel closes. */
  readonly copied: 'no' | 'copied' | 'failed';
  /** The scene as a picture (a data: URL) for the handout; null before one is taken, or without WebGL. */
  readonly viewImage: string | null;
}

const CLOSED: TakeHomeState = { open: false, copied: 'no', viewImage: null };

export const useTakeHome = create<TakeHomeState>()(() => CLOSED);

/** Takes a picture of the view as it is now, for the handout (nothing when there is no scene). */
export function captureView(): void {
  const capture = snapshotStore.getState().capture;
  const viewImage = capture ? capture() : null;
  useTakeHome.setState({ viewImage });
}

export function openTakeHome(): void {
  captureView();
  useTakeHome.setState({ open: true, copied: 'no' });
}

export const closeTakeHome = () => useTakeHome.setState(CLOSED);

forgetOnReset('take home', closeTakeHome);

/**
 * What the kiosk's idle reset clears: everything one patient can leave behind on a shared tablet.
 *
 * PATIENT_STATE is the one list. Each feature that keeps such state registers, next to that state, how to
 * clear it (`forgetOnReset`); the reset runs them all in the list's order (`forgetPatient`). A new feature
 * that keeps something of a patient's (a QR code of the view, marked regions, a form...) adds its name
 * here and registers; the tablet's end-to-end test sets every item of this list, waits for the reset and
 * checks each, and it fails when an item is named here that nothing registers, or that it does not cover.
 */
export const PATIENT_STATE = [
  // The tour and the quiz first: closing them selects nothing and lights nothing, which the items
  // after them then settle.
  'tour', // an open step, its autoplay and reading aloud (the kiosk's attract loop starts afresh after)
  'quiz', // a round in progress, its answers
  'labels', // study labels on the body
  'selection', // what is selected, and the side chosen in the list
  'marked regions', // "where does it hurt?" and the region tapped in it
  'search text',
  'language', // back to the one the kiosk was set up with
  'mode', // patient
  'layers', // every layer shown, isolate off
  'view', // the camera back to its start, notices dismissed
  'take home', // "Take this home" closed: its QR code, copied link and the handout's picture of the view
  'panels and dialogs', // open menus, sections and dialogs closed, scrolled to the top, focus let go
] as const;

export type PatientStateItem = (typeof PATIENT_STATE)[number];

const clearers = new Map<PatientStateItem, Set<() => void>>();

/** Registers how to clear one kind of patient state; returns a function that unregisters it. */
export function forgetOnReset(item: PatientStateItem, clear: () => void): () => void {
  const set = clearers.get(item) ?? new Set();
  set.add(clear);
  clearers.set(item, set);
  return () => {
    set.delete(clear);
  };
}

/** Clears everything registered, item by item in PATIENT_STATE's order. */
export function forgetPatient(): void {
  for (const item of PATIENT_STATE) for (const clear of clearers.get(item) ?? []) clear();
}

/** The items something has registered a clearer for (the e2e test compares them with PATIENT_STATE). */
export const registeredItems = (): PatientStateItem[] =>
  PATIENT_STATE.filter((item) => (clearers.get(item)?.size ?? 0) > 0);

/**
 * The student facts (AnatomyFacts.tsx with content/facts) and the study cards (the guided tour's card and
 * controller, the quiz and its question maker) are a chunk of their own: the page runs without them, and
 * they load once the scene has drawn its first frame and the page is idle (`useAfterSceneStart`), or as
 * soon as they are asked for (a tour link or `?tour=`, the tour or quiz button). The service worker precaches the chunk like every
 * other, so it loads offline too.
 */
let cards: Promise<typeof import('./StudyCards')> | null = null;
let facts: Promise<typeof import('./AnatomyFacts')> | null = null;

export function loadStudyCards(): Promise<typeof import('./StudyCards')> {
  cards ??= import('./StudyCards');
  return cards;
}

export function loadAnatomyFacts(): Promise<typeof import('./AnatomyFacts')> {
  facts ??= import('./AnatomyFacts');
  return facts;
}

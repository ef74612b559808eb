/**
 * The texts of the guided tour, the labels and the quiz, in English and Spanish. Kept apart from the main
 * table (src/ui/i18n/strings.ts) so this feature can be read, and changed, on its own; the Spanish table is
 * typed against the English keys, and a test checks placeholders match. The few texts that show from the
 * start (the study bar's buttons, links into the tour) are in buttonStrings.ts, so the rest can load with
 * the tour and quiz cards.
 */
import { useExplorer } from '../state/store';
import { buttonEn, buttonEs, fill } from './buttonStrings';

export const studyEn = {
  ...buttonEn,
  tourHeading: 'Guided tour',
  tourStep: 'Step {n} of {total}',
  tourPrevious: 'Previous',
  tourNext: 'Next',
  tourPlay: 'Play',
  tourPause: 'Pause',
  tourClose: 'Close tour',
  tourNarrate: 'Read aloud',
  tourAttract: 'Touch the screen to explore on your own.',
  tourKeys: 'Use the arrow keys or swipe to move between steps.',
  labelsRegion: 'Labels of the visible structures',
  quizHeading: 'Quiz',
  quizProgress: 'Question {n} of {total}',
  quizScore: 'Score: {score} of {total}',
  quizClaimSource_bone: 'Tap the bone where the trouble starts, in the article’s words:',
  quizClaimSource_disc: 'Tap the disc where the trouble starts, in the article’s words:',
  quizClaimSource_joint: 'Tap the joint where the trouble starts, in the article’s words:',
  quizClaimSource_bursa: 'Tap the bursa where the trouble starts, in the article’s words:',
  quizClaimSource_ligament: 'Tap the ligament where the trouble starts, in the article’s words:',
  quizClaimSource_cartilage: 'Tap the cartilage where the trouble starts, in the article’s words:',
  quizClaimSource_muscle: 'Tap the muscle where the trouble starts, in the article’s words:',
  quizClaimSource_tendon: 'Tap the tendon or band where the trouble starts, in the article’s words:',
  quizClaimSource_nerve: 'Tap the nerve where the trouble starts, in the article’s words:',
  quizClaimSource_skin: 'Tap the part where the trouble starts, in the article’s words:',
  quizSpreadRoot: 'Where can pain from an irritated {name} be felt?',
  quizSpreadPart: 'Where can trouble in the {name} be felt?',
  quizInnervation: 'Which nerve supplies the {name}?',
  quizSegmentsMuscle: 'Which of these spinal segments supplies the {name}?',
  quizSegmentsNerve: 'Which of these spinal segments sends fibres into the {name}?',
  quizAttachment: 'Which bone is the {name} attached to?',
  quizLiesOn: 'Which bone does the {name} lie on?',
  quizTapOrChoose: 'Tap the body or choose:',
  quizTapRegion: 'Tap the place on the body, or choose:',
  quizRight: 'Right!',
  quizWrong: 'Not quite. The answer: {answer}.',
  quizYouChose: 'You chose: {answer}.',
  quizInnervationFeedback: '{muscle}: {nerve}, spinal segments {segments}.',
  quizSegmentsFeedback: '{name}: spinal segments {segments}.',
  quizReference: 'Anatomy reference (not the article):',
  quizNext: 'Next question',
  quizFinish: 'See the score',
  quizDone: 'Round over',
  quizAgain: 'New round',
  quizClose: 'Close quiz',
};

export type StudyKey = keyof typeof studyEn;

export const studyEs: Record<StudyKey, string> = {
  ...buttonEs,
  tourHeading: 'Visita guiada',
  tourStep: 'Paso {n} de {total}',
  tourPrevious: 'Anterior',
  tourNext: 'Siguiente',
  tourPlay: 'Reproducir',
  tourPause: 'Pausa',
  tourClose: 'Cerrar la visita',
  tourNarrate: 'Leer en voz alta',
  tourAttract: 'Toque la pantalla para explorar por su cuenta.',
  tourKeys: 'Use las flechas del teclado o deslice el dedo para pasar de un paso a otro.',
  labelsRegion: 'Etiquetas de las estructuras visibles',
  quizHeading: 'Prueba',
  quizProgress: 'Pregunta {n} de {total}',
  quizScore: 'Puntuación: {score} de {total}',
  quizClaimSource_bone: 'Toque el hueso donde empieza el problema, según el artículo:',
  quizClaimSource_disc: 'Toque el disco donde empieza el problema, según el artículo:',
  quizClaimSource_joint: 'Toque la articulación donde empieza el problema, según el artículo:',
  quizClaimSource_bursa: 'Toque la bursa donde empieza el problema, según el artículo:',
  quizClaimSource_ligament: 'Toque el ligamento donde empieza el problema, según el artículo:',
  quizClaimSource_cartilage: 'Toque el cartílago donde empieza el problema, según el artículo:',
  quizClaimSource_muscle: 'Toque el músculo donde empieza el problema, según el artículo:',
  quizClaimSource_tendon: 'Toque el tendón o la banda donde empieza el problema, según el artículo:',
  quizClaimSource_nerve: 'Toque el nervio donde empieza el problema, según el artículo:',
  quizClaimSource_skin: 'Toque la parte donde empieza el problema, según el artículo:',
  quizSpreadRoot: '¿Dónde se puede sentir el dolor de una {name} irritada?',
  quizSpreadPart: '¿Dónde se puede sentir un problema en: {name}?',
  quizInnervation: '¿Qué nervio inerva este músculo: {name}?',
  quizSegmentsMuscle: '¿Cuál de estos segmentos espinales inerva este músculo: {name}?',
  quizSegmentsNerve: '¿Cuál de estos segmentos espinales aporta fibras a este nervio: {name}?',
  quizAttachment: '¿A qué hueso se une esta estructura: {name}?',
  quizLiesOn: '¿Sobre qué hueso se apoya esta bolsa: {name}?',
  quizTapOrChoose: 'Toque el cuerpo o elija:',
  quizTapRegion: 'Toque el lugar en el cuerpo, o elija:',
  quizRight: '¡Correcto!',
  quizWrong: 'No exactamente. La respuesta: {answer}.',
  quizYouChose: 'Usted eligió: {answer}.',
  quizInnervationFeedback: '{muscle}: {nerve}, segmentos espinales {segments}.',
  quizSegmentsFeedback: '{name}: segmentos espinales {segments}.',
  quizReference: 'Referencia de anatomía (no es del artículo):',
  quizNext: 'Siguiente pregunta',
  quizFinish: 'Ver la puntuación',
  quizDone: 'Fin de la ronda',
  quizAgain: 'Nueva ronda',
  quizClose: 'Cerrar la prueba',
};

export const STUDY_STRINGS = { en: studyEn, es: studyEs } as const;

export type StudyTranslate = (key: StudyKey, params?: Record<string, string>) => string;

/** The feature's texts in the chosen language, with `{name}` placeholders filled in. */
export function useStudyStrings(): StudyTranslate {
  const lang = useExplorer((s) => s.lang);
  const table = STUDY_STRINGS[lang];
  return (key, params) => fill(table[key], params);
}

/**
 * The study texts that show from the start: the study bar's buttons and the links into the tour. The rest
 * (strings.ts, which includes these) loads with the tour and quiz cards.
 */
import { useExplorer } from '../state/store';

export const buttonEn = {
  tourOpen: 'Guided tour',
  tourSeeInTour: 'See this in the tour',
  labelsToggle: 'Labels',
  quizOpen: 'Quiz',
  studyLoading: 'Loading…',
};

export type ButtonKey = keyof typeof buttonEn;

export const buttonEs: Record<ButtonKey, string> = {
  tourOpen: 'Visita guiada',
  tourSeeInTour: 'Verlo en la visita guiada',
  labelsToggle: 'Etiquetas',
  quizOpen: 'Prueba',
  studyLoading: 'Cargando…',
};

const BUTTON_STRINGS = { en: buttonEn, es: buttonEs } as const;

/** A text with its `{name}` placeholders filled in. */
export function fill(text: string, params?: Record<string, string>): string {
  for (const [name, value] of Object.entries(params ?? {})) text = text.replaceAll(`{${name}}`, value);
  return text;
}

/** The button texts in the chosen language. */
export function useButtonStrings(): (key: ButtonKey) => string {
  const lang = useExplorer((s) => s.lang);
  return (key) => BUTTON_STRINGS[lang][key];
}

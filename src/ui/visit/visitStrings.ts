/**
 * The texts of the patient's visit: several places that hurt, what could connect them, and "Take this
 * home" (QR code, share, print). Kept apart from the main table like the study texts; the Spanish table is
 * typed against the English keys, and a test checks that placeholders and plural forms match.
 */
import type { Lang } from '../../state/types';
import { useExplorer } from '../../state/store';

export const visitEn = {
  visitHeading: 'Where it hurts',
  marked_one: 'You marked 1 place.',
  marked_other: 'You marked {count} places.',
  onRight: 'On the right: {list}.',
  onLeft: 'On the left: {list}.',
  and: 'and',
  markDetails: 'What can hurt here',
  markDetailsLabel: 'What can hurt at the {name}',
  markRemove: 'Remove',
  markRemoveLabel: 'Remove {name}',
  addMore:
    'Mark another place that hurts to see what could connect them: tap the body in “Where does it hurt?”, or choose places in the list below (pick the side first).',
  markOnBody: 'Mark places on the body',
  connectHeading: 'What could connect them',
  connectNote:
    'Parts and links that the article, or standard anatomy, gives for more than one of these places: the ones that reach the most places first, then the article’s own word before what anatomy adds. This is not a diagnosis: a physical therapist or a doctor finds the cause.',
  connectNone: 'Neither the article nor the standard anatomy shown here links these places to each other.',
  singleHeading_one: 'Linked to one of these places only ({count} part)',
  singleHeading_other: 'Linked to one of these places only ({count} parts)',
  reaches_one: 'Reaches 1 of your places',
  reaches_other: 'Reaches {count} of your places',
  linkStarts: 'where it starts',
  linkMechanics: 'its movement changes; the article does not say it hurts',
  claims: 'claims {ids}',
  claim: 'claim {ids}',
  why: 'What the article says, and why',
  showOnBody: 'Show {name}',
  claimTitle_B4: 'Low back pain changing how you walk',
  claimTitle_B5: 'A knee injury, then a limp',
  claimTitle_H4: 'A stiff hip',
  claimTitle_H6: 'Hip pain or a hip that does not work well',
  claimTitle_K3: 'Knee pain or a knee that does not work well',
  backToMarks: 'Back to where it hurts',
  announceMarks_one: 'Marked as hurting: {places}.',
  announceMarks_other: '{count} places marked as hurting: {places}.',
  announceBest: 'What could connect them first: {name} ({grade}).',
  takeHome: 'Take this home',
};

export const visitEs: Record<keyof typeof visitEn, string> = {
  visitHeading: 'Dónde duele',
  marked_one: 'Marcó 1 lugar.',
  marked_other: 'Marcó {count} lugares.',
  onRight: 'Del lado derecho: {list}.',
  onLeft: 'Del lado izquierdo: {list}.',
  and: 'y',
  markDetails: 'Qué puede doler aquí',
  markDetailsLabel: 'Qué puede doler en: {name}',
  markRemove: 'Quitar',
  markRemoveLabel: 'Quitar {name}',
  addMore:
    'Marque otro lugar que le duela para ver qué podría unirlos: toque el cuerpo en «¿Dónde le duele?» o elija lugares en la lista de abajo (elija antes el lado).',
  markOnBody: 'Marcar lugares en el cuerpo',
  connectHeading: 'Qué podría unirlos',
  connectNote:
    'Partes y relaciones que el artículo, o la anatomía estándar, dan para más de uno de estos lugares: primero las que llegan a más lugares, y luego la palabra del artículo antes de lo que añade la anatomía. No es un diagnóstico: un fisioterapeuta o un médico encuentra la causa.',
  connectNone:
    'Ni el artículo ni la anatomía estándar que se muestra aquí relacionan estos lugares entre sí.',
  singleHeading_one: 'Relacionadas con uno solo de estos lugares ({count} parte)',
  singleHeading_other: 'Relacionadas con uno solo de estos lugares ({count} partes)',
  reaches_one: 'Llega a 1 de sus lugares',
  reaches_other: 'Llega a {count} de sus lugares',
  linkStarts: 'donde empieza',
  linkMechanics: 'cambia su movimiento; el artículo no dice que duela',
  claims: 'afirmaciones {ids}',
  claim: 'afirmación {ids}',
  why: 'Qué dice el artículo, y por qué',
  showOnBody: 'Mostrar {name}',
  claimTitle_B4: 'El dolor de espalda baja cambia su forma de caminar',
  claimTitle_B5: 'Una lesión de rodilla, y luego cojera',
  claimTitle_H4: 'Una cadera rígida',
  claimTitle_H6: 'Dolor de cadera, o una cadera que no funciona bien',
  claimTitle_K3: 'Dolor de rodilla, o una rodilla que no funciona bien',
  backToMarks: 'Volver a dónde duele',
  announceMarks_one: 'Marcado como doloroso: {places}.',
  announceMarks_other: '{count} lugares marcados como dolorosos: {places}.',
  announceBest: 'Lo primero que podría unirlos: {name} ({grade}).',
  takeHome: 'Llévelo a casa',
};

export type VisitStringKey = keyof typeof visitEn;
export type VisitTranslate = (key: VisitStringKey, params?: Record<string, string>) => string;

const TABLES: Record<Lang, Record<VisitStringKey, string>> = { en: visitEn, es: visitEs };

type PluralBase = VisitStringKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

/** The `_one` or `_other` form by the language's plural rules, with {count} filled in. */
export function visitPlural(
  lang: Lang,
  base: PluralBase,
  count: number,
  params: Record<string, string> = {},
): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return visitText(lang, `${base}_${form}`, { ...params, count: String(count) });
}

export function visitText(lang: Lang, key: VisitStringKey, params?: Record<string, string>): string {
  let text = TABLES[lang][key];
  for (const [name, value] of Object.entries(params ?? {})) text = text.replaceAll(`{${name}}`, value);
  return text;
}

/** The visit texts in the chosen language. */
export function useVisitStrings(): VisitTranslate {
  const lang = useExplorer((s) => s.lang);
  return (key, params) => visitText(lang, key, params);
}

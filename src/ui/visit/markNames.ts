import { regionById } from '../../content';
import type { Mark } from '../../state/hurts';
import type { Lang, Mode } from '../../state/types';
import type { Translate } from '../i18n/useStrings';
import { regionName, withSide } from '../names';

/** "Right side of the hip" / "Costado de la cadera (lado derecho)": the side always in words. */
export const markName = (mark: Mark, mode: Mode, lang: Lang, t: Translate): string =>
  withSide(regionName(regionById(mark.region), mode, lang), mark.side, t);

/** A region name inside a sentence: "side of the hip" (a leading "L4" or "IT" stays as it is). */
export const inSentence = (name: string): string =>
  /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;

/** "a, b and c" / "a, b y c". */
export function joinWords(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

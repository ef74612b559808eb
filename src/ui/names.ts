import type { Side } from '../content/ids';
import type { Region, Structure } from '../content/schema';
import type { Lang, Mode } from '../state/types';
import type { Translate } from './i18n/useStrings';

/** A structure's name as the mode wants it: plain words for patients, the anatomical term for students. */
export function structureName(structure: Structure, mode: Mode, lang: Lang): string {
  return mode === 'student' ? structure.anatomicalName : structure.plainName[lang];
}

export function regionName(region: Region, mode: Mode, lang: Lang): string {
  return mode === 'student' ? region.anatomicalName : region.name[lang];
}

/** "Rectus femoris (right)"; midline structures have no side. */
export function withSide(name: string, side: Side | null, t: Translate): string {
  return side ? `${name} (${t(side)})` : name;
}

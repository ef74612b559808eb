import { regionById, structureById } from '../content';
import type { RegionId, Side, StructureId } from '../content/ids';
import type { Region, Structure } from '../content/schema';
import type { Lang, Mode } from '../state/types';
import type { Translate } from './i18n/useStrings';

/** A structure's name as the mode wants it: plain words for patients, the anatomical term for students. */
export function structureName(structure: Structure, mode: Mode, lang: Lang): string {
  return mode === 'student' ? structure.anatomicalName[lang] : structure.plainName[lang];
}

export function regionName(region: Region, mode: Mode, lang: Lang): string {
  return mode === 'student' ? region.anatomicalName[lang] : region.name[lang];
}

/** Anything named by kind and id: a selection, a quiz answer, a search hit. */
export type NamedItem =
  | { readonly kind: 'structure'; readonly id: StructureId }
  | { readonly kind: 'region'; readonly id: RegionId };

export function nameOf(item: NamedItem, mode: Mode, lang: Lang): string {
  return item.kind === 'structure'
    ? structureName(structureById(item.id), mode, lang)
    : regionName(regionById(item.id), mode, lang);
}

/** Lower-cases a leading capital of an ordinary word ("Rectus" -> "rectus") but not of "L4" or "IT". */
const lowerFirst = (name: string) =>
  /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;

/** "Right rectus femoris" / "Recto femoral (lado derecho)"; midline structures have no side. */
export function withSide(name: string, side: Side | null, t: Translate): string {
  if (!side) return name;
  const template = side === 'left' ? 'leftName' : 'rightName';
  // Where the side comes first ("Right rectus femoris"), the name continues the sentence in lower case.
  const sideFirst = !t(template).startsWith('{name}');
  return t(template, { name: sideFirst ? lowerFirst(name) : name });
}

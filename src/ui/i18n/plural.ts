/**
 * Plurals by the language's own rules (Intl.PluralRules), so "1 part" and "2 parts" come out right in
 * English and Spanish. Our tables carry a `_one` and an `_other` form; categories a language has beyond
 * those ("many" for large Spanish numbers) fall back to `_other`.
 */
import type { Lang } from '../../state/types';
import type { StringKey } from './strings';

type PluralBase = StringKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

const rules = new Map<Lang, Intl.PluralRules>();

export function pluralKey(lang: Lang, base: PluralBase, count: number): StringKey {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(count) === 'one' ? `${base}_one` : `${base}_other`;
}

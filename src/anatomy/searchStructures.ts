/**
 * Search over structures and regions: anatomical names, plain names (English and Spanish), synonyms and
 * region names. Tolerant of case, accents and small typos; whole-name and prefix matches rank first.
 */
import { CATALOGUE } from '../content';
import type { RegionId, StructureId } from '../content/ids';
import type { Lang } from '../content/schema';
import { normalize, wordMatch } from './textMatch';

type Found =
  | { readonly kind: 'structure'; readonly id: StructureId }
  | { readonly kind: 'region'; readonly id: RegionId };

export type SearchHit = Found & {
  /** The anatomical (structure) or plain (region) name, in the requested language. */
  readonly label: string;
  /** Higher is better; 0-100. */
  readonly score: number;
};

interface Entry {
  readonly found: Found;
  readonly label: Record<Lang, string>;
  /** Names to match, normalised; `own` marks names in the query language (a small boost). */
  readonly names: readonly { readonly text: string; readonly lang: Lang | null }[];
}

let entries: Entry[] | null = null;

function buildEntries(): Entry[] {
  const out: Entry[] = [];
  for (const s of CATALOGUE.structures)
    out.push({
      found: { kind: 'structure', id: s.id },
      label: s.anatomicalName,
      names: [
        { text: normalize(s.anatomicalName.en), lang: 'en' },
        { text: normalize(s.anatomicalName.es), lang: 'es' },
        { text: normalize(s.plainName.en), lang: 'en' },
        { text: normalize(s.plainName.es), lang: 'es' },
        ...s.synonyms.map((syn) => ({ text: normalize(syn), lang: null })),
      ],
    });
  for (const r of CATALOGUE.regions)
    out.push({
      found: { kind: 'region', id: r.id },
      label: { en: r.name.en, es: r.name.es },
      names: [
        { text: normalize(r.name.en), lang: 'en' },
        { text: normalize(r.name.es), lang: 'es' },
        { text: normalize(r.anatomicalName.en), lang: 'en' },
        { text: normalize(r.anatomicalName.es), lang: 'es' },
      ],
    });
  return out;
}

/** Filler words that should not have to match ("the", "of", "de"...). */
const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'de', 'del', 'la', 'el', 'los', 'las', 'y', 'and']);

/** Score of a query against one normalised name, 0 when it does not match. */
export function scoreName(query: string, name: string): number {
  if (name === query) return 100;
  if (name.startsWith(query)) return 90;
  const words = name.split(' ');
  const queryWords = query.split(' ').filter((w) => !STOP_WORDS.has(w));
  if (queryWords.length === 0) return 0;
  let total = 0;
  for (const q of queryWords) {
    const best = Math.max(0, ...words.map((w) => wordMatch(q, w)));
    if (best === 0) return 0;
    total += best;
  }
  // All words matched: 80 when all exact, down to 50 when all by typo.
  return 50 + Math.round((30 * (total / queryWords.length - 1)) / 2);
}

export function searchStructures(query: string, lang: Lang = 'en', limit = 20): SearchHit[] {
  const q = normalize(query);
  if (q === '') return [];
  entries ??= buildEntries();
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    let score = 0;
    for (const name of entry.names) {
      const s = scoreName(q, name.text);
      score = Math.max(score, s === 0 ? 0 : s + (name.lang === lang ? 2 : 0));
    }
    if (score > 0) hits.push({ ...entry.found, label: entry.label[lang], score: Math.min(score, 100) });
  }
  return hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, limit);
}

/**
 * Search over structures and regions as people speak: anatomical names (Terminologia Anatomica, English
 * and Spanish), plain names, synonyms, region names, lay terms and syndromes (searchTerms.ts). Pain words
 * and filler never block a match, everyday words map onto our names ("lower back"), a side word selects
 * that side ("right knee"). Tolerant of case, accents and small typos; whole-name and prefix matches rank
 * first, and a lay term outranks a plain name match, since it says what the person means.
 */
import { CATALOGUE } from '../content';
import type { RegionId, Side, StructureId } from '../content/ids';
import type { Lang } from '../content/schema';
import { synonymsOf } from '../content/synonyms';
import { FILLER, LAY_TERMS, REGION_WORDS, SIDE_WORDS, WORD_ALIASES } from './searchTerms';
import { damerauLevenshtein, normalize, wordMatch } from './textMatch';

type Found =
  | { readonly kind: 'structure'; readonly id: StructureId }
  | { readonly kind: 'region'; readonly id: RegionId };

export type SearchHit = Found & {
  /** The anatomical (structure) or plain (region) name, in the requested language. */
  readonly label: string;
  /** Higher is better; 0-100. */
  readonly score: number;
  /** The side the query asked for ("left hip"), if any. */
  readonly side?: Side;
};

interface Name {
  /** Normalised, filler dropped. */
  readonly text: string;
  /** The language of the name, for a small boost; null for synonyms and lay terms (any language). */
  readonly lang: Lang | null;
  /** A lay term: what people mean by it outranks a name that merely matches. */
  readonly lay: boolean;
}

interface Entry {
  readonly found: Found;
  readonly label: Record<Lang, string>;
  readonly names: readonly Name[];
}

/** Normalised words without filler or area words: what both names and queries are compared on. */
const meaningful = (text: string) =>
  normalize(text)
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w) && !REGION_WORDS.has(w))
    .join(' ');

const key = (f: Found) => `${f.kind}:${f.id}`;

let entries: Entry[] | null = null;

function buildEntries(): Entry[] {
  const lay = new Map<string, string[]>();
  for (const { terms, target } of LAY_TERMS)
    lay.set(key(target), [...(lay.get(key(target)) ?? []), ...terms]);
  const name = (text: string, lang: Lang | null, isLay = false): Name => ({
    text: meaningful(text),
    lang,
    lay: isLay,
  });
  const layNames = (f: Found) => (lay.get(key(f)) ?? []).map((t) => name(t, null, true));
  const out: Entry[] = [];
  for (const s of CATALOGUE.structures) {
    const found: Found = { kind: 'structure', id: s.id };
    out.push({
      found,
      label: s.anatomicalName,
      names: [
        name(s.anatomicalName.en, 'en'),
        name(s.anatomicalName.es, 'es'),
        name(s.plainName.en, 'en'),
        name(s.plainName.es, 'es'),
        ...synonymsOf(s.id).map((syn) => name(syn, null)),
        ...layNames(found),
      ],
    });
  }
  for (const r of CATALOGUE.regions) {
    const found: Found = { kind: 'region', id: r.id };
    out.push({
      found,
      label: { en: r.name.en, es: r.name.es },
      names: [
        name(r.name.en, 'en'),
        name(r.name.es, 'es'),
        name(r.anatomicalName.en, 'en'),
        name(r.anatomicalName.es, 'es'),
        ...layNames(found),
      ],
    });
  }
  // A name left empty by the filler (none today) would match nothing; drop it rather than match all.
  return out.map((e) => ({ ...e, names: e.names.filter((n) => n.text !== '') }));
}

export interface ParsedQuery {
  /**
   * The words to match, in the readings worth trying: everyday words mapped as in the query's language,
   * then as in the other language ("inferior" is a word of its own in English, "baja" in Spanish).
   */
  readonly texts: readonly string[];
  readonly side: Side | null;
  /** The query says "area", "zona", "region": an area of the body is meant, not a structure. */
  readonly wantsRegion: boolean;
}

/** A query read for meaning: the words to match, a side if it named one, and whether it means an area. */
export function parseQuery(query: string, lang: Lang = 'en'): ParsedQuery {
  const other: Lang = lang === 'en' ? 'es' : 'en';
  let side: Side | null = null;
  let wantsRegion = false;
  const words: string[] = [];
  for (const word of normalize(query).split(' ')) {
    if (word === '') continue;
    const named = SIDE_WORDS.get(word);
    if (named) side = named;
    else if (REGION_WORDS.has(word)) wantsRegion = true;
    else if (!FILLER.has(word)) words.push(word);
  }
  const read = (order: readonly Lang[]) =>
    words.map((w) => order.map((l) => WORD_ALIASES[l].get(w)).find((a) => a !== undefined) ?? w).join(' ');
  // The words as typed too: an anatomical name may hold a word the aliases rewrite ("obturador interno").
  const texts = [...new Set([read([lang]), read([lang, other]), words.join(' ')])].filter((t) => t !== '');
  return { texts, side, wantsRegion };
}

/** Score of a (parsed) query against one name, 0 when it does not match. */
export function scoreName(query: string, name: string): number {
  if (name === query) return 100;
  if (name.startsWith(query)) return 90;
  const words = name.split(' ');
  const queryWords = query.split(' ').filter((w) => w !== '');
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

/** Lay terms outrank names by this much at the same kind of match. */
const LAY_BOOST = 6;
/** Names in the query's language by this much. */
const LANG_BOOST = 2;
/** Regions, when the query says it means an area, by this much. */
const REGION_BOOST = 8;

function rank(entry: Entry, query: ParsedQuery, lang: Lang): number {
  let best = 0;
  for (const text of query.texts)
    for (const name of entry.names) {
      const s = scoreName(text, name.text);
      if (s === 0) continue;
      best = Math.max(best, s + (name.lay ? LAY_BOOST : 0) + (name.lang === lang ? LANG_BOOST : 0));
    }
  return best > 0 && query.wantsRegion && entry.found.kind === 'region' ? best + REGION_BOOST : best;
}

export function searchStructures(query: string, lang: Lang = 'en', limit = 20): SearchHit[] {
  const parsed = parseQuery(query, lang);
  const { side } = parsed;
  if (parsed.texts.length === 0) return [];
  entries ??= buildEntries();
  const ranked: { hit: SearchHit; rank: number }[] = [];
  for (const entry of entries) {
    const r = rank(entry, parsed, lang);
    if (r === 0) continue;
    const hit: SearchHit = {
      ...entry.found,
      label: entry.label[lang],
      score: Math.min(r, 100),
      ...(side ? { side } : {}),
    };
    ranked.push({ hit, rank: r });
  }
  return ranked
    .sort((a, b) => b.rank - a.rank || a.hit.label.localeCompare(b.hit.label))
    .slice(0, limit)
    .map((r) => r.hit);
}

/**
 * When nothing matches: the names closest to what was typed (by edit distance over whole names and single
 * words), so "nothing found" offers a way on instead of a dead end.
 */
export function nearestNames(query: string, lang: Lang = 'en', count = 3): SearchHit[] {
  const text = parseQuery(query, lang).texts[0];
  if (text === undefined) return [];
  entries ??= buildEntries();
  const scored: { hit: SearchHit; distance: number }[] = [];
  for (const entry of entries) {
    let distance = Infinity;
    for (const name of entry.names) {
      const whole = damerauLevenshtein(text, name.text) / Math.max(text.length, name.text.length);
      const word = Math.min(
        ...name.text.split(' ').map((w) => damerauLevenshtein(text, w) / Math.max(text.length, w.length)),
      );
      distance = Math.min(distance, whole, word);
    }
    scored.push({ hit: { ...entry.found, label: entry.label[lang], score: 0 }, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.hit.label.localeCompare(b.hit.label))
    .slice(0, count)
    .map((s) => s.hit);
}

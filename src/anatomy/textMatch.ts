/** Text normalisation and fuzzy word matching for search. */

/**
 * Lower case, accents stripped (NFD), apostrophes and dots dropped ("runner's" -> "runners", "I.T." -> "it"),
 * other punctuation turned into spaces, spaces collapsed.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Damerau-Levenshtein distance (optimal string alignment: adjacent swaps count as one edit). */
export function damerauLevenshtein(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  return at(a.length, b.length);
}

/** Typos allowed for a query word: none for very short words, 1 up to 5 letters, 2 beyond. */
export const allowedTypos = (word: string) => (word.length <= 2 ? 0 : word.length <= 5 ? 1 : 2);

/**
 * How well one query word matches one word of a name: 3 exact, 2 prefix, 1 within the allowed typos
 * (whole word, or the word's start when the query is a partly typed prefix), 0 no match.
 */
export function wordMatch(query: string, word: string): number {
  if (query === word) return 3;
  if (word.startsWith(query)) return 2;
  const allowed = allowedTypos(query);
  if (allowed === 0) return 0;
  if (damerauLevenshtein(query, word) <= allowed) return 1;
  // A partly typed word with one slip: compare with the word's start (one letter more or less).
  if (query.length >= 4)
    for (const len of [query.length - 1, query.length, query.length + 1])
      if (len < word.length && damerauLevenshtein(query, word.slice(0, len)) <= 1) return 1;
  return 0;
}

/**
 * Outside text (a link's values, a host page's message) as it may be shown back, on screen or in a reply.
 *
 * Dropped: every control character (Unicode category Cc: C0, DEL, C1), every invisible formatting
 * character (Cf: the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks
 * U+200E, U+200F and U+061C, zero-width characters, the soft hyphen, tag characters...), the line and
 * paragraph separators U+2028/U+2029 and lone surrogates. Any of them can reverse, hide or break up what
 * follows it, so a notice could be made to say something its words do not.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

/** How many characters of outside text are shown back. */
export const MAX_SHOWN = 40;

export const visibleText = (value: string): string => value.replace(INVISIBLE, '');

/** Visible, and at most `max` characters (code points, so an emoji is never cut in half), then "…". */
export function shorten(value: string, max = MAX_SHOWN): string {
  // Look at a bounded prefix only: a megabyte of text costs no more than a short one.
  const chars = Array.from(visibleText(value.slice(0, max * 8)));
  return chars.length > max || value.length > max * 8 ? chars.slice(0, max).join('') + '…' : chars.join('');
}

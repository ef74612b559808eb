/**
 * The regions a patient marked in "where does it hurt?", as a link or a host page writes them:
 * `side_of_hip:right,outside_of_knee:right`. Read leniently (the valid part is kept; what was dropped is
 * reported, never thrown) and written in the order the patient marked them.
 */
import type { Mark } from '../anatomy/connectMarks';
import { REGION_IDS, SIDES } from '../content/ids';
import type { RegionId, Side } from '../content/ids';
import { shorten } from '../lib/displayText';
import type { InputProblem } from './types';

export type { Mark };

/**
 * Entries read from one list; past this many, the rest are counted and left out unread. Far above what
 * a patient can mark (every region on both sides is 28), so only a broken or hostile list reaches it.
 */
export const HURTS_READ_LIMIT = 256;

/** Unknown entries shown back in the notice; the rest are counted. */
const SHOWN_UNKNOWN = 3;

export interface HurtsDropped {
  /** Entries that are not a known `region:side` (shortened for display). */
  readonly unknown: readonly string[];
  /** How many more unknown entries there were than are listed. */
  readonly moreUnknown: number;
  readonly repeated: number;
  /** Entries past HURTS_READ_LIMIT, not read. */
  readonly beyond: number;
}

export interface ParsedHurts {
  readonly marks: Mark[];
  readonly dropped: HurtsDropped;
}

const NOTHING_DROPPED: HurtsDropped = { unknown: [], moreUnknown: 0, repeated: 0, beyond: 0 };

export const markKey = (mark: Mark) => `${mark.region}:${mark.side}`;
export const sameMark = (a: Mark, b: Mark) => a.region === b.region && a.side === b.side;

function markOf(entry: unknown): Mark | null {
  if (typeof entry !== 'string') return null;
  const [region, side, ...rest] = entry.trim().split(':');
  if (rest.length > 0 || region === undefined || side === undefined) return null;
  if (!(REGION_IDS as readonly string[]).includes(region) || !(SIDES as readonly string[]).includes(side))
    return null;
  return { region: region as RegionId, side: side as Side };
}

/** Reads a list of entries (strings `region:side`); `total` counts entries beyond the ones given. */
export function parseHurtsEntries(entries: readonly unknown[], total = entries.length): ParsedHurts {
  const marks: Mark[] = [];
  const unknown: string[] = [];
  let unknownCount = 0;
  let repeated = 0;
  const read = entries.slice(0, HURTS_READ_LIMIT);
  for (const entry of read) {
    const mark = markOf(entry);
    if (!mark) {
      unknownCount += 1;
      if (unknown.length < SHOWN_UNKNOWN)
        unknown.push(shorten(typeof entry === 'string' ? entry : String(entry)));
    } else if (marks.some((m) => sameMark(m, mark))) repeated += 1;
    else marks.push(mark);
  }
  return {
    marks,
    dropped: { unknown, moreUnknown: unknownCount - unknown.length, repeated, beyond: total - read.length },
  };
}

/** Reads the link form, `side_of_hip:right,outside_of_knee:right`; empty entries are ignored. */
export function parseHurtsText(text: string): ParsedHurts {
  const entries: string[] = [];
  let total = 0;
  // One pass over the non-empty pieces; past the limit they are only counted, so a megabyte of commas
  // costs one native scan.
  for (const [piece] of text.matchAll(/[^,]+/g)) {
    const entry = piece.trim();
    if (entry === '') continue;
    total += 1;
    if (entries.length < HURTS_READ_LIMIT) entries.push(entry);
  }
  return parseHurtsEntries(entries, total);
}

export const serializeHurts = (marks: readonly Mark[]): string => marks.map(markKey).join(',');

/** What was left out of a list, as notices; nothing when all of it was used. */
export function hurtsProblems(dropped: HurtsDropped = NOTHING_DROPPED): InputProblem[] {
  const problems: InputProblem[] = [];
  if (dropped.unknown.length > 0)
    problems.push({
      code: 'unknown-hurt',
      // Short enough to read (and within what any notice shows back): a few entries, then a count.
      value:
        shorten(dropped.unknown.join(', '), 32) +
        (dropped.moreUnknown > 0 ? ` (+${dropped.moreUnknown})` : ''),
    });
  if (dropped.repeated > 0) problems.push({ code: 'repeated-hurt', value: String(dropped.repeated) });
  if (dropped.beyond > 0) problems.push({ code: 'too-many-hurts', value: String(dropped.beyond) });
  return problems;
}

/** Adds a mark at the end, or takes it away if it is there. */
export const toggleMark = (marks: readonly Mark[], mark: Mark): Mark[] =>
  marks.some((m) => sameMark(m, mark)) ? marks.filter((m) => !sameMark(m, mark)) : [...marks, mark];

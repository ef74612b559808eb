/**
 * What the printed handout says about the current view, in plain data: the subject (the places marked,
 * or what is selected), a few entries, the article's claims behind them and the plain explanations.
 * Capped so that a typical view fits one page; what the cap leaves out stays on the screen and behind
 * the QR code.
 */
import { regionById, structureById } from '../../content';
import { CLAIM_IDS, SIDES } from '../../content/ids';
import type { ClaimId } from '../../content/ids';
import type { Connection } from '../../content/schema';
import { connectMarks, DRAWN_CONNECTORS } from '../../anatomy/connectMarks';
import { sourcesOf } from '../../anatomy/sourcesOf';
import { isPain, spreadFrom } from '../../anatomy/spreadFrom';
import type { Lang, Mode, UrlState } from '../../state/types';
import type { Translate } from '../i18n/useStrings';
import { regionName, structureName, withSide } from '../names';
import { connectorTitle, evidenceOf, linkText } from './ConnectorList';
import { inSentence, joinWords } from './markNames';
import type { VisitTranslate } from './visitStrings';
import type { TakeHomeTranslate } from './takeHomeStrings';

/** Quotes and explanations printed at most: enough for a typical view, still one page. */
export const HANDOUT_QUOTES = 5;
export const HANDOUT_EXPLANATIONS = 5;
/** Names listed in one entry line at most (a region's sources, a structure's regions). */
const NAMES_IN_LINE = 8;

export interface HandoutEntry {
  readonly title: string;
  readonly detail: string;
}

export interface HandoutContent {
  /** What the patient marked or looked at, in one sentence; null when nothing is. */
  readonly subject: string | null;
  readonly entriesHeading: string | null;
  readonly entries: readonly HandoutEntry[];
  readonly claims: readonly ClaimId[];
  readonly explanations: readonly string[];
}

const inArticleOrder = (claims: Iterable<ClaimId>): ClaimId[] => {
  const set = new Set(claims);
  return CLAIM_IDS.filter((id) => set.has(id));
};

const explained = (connections: readonly Connection[], mode: Mode, lang: Lang): string[] =>
  [...new Set(connections.map((c) => (mode === 'student' ? c.student : c.plain)[lang]))].slice(
    0,
    HANDOUT_EXPLANATIONS,
  );

const listed = (names: readonly string[], and: string) =>
  joinWords(names.length > NAMES_IN_LINE ? [...names.slice(0, NAMES_IN_LINE), '…'] : names, and);

export function handoutContent(
  state: Pick<UrlState, 'selection' | 'hurts' | 'mode' | 'lang'>,
  t: Translate,
  v: VisitTranslate,
  h: TakeHomeTranslate,
): HandoutContent {
  const { selection, hurts, mode, lang } = state;
  if (selection?.kind === 'structure') {
    const spreads = spreadFrom(selection.id, selection.side).filter(isPain);
    const regions = spreads.map((s) => withSide(regionName(regionById(s.region), mode, lang), s.side, t));
    return {
      subject: withSide(structureName(structureById(selection.id), mode, lang), selection.side, t),
      entriesHeading: h('handoutFelt'),
      entries: regions.length > 0 ? [{ title: '', detail: listed(regions, v('and')) }] : [],
      claims: inArticleOrder(spreads.flatMap((s) => s.claims)).slice(0, HANDOUT_QUOTES),
      explanations: explained(
        spreads.flatMap((s) => s.connections),
        mode,
        lang,
      ),
    };
  }
  const [only] = hurts;
  const region =
    selection?.kind === 'region'
      ? { id: selection.id, side: selection.side }
      : hurts.length === 1 && only
        ? { id: only.region, side: only.side }
        : null;
  if (region) {
    const sources = sourcesOf(region.id, region.side);
    const names = sources.map((s) =>
      withSide(structureName(structureById(s.structure), mode, lang), s.side, t),
    );
    return {
      subject: withSide(regionName(regionById(region.id), mode, lang), region.side, t),
      entriesHeading: h('handoutSources'),
      entries: names.length > 0 ? [{ title: '', detail: listed(names, v('and')) }] : [],
      claims: inArticleOrder(sources.flatMap((s) => s.claims)).slice(0, HANDOUT_QUOTES),
      explanations: explained(
        sources.flatMap((s) => s.connections),
        mode,
        lang,
      ),
    };
  }
  if (hurts.length === 0)
    return { subject: null, entriesHeading: null, entries: [], claims: [], explanations: [] };
  const subject = [...SIDES]
    .reverse()
    .map((side) => {
      const names = hurts
        .filter((m) => m.side === side)
        .map((m) => inSentence(regionName(regionById(m.region), mode, lang)));
      return names.length === 0
        ? null
        : v(side === 'right' ? 'onRight' : 'onLeft', { list: joinWords(names, v('and')) });
    })
    .filter((s) => s !== null)
    .join(' ');
  // The entries the scene draws: the best of those that reach more than one of the places.
  const top = connectMarks(hurts).connecting.slice(0, DRAWN_CONNECTORS);
  const evidence = top.map(evidenceOf);
  return {
    subject,
    entriesHeading: v('connectHeading'),
    entries:
      top.length === 0
        ? [{ title: '', detail: v('connectNone') }]
        : top.map((e) => ({
            title: connectorTitle(e, mode, lang, t, v),
            detail: e.links.map((l) => linkText(l, mode, lang, t, v)).join('; '),
          })),
    claims: inArticleOrder(evidence.flatMap((e) => e.claims)).slice(0, HANDOUT_QUOTES),
    explanations: explained(
      evidence.flatMap((e) => e.connections),
      mode,
      lang,
    ),
  };
}

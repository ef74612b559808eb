import { REGION_IDS, SIDES, STRUCTURE_IDS, isPaired } from '../content/ids';
import type { RegionId, Side, StructureId } from '../content/ids';
import { shorten } from '../lib/displayText';
import { hurtsProblems, parseHurtsText, serializeHurts } from './hurts';
import { DEFAULT_URL_STATE, LANGS, LAYERS, MODES } from './types';
import type { InputProblem, Lang, Layer, Mode, Selection, UrlState } from './types';

const oneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/** Reads a link. Anything it cannot use falls back to the default and is reported, never thrown. */
export function parseUrlState(search: string): { state: UrlState; problems: InputProblem[] } {
  const params = new URLSearchParams(search);
  const problems: InputProblem[] = [];
  const get = (key: string) => params.get(key);

  const sideParam = get('side');
  let side: Side | null = null;
  if (sideParam !== null) {
    if (oneOf(SIDES, sideParam)) side = sideParam;
    else problems.push({ code: 'bad-side', value: shorten(sideParam) });
  }

  let selection: Selection | null = null;
  const structure = get('structure');
  const region = get('region');
  if (structure !== null) {
    if (oneOf<StructureId>(STRUCTURE_IDS, structure)) {
      selection = { kind: 'structure', id: structure, side: isPaired(structure) ? (side ?? 'right') : null };
    } else problems.push({ code: 'unknown-structure', value: shorten(structure) });
  } else if (region !== null) {
    if (oneOf<RegionId>(REGION_IDS, region))
      selection = { kind: 'region', id: region, side: side ?? 'right' };
    else problems.push({ code: 'unknown-region', value: shorten(region) });
  }

  const modeParam = get('mode');
  let mode: Mode = DEFAULT_URL_STATE.mode;
  if (modeParam !== null) {
    if (oneOf(MODES, modeParam)) mode = modeParam;
    else problems.push({ code: 'bad-mode', value: shorten(modeParam) });
  }

  const langParam = get('lang');
  let lang: Lang = DEFAULT_URL_STATE.lang;
  if (langParam !== null) {
    if (oneOf(LANGS, langParam)) lang = langParam;
    else problems.push({ code: 'bad-lang', value: shorten(langParam) });
  }

  let layers = DEFAULT_URL_STATE.layers;
  const layersParam = get('layers');
  if (layersParam !== null) {
    const wanted = layersParam.split(',').filter((name) => name !== '');
    const unknown = wanted.filter((name) => !oneOf(LAYERS, name));
    if (unknown.length > 0) problems.push({ code: 'bad-layer', value: shorten(unknown.join(',')) });
    else
      layers = Object.fromEntries(LAYERS.map((layer) => [layer, wanted.includes(layer)])) as Record<
        Layer,
        boolean
      >;
  }

  const hurtsParam = get('hurts');
  const hurts = hurtsParam === null ? { marks: [], dropped: undefined } : parseHurtsText(hurtsParam);
  problems.push(...hurtsProblems(hurts.dropped));

  return {
    state: { selection, mode, lang, layers, isolate: get('isolate') === '1', hurts: hurts.marks },
    problems,
  };
}

/** Writes a link; default values are left out so links stay short. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const { selection } = state;
  if (selection) {
    params.set(selection.kind, selection.id);
    if (selection.side) params.set('side', selection.side);
  }
  if (state.mode !== DEFAULT_URL_STATE.mode) params.set('mode', state.mode);
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set('lang', state.lang);
  const shown = LAYERS.filter((layer) => state.layers[layer]);
  if (shown.length !== LAYERS.length) params.set('layers', shown.join(','));
  if (state.isolate) params.set('isolate', '1');
  if (state.hurts.length > 0) params.set('hurts', serializeHurts(state.hurts));
  // Commas and colons may stand as they are in a query: shorter links (and QR codes), easier to read.
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}

import type { Mark } from '../anatomy/connectMarks';
import type { ClaimId, RegionId, Side, StructureId } from '../content/ids';

export type Selection =
  | { readonly kind: 'structure'; readonly id: StructureId; readonly side: Side | null }
  | { readonly kind: 'region'; readonly id: RegionId; readonly side: Side };

export const MODES = ['patient', 'student'] as const;
export type Mode = (typeof MODES)[number];

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const LAYERS = ['skin', 'muscles', 'bones', 'nerves', 'joints'] as const;
export type Layer = (typeof LAYERS)[number];
export type LayerVisibility = Readonly<Record<Layer, boolean>>;

export const DEFAULT_LAYERS: LayerVisibility = {
  skin: true,
  muscles: true,
  bones: true,
  nerves: true,
  joints: true,
};

/** A problem found in outside input (URL, message), shown to the user; `value` is already shortened. */
export interface InputProblem {
  readonly code:
    | 'unknown-structure'
    | 'unknown-region'
    | 'bad-side'
    | 'bad-mode'
    | 'bad-lang'
    | 'bad-layer'
    // In a list of places that hurt: entries that are no known region and side, repeats, and entries
    // past the most that are read.
    | 'unknown-hurt'
    | 'repeated-hurt'
    | 'too-many-hurts';
  readonly value: string;
}

/** The part of the state a link carries. */
export interface UrlState {
  readonly selection: Selection | null;
  readonly mode: Mode;
  readonly lang: Lang;
  readonly layers: LayerVisibility;
  readonly isolate: boolean;
  /** "Where does it hurt?": the regions marked, with their sides, in the order they were marked. */
  readonly hurts: readonly Mark[];
}

export const DEFAULT_URL_STATE: UrlState = {
  hurts: [],
  selection: null,
  mode: 'patient',
  lang: 'en',
  layers: DEFAULT_LAYERS,
  isolate: false,
};

/**
 * What a guided-tour step (or a quiz answer) shows in the scene instead of the selection: the structures
 * that make one claim concrete, with only that claim's spread.
 */
export interface Focus {
  readonly claim: ClaimId;
  readonly structures: readonly { readonly id: StructureId; readonly side: Side | null }[];
}

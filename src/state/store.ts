import { create } from 'zustand';
import { toggleMark } from './hurts';
import type { Mark } from './hurts';
import { DEFAULT_URL_STATE } from './types';
import type { Focus, InputProblem, Lang, Layer, Mode, Selection, UrlState } from './types';

export type SceneStatus =
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'no-webgl' }
  | { readonly status: 'error'; readonly message: string };

export interface ExplorerState extends UrlState {
  /** Problems with the last outside input (URL, message), for the notice banner. */
  readonly problems: readonly InputProblem[];
  /** Bumped by "reset view"; the scene eases its camera back when it changes. */
  readonly viewResets: number;
  /** "Where does it hurt?": taps on the body pick pain regions instead of structures. */
  readonly pickRegions: boolean;
  /**
   * What a picked region does: 'mark' adds it to (or takes it from) the places that hurt; 'select' selects
   * it alone (a quiz question asking for a region).
   */
  readonly regionTaps: 'mark' | 'select';
  /** The 3D scene's condition; anything but 'ready' leaves the list view as the way in. */
  readonly scene: SceneStatus;
  /** A tour step or quiz answer to show in the scene; null shows the selection. */
  readonly focus: Focus | null;
  /** What is typed in the search box (kept here, not in the box, so a kiosk reset can clear it). */
  readonly searchText: string;
  /**
   * "Where does it hurt?": the scene draws the best few sources of the region unless `allSources`; the
   * `previewSource` (a node name: the source pointed at or focused in the list) is drawn too. Both go back
   * to their start whenever the selection or the marks change.
   */
  readonly allSources: boolean;
  readonly previewSource: string | null;
  setAllSources(all: boolean): void;
  setPreviewSource(name: string | null): void;
  setSearchText(text: string): void;
  setFocus(focus: Focus | null): void;
  setPickRegions(on: boolean, taps?: 'mark' | 'select'): void;
  /** A region picked on the body, in the list or by keyboard: marked or unmarked, or selected (regionTaps). */
  pickRegion(mark: Mark): void;
  /** Marks or unmarks a place that hurts; the panel then shows the marks, so nothing stays selected. */
  toggleHurt(mark: Mark): void;
  /** Replaces the marks (from a host page), with the problems of what was left out. */
  setHurts(hurts: readonly Mark[], problems?: readonly InputProblem[]): void;
  setScene(scene: SceneStatus): void;
  select(selection: Selection | null): void;
  setMode(mode: Mode): void;
  setLang(lang: Lang): void;
  toggleLayer(layer: Layer): void;
  setIsolate(isolate: boolean): void;
  resetView(): void;
  /** Replaces the link-carried state at once (from the URL, or the history). */
  applyUrlState(state: UrlState, problems: readonly InputProblem[]): void;
  dismissProblems(): void;
}

const SOURCES_RESET = { allSources: false, previewSource: null } as const;

export const useExplorer = create<ExplorerState>()((set) => ({
  ...DEFAULT_URL_STATE,
  problems: [],
  viewResets: 0,
  pickRegions: false,
  regionTaps: 'mark',
  focus: null,
  setFocus: (focus) => set({ focus }),
  allSources: false,
  previewSource: null,
  setAllSources: (allSources) => set({ allSources }),
  setPreviewSource: (previewSource) => set({ previewSource }),
  searchText: '',
  setSearchText: (searchText) => set({ searchText }),
  scene: { status: 'loading' },
  setPickRegions: (pickRegions, regionTaps = 'mark') => set({ pickRegions, regionTaps }),
  pickRegion: (mark) =>
    set((s) =>
      s.regionTaps === 'select'
        ? { selection: { kind: 'region', id: mark.region, side: mark.side }, problems: [], ...SOURCES_RESET }
        : { hurts: toggleMark(s.hurts, mark), selection: null, problems: [], ...SOURCES_RESET },
    ),
  toggleHurt: (mark) =>
    set((s) => ({ hurts: toggleMark(s.hurts, mark), selection: null, problems: [], ...SOURCES_RESET })),
  setHurts: (hurts, problems = []) => set({ hurts, problems, ...SOURCES_RESET }),
  setScene: (scene) => set({ scene }),
  select: (selection) => set({ selection, problems: [], ...SOURCES_RESET }),
  setMode: (mode) => set({ mode }),
  setLang: (lang) => set({ lang }),
  toggleLayer: (layer) => set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })),
  setIsolate: (isolate) => set({ isolate }),
  resetView: () => set((s) => ({ viewResets: s.viewResets + 1 })),
  applyUrlState: (state, problems) => set({ ...state, problems, ...SOURCES_RESET }),
  dismissProblems: () => set({ problems: [] }),
}));

export const urlStateOf = (s: ExplorerState): UrlState => ({
  selection: s.selection,
  mode: s.mode,
  lang: s.lang,
  layers: s.layers,
  isolate: s.isolate,
  hurts: s.hurts,
});

/** What the host hears about: store changes turned into protocol events (select, region-select, load, error). */
import { isPain, spreadFrom } from '../anatomy';
import { sourcesOf } from '../anatomy';
import type { ClaimId } from '../content/ids';
import type { ExplorerState } from '../state/store';
import type { Selection } from '../state/types';

export type HostEvent =
  | { type: 'load'; payload: Record<string, never> }
  | { type: 'error'; payload: { code: 'no-webgl' | 'model-failed'; message: string } }
  | {
      type: 'select';
      payload: {
        structure: string | null;
        side: string | null;
        regions: { region: string; side: string }[];
        claims: ClaimId[];
      };
    }
  | {
      type: 'region-select';
      payload: {
        region: string;
        side: string;
        sources: { structure: string; side: string | null }[];
        claims: ClaimId[];
      };
    };

const unique = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

/** The event for a new selection; clearing is a `select` with nulls, so hosts can reset their own UI. */
export function selectionEvent(selection: Selection | null): HostEvent {
  if (selection === null)
    return { type: 'select', payload: { structure: null, side: null, regions: [], claims: [] } };
  if (selection.kind === 'structure') {
    const spreads = spreadFrom(selection.id, selection.side).filter(isPain);
    return {
      type: 'select',
      payload: {
        structure: selection.id,
        side: selection.side,
        regions: spreads.map((s) => ({ region: s.region, side: s.side })),
        claims: unique(spreads.map((s) => s.claims)),
      },
    };
  }
  const sources = sourcesOf(selection.id, selection.side);
  return {
    type: 'region-select',
    payload: {
      region: selection.id,
      side: selection.side,
      sources: sources.map((s) => ({ structure: s.structure, side: s.side })),
      claims: unique(sources.map((s) => s.claims)),
    },
  };
}

/** What the host hears about: the selection and the scene's condition. */
export type HostView = Pick<ExplorerState, 'selection' | 'scene'>;

export const sameSelection = (a: Selection | null, b: Selection | null): boolean =>
  a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id && a.side === b.side);

/** Events owed to a host that last saw `previous` and should now see `state`, in order. */
export function eventsFor(state: HostView, previous: HostView): HostEvent[] {
  const events: HostEvent[] = [];
  if (state.scene !== previous.scene && state.scene.status !== previous.scene.status) {
    if (state.scene.status === 'ready') events.push({ type: 'load', payload: {} });
    if (state.scene.status === 'no-webgl')
      events.push({
        type: 'error',
        payload: {
          code: 'no-webgl',
          message: 'This browser cannot draw 3D (WebGL); the list view still works.',
        },
      });
    if (state.scene.status === 'error')
      events.push({
        type: 'error',
        payload: { code: 'model-failed', message: `The 3D model failed to load: ${state.scene.message}` },
      });
  }
  if (!sameSelection(state.selection, previous.selection)) events.push(selectionEvent(state.selection));
  return events;
}

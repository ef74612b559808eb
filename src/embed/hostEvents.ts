/**
 * What the host hears about: store changes turned into protocol events (select, region-select,
 * hurts-change, load, error).
 * Every spread and source carries its grade: 'article' (the article's own words) or 'anatomy' (what
 * standard anatomy adds); what only changes position or mechanics comes apart, never as pain.
 */
import { connectMarks, functionSourcesOf, isPain, regionSourcesOf, sourcesOf, spreadFrom } from '../anatomy';
import type { Mark } from '../anatomy';
import type { ClaimId } from '../content/ids';
import type { Effect, Grade } from '../content/schema';
import { serializeHurts } from '../state/hurts';
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
        /** Where its pain can be felt, each with its grade. */
        regions: { region: string; side: string; grade: Grade }[];
        /** Where it only changes position or mechanics (H4, H5): not pain. */
        changes: { region: string; side: string; grade: Grade }[];
        claims: ClaimId[];
      };
    }
  | {
      type: 'region-select';
      payload: {
        region: string;
        side: string;
        /** Structures whose pain can be felt here, each with its grade. */
        sources: { structure: string; side: string | null; grade: Grade }[];
        /** Regions whose own pain the article says can spread here (B4: the low back). */
        sourceRegions: { region: string; side: string; grade: Grade }[];
        /** Structures that only change this region's position or mechanics (H4, H5). */
        changedBy: { structure: string; side: string | null; grade: Grade }[];
        claims: ClaimId[];
      };
    }
  | {
      type: 'hurts-change';
      payload: {
        /** The places marked as hurting, as a link writes them: 'side_of_hip:right'. */
        hurts: string[];
        /** What could connect them, best first: entries that reach two of the places or more. */
        connections: {
          kind: 'structure' | 'claim';
          /** A structure id, or a claim id for a mechanics or gait claim (B4, B5, H4, H6, K3). */
          id: string;
          side: string | null;
          grade: Grade;
          /** Each marked place it reaches, with the claims that link it, and pain or only mechanics. */
          links: { region: string; side: string; claims: ClaimId[]; effect: Effect }[];
        }[];
      };
    };

const unique = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

/** The event for a new selection; clearing is a `select` with nulls, so hosts can reset their own UI. */
export function selectionEvent(selection: Selection | null): HostEvent {
  if (selection === null)
    return {
      type: 'select',
      payload: { structure: null, side: null, regions: [], changes: [], claims: [] },
    };
  if (selection.kind === 'structure') {
    const spreads = spreadFrom(selection.id, selection.side);
    const pain = spreads.filter(isPain);
    return {
      type: 'select',
      payload: {
        structure: selection.id,
        side: selection.side,
        regions: pain.map((s) => ({ region: s.region, side: s.side, grade: s.grade })),
        changes: spreads
          .filter((s) => !isPain(s))
          .map((s) => ({ region: s.region, side: s.side, grade: s.grade })),
        claims: unique(spreads.map((s) => s.claims)),
      },
    };
  }
  const sources = sourcesOf(selection.id, selection.side);
  const regions = regionSourcesOf(selection.id, selection.side);
  const changedBy = functionSourcesOf(selection.id, selection.side);
  return {
    type: 'region-select',
    payload: {
      region: selection.id,
      side: selection.side,
      sources: sources.map((s) => ({ structure: s.structure, side: s.side, grade: s.grade })),
      sourceRegions: regions.map((r) => ({ region: r.region, side: r.side, grade: r.grade })),
      changedBy: changedBy.map((s) => ({ structure: s.structure, side: s.side, grade: s.grade })),
      claims: unique([...sources, ...regions, ...changedBy].map((s) => s.claims)),
    },
  };
}

/** The event for a new list of places that hurt. */
export function hurtsEvent(hurts: readonly Mark[]): HostEvent {
  return {
    type: 'hurts-change',
    payload: {
      hurts: hurts.map((m) => `${m.region}:${m.side}`),
      connections: connectMarks(hurts).connecting.map((e) => ({
        kind: e.kind,
        id: e.kind === 'structure' ? e.structure : e.claim,
        side: e.side,
        grade: e.grade,
        links: e.links.map((l) => ({
          region: l.mark.region,
          side: l.mark.side,
          claims: [...l.claims],
          effect: l.effect,
        })),
      })),
    },
  };
}

/** What the host hears about: the selection, the places that hurt and the scene's condition. */
export type HostView = Pick<ExplorerState, 'selection' | 'scene' | 'hurts'>;

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
  if (state.hurts !== previous.hurts && serializeHurts(state.hurts) !== serializeHurts(previous.hurts))
    events.push(hurtsEvent(state.hurts));
  return events;
}

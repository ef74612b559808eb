/**
 * The iframe side of the protocol: accepts commands only from the parent window and only from allowed
 * origins, answers bad ones with an `error`, and tells the parent about changes. Replies go to the exact
 * origin of the parent, never '*'.
 *
 * Commands and events are coalesced per animation frame (commandBatch.ts): a burst of thousands of
 * commands costs one store update and one event, not one each, so a host page cannot freeze the
 * explorer by talking too much. Error replies stay one per bad message.
 */
import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../state/store';
import { applyCommand } from './applyCommand';
import { CommandBatch, onNextFrame } from './commandBatch';
import { eventsFor, type HostView } from './hostEvents';
import { isAllowedOrigin } from './originPolicy';
import { droppedEntries, errorMessage, parseCommand } from './protocol';
import { PROTOCOL_VERSION, envelope } from './protocolConstants';

export interface FrameBridgeOptions {
  readonly win: Window;
  readonly store: Pick<StoreApi<ExplorerState>, 'getState' | 'subscribe'>;
  readonly allowed: ReadonlySet<string>;
}

/** The parent's origin as the browser reports it (ancestorOrigins in Chromium/WebKit; else the referrer). */
function reportedParentOrigin(win: Window): string | null {
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : null;
  } catch {
    return null;
  }
}

export function startFrameBridge({ win, store, allowed }: FrameBridgeOptions): () => void {
  const parent = win.parent;
  if (parent === win) return () => {};
  const reported = reportedParentOrigin(win);
  // Unknown parent origin (no ancestorOrigins, no referrer): address each allowed origin in turn; the
  // browser delivers only to the one that matches, so nothing ever goes to an origin off the list.
  let targets: string[] = reported ? (isAllowedOrigin(reported, allowed) ? [reported] : []) : [...allowed];
  if (targets.length === 0)
    console.warn(
      `[pain-explorer] The embedding page's origin (${reported}) is not allowed; add it to the "origins" parameter.`,
    );

  const post = (message: unknown) => {
    for (const origin of targets) parent.postMessage(message, origin);
  };

  const batch = new CommandBatch();
  // What the host has been told so far: at first, nothing selected and nothing loaded, so the first
  // frame after `ready` tells it the selection the page opened with.
  let told: HostView = { selection: null, scene: { status: 'loading' }, hurts: [] };
  let cancelFrame: (() => void) | null = null;

  const flush = () => {
    cancelFrame = null;
    const commands = batch.takeAtFrame(win.performance.now());
    if (commands === null)
      schedule(); // a burst goes on: look again next frame
    else for (const command of commands) applyCommand(command, store.getState());
    const now = store.getState();
    for (const event of eventsFor(now, told)) post(envelope(event.type, event.payload));
    told = { selection: now.selection, scene: now.scene, hurts: now.hurts };
  };
  const schedule = () => {
    cancelFrame ??= onNextFrame(win, flush);
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || !isAllowedOrigin(event.origin, allowed)) return;
    targets = [event.origin];
    const result = parseCommand(event.data);
    if (result.ok) {
      batch.add(result.command, win.performance.now());
      schedule();
      const dropped = droppedEntries(result);
      if (dropped) parent.postMessage(errorMessage(dropped), event.origin);
    } else parent.postMessage(errorMessage(result.error), event.origin);
  };
  win.addEventListener('message', onMessage);

  const unsubscribe = store.subscribe(schedule);
  post(envelope('ready', { version: PROTOCOL_VERSION }));
  schedule();

  return () => {
    win.removeEventListener('message', onMessage);
    unsubscribe();
    cancelFrame?.();
  };
}

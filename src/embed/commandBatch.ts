/**
 * Commands from the host, gathered between animation frames: a host may send thousands in a burst, and
 * the explorer needs only the last word on each thing. `select`, `selectRegion` and `clear` all set the
 * selection, so the last of them wins; the last `setMode`, `setLang`, `setLayers` and `setHurts` win; `resetView`
 * counts once. What is kept is applied in the order of its last arrival.
 *
 * The batch is applied at the first frame after commands have stopped coming for QUIET_MS (a lone
 * command: a few frames later), or once its oldest command has waited MAX_WAIT_MS. Each change redraws
 * the scene, which on a slow (software-rendered) device keeps it busy for most of a second: a redraw in
 * the middle of a burst, for a command the rest of the burst supersedes, would only keep the explorer
 * from answering once the burst is over. A host that never pauses is heard every MAX_WAIT_MS.
 */
import type { Command } from './protocol';

type Slot = 'selection' | 'mode' | 'lang' | 'layers' | 'view' | 'hurts';

const SLOT: Record<Command['type'], Slot> = {
  select: 'selection',
  selectRegion: 'selection',
  clear: 'selection',
  setMode: 'mode',
  setLang: 'lang',
  setLayers: 'layers',
  resetView: 'view',
  setHurts: 'hurts',
};

export const QUIET_MS = 50;
export const MAX_WAIT_MS = 2000;

export class CommandBatch {
  private readonly latest = new Map<Slot, Command>();
  /** When the oldest command still waiting came, and when the last one did, in ms. */
  private since: number | null = null;
  private last = 0;

  add(command: Command, now: number): void {
    const slot = SLOT[command.type];
    // Re-inserted, so the Map's order is the order of last arrival.
    this.latest.delete(slot);
    this.latest.set(slot, command);
    this.since ??= now;
    this.last = now;
  }

  get size(): number {
    return this.latest.size;
  }

  /**
   * At a frame: the commands to apply now (emptying the batch), or null while commands still come and
   * the oldest has waited less than MAX_WAIT_MS.
   */
  takeAtFrame(now: number): Command[] | null {
    if (this.since === null) return [];
    if (now - this.last < QUIET_MS && now - this.since < MAX_WAIT_MS) return null;
    const commands = [...this.latest.values()];
    this.latest.clear();
    this.since = null;
    return commands;
  }
}

/** Longest wait for a frame: a hidden or off-screen frame gets no animation frames at all. */
const FRAME_FALLBACK_MS = 100;

/**
 * Runs `run` once at the next animation frame, or after FRAME_FALLBACK_MS if no frame comes first.
 * Returns a function that cancels it.
 */
export function onNextFrame(win: Window, run: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
    run();
  };
  const frame = win.requestAnimationFrame(once);
  const timer = win.setTimeout(once, FRAME_FALLBACK_MS);
  return () => {
    done = true;
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
  };
}

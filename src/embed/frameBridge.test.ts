import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useExplorer } from '../state/store';
import { DEFAULT_URL_STATE } from '../state/types';
import { startFrameBridge } from './frameBridge';

const HOST = 'https://clinic.example';
const msg = (type: string, payload?: unknown) => ({ protocol: 'pain-explorer', version: 1, type, payload });

/** An iframe's window with a parent on HOST, and animation frames that run only when the test says. */
function fakeFrame() {
  const sent: { type: string; payload?: Record<string, unknown> }[] = [];
  const frames: (() => void)[] = [];
  const clock = { now: 0 };
  const parent = { postMessage: (message: (typeof sent)[number]) => sent.push(message) };
  const win = Object.assign(new EventTarget(), {
    parent,
    location: { ancestorOrigins: [HOST] },
    document: { referrer: '' },
    performance: { now: () => clock.now },
    requestAnimationFrame: (run: () => void) => frames.push(run),
    cancelAnimationFrame: () => {},
    // The fallback timer never fires here: frames come when the test runs them.
    setTimeout: () => 0,
    clearTimeout: () => {},
  });
  const receive = (data: unknown) =>
    win.dispatchEvent(Object.assign(new Event('message'), { data, origin: HOST, source: parent }));
  /** One animation frame, 16 ms after the last. */
  const nextFrame = () => {
    clock.now += 16;
    frames.splice(0).forEach((run) => run());
  };
  return { win: win as unknown as Window, sent, receive, nextFrame, clock };
}

describe('startFrameBridge', () => {
  let stop = () => {};
  beforeEach(() => useExplorer.getState().applyUrlState(DEFAULT_URL_STATE, []));
  afterEach(() => stop());

  it('tells the host the selection it opened with, once ready', () => {
    useExplorer.getState().select({ kind: 'structure', id: 'piriformis', side: 'left' });
    const frame = fakeFrame();
    stop = startFrameBridge({ win: frame.win, store: useExplorer, allowed: new Set([HOST]) });
    expect(frame.sent.map((m) => m.type)).toEqual(['ready']);
    frame.nextFrame();
    expect(frame.sent.map((m) => m.type)).toEqual(['ready', 'select']);
    expect(frame.sent[1]?.payload).toMatchObject({ structure: 'piriformis', side: 'left' });
  });

  it('applies a lone command within four frames', () => {
    const frame = fakeFrame();
    stop = startFrameBridge({ win: frame.win, store: useExplorer, allowed: new Set([HOST]) });
    frame.receive(msg('select', { structure: 'piriformis' }));
    for (let i = 0; i < 3; i += 1) frame.nextFrame();
    expect(useExplorer.getState().selection).toBeNull();
    frame.nextFrame(); // 64 ms later
    expect(useExplorer.getState().selection).toEqual({ kind: 'structure', id: 'piriformis', side: 'right' });
  });

  it('applies a burst of 5,000 commands as one change when it ends, and answers with one event', () => {
    const frame = fakeFrame();
    stop = startFrameBridge({ win: frame.win, store: useExplorer, allowed: new Set([HOST]) });
    frame.nextFrame();
    let changes = 0;
    const unsubscribe = useExplorer.subscribe(() => (changes += 1));
    const ids = ['piriformis', 'rectus_femoris', 'iliotibial_band', 'gluteus_medius'];
    for (let i = 0; i < 5000; i += 1) {
      frame.receive(msg('select', { structure: ids[i % ids.length], side: i % 2 ? 'left' : 'right' }));
      frame.receive(msg('setLang', { lang: i % 2 ? 'es' : 'en' }));
      if (i % 500 === 499) frame.nextFrame(); // the burst spans ten frames
    }
    expect(changes).toBe(0); // nothing is redrawn while it lasts
    for (let i = 0; i < 4; i += 1) frame.nextFrame(); // 64 ms without a command: the burst is over
    unsubscribe();
    expect(changes).toBeLessThanOrEqual(2); // the selection, the language
    expect(useExplorer.getState().selection).toEqual({
      kind: 'structure',
      id: 'gluteus_medius',
      side: 'left',
    });
    expect(useExplorer.getState().lang).toBe('es');
    const events = frame.sent.slice(1);
    expect(events.map((m) => m.type)).toEqual(['select']);
    expect(events[0]?.payload).toMatchObject({ structure: 'gluteus_medius', side: 'left' });
  });

  it('still applies an endless stream, every two seconds', () => {
    const frame = fakeFrame();
    stop = startFrameBridge({ win: frame.win, store: useExplorer, allowed: new Set([HOST]) });
    const applied: number[] = [];
    const unsubscribe = useExplorer.subscribe(() => applied.push(frame.clock.now));
    for (let f = 0; f < 300; f += 1) {
      for (let i = 0; i < 50; i += 1)
        frame.receive(
          msg('select', { structure: i % 2 ? 'piriformis' : 'femur', side: f % 2 ? 'left' : 'right' }),
        );
      frame.nextFrame();
    }
    unsubscribe();
    // 300 frames of 16 ms: 4.8 s, so two changes, not one per frame.
    expect(applied).toHaveLength(2);
  });

  it('answers every bad message at once with its own error', () => {
    const frame = fakeFrame();
    stop = startFrameBridge({ win: frame.win, store: useExplorer, allowed: new Set([HOST]) });
    for (let i = 0; i < 10; i += 1) frame.receive(msg('explode'));
    expect(frame.sent.filter((m) => m.type === 'error')).toHaveLength(10);
  });
});

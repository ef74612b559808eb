import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useExplorer } from './store';
import { syncUrl } from './syncUrl';
import { appHistory } from './appHistory';
import { DEFAULT_URL_STATE } from './types';

/** A window with just enough of location and history: entries, a position, popstate on back(). */
function fakeWindow(start: string) {
  const entries = [start];
  const states: unknown[] = [null];
  let at = 0;
  const target = new EventTarget();
  // Getters, not values: Object.assign would read them once.
  const win = Object.defineProperty(target, 'location', {
    get: () => new URL(entries[at]!, 'https://clinic.example'),
  });
  Object.defineProperty(win, 'history', {
    value: {
      get length() {
        return entries.length;
      },
      get state() {
        return states[at];
      },
      pushState(state: unknown, __: string, url: string) {
        entries.splice(at + 1, entries.length, url);
        states.splice(at + 1, states.length, state);
        at += 1;
      },
      replaceState(state: unknown, __: string, url: string) {
        entries[at] = url;
        states[at] = state;
      },
      back() {
        if (at === 0) return;
        at -= 1;
        target.dispatchEvent(new Event('popstate'));
      },
    },
  });
  return { win: win as unknown as Window, entries };
}

const explorer = () => useExplorer.getState();

describe('syncUrl', () => {
  let stop = () => {};
  beforeEach(() => explorer().applyUrlState(DEFAULT_URL_STATE, []));
  afterEach(() => stop());

  it('pushes a history entry per selection, so Back walks selections', () => {
    const { win, entries } = fakeWindow('/?lang=es');
    stop = syncUrl(win);
    explorer().select({ kind: 'structure', id: 'piriformis', side: 'right' });
    explorer().select({ kind: 'structure', id: 'gluteus_medius', side: 'left' });
    expect(entries).toHaveLength(3);
    win.history.back();
    expect(explorer().selection).toEqual({ kind: 'structure', id: 'piriformis', side: 'right' });
  });

  it("Back twice walks back twice, adds no entry, and keeps the app's own depth for its Back button", () => {
    const { win, entries } = fakeWindow('/');
    stop = syncUrl(win);
    explorer().select({ kind: 'structure', id: 'piriformis', side: 'right' });
    explorer().select({ kind: 'structure', id: 'gluteus_medius', side: 'left' });
    expect(appHistory.getState().depth).toBe(2);
    win.history.back();
    expect(appHistory.getState().depth).toBe(1);
    win.history.back();
    expect(explorer().selection).toBeNull();
    expect(appHistory.getState().depth).toBe(0);
    expect(entries).toHaveLength(3);
  });

  it('in a kiosk only replaces, keeps the kiosk parameters, and Back brings no earlier view back', () => {
    const { win, entries } = fakeWindow('/?kiosk=1&idle=6');
    stop = syncUrl(win, { kiosk: true });
    explorer().select({ kind: 'structure', id: 'piriformis', side: 'right' });
    explorer().select({ kind: 'structure', id: 'gluteus_medius', side: 'left' });
    explorer().setLang('es');
    expect(entries).toEqual(['/?structure=gluteus_medius&side=left&lang=es&kiosk=1&idle=6']);

    // An entry made outside syncUrl (a same-page #anchor) still holds the view of its time.
    win.history.pushState(null, '', `${entries[0]}#panel`);
    explorer().select(null);
    explorer().setLang('en');
    win.history.back();
    expect(explorer().selection).toBeNull();
    expect(explorer().lang).toBe('en');
    expect(entries[0]).toBe('/?kiosk=1&idle=6');
  });
});

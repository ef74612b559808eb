import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_IDLE_SECONDS, parseKioskConfig, startKiosk, useKiosk } from './kiosk';
import { registeredItems } from './patientReset';
import { useExplorer } from './store';
import { DEFAULT_URL_STATE } from './types';

describe('parseKioskConfig', () => {
  it('reads kiosk and idle', () => {
    expect(parseKioskConfig('?kiosk=1&idle=30')).toEqual({ enabled: true, idleSeconds: 30 });
    expect(parseKioskConfig('')).toEqual({ enabled: false, idleSeconds: DEFAULT_IDLE_SECONDS });
  });

  it('falls back to 90 s for idle values it cannot use', () => {
    for (const idle of ['', 'abc', '-5', '1', '2.5', '1e3', '9999999', '0x10', ' 30'])
      expect(parseKioskConfig(`?kiosk=1&idle=${encodeURIComponent(idle)}`).idleSeconds, idle).toBe(90);
  });
});

describe('startKiosk', () => {
  let win: Window;
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    win = new EventTarget() as unknown as Window;
    useExplorer.getState().applyUrlState(DEFAULT_URL_STATE, []);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('goes back to the start view in patient mode after the idle time, and only then', () => {
    const onIdleReset = vi.fn();
    stop = startKiosk({ config: { enabled: true, idleSeconds: 10 }, startLang: 'es', onIdleReset, win });
    expect(useKiosk.getState().enabled).toBe(true);
    useExplorer.getState().select({ kind: 'structure', id: 'rectus_femoris', side: 'left' });
    useExplorer.getState().setMode('student');
    useExplorer.getState().setPickRegions(true);
    useExplorer.getState().toggleHurt({ region: 'side_of_hip', side: 'right' });
    useExplorer.getState().toggleHurt({ region: 'calf', side: 'left' });
    useExplorer.getState().select({ kind: 'structure', id: 'rectus_femoris', side: 'left' });
    useExplorer.getState().setSearchText('sciatic nerve pain');
    useExplorer.getState().toggleLayer('skin');
    useExplorer.getState().setIsolate(true);
    useExplorer.getState().setLang('en');
    const resets = useExplorer.getState().viewResets;

    vi.advanceTimersByTime(8_000);
    win.dispatchEvent(new Event('pointerdown')); // a touch restarts the wait
    vi.advanceTimersByTime(8_000);
    expect(useExplorer.getState().selection).not.toBeNull();
    expect(onIdleReset).not.toHaveBeenCalled();

    vi.advanceTimersByTime(2_001);
    const state = useExplorer.getState();
    expect(state.selection).toBeNull();
    expect(state.mode).toBe('patient');
    expect(state.lang).toBe('es');
    expect(state.pickRegions).toBe(false);
    expect(state.hurts).toEqual([]);
    expect(state.searchText).toBe('');
    expect(state.layers).toEqual(DEFAULT_URL_STATE.layers);
    expect(state.isolate).toBe(false);
    expect(state.viewResets).toBe(resets + 1);
    expect(onIdleReset).toHaveBeenCalledTimes(1);

    // Untouched after a reset, it stays asleep: no further resets (and so no redraws).
    vi.advanceTimersByTime(60_000);
    expect(onIdleReset).toHaveBeenCalledTimes(1);
  });

  it('stops cleanly', () => {
    const onIdleReset = vi.fn();
    stop = startKiosk({ config: { enabled: true, idleSeconds: 5 }, startLang: 'en', onIdleReset, win });
    expect(registeredItems()).toContain('language');
    stop();
    expect(useKiosk.getState().enabled).toBe(false);
    expect(registeredItems()).not.toContain('language');
    vi.advanceTimersByTime(10_000);
    expect(onIdleReset).not.toHaveBeenCalled();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOUR_STEPS } from './tourSteps';
import { useKiosk } from '../state/kiosk';
import { useExplorer } from '../state/store';
import { startTourController, stepText, tourClaimFromSearch } from './tourController';
import { stepDurationMs, useTour } from './tourStore';
import { DEFAULT_URL_STATE } from '../state/types';

function fakeWindow(search: string) {
  const location = { href: `http://clinic.test/${search}`, search };
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => {
      location.href = url;
      location.search = new URL(url).search;
    },
  };
  return Object.assign(new EventTarget(), { location, history }) as unknown as Window;
}

describe('tour controller', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    useTour.getState().close();
    useExplorer.getState().applyUrlState(DEFAULT_URL_STATE, []);
    useExplorer.getState().setFocus(null);
  });
  afterEach(() => {
    stop();
    useKiosk.setState({ enabled: false, resets: 0 });
    vi.useRealTimers();
  });

  it('reads the step from the link, shows its focus, and keeps the link in step', () => {
    const win = fakeWindow('?structure=femur&tour=h2');
    expect(useTour.getState().available).toBe(false);
    stop = startTourController(win);
    expect(useTour.getState().available).toBe(true); // links into the tour show only where it runs
    expect(useTour.getState().index).toBe(TOUR_STEPS.findIndex((s) => s.claim.id === 'H2'));
    expect(useExplorer.getState().focus?.claim).toBe('H2');
    expect(win.location.search).toBe('?structure=femur&tour=H2');
    useTour.getState().next();
    expect(useExplorer.getState().focus?.claim).toBe('H3');
    expect(win.location.search).toContain('tour=H3');
    useTour.getState().close();
    expect(useExplorer.getState().focus).toBeNull();
    expect(win.location.search).toBe('?structure=femur');
  });

  it('shows and plays a tour opened before it started (the study chunk loads on demand)', () => {
    useTour.getState().open({ claim: 'K2', play: true });
    const win = fakeWindow('');
    stop = startTourController(win);
    expect(useExplorer.getState().focus?.claim).toBe('K2');
    expect(win.location.search).toBe('?tour=K2');
    vi.advanceTimersByTime(stepDurationMs(stepText(useTour.getState().index!, 'en')) + 10);
    expect(TOUR_STEPS[useTour.getState().index!]?.claim.id).toBe('K3');
  });

  it('ignores an unknown step in the link', () => {
    expect(tourClaimFromSearch('?tour=Z9')).toBeNull();
    expect(tourClaimFromSearch('?tour=k3')).toBe('K3');
  });

  it('plays step after step on a timer and stops at the end', () => {
    stop = startTourController(fakeWindow(''));
    useTour.getState().open({ claim: 'K3', play: true });
    vi.advanceTimersByTime(stepDurationMs(stepText(useTour.getState().index!, 'en')) + 10);
    expect(TOUR_STEPS[useTour.getState().index!]?.claim.id).toBe('G3');
    expect(useExplorer.getState().focus).toBeNull(); // the closing words name no structure
    vi.advanceTimersByTime(20_000);
    expect(TOUR_STEPS[useTour.getState().index!]?.claim.id).toBe('G3');
    expect(useTour.getState().playing).toBe(false);
  });

  it('pausing stops the timer', () => {
    stop = startTourController(fakeWindow(''));
    useTour.getState().open({ play: true });
    useTour.getState().setPlaying(false);
    vi.advanceTimersByTime(60_000);
    expect(useTour.getState().index).toBe(0);
  });

  it('starts the attract loop at a kiosk idle reset, loops, and ends at the first touch', () => {
    const win = fakeWindow('?kiosk=1');
    stop = startTourController(win);
    useKiosk.setState({ enabled: true, resets: 1 });
    expect(useTour.getState()).toMatchObject({ index: 0, playing: true, attract: true });
    useTour.setState({ index: TOUR_STEPS.length - 1 });
    useTour.getState().next();
    expect(useTour.getState().index).toBe(0);
    const resets = useExplorer.getState().viewResets;
    win.dispatchEvent(new Event('pointerdown'));
    expect(useTour.getState().index).toBeNull();
    expect(useExplorer.getState().focus).toBeNull();
    expect(useExplorer.getState().viewResets).toBe(resets + 1);
  });

  it('gives way when a structure is tapped', () => {
    stop = startTourController(fakeWindow(''));
    useTour.getState().open({ claim: 'K2' });
    useExplorer.getState().select({ kind: 'structure', id: 'femur', side: 'left' });
    expect(useTour.getState().index).toBeNull();
    expect(useExplorer.getState().focus).toBeNull();
  });
});

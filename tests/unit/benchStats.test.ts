// The bench's statistics decide "met / missed / undecided" for issue 18's targets: check them on known data.
import { describe, expect, it } from 'vitest';
import { median, p95, pairedRatioInterval, quantile, spread, verdict } from '../../bench/lib/stats.mjs';

describe('bench statistics', () => {
  it('interpolates quantiles between closest ranks and ignores non-numbers', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(median([5, NaN, 1, 3])).toBe(3);
    expect(p95([...Array(21).keys()])).toBe(19);
    expect(quantile([], 0.5)).toBeNull();
    expect(spread([1, 2, 3, 4, 5])).toEqual({ median: 3, q1: 2, q3: 4, n: 5 });
  });

  it('gives a tight interval around the true ratio when every pair agrees', () => {
    const pairs = Array.from({ length: 9 }, (_, i) => ({ a: [50 + i], b: [100 + 2 * i] }));
    const r = pairedRatioInterval(pairs, median);
    expect(r.estimate).toBeCloseTo(0.5, 6);
    expect(r.low).toBeCloseTo(0.5, 6);
    expect(r.high).toBeCloseTo(0.5, 6);
    expect(verdict(r, 0.75)).toBe('met');
    expect(verdict(r, 0.4)).toBe('missed');
  });

  it('widens the interval when pairs disagree, and calls a straddled target undecided', () => {
    const pairs = [0.4, 0.6, 0.8, 1.1, 0.5, 0.9, 0.7].map((ratio) => ({ a: [100 * ratio], b: [100] }));
    const r = pairedRatioInterval(pairs, median);
    expect(r.estimate).toBeCloseTo(0.7, 6);
    expect(r.low).toBeLessThan(0.7);
    expect(r.high).toBeGreaterThan(0.75);
    expect(verdict(r, 0.75)).toBe('undecided');
    // Same samples, same seed: the same interval, so a table can be reproduced from latest.json.
    expect(pairedRatioInterval(pairs, median)).toEqual(r);
  });

  it('resamples the frames inside each run for p95', () => {
    const pairs = [{ a: [10, 10, 10, 40], b: [20, 20, 20, 20] }];
    const r = pairedRatioInterval(pairs, p95);
    expect(r.estimate).toBeCloseTo((p95([10, 10, 10, 40]) ?? NaN) / 20, 6);
    expect(r.low).toBeLessThanOrEqual(r.estimate ?? 0);
    expect(r.high).toBe(2);
  });

  it('has no verdict without data', () => {
    expect(pairedRatioInterval([], median)).toEqual({ estimate: null, low: null, high: null });
    expect(verdict({ low: null, high: null }, 1)).toBe('no data');
    expect(verdict({}, 1)).toBe('no data');
  });
});

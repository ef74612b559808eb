// Types for stats.mjs, so the unit test (tests/unit/benchStats.test.ts) type-checks.
export interface RatioInterval {
  estimate: number | null;
  low: number | null;
  high: number | null;
}
export interface Spread {
  median: number | null;
  q1: number | null;
  q3: number | null;
  n: number;
}
export function quantile(samples: readonly number[], q: number): number | null;
export function median(samples: readonly number[]): number | null;
export function p95(samples: readonly number[]): number | null;
export function spread(samples: readonly number[]): Spread;
export function ratio(a: number | null, b: number | null): number | null;
export function round(v: number | null, digits?: number): number | null;
export function pairedRatioInterval(
  pairs: readonly { a: readonly number[]; b: readonly number[] }[],
  stat: (samples: number[]) => number | null,
  options?: { iterations?: number; seed?: number },
): RatioInterval;
export function verdict(
  interval: { low?: number | null; high?: number | null },
  target: number,
): 'met' | 'missed' | 'undecided' | 'no data';

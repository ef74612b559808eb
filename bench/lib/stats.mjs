// Order statistics and bootstrap intervals for timing samples.

/** The q-quantile (0..1) by linear interpolation between closest ranks; null for no samples. */
export function quantile(samples, q) {
  const sorted = samples.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (samples) => quantile(samples, 0.5);
export const p95 = (samples) => quantile(samples, 0.95);

/** Median with its interquartile range: the spread of the samples themselves. */
export function spread(samples) {
  return {
    median: median(samples),
    q1: quantile(samples, 0.25),
    q3: quantile(samples, 0.75),
    n: samples.length,
  };
}

export function ratio(a, b) {
  return a === null || b === null || b === 0 ? null : a / b;
}

export const round = (v, digits = 1) => (v === null ? null : Number(v.toFixed(digits)));

/** mulberry32: a small seeded generator, so the same samples always give the same interval. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ITERATIONS = 4000;
const LEVEL = 0.95;

/**
 * A percentile bootstrap interval (95 %) for a ratio between two pages measured in interleaved pairs.
 * `pairs[k] = { a: samples, b: samples }` holds what one pair of runs gave (one cold load each: one sample;
 * one orbit each: its frame intervals). Each iteration draws pairs with replacement, so drift between pairs
 * (a busy machine) widens the interval, then samples within each drawn run, then compares `stat` (median,
 * p95) of page a with that of page b. Returns the point estimate on all samples and the interval.
 */
export function pairedRatioInterval(pairs, stat, { iterations = ITERATIONS, seed = 18 } = {}) {
  const all = (side) => pairs.flatMap((p) => p[side]);
  const estimate = ratio(stat(all('a')), stat(all('b')));
  if (pairs.length === 0 || estimate === null) return { estimate: null, low: null, high: null };
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const ratios = [];
  for (let i = 0; i < iterations; i += 1) {
    const a = [];
    const b = [];
    for (let k = 0; k < pairs.length; k += 1) {
      const pair = pick(pairs);
      for (let j = 0; j < pair.a.length; j += 1) a.push(pick(pair.a));
      for (let j = 0; j < pair.b.length; j += 1) b.push(pick(pair.b));
    }
    const r = ratio(stat(a), stat(b));
    if (r !== null && Number.isFinite(r)) ratios.push(r);
  }
  const tail = (1 - LEVEL) / 2;
  return { estimate, low: quantile(ratios, tail), high: quantile(ratios, 1 - tail) };
}

/** met: the whole interval is within the target; missed: the whole interval is beyond it; else undecided. */
export function verdict({ low, high }, target) {
  if (low == null || high == null) return 'no data';
  if (high <= target) return 'met';
  if (low > target) return 'missed';
  return 'undecided';
}

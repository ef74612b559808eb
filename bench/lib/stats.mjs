// Small order statistics for timing samples.

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

export function ratio(a, b) {
  return a === null || b === null || b === 0 ? null : a / b;
}

export const round = (v, digits = 1) => (v === null ? null : Number(v.toFixed(digits)));

/**
 * Nearest-rank percentile (0 < p ≤ 100) of unsorted values; `NaN` for an empty list. Latencies are kept
 * as exact floating-point milliseconds, because the histogram the load tool keeps rounds to whole
 * milliseconds, too coarse for a 3 ms target.
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], received ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1];
}

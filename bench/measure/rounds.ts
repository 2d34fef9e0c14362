/** Per-round ratios of one contender's figure to another's, and their median and spread. */
export interface RatioSummary {
  /** Median of the per-round ratios. */
  median: number;
  min: number;
  max: number;
  /** One ratio per round, in round order. */
  ratios: number[];
}

/**
 * Ratios `numerator[i] / denominator[i]` of rounds measured back to back (so both sides saw the
 * same machine), summarised by their median and range. `null` when no round has both figures.
 */
export function ratioSummary(
  numerator: readonly number[],
  denominator: readonly number[],
): RatioSummary | null {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(numerator.length, denominator.length); i++) {
    if (denominator[i] > 0 && Number.isFinite(numerator[i])) {
      ratios.push(numerator[i] / denominator[i]);
    }
  }
  if (ratios.length === 0) return null;
  return {
    median: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    ratios,
  };
}

/** Median of a non-empty list (mean of the middle two for an even count); `NaN` when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The order of round `round`: `items` rotated by it (A B C, then B C A, then C A B…), so no
 * contender always runs first (on a cold cache) or right after the same neighbour.
 */
export function rotated<T>(items: readonly T[], round: number): T[] {
  if (items.length === 0) return [];
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

import type { RssSample } from './RssSampler';

/** How RSS evolved over a long run, after the warm-up. */
export interface GrowthTrend {
  /** Samples analysed (those after the warm-up). */
  samples: number;
  /** Requests spanned by the analysed samples. */
  requestSpan: number;
  /** Least-squares slope of RSS over completed requests, scaled to 100,000 requests. */
  slopeBytesPer100kRequests: number;
  /** Median RSS of the first window of analysed samples. */
  firstWindowRssBytes: number;
  /** Median RSS of the last window of analysed samples. */
  lastWindowRssBytes: number;
  /** Largest growth tolerated before the trend counts as growth. */
  toleranceBytes: number;
  /** True when both the fitted slope and the first-vs-last windows exceed the tolerance. */
  growing: boolean;
}

export interface GrowthTrendOptions {
  /** Fraction of the requests treated as warm-up (heap and JIT reach steady state): default 0.1. */
  warmupFraction?: number;
  /** Fraction of analysed samples in each of the first and last windows: default 0.2. */
  windowFraction?: number;
  /** Growth below max(toleranceBytes, toleranceRatio × first window) is noise: 10 MiB and 5 %. */
  toleranceBytes?: number;
  toleranceRatio?: number;
}

/**
 * Decides whether RSS keeps growing with the number of requests served. A garbage-collected heap
 * saw-tooths, so neither one sample nor the slope alone is trusted: growth must show in the fitted
 * slope over the whole run and in the median of the last window against the first.
 */
export function growthTrend(samples: RssSample[], options: GrowthTrendOptions = {}): GrowthTrend {
  const warmupFraction = options.warmupFraction ?? 0.1;
  const windowFraction = options.windowFraction ?? 0.2;
  const lastRequests = samples.length > 0 ? samples[samples.length - 1].requests : 0;
  const analysed = samples.filter((s) => s.requests >= lastRequests * warmupFraction);
  if (analysed.length < 3) {
    throw new Error(
      `growth trend needs at least 3 samples after the warm-up, received ${analysed.length}`,
    );
  }
  const windowSize = Math.max(1, Math.floor(analysed.length * windowFraction));
  const first = median(analysed.slice(0, windowSize).map((s) => s.rssBytes));
  const last = median(analysed.slice(-windowSize).map((s) => s.rssBytes));
  const requestSpan = analysed[analysed.length - 1].requests - analysed[0].requests;
  const slope = leastSquaresSlope(
    analysed.map((s) => s.requests),
    analysed.map((s) => s.rssBytes),
  );
  const toleranceBytes = Math.max(
    options.toleranceBytes ?? 10 * 1024 * 1024,
    (options.toleranceRatio ?? 0.05) * first,
  );
  return {
    samples: analysed.length,
    requestSpan,
    slopeBytesPer100kRequests: slope * 100_000,
    firstWindowRssBytes: first,
    lastWindowRssBytes: last,
    toleranceBytes,
    growing: slope * requestSpan > toleranceBytes && last - first > toleranceBytes,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function leastSquaresSlope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < n; i++) {
    numerator += (xs[i] - meanX) * (ys[i] - meanY);
    denominator += (xs[i] - meanX) ** 2;
  }
  return denominator === 0 ? 0 : numerator / denominator;
}

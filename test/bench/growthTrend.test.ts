import { percentile } from '../../bench/load/percentile';
import { growthTrend } from '../../bench/memory/growthTrend';
import type { RssSample } from '../../bench/memory/RssSampler';

const MiB = 1024 * 1024;

/** 100 samples over 100k requests with a saw-tooth of ±8 MiB on top of `base(requests)`. */
function samples(base: (requests: number) => number): RssSample[] {
  return Array.from({ length: 100 }, (_, i) => {
    const requests = (i + 1) * 1_000;
    return { elapsedMs: i * 500, requests, rssBytes: base(requests) + ((i % 4) - 2) * 4 * MiB };
  });
}

describe('growthTrend', () => {
  it('reports a flat saw-tooth heap as not growing', () => {
    const trend = growthTrend(samples(() => 90 * MiB));
    expect(trend.growing).toBe(false);
    expect(Math.abs(trend.slopeBytesPer100kRequests)).toBeLessThan(2 * MiB);
  });

  it('does not count the warm-up ramp as growth', () => {
    const trend = growthTrend(samples((r) => (r < 8_000 ? 40 * MiB + r * 5_000 : 90 * MiB)));
    expect(trend.growing).toBe(false);
  });

  it('flags a steady leak and measures its slope', () => {
    // 1 KiB per request: about 98 MiB per 100k requests.
    const trend = growthTrend(samples((r) => 90 * MiB + r * 1024));
    expect(trend.growing).toBe(true);
    expect(trend.slopeBytesPer100kRequests / MiB).toBeCloseTo(97.66, 0);
    expect(trend.lastWindowRssBytes).toBeGreaterThan(trend.firstWindowRssBytes + 50 * MiB);
  });

  it('needs enough samples to say anything', () => {
    expect(() => growthTrend(samples(() => MiB).slice(0, 2))).toThrow('at least 3 samples');
  });
});

describe('percentile', () => {
  it('uses the nearest rank on unsorted values', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile([2.25], 50)).toBe(2.25);
    expect(percentile([], 50)).toBeNaN();
  });
});

import { Counter, Histogram, Registry } from 'prom-client';

import { ScrapedCounter, ScrapedHistogram } from '../../src/observability/scrapedMetrics';

const BUCKETS = [0.005, 0.01, 0.5, 1];
// Below, on and between the bounds, and above every one.
const VALUES = [0, 0.001, 0.005, 0.0050001, 0.2, 0.5, 1, 1.5, 30];
const LABELS = [
  { service: 'SSOAdmin', operation: 'DescribePermissionSet' },
  { service: 'Proton', operation: 'GetEnvironmentAccountConnection' },
];

/** `getMetricsAsJSON()` without the exemplars (none is recorded; prom-client lists them as null). */
async function json(registry: Registry): Promise<unknown> {
  const metrics = await registry.getMetricsAsJSON();
  return metrics.map((metric) => ({
    ...metric,
    values: metric.values.map((value) =>
      Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'exemplar')),
    ),
  }));
}

/** The same metric twice, in two registries: prom-client's own and the scraped one. */
function pair() {
  const own = new Registry();
  const scraped = new Registry();
  const config = { name: 'm', help: 'help', labelNames: ['service', 'operation'] as const };
  return { own, scraped, config };
}

describe('series recorded into numbers and published at scrape time', () => {
  test('a histogram exposes what a prom-client Histogram with the same observations does', async () => {
    const { own, scraped, config } = pair();
    const reference = new Histogram({ ...config, buckets: BUCKETS, registers: [own] });
    const histogram = new ScrapedHistogram({ ...config, buckets: BUCKETS, registers: [scraped] });
    LABELS.forEach((labels, i) => {
      const series = histogram.bind(labels);
      for (const value of VALUES.slice(i)) {
        reference.observe(labels, value);
        series.observe(value);
      }
    });
    expect(await scraped.metrics()).toBe(await own.metrics());
    expect(await json(scraped)).toEqual(await json(own));
    expect(scraped.getSingleMetric('m')).toBe(histogram);
  });

  test('a counter exposes what a prom-client Counter does, its bound series from 0', async () => {
    const { own, scraped, config } = pair();
    const reference = new Counter({ ...config, registers: [own] });
    const counter = new ScrapedCounter({ ...config, registers: [scraped] });
    const [first, second] = LABELS.map((labels) => counter.bind(labels));
    reference.inc(LABELS[0], 0);
    reference.inc(LABELS[1], 0);
    expect(await scraped.metrics()).toBe(await own.metrics());

    for (let i = 0; i < 3; i++) first.inc();
    second.inc();
    reference.inc(LABELS[0], 3);
    reference.inc(LABELS[1]);
    expect(await scraped.metrics()).toBe(await own.metrics());
    // Scraping again publishes the totals again, not twice.
    expect(await scraped.metrics()).toBe(await own.metrics());
    expect(await json(scraped)).toEqual(await json(own));
  });

  test('a histogram series is exported from the start, at 0', async () => {
    const { own, scraped, config } = pair();
    const reference = new Histogram({ ...config, buckets: BUCKETS, registers: [own] });
    const histogram = new ScrapedHistogram({ ...config, buckets: BUCKETS, registers: [scraped] });
    histogram.bind(LABELS[0]);
    reference.zero(LABELS[0]);
    expect(await scraped.metrics()).toBe(await own.metrics());
  });
});

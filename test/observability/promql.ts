import { GatewayMetrics } from '../../src/observability/metrics';

const PROMQL_KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
]);

/**
 * The metric names a PromQL expression selects, with the label names its matchers use: string
 * literals, ranges and Grafana variables are dropped, `by (…)`-style label lists too, and an
 * identifier followed by `(` is a function or aggregation.
 */
export function selectors(expr: string): { metric: string; labels: string[] }[] {
  const text = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\$\{?\w+\}?/g, '')
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '');
  const found: { metric: string; labels: string[] }[] = [];
  for (const match of text.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\{[^}]*\})?\s*(\()?/g)) {
    const [, name, matchers, call] = match;
    if (call !== undefined || PROMQL_KEYWORDS.has(name) || /^\d/.test(name)) continue;
    const labels = [...(matchers ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)/g)].map(
      (m) => m[1],
    );
    found.push({ metric: name, labels });
  }
  return found;
}

/** Every series name the gateway exports (histograms as `_bucket`, `_sum`, `_count`), with its labels. */
export async function exportedSeries(): Promise<Map<string, Set<string>>> {
  const metrics = new GatewayMetrics();
  const names = new Map<string, Set<string>>();
  for (const metric of await metrics.registry.getMetricsAsJSON()) {
    const object = metrics.registry.getSingleMetric(metric.name) as unknown as {
      labelNames?: string[];
    };
    // Prometheus adds job and instance to every series it scrapes.
    const labels = new Set(['job', 'instance', ...(object.labelNames ?? [])]);
    if (String(metric.type) === 'histogram') {
      names.set(`${metric.name}_bucket`, new Set([...labels, 'le']));
      names.set(`${metric.name}_sum`, labels);
      names.set(`${metric.name}_count`, labels);
    } else {
      names.set(metric.name, labels);
    }
  }
  return names;
}

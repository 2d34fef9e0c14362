import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { GatewayMetrics } from '../../src/observability/metrics';

interface Target {
  expr: string;
  datasource?: { uid?: string };
}
interface Panel {
  type: string;
  title: string;
  datasource?: { type?: string; uid?: string };
  targets?: Target[];
  panels?: Panel[];
}
interface Dashboard {
  panels: Panel[];
  templating: { list: { name: string; type: string; query: unknown; definition?: string }[] };
}

const dashboard = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'ops', 'grafana', 'account-graph.json'), 'utf8'),
) as Dashboard;
const panels = dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]);
const queryPanels = panels.filter((p) => p.type !== 'row');
const exprs = queryPanels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));

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
function selectors(expr: string): { metric: string; labels: string[] }[] {
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
async function exported(): Promise<Map<string, Set<string>>> {
  const metrics = new GatewayMetrics();
  const names = new Map<string, Set<string>>();
  for (const metric of await metrics.registry.getMetricsAsJSON()) {
    const object = metrics.registry.getSingleMetric(metric.name) as unknown as {
      labelNames?: string[];
    };
    // Prometheus adds job and instance to every series it scrapes.
    const labels = new Set(['job', 'instance', ...(object.labelNames ?? [])]);
    if (metric.type === ('histogram' as typeof metric.type)) {
      names.set(`${metric.name}_bucket`, new Set([...labels, 'le']));
      names.set(`${metric.name}_sum`, labels);
      names.set(`${metric.name}_count`, labels);
    } else {
      names.set(metric.name, labels);
    }
  }
  return names;
}

describe('the Grafana dashboard (ops/grafana/account-graph.json)', () => {
  test('every PromQL expression selects only metrics the gateway exports, by their labels', async () => {
    const names = await exported();
    expect(exprs.length).toBeGreaterThan(20);
    for (const expr of exprs) {
      const selected = selectors(expr);
      expect({ expr, selected: selected.length > 0 }).toEqual({ expr, selected: true });
      for (const { metric, labels } of selected) {
        expect({ expr, metric, exported: names.has(metric) }).toEqual({
          expr,
          metric,
          exported: true,
        });
        for (const label of labels) {
          expect({ metric, label, known: names.get(metric)!.has(label) }).toEqual({
            metric,
            label,
            known: true,
          });
        }
      }
    }
  });

  test('covers traffic, latency, errors, AWS calls and throttles, quota headroom, cache and process', () => {
    const used = new Set(exprs.flatMap((e) => selectors(e).map((s) => s.metric)));
    for (const metric of [
      'accountgraph_graphql_requests_total',
      'accountgraph_graphql_request_duration_seconds_bucket',
      'accountgraph_graphql_errors_total',
      'accountgraph_upstream_requests_total',
      'accountgraph_upstream_request_duration_seconds_bucket',
      'accountgraph_aws_quota_tps',
      'accountgraph_aws_quota_refusals_total',
      'accountgraph_upstream_in_flight',
      'accountgraph_cache_lookups_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_p99_seconds',
      'nodejs_gc_duration_seconds_sum',
    ]) {
      expect(used).toContain(metric);
    }
    for (const quantile of ['0.5', '0.95', '0.99']) {
      expect(
        exprs.some((e) =>
          e.includes(`histogram_quantile(${quantile}, sum by (le) (rate(accountgraph_graphql_`),
        ),
      ).toBe(true);
    }
    expect(exprs.some((e) => /outcome="throttled"/.test(e))).toBe(true);
  });

  test('every panel queries the Prometheus data source chosen in its variable', () => {
    const variable = dashboard.templating.list.find((v) => v.name === 'datasource');
    expect(variable).toMatchObject({ type: 'datasource', query: 'prometheus' });
    for (const panel of queryPanels) {
      expect({ title: panel.title, datasource: panel.datasource }).toEqual({
        title: panel.title,
        datasource: { type: 'prometheus', uid: '${datasource}' },
      });
    }
    // The job and instance variables are read from a metric the gateway exports.
    for (const name of ['job', 'instance']) {
      const definition = dashboard.templating.list.find((v) => v.name === name)?.definition;
      expect(definition).toMatch(/^label_values\(accountgraph_graphql_requests_total\b/);
    }
  });
});

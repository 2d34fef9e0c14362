import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { exportedSeries, selectors } from './promql';

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

describe('the Grafana dashboard (ops/grafana/account-graph.json)', () => {
  test('every PromQL expression selects only metrics the gateway exports, by their labels', async () => {
    const names = await exportedSeries();
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

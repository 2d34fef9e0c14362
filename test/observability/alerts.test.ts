import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { exportedSeries, selectors } from './promql';

const root = join(__dirname, '..', '..');
const rules = readFileSync(join(root, 'ops', 'prometheus', 'account-graph-alerts.yml'), 'utf8');
const alerts = [...rules.matchAll(/- alert: (\S+)\n\s+expr: (.+)\n/g)].map(([, name, expr]) => ({
  name,
  expr,
}));

describe('the alerting rules (ops/prometheus/account-graph-alerts.yml)', () => {
  test('every rule selects only metrics and labels the gateway exports (or Prometheus’s up)', async () => {
    const names = await exportedSeries();
    names.set('up', new Set(['job', 'instance']));
    expect(alerts.length).toBe((rules.match(/- alert:/g) ?? []).length);
    expect(alerts.length).toBeGreaterThanOrEqual(8);
    for (const { name, expr } of alerts) {
      const selected = selectors(expr);
      expect({ name, selected: selected.length > 0 }).toEqual({ name, selected: true });
      for (const { metric, labels } of selected) {
        expect({ name, metric, exported: names.has(metric) }).toEqual({
          name,
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

  test('the README lists every alert with the rule’s expression', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const { name, expr } of alerts) {
      const item = readme.split('\n').find((line) => line.includes(`\`${name}\``));
      expect({ name, listed: item?.includes(`\`${expr}\``) }).toEqual({ name, listed: true });
    }
  });
});

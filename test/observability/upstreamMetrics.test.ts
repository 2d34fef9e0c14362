import {
  attemptsByOperation,
  DASHBOARD,
  ONE_ASSOCIATION,
  startObservedStack,
  total,
  type ObservedStack,
} from './observedStack';

const GET = 'IoTManagedIntegrations.GetAccountAssociation';

describe('accountgraph_upstream_requests_total against the emulator’s own count', () => {
  let stack: ObservedStack;
  beforeAll(async () => {
    stack = await startObservedStack({ UPSTREAM_MAX_ATTEMPTS: '3' });
  });
  afterAll(() => stack.stop());
  afterEach(() => stack.clearFaults());

  test('every AWS call of every service is counted once, by service, operation and outcome ok', async () => {
    for (let i = 0; i < 3; i++) {
      const { body } = await stack.graphql(DASHBOARD.query, DASHBOARD.variables);
      expect(body.errors).toBeUndefined();
    }
    const samples = await stack.scrape();
    const calls = await stack.calls();
    expect(Object.keys(calls).sort()).toEqual([
      GET,
      'Proton.GetEnvironmentAccountConnection',
      'SSOAdmin.DescribeAccountAssignmentCreationStatus',
    ]);
    expect(attemptsByOperation(samples)).toEqual(calls);
    expect(total(samples, 'accountgraph_upstream_requests_total', { outcome: 'ok' })).toBe(18);
    expect(total(samples, 'accountgraph_upstream_retries_total')).toBe(0);
    // One duration observation per attempt.
    expect(
      total(samples, 'accountgraph_upstream_request_duration_seconds_count', {
        service: 'SSOAdmin',
        operation: 'DescribeAccountAssignmentCreationStatus',
      }),
    ).toBe(6);
    expect(
      total(samples, 'accountgraph_graphql_requests_total', {
        operation_type: 'query',
        outcome: 'success',
      }),
    ).toBe(3);
  });

  test('under injected throttling each SDK retry is one attempt, counted with outcome throttled', async () => {
    await stack.resetCalls();
    const before = await stack.scrape();
    // Every GetAccountAssociation is throttled: each call makes UPSTREAM_MAX_ATTEMPTS attempts.
    await stack.setFaults([{ operation: GET, errorRate: 1, error: 'ThrottlingException' }]);
    const { body } = await stack.graphql(DASHBOARD.query, DASHBOARD.variables);
    expect(body.errors?.map((e): unknown => e.extensions?.code)).toEqual([
      'THROTTLED',
      'THROTTLED',
    ]);
    // Half the time: some attempts succeed on a retry, some fail.
    await stack.setFaults([{ operation: GET, errorRate: 0.5, error: 'ThrottlingException' }]);
    await Promise.all(
      Array.from({ length: 8 }, () =>
        stack.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables),
      ),
    );
    const after = await stack.scrape();
    const calls = await stack.calls();

    const delta = (labels: Record<string, string>) =>
      total(after, 'accountgraph_upstream_requests_total', labels) -
      total(before, 'accountgraph_upstream_requests_total', labels);
    const getLabels = { service: 'IoTManagedIntegrations', operation: 'GetAccountAssociation' };
    expect(delta(getLabels)).toBe(calls[GET]);
    expect(delta({ service: 'SSOAdmin' })).toBe(
      calls['SSOAdmin.DescribeAccountAssignmentCreationStatus'],
    );
    expect(delta({ service: 'Proton' })).toBe(calls['Proton.GetEnvironmentAccountConnection']);
    // The two calls throttled 3 times each, at least; with the retries of the 8 others, more.
    const throttled = delta({ ...getLabels, outcome: 'throttled' });
    expect(throttled).toBeGreaterThanOrEqual(6);
    expect(throttled + delta({ ...getLabels, outcome: 'ok' })).toBe(calls[GET]);
    // Every attempt after a call's first is a retry: attempts minus calls made (2 + 8 Gets).
    const retries =
      total(after, 'accountgraph_upstream_retries_total', getLabels) -
      total(before, 'accountgraph_upstream_retries_total', getLabels);
    expect(retries).toBe(calls[GET] - 10);
    expect(
      total(after, 'accountgraph_graphql_errors_total', { code: 'THROTTLED' }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      total(after, 'accountgraph_graphql_requests_total', { outcome: 'partial' }),
    ).toBeGreaterThanOrEqual(1);
  });

  test('the in-flight gauges and the configured quotas are exported per service', async () => {
    const samples = await stack.scrape();
    for (const service of ['IoTManagedIntegrations', 'SSOAdmin', 'Proton']) {
      expect(total(samples, 'accountgraph_upstream_in_flight', { service })).toBe(0);
      expect(total(samples, 'accountgraph_upstream_queued', { service })).toBe(0);
      expect(total(samples, 'accountgraph_upstream_in_flight_limit', { service })).toBe(50);
    }
    expect(total(samples, 'accountgraph_aws_quota_tps', { service: 'SSOAdmin' })).toBe(20);
    expect(total(samples, 'accountgraph_aws_quota_tps', { service: 'Proton' })).toBe(100);
    // The standard process metrics.
    for (const name of [
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(samples.some((s) => s.name === name)).toBe(true);
    }
  });
});

describe('the AWS quota gate', () => {
  let stack: ObservedStack;
  beforeAll(async () => {
    // One SSO call per 1.1 s, and a deadline that no wait for the next one fits in.
    stack = await startObservedStack({ AWS_QUOTA_SSO_ADMIN_TPS: '1', REQUEST_DEADLINE_MS: '500' });
  });
  afterAll(() => stack.stop());

  test('a call it refuses never reaches AWS and is counted as a refusal, not an attempt', async () => {
    const { body } = await stack.graphql(DASHBOARD.query, DASHBOARD.variables);
    expect(body.errors?.map((e): unknown => e.extensions?.code)).toEqual(['THROTTLED']);
    const samples = await stack.scrape();
    const calls = await stack.calls();
    expect(calls['SSOAdmin.DescribeAccountAssignmentCreationStatus']).toBe(1);
    expect(attemptsByOperation(samples)).toEqual(calls);
    expect(total(samples, 'accountgraph_aws_quota_refusals_total', { service: 'SSOAdmin' })).toBe(
      1,
    );
  });
});

describe('cache lookups', () => {
  let stack: ObservedStack;
  beforeAll(async () => {
    stack = await startObservedStack({ CACHE: 'memory' });
  });
  afterAll(() => stack.stop());

  test('accountgraph_cache_lookups_total counts hits and misses per entity type', async () => {
    for (let i = 0; i < 3; i++) {
      const { body } = await stack.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables);
      expect(body.errors).toBeUndefined();
    }
    const samples = await stack.scrape();
    const lookups = (result: string) =>
      total(samples, 'accountgraph_cache_lookups_total', { type: 'AccountAssociation', result });
    expect(lookups('miss')).toBe(1);
    expect(lookups('hit')).toBe(2);
    expect(attemptsByOperation(samples)).toEqual(await stack.calls());
  });
});

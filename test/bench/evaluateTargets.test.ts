import { ratioSummary } from '../../bench/measure/rounds';
import { parseOptions } from '../../bench/options';
import type {
  CellResult,
  MemoryResults,
  ThroughputComparison,
} from '../../bench/report/BenchResults';
import { callsByOperationTarget, evaluateTargets } from '../../bench/report/evaluateTargets';

const full = parseOptions([]).profile;
const quick = parseOptions(['--quick']).profile;

function cell(
  contender: CellResult['contender'],
  scenarioNumber: number,
  figures: { calls: number; minimum: number; p50At0: number; p50At20: number },
): CellResult {
  const latency = (p50: number) => ({ p50, p99: p50 * 2, requests: 100 });
  return {
    scenario: `s${scenarioNumber}`,
    scenarioNumber,
    scenarioTitle: `scenario ${scenarioNumber}`,
    contender,
    minimumUpstreamCalls: figures.minimum,
    minimumUpstreamCallsByOperation: {},
    upstreamCallsPerQuery: figures.calls,
    upstreamCallsPerQueryByOperation: {},
    latencyMs: { upstream0ms: latency(figures.p50At0), upstream20ms: latency(figures.p50At20) },
    requestsPerSecond: 100,
    requestsPerSecondByRound: [100, 100, 100, 100, 100],
    startRssMB: 80,
    peakRssMB: 120,
    failedRequests: 0,
  };
}

function memory(peakRssMB: number, growing: boolean, heapRatio = 0.95): MemoryResults {
  const run = (heap: 'sized' | 'node-defaults', rss: number, rps: number[]) => ({
    contender: 'gateway' as const,
    label: heap === 'sized' ? 'gateway' : "gateway (Node's default heap sizing)",
    heap,
    nodeOptions: '',
    scenario: 'page-with-tags',
    connections: 64,
    peakRssMB: rss,
    launcherPeakRssMB: heap === 'sized' ? 42 : null,
    requestsPerSecond: Number(rps[2].toFixed(1)),
    requestsPerSecondByRound: rps,
    failedRequests: 0,
  });
  const unsized = [20, 10, 14, 18, 12];
  const sized = unsized.map((rps) => rps * heapRatio);
  return {
    at64Connections: [run('sized', peakRssMB, sized), run('node-defaults', 300, unsized)],
    heapSizingRatio: ratioSummary(sized, unsized),
    soak: {
      contender: 'gateway',
      mix: ['association-by-id'],
      requests: 100_000,
      connections: 32,
      requestsPerSecond: 500,
      peakRssMB: peakRssMB,
      trend: {
        samples: 100,
        requestSpan: 90_000,
        slopeBytesPer100kRequests: growing ? 50e6 : 0,
        firstWindowRssBytes: 100e6,
        lastWindowRssBytes: growing ? 150e6 : 100e6,
        toleranceBytes: 10e6,
        growing,
      },
      failedRequests: 0,
    },
  };
}

/** Gateway ÷ naive peer and gateway ÷ floor on scenarios 1 and 5, from per-round req/s. */
function comparisons(gatewayOverPeer: number[]): ThroughputComparison[] {
  const peer = [500, 300, 700, 650, 400];
  return [1, 5].flatMap((scenarioNumber) => [
    {
      scenario: `s${scenarioNumber}`,
      scenarioNumber,
      scenarioTitle: `scenario ${scenarioNumber}`,
      numerator: 'gateway' as const,
      denominator: 'naive-peer' as const,
      ratio: ratioSummary(
        peer.map((rps, i) => rps * gatewayOverPeer[i]),
        peer,
      ),
    },
    {
      scenario: `s${scenarioNumber}`,
      scenarioNumber,
      scenarioTitle: `scenario ${scenarioNumber}`,
      numerator: 'gateway' as const,
      denominator: 'floor' as const,
      ratio: ratioSummary([1, 1, 1], [2, 2, 2]),
    },
  ]);
}

describe('evaluateTargets', () => {
  const onTarget = [1, 2, 3, 4].flatMap((n) => [
    cell('gateway', n, { calls: 7, minimum: 7, p50At0: 2.5, p50At20: 23 }),
    cell('floor', n, { calls: 7, minimum: 7, p50At0: 1, p50At20: 21 }),
  ]);
  const atLeastPeer = comparisons([1.1, 0.9, 1.05, 1.2, 1.0]);

  it('reports every target met when the figures are within bounds', () => {
    const targets = evaluateTargets(onTarget, memory(140, false), full, atLeastPeer);
    expect(targets.map((t) => t.met)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      null,
    ]);
    expect(targets[8]).toMatchObject({ met: null, detail: 'not measured' });
    expect(targets[1].detail).toContain('#1 23.0 vs 21.0 ms = 1.10×');
    expect(targets[2].detail).toBe('2.50 − 1.00 = 1.50 ms');
    expect(targets[3].detail).toBe(
      "peak 140 MB (node dist/main.js: heap limits sized by the gateway), launcher process 42 MB; 300 MB with Node's default heap sizing; 140 MB on the soak mix at 32 connections",
    );
    expect(targets[5].detail).toBe('0.95× (0.95–0.95) over 5 rounds (median 13.3 vs 14 req/s)');
    // The median of the per-round ratios, not the ratio of medians; the spread is their range.
    expect(targets[6]).toEqual({
      target: 'scenario 1: gateway ÷ naive peer req/s ≥ 1.0 (median of interleaved rounds)',
      met: true,
      detail: '1.05× (0.90–1.20) over 5 rounds; gateway ÷ floor 0.50× (0.50–0.50)',
    });
  });

  it('judges the throughput targets on the median round, not on the best or the worst', () => {
    const targets = evaluateTargets(
      onTarget,
      memory(140, false, 0.85),
      full,
      comparisons([1.5, 0.95, 0.9, 1.3, 0.97]),
    );
    expect(targets[5].met).toBe(false);
    expect(targets[6].met).toBe(false);
    expect(targets[6].detail).toContain('0.97× (0.90–1.50)');
  });

  it('names the misses with their figures', () => {
    const cells = onTarget.map((c) =>
      c.contender === 'gateway' && c.scenarioNumber === 4
        ? cell('gateway', 4, { calls: 9, minimum: 7, p50At0: 2.5, p50At20: 30 })
        : c.contender === 'gateway' && c.scenarioNumber === 1
          ? cell('gateway', 1, { calls: 7, minimum: 7, p50At0: 4.5, p50At20: 23 })
          : c,
    );
    const targets = evaluateTargets(cells, memory(180, true), full);
    expect(targets.map((t) => t.met)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      null,
      null,
      null,
    ]);
    expect(targets[0].detail).toContain('#4 9/7');
    expect(targets[1].detail).toContain('#4 30.0 vs 21.0 ms = 1.43×');
    expect(targets[3].detail).toContain('peak 180 MB');
  });

  it('does not judge growth on a quick run or what was not measured', () => {
    const targets = evaluateTargets([], memory(140, true), quick);
    expect(targets[0].met).toBeNull();
    expect(targets[1].met).toBeNull();
    expect(targets[4].met).toBeNull();
    expect(targets[4].detail).toContain('too short to judge');
    expect(targets[6]).toMatchObject({ met: null, detail: 'not measured' });
  });

  it('does not judge the memory target of a run given other heap flags', () => {
    const withOptions = memory(140, false);
    withOptions.at64Connections = [
      {
        ...withOptions.at64Connections[0],
        heap: 'node-options',
        nodeOptions: '--max-old-space-size=64',
      },
    ];
    withOptions.heapSizingRatio = null;
    const targets = evaluateTargets(onTarget, withOptions, full, atLeastPeer);
    expect(targets[3].met).toBeNull();
    expect(targets[3].detail).toContain('NODE_OPTIONS=--max-old-space-size=64');
    expect(targets[5]).toMatchObject({ met: null, detail: 'not measured' });
  });
});

describe('the permission-set edge target (scenario 8)', () => {
  const minimum = {
    'SSOAdmin.ListAccountAssignmentCreationStatus': 1,
    'SSOAdmin.DescribeAccountAssignmentCreationStatus': 25,
    'SSOAdmin.DescribePermissionSet': 6,
  };
  const edge = (measured: Record<string, number>): CellResult => ({
    ...cell('gateway', 8, {
      calls: Object.values(measured).reduce((sum, n) => sum + n, 0),
      minimum: 32,
      p50At0: 5,
      p50At20: 70,
    }),
    minimumUpstreamCallsByOperation: minimum,
    upstreamCallsPerQueryByOperation: measured,
  });

  it('is met at the minimum, operation by operation, and reported among the targets', () => {
    const target = callsByOperationTarget(edge(minimum));
    expect(target).toEqual({
      target:
        'scenario 8 (permission-set edge): gateway upstream calls per query = minimum, per operation',
      met: true,
      detail:
        '32/32: SSOAdmin.DescribeAccountAssignmentCreationStatus 25/25, ' +
        'SSOAdmin.DescribePermissionSet 6/6, SSOAdmin.ListAccountAssignmentCreationStatus 1/1',
    });
    expect(evaluateTargets([edge(minimum)], null, full).at(-1)).toEqual(target);
  });

  it('is missed by one DescribePermissionSet per request instead of per distinct set', () => {
    const perRequest = { ...minimum, 'SSOAdmin.DescribePermissionSet': 25 };
    expect(callsByOperationTarget(edge(perRequest))).toMatchObject({
      met: false,
      detail: expect.stringContaining('51/32') as unknown,
    });
  });

  it('is missed by a call of another operation even when the total matches', () => {
    const swapped = {
      'SSOAdmin.ListAccountAssignmentCreationStatus': 2,
      'SSOAdmin.DescribeAccountAssignmentCreationStatus': 24,
      'SSOAdmin.DescribePermissionSet': 6,
    };
    expect(callsByOperationTarget(edge(swapped))).toMatchObject({
      met: false,
      detail: expect.stringContaining('ListAccountAssignmentCreationStatus 2/1') as unknown,
    });
  });

  it('is not judged when the cell was not measured', () => {
    const failed = { ...edge(minimum), upstreamCallsPerQuery: null, problem: 'HTTP 500' };
    expect(callsByOperationTarget(failed)).toMatchObject({ met: null, detail: 'HTTP 500' });
  });
});

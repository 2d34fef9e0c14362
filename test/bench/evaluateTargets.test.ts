import { parseOptions } from '../../bench/options';
import type { CellResult, MemoryResults } from '../../bench/report/BenchResults';
import { evaluateTargets } from '../../bench/report/evaluateTargets';

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
    startRssMB: 80,
    peakRssMB: 120,
    failedRequests: 0,
  };
}

function memory(peakRssMB: number, growing: boolean): MemoryResults {
  return {
    at64Connections: [
      {
        contender: 'gateway',
        nodeOptions: '',
        scenario: 'page-with-tags',
        connections: 64,
        peakRssMB,
        requestsPerSecond: 50,
        failedRequests: 0,
      },
    ],
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

describe('evaluateTargets', () => {
  const onTarget = [1, 2, 3, 4].flatMap((n) => [
    cell('gateway', n, { calls: 7, minimum: 7, p50At0: 2.5, p50At20: 23 }),
    cell('floor', n, { calls: 7, minimum: 7, p50At0: 1, p50At20: 21 }),
  ]);

  it('reports every target met when the figures are within bounds', () => {
    const targets = evaluateTargets(onTarget, memory(140, false), full);
    expect(targets.map((t) => t.met)).toEqual([true, true, true, true, true]);
    expect(targets[1].detail).toContain('#1 23.0 vs 21.0 ms = 1.10×');
    expect(targets[2].detail).toBe('2.50 − 1.00 = 1.50 ms');
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
    expect(targets.map((t) => t.met)).toEqual([false, false, false, false, false]);
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
  });
});

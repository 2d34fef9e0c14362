import type { RatioSummary } from '../measure/rounds';
import type { BenchProfile } from '../options';
import type { CellResult, MemoryResults, TargetResult, ThroughputComparison } from './BenchResults';

const CALLS_TOLERANCE = 0.005;
const LATENCY_RATIO_AT_20MS = 1.2;
const ADDED_P50_AT_0MS = 3;
const RSS_LIMIT_MB = 150;
const FULL_SOAK_REQUESTS = 100_000;
/** Sized heap limits may cost at most 10% of the throughput Node's own sizing gives. */
const HEAP_SIZING_THROUGHPUT_RATIO = 0.9;
/**
 * The permission-set edge (AssignmentStatus.permissionSet on a page): at the minimum call count,
 * operation by operation — one DescribePermissionSet per distinct permission set on the page.
 */
const PERMISSION_SET_EDGE_SCENARIO = 8;
/** On these scenarios the gateway must serve at least as many requests per second as the peer. */
const AT_LEAST_PEER_SCENARIOS = [1, 5];

/**
 * Checks the README's performance targets against a run's figures. `met` is null when unmeasured.
 * Throughput targets are judged on interleaved rounds: the median of the per-round ratios.
 */
export function evaluateTargets(
  cells: readonly CellResult[],
  memory: MemoryResults | null,
  profile: BenchProfile,
  comparisons: readonly ThroughputComparison[] = [],
): TargetResult[] {
  const cell = (contender: string, scenario: number) =>
    cells.find((c) => c.contender === contender && c.scenarioNumber === scenario);
  const gatewayCells = cells.filter((c) => c.contender === 'gateway');
  const targets: TargetResult[] = [];

  const counted = gatewayCells.filter((c) => c.upstreamCallsPerQuery !== null);
  const excess = counted.filter(
    (c) => c.upstreamCallsPerQuery! > c.minimumUpstreamCalls + CALLS_TOLERANCE,
  );
  targets.push({
    target: 'gateway upstream calls per query = minimum, every scenario',
    met:
      counted.length === 0 ? null : excess.length === 0 && counted.length === gatewayCells.length,
    detail:
      counted
        .map((c) => `#${c.scenarioNumber} ${c.upstreamCallsPerQuery}/${c.minimumUpstreamCalls}`)
        .join(', ') +
      (counted.length < gatewayCells.length ? ' (some scenarios not measured)' : ''),
  });

  const ratios: string[] = [];
  let ratiosMet: boolean | null = null;
  for (const scenario of [1, 2, 3, 4]) {
    const g = cell('gateway', scenario)?.latencyMs.upstream20ms;
    const f = cell('floor', scenario)?.latencyMs.upstream20ms;
    if (!g || !f) continue;
    const ratio = g.p50 / f.p50;
    ratiosMet = (ratiosMet ?? true) && ratio <= LATENCY_RATIO_AT_20MS;
    ratios.push(
      `#${scenario} ${g.p50.toFixed(1)} vs ${f.p50.toFixed(1)} ms = ${ratio.toFixed(2)}×`,
    );
  }
  targets.push({
    target: `at ${profile.injectedLatencyMs} ms upstream, gateway p50 ≤ ${LATENCY_RATIO_AT_20MS}× floor p50 (scenarios 1–4)`,
    met: ratiosMet,
    detail: ratios.join(', ') || 'not measured',
  });

  const g0 = cell('gateway', 1)?.latencyMs.upstream0ms;
  const f0 = cell('floor', 1)?.latencyMs.upstream0ms;
  targets.push({
    target: `at 0 ms upstream, gateway p50 − floor p50 ≤ ${ADDED_P50_AT_0MS} ms (scenario 1)`,
    met: g0 && f0 ? g0.p50 - f0.p50 <= ADDED_P50_AT_0MS : null,
    detail:
      g0 && f0
        ? `${g0.p50.toFixed(2)} − ${f0.p50.toFixed(2)} = ${(g0.p50 - f0.p50).toFixed(2)} ms`
        : 'not measured',
  });

  const gatewayRuns = memory?.at64Connections.filter((m) => m.contender === 'gateway') ?? [];
  // The default start command's run; with --node-options, the run with those instead (not judged).
  const atPeak = gatewayRuns.find((m) => m.heap === 'sized') ?? gatewayRuns[0];
  const nodeDefaults = gatewayRuns.find((m) => m.heap === 'node-defaults');
  const peak = atPeak?.peakRssMB ?? null;
  const soakPeak = memory?.soak?.peakRssMB ?? null;
  targets.push({
    target: `gateway RSS ≤ ${RSS_LIMIT_MB} MB at ${profile.memoryConnections} connections on scenario 3, default start command`,
    met: peak === null || atPeak?.heap !== 'sized' || atPeak.problem ? null : peak <= RSS_LIMIT_MB,
    detail:
      peak === null
        ? (atPeak?.problem ?? 'not measured')
        : `peak ${peak} MB` +
          (atPeak?.heap === 'node-options'
            ? ` with NODE_OPTIONS=${atPeak.nodeOptions} (not the default start command: not judged)`
            : ' (node dist/main.js: heap limits sized by the gateway)') +
          (atPeak?.launcherPeakRssMB != null
            ? `, launcher process ${atPeak.launcherPeakRssMB} MB`
            : '') +
          (nodeDefaults?.peakRssMB != null
            ? `; ${nodeDefaults.peakRssMB} MB with Node's default heap sizing`
            : '') +
          (soakPeak !== null
            ? `; ${soakPeak} MB on the soak mix at ${profile.soakConnections} connections`
            : ''),
  });

  const trend = memory?.soak?.trend ?? null;
  const shortSoak = profile.soakRequests < FULL_SOAK_REQUESTS;
  targets.push({
    target: `no RSS growth trend over ${FULL_SOAK_REQUESTS.toLocaleString('en-US')} requests`,
    // A short soak mostly shows V8 growing its heap to its working size: not judged.
    met: trend === null || shortSoak ? null : !trend.growing,
    detail:
      trend === null
        ? (memory?.soak?.problem ?? 'not measured')
        : `${profile.soakRequests.toLocaleString('en-US')} requests${shortSoak ? ' (too short to judge: run the full benchmark)' : ''}: ` +
          `first window ${mbText(trend.firstWindowRssBytes)}, last window ${mbText(trend.lastWindowRssBytes)}, ` +
          `slope ${mbText(trend.slopeBytesPer100kRequests)} per 100k requests (tolerance ${mbText(trend.toleranceBytes)})`,
  });
  const heapRatio = memory?.heapSizingRatio ?? null;
  targets.push({
    target: `gateway req/s at ${profile.memoryConnections} connections on scenario 3 ≥ ${HEAP_SIZING_THROUGHPUT_RATIO}× with Node's default heap sizing (interleaved rounds)`,
    met: heapRatio === null ? null : heapRatio.median >= HEAP_SIZING_THROUGHPUT_RATIO,
    detail:
      heapRatio === null
        ? 'not measured'
        : `${ratioText(heapRatio)} over ${heapRatio.ratios.length} rounds` +
          (atPeak?.requestsPerSecond != null && nodeDefaults?.requestsPerSecond != null
            ? ` (median ${atPeak.requestsPerSecond} vs ${nodeDefaults.requestsPerSecond} req/s)`
            : ''),
  });

  for (const scenario of AT_LEAST_PEER_SCENARIOS) {
    const comparison = comparisons.find(
      (c) => c.scenarioNumber === scenario && c.denominator === 'naive-peer',
    );
    const floorComparison = comparisons.find(
      (c) => c.scenarioNumber === scenario && c.denominator === 'floor',
    );
    const ratio = comparison?.ratio ?? null;
    targets.push({
      target: `scenario ${scenario}: gateway ÷ naive peer req/s ≥ 1.0 (median of interleaved rounds)`,
      met: ratio === null ? null : ratio.median >= 1,
      detail:
        ratio === null
          ? 'not measured'
          : `${ratioText(ratio)} over ${ratio.ratios.length} rounds` +
            (floorComparison?.ratio ? `; gateway ÷ floor ${ratioText(floorComparison.ratio)}` : ''),
    });
  }

  targets.push(callsByOperationTarget(cell('gateway', PERMISSION_SET_EDGE_SCENARIO)));
  return targets;
}

/**
 * Scenario 8's target: the gateway's calls per request equal the minimum in total and for each
 * operation (a call of an operation the minimum does not have is an excess too).
 */
export function callsByOperationTarget(edge: CellResult | undefined): TargetResult {
  const target = `scenario ${PERMISSION_SET_EDGE_SCENARIO} (permission-set edge): gateway upstream calls per query = minimum, per operation`;
  if (edge?.upstreamCallsPerQuery == null) {
    return { target, met: null, detail: edge?.problem ?? 'not measured' };
  }
  const minimum = edge.minimumUpstreamCallsByOperation;
  const measured = edge.upstreamCallsPerQueryByOperation;
  const operations = [...new Set([...Object.keys(minimum), ...Object.keys(measured)])].sort();
  const excess = operations.filter(
    (op) => (measured[op] ?? 0) > (minimum[op] ?? 0) + CALLS_TOLERANCE,
  );
  return {
    target,
    met:
      edge.upstreamCallsPerQuery <= edge.minimumUpstreamCalls + CALLS_TOLERANCE &&
      excess.length === 0,
    detail:
      `${edge.upstreamCallsPerQuery}/${edge.minimumUpstreamCalls}: ` +
      operations.map((op) => `${op} ${measured[op] ?? 0}/${minimum[op] ?? 0}`).join(', '),
  };
}

/** `1.04× (0.93–1.18)`: the median and the range of per-round ratios. */
export function ratioText(ratio: RatioSummary): string {
  return `${ratio.median.toFixed(2)}× (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`;
}

function mbText(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

import type { BenchProfile } from '../options';
import type { CellResult, MemoryResults, TargetResult } from './BenchResults';

const CALLS_TOLERANCE = 0.005;
const LATENCY_RATIO_AT_20MS = 1.2;
const ADDED_P50_AT_0MS = 3;
const RSS_LIMIT_MB = 150;
const FULL_SOAK_REQUESTS = 100_000;

/** Checks the README's performance targets against a run's figures. `met` is null when unmeasured. */
export function evaluateTargets(
  cells: readonly CellResult[],
  memory: MemoryResults | null,
  profile: BenchProfile,
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
  // The default run is the first; a run with a heap cap follows it, for context.
  const atPeak = gatewayRuns[0];
  const capped = gatewayRuns[1];
  const peak = atPeak?.peakRssMB ?? null;
  const soakPeak = memory?.soak?.peakRssMB ?? null;
  targets.push({
    target: `gateway RSS ≤ ${RSS_LIMIT_MB} MB at ${profile.memoryConnections} connections`,
    met: peak === null ? null : peak <= RSS_LIMIT_MB,
    detail:
      peak === null
        ? (atPeak?.problem ?? 'not measured')
        : `peak ${peak} MB on scenario 3 (the heaviest)` +
          (soakPeak !== null
            ? `; ${soakPeak} MB on the soak mix at ${profile.soakConnections} connections`
            : '') +
          (capped?.peakRssMB != null
            ? `; ${capped.peakRssMB} MB on scenario 3 with NODE_OPTIONS=${capped.nodeOptions}`
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
  return targets;
}

function mbText(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

import type { ContenderId } from '../contenders/Contender';
import type { RatioSummary } from '../measure/rounds';
import type { GrowthTrend } from '../memory/growthTrend';

/** p50/p99 of one latency run, in milliseconds. */
export interface LatencyFigures {
  p50: number;
  p99: number;
  requests: number;
}

/** One scenario × contender. Numbers are `null` when the cell could not be measured (see `problem`). */
export interface CellResult {
  scenario: string;
  scenarioNumber: number;
  scenarioTitle: string;
  contender: ContenderId;
  /** Distinct upstream resources the query needs (computed from the query and the seeded page). */
  minimumUpstreamCalls: number;
  minimumUpstreamCallsByOperation: Record<string, number>;
  /** Measured on the emulator's counters over `callCountRequests` requests. */
  upstreamCallsPerQuery: number | null;
  upstreamCallsPerQueryByOperation: Record<string, number>;
  latencyMs: { upstream0ms: LatencyFigures | null; upstream20ms: LatencyFigures | null };
  /**
   * Successful requests per second at `throughputConnections` connections, 0 ms upstream latency:
   * the median of the interleaved rounds.
   */
  requestsPerSecond: number | null;
  /** Each round's requests per second, in round order (the same rounds as the other contenders'). */
  requestsPerSecondByRound: number[];
  /** RSS of the server process once ready, before any request. */
  startRssMB: number | null;
  /** The server process's peak resident set size over all of the cell's runs (VmHWM). */
  peakRssMB: number | null;
  /** Non-2xx answers, connection errors and wrong answers across the cell's runs. */
  failedRequests: number;
  problem?: string;
}

/** One contender's throughput against another's, round by round on the same scenario. */
export interface ThroughputComparison {
  scenario: string;
  scenarioNumber: number;
  scenarioTitle: string;
  numerator: ContenderId;
  denominator: ContenderId;
  /** Per-round ratios numerator ÷ denominator of requests per second; null when unmeasured. */
  ratio: RatioSummary | null;
}

/**
 * How a process's V8 heap was sized: `sized` is the gateway's default start command (heap limits
 * from the container, src/runtime/), `node-defaults` Node's own sizing (HEAP_SIZING=off, and every
 * other contender), `node-options` limits given with --node-options.
 */
export type HeapSetting = 'sized' | 'node-defaults' | 'node-options';

/** Peak RSS of one contender at `connections` connections on one scenario. */
export interface PeakRssResult {
  contender: ContenderId;
  /** How the run is named in the report, e.g. "gateway (Node's default heap sizing)". */
  label: string;
  heap: HeapSetting;
  /** NODE_OPTIONS the process ran with ('' = none). */
  nodeOptions: string;
  scenario: string;
  connections: number;
  /** Peak RSS of the process serving requests (VmHWM). */
  peakRssMB: number | null;
  /** Peak RSS of the launcher the gateway re-executed itself from, when there is one. */
  launcherPeakRssMB: number | null;
  /** Median of the rounds' requests per second. */
  requestsPerSecond: number | null;
  requestsPerSecondByRound: number[];
  failedRequests: number;
  problem?: string;
}

/** RSS over a long run of mixed requests. */
export interface SoakResult {
  contender: ContenderId;
  mix: string[];
  requests: number;
  connections: number;
  requestsPerSecond: number | null;
  peakRssMB: number | null;
  trend: GrowthTrend | null;
  failedRequests: number;
  problem?: string;
}

/** The memory runs: every contender at 64 connections, and the gateway's soak. */
export interface MemoryResults {
  /** Interleaved rounds on scenario 3, each run in a fresh process. */
  at64Connections: PeakRssResult[];
  /**
   * Per-round requests per second of the gateway as started by default ÷ the gateway with Node's
   * default heap sizing, on the same rounds (null when not both were run).
   */
  heapSizingRatio: RatioSummary | null;
  soak: SoakResult | null;
}

/** A cached scenario: the gateway alone, with its cross-request cache on. */
export interface CachedResult {
  scenario: string;
  scenarioNumber: number;
  scenarioTitle: string;
  cache: 'cold' | 'warm';
  /** Requests measured for calls and latency (one connection). */
  requests: number;
  /** Upstream calls per request, on the emulator's counters. */
  upstreamCallsPerRequest: number | null;
  latencyMs: LatencyFigures | null;
  /** Warm only: requests per second at `throughputConnections` connections. */
  requestsPerSecond: number | null;
  failedRequests: number;
  problem?: string;
}

export interface TargetResult {
  target: string;
  met: boolean | null;
  detail: string;
}

/** What `bench/results/latest.json` holds. */
export interface BenchResults {
  generatedAt: string;
  mode: 'quick' | 'full';
  /** NODE_OPTIONS given to the contender processes ('' = Node's defaults). */
  contenderNodeOptions: string;
  cpus: number;
  cpuModel: string;
  node: string;
  platform: string;
  totalMemoryMB: number;
  /** 1-minute load average before and after the run: a busy machine makes numbers noisy. */
  loadAverage: { start: number; end: number };
  settings: Record<string, number>;
  results: CellResult[];
  /** Gateway ÷ naive peer and gateway ÷ floor, per scenario, from interleaved rounds. */
  comparisons: ThroughputComparison[];
  cached: CachedResult[];
  memory: MemoryResults | null;
  targets: TargetResult[];
  durationSeconds: number;
}

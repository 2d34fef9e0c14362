import type { ContenderId } from '../contenders/Contender';
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
  /** Successful requests per second at `throughputConnections` connections, 0 ms upstream latency. */
  requestsPerSecond: number | null;
  /** RSS of the server process once ready, before any request. */
  startRssMB: number | null;
  /** The server process's peak resident set size over all of the cell's runs (VmHWM). */
  peakRssMB: number | null;
  /** Non-2xx answers, connection errors and wrong answers across the cell's runs. */
  failedRequests: number;
  problem?: string;
}

/** Peak RSS of one contender at `connections` connections on one scenario. */
export interface PeakRssResult {
  contender: ContenderId;
  /** NODE_OPTIONS the process ran with ('' = Node's defaults). */
  nodeOptions: string;
  scenario: string;
  connections: number;
  peakRssMB: number | null;
  requestsPerSecond: number | null;
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
  at64Connections: PeakRssResult[];
  soak: SoakResult | null;
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
  memory: MemoryResults | null;
  targets: TargetResult[];
  durationSeconds: number;
}

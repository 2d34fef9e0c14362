import type { ContenderId } from './contenders/Contender';

/** How long each measurement runs. */
export interface BenchProfile {
  mode: 'quick' | 'full';
  warmupSeconds: number;
  /** Requests sent to count upstream calls per query. */
  callCountRequests: number;
  /**
   * Latency (1 connection), at 0 ms and at 20 ms upstream latency: this many interleaved rounds of
   * `latencySeconds` per contender (every contender's run in a round, then the next round).
   */
  latencyRounds: number;
  latencySeconds: number;
  latencyConnections: number;
  injectedLatencyMs: number;
  /**
   * Requests per second: this many interleaved rounds of `throughputSeconds` per contender
   * (A, B, C, B, C, A, …); each comparison is judged on its per-round ratios.
   */
  throughputRounds: number;
  throughputSeconds: number;
  throughputConnections: number;
  /** Peak RSS at `memoryConnections` connections: interleaved rounds of `memorySeconds`. */
  memoryConnections: number;
  memoryRounds: number;
  memorySeconds: number;
  /** Gateway soak: this many requests. */
  soakRequests: number;
  soakConnections: number;
  /** Cache-cold scenario: this many requests, each for an id not asked for before. */
  coldCacheRequests: number;
}

export interface BenchOptions {
  profile: BenchProfile;
  /** Scenario numbers to run (default all). */
  scenarios: number[] | undefined;
  contenders: ContenderId[];
  /** Run `npm run build` even when dist/ looks current. */
  forceBuild: boolean;
  /** Skip the memory runs (64 connections and the gateway soak). */
  skipMemory: boolean;
  /** NODE_OPTIONS for every contender process (e.g. a heap cap), empty by default. */
  nodeOptions: string;
  /** `--rounds`: throughput and memory rounds, instead of the profile's. */
  rounds: number | undefined;
  /** `--help`: print the usage and run nothing. */
  help: boolean;
}

/** Arguments the runner does not understand; the message ends with the usage text. */
export class UsageError extends Error {}

const FULL: BenchProfile = {
  mode: 'full',
  warmupSeconds: 1.5,
  callCountRequests: 30,
  latencyRounds: 4,
  latencySeconds: 1,
  latencyConnections: 1,
  injectedLatencyMs: 20,
  throughputRounds: 7,
  throughputSeconds: 1.5,
  throughputConnections: 32,
  memoryConnections: 64,
  memoryRounds: 5,
  // Longer than a request takes at 64 connections on scenario 3 (about 2–3 s on 2 shared cores).
  memorySeconds: 6,
  soakRequests: 100_000,
  soakConnections: 32,
  coldCacheRequests: 100,
};

const QUICK: BenchProfile = {
  ...FULL,
  mode: 'quick',
  warmupSeconds: 0.5,
  callCountRequests: 8,
  latencyRounds: 2,
  latencySeconds: 0.5,
  throughputRounds: 5,
  throughputSeconds: 0.5,
  memoryRounds: 5,
  memorySeconds: 3,
  soakRequests: 2_000,
  coldCacheRequests: 30,
};

/** Fewer rounds than this cannot tell a steady ratio from a lucky one. */
const MIN_ROUNDS = 3;
const MAX_ROUNDS = 50;
/** Scenarios 1–5 and 8 compare the contenders; 6 and 7 measure the gateway's cache. */
const SCENARIO_COUNT = 8;

const CONTENDER_IDS: readonly ContenderId[] = ['gateway', 'naive-peer', 'floor'];

export const USAGE = `usage: npm run bench -- [--quick] [--scenarios=1,3] [--contenders=gateway,floor] [--rounds=N] [--build] [--skip-memory] [--node-options=...] [--help]

  --quick         short sanity run (about 6 minutes); default is the full run (about 20 minutes)
  --scenarios     scenario numbers to run (1-${SCENARIO_COUNT}), default all
  --contenders    any of ${CONTENDER_IDS.join(', ')}, default all
  --rounds        interleaved rounds per throughput and memory comparison (${MIN_ROUNDS}-${MAX_ROUNDS}), default ${FULL.throughputRounds} (quick: ${QUICK.throughputRounds})
  --build         run npm run build even when dist/ is newer than src/
  --skip-memory   skip the 64-connection and soak memory runs
  --node-options  NODE_OPTIONS for the contender processes, e.g. --node-options=--max-old-space-size=128
  --help, -h      print this text and exit`;

/** Parses the runner's arguments; throws a UsageError (with the usage text) on anything it does not know. */
/** The flags that take a value. */
const VALUE_FLAGS: ReadonlySet<string> = new Set([
  '--scenarios',
  '--contenders',
  '--rounds',
  '--node-options',
]);

/**
 * Whether a run measures everything the README's "Latest full run" reports: every scenario and
 * contender, the memory runs, the full profile. Only such a run replaces `bench/results/latest.*`;
 * any other writes `bench/results/partial.*`, so a quick look at one scenario never overwrites
 * the reference results.
 */
export function isCompleteRun(options: BenchOptions): boolean {
  return (
    options.profile.mode === 'full' &&
    options.scenarios === undefined &&
    options.contenders.length === CONTENDER_IDS.length &&
    !options.skipMemory &&
    options.nodeOptions === ''
  );
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    profile: FULL,
    scenarios: undefined,
    contenders: [...CONTENDER_IDS],
    forceBuild: false,
    skipMemory: false,
    nodeOptions: '',
    rounds: undefined,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const equals = arg.indexOf('=');
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    // `--flag=value` or `--flag value`; NODE_OPTIONS values start with `--` themselves.
    const value =
      equals !== -1
        ? arg.slice(equals + 1)
        : VALUE_FLAGS.has(flag) &&
            i + 1 < argv.length &&
            (flag === '--node-options' || !argv[i + 1].startsWith('--'))
          ? argv[++i]
          : undefined;
    switch (flag) {
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--quick':
        options.profile = QUICK;
        break;
      case '--build':
        options.forceBuild = true;
        break;
      case '--skip-memory':
        options.skipMemory = true;
        break;
      case '--node-options':
        options.nodeOptions = value ?? '';
        break;
      case '--scenarios':
        options.scenarios = (value ?? '').split(',').map((n) => {
          const number = Number(n);
          if (!Number.isInteger(number) || number < 1 || number > SCENARIO_COUNT) {
            throw new UsageError(
              `--scenarios takes numbers from 1 to ${SCENARIO_COUNT}, received "${n}"\n${USAGE}`,
            );
          }
          return number;
        });
        break;
      case '--rounds': {
        const rounds = Number(value);
        if (!Number.isInteger(rounds) || rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) {
          throw new UsageError(
            `--rounds takes a number from ${MIN_ROUNDS} to ${MAX_ROUNDS}, received "${value ?? ''}"\n${USAGE}`,
          );
        }
        options.rounds = rounds;
        break;
      }
      case '--contenders':
        options.contenders = (value ?? '').split(',').map((id) => {
          const known = CONTENDER_IDS.find((c) => c === id);
          if (!known) {
            throw new UsageError(
              `--contenders takes ${CONTENDER_IDS.join(', ')}, received "${id}"\n${USAGE}`,
            );
          }
          return known;
        });
        break;
      default:
        throw new UsageError(`unknown argument "${arg}"\n${USAGE}`);
    }
  }
  if (options.rounds !== undefined) {
    options.profile = {
      ...options.profile,
      throughputRounds: options.rounds,
      memoryRounds: options.rounds,
    };
  }
  return options;
}

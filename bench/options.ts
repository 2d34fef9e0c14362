import type { ContenderId } from './contenders/Contender';

/** How long each measurement runs. */
export interface BenchProfile {
  mode: 'quick' | 'full';
  warmupSeconds: number;
  /** Requests sent to count upstream calls per query. */
  callCountRequests: number;
  /** Each latency run (1 connection), at 0 ms and at 20 ms upstream latency. */
  latencySeconds: number;
  latencyConnections: number;
  injectedLatencyMs: number;
  throughputSeconds: number;
  throughputConnections: number;
  /** Gateway memory: a run at 64 connections, then a soak of this many requests. */
  memoryConnections: number;
  memorySeconds: number;
  soakRequests: number;
  soakConnections: number;
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
  /** `--help`: print the usage and run nothing. */
  help: boolean;
}

/** Arguments the runner does not understand; the message ends with the usage text. */
export class UsageError extends Error {}

const FULL: BenchProfile = {
  mode: 'full',
  warmupSeconds: 1.5,
  callCountRequests: 30,
  latencySeconds: 4,
  latencyConnections: 1,
  injectedLatencyMs: 20,
  throughputSeconds: 4,
  throughputConnections: 32,
  memoryConnections: 64,
  memorySeconds: 6,
  soakRequests: 100_000,
  soakConnections: 32,
};

const QUICK: BenchProfile = {
  ...FULL,
  mode: 'quick',
  warmupSeconds: 0.5,
  callCountRequests: 8,
  latencySeconds: 1,
  throughputSeconds: 1,
  memorySeconds: 1.5,
  soakRequests: 2_000,
};

const CONTENDER_IDS: readonly ContenderId[] = ['gateway', 'naive-peer', 'floor'];

export const USAGE = `usage: npm run bench -- [--quick] [--scenarios=1,3] [--contenders=gateway,floor] [--build] [--skip-memory] [--node-options=...] [--help]

  --quick         short sanity run (< 2 minutes); default is the full run (< 10 minutes)
  --scenarios     scenario numbers to run (1-5), default all
  --contenders    any of ${CONTENDER_IDS.join(', ')}, default all
  --build         run npm run build even when dist/ is newer than src/
  --skip-memory   skip the 64-connection and soak memory runs
  --node-options  NODE_OPTIONS for the contender processes, e.g. --node-options=--max-old-space-size=128
  --help, -h      print this text and exit`;

/** Parses the runner's arguments; throws a UsageError (with the usage text) on anything it does not know. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    profile: FULL,
    scenarios: undefined,
    contenders: [...CONTENDER_IDS],
    forceBuild: false,
    skipMemory: false,
    nodeOptions: '',
    help: false,
  };
  for (const arg of argv) {
    const equals = arg.indexOf('=');
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    const value = equals === -1 ? undefined : arg.slice(equals + 1);
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
          if (!Number.isInteger(number) || number < 1 || number > 5) {
            throw new UsageError(
              `--scenarios takes numbers from 1 to 5, received "${n}"\n${USAGE}`,
            );
          }
          return number;
        });
        break;
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
  return options;
}

/**
 * `npm run stack -- --replicas 3`: a local fleet of gateway replicas sharing one redis-server and one
 * seeded emulator, as they would share Redis and AWS in a deployment. Usage in STACK_USAGE.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { freePort } from '../bench/processes/freePort';
import { waitForHttp } from '../bench/processes/waitForHttp';
import { ensureFreshBuild, REPO_ROOT } from '../test/support/ensureFreshBuild';
import {
  emulatorBackendEnv,
  startGatewayReplica,
  type GatewayReplica,
} from '../test/support/gatewayReplica';
import { startRedis, type RunningRedis } from '../test/support/redisServer';
import {
  describeExit,
  runningChildren,
  spawnTracked,
  type ChildExit,
  type TrackedChild,
} from '../test/support/trackedChild';

export const MAX_REPLICAS = 16;
const DEFAULTS = { replicas: 3, basePort: 4001, emulatorPort: 4610, metricsBasePort: 9465 };
/** The audience `npm run token` puts in its tokens by default. */
const TOKEN_AUDIENCE = 'account-graph';
/** Beyond its own drain (SHUTDOWN_DELAY_MS + SHUTDOWN_GRACE_MS, 12 s by default), a replica is killed. */
const STOP_GRACE_MS = 20_000;

export const STACK_USAGE = `Usage: npm run stack -- [options]

Runs a local fleet: one redis-server, one seeded emulator (as npm run emulator) and N gateway replicas
(node dist/main.js, built first when a source is newer) that share Redis (CACHE=redis, REDIS_URL), one
CURSOR_SECRET (a cursor from one replica works on every other) and the emulator as their AWS backend
(BACKEND=aws). Prints every URL, then runs until Ctrl-C or SIGTERM, which stop everything (exit 0).
If any process dies, the stack says which and stops the rest (exit 1).

Options:
  --replicas <n>             gateway replicas, 1 to ${MAX_REPLICAS} (default ${DEFAULTS.replicas})
  --base-port <port>         replica i listens on base-port + i - 1 (default ${DEFAULTS.basePort}: ${DEFAULTS.basePort}, ${DEFAULTS.basePort + 1}, …)
  --emulator-port <port>     the emulator (default ${DEFAULTS.emulatorPort}, where npm run token looks; 0: any free port)
  --redis-port <port>        redis-server (default: any free port)
  --metrics-base-port <port> replica i's METRICS_PORT is this + i - 1 (default ${DEFAULTS.metricsBasePort})
  --auth <mode>              anonymous (default: like npm start without authentication settings) or
                             jwt (the emulator's development issuer; tokens from npm run token)
  --log-dir <dir>            where each process writes its log (default: a new account-graph-stack-*
                             directory in the system's temporary directory)
  --help                     this text

The stack sets the replicas' NODE_ENV=development, PORT, HOST=127.0.0.1, BACKEND=aws and AWS_* (the
emulator), CACHE=redis, REDIS_URL, CURSOR_SECRET, METRICS_PORT and AUTH_*; every other variable of this
shell (LOG_LEVEL, AWS_QUOTA_*, RATE_LIMIT_*, …) reaches them as it is, and EMULATOR_* variables reach
the emulator. Needs redis-server on PATH (Debian: apt-get install -y redis-server).
`;

/** Arguments that cannot be used; the message names the option and what it accepts. */
export class StackArgsError extends Error {}

export interface StackOptions {
  readonly replicas: number;
  readonly basePort: number;
  /** 0: any free port. */
  readonly emulatorPort: number;
  /** `undefined`: any free port. */
  readonly redisPort: number | undefined;
  readonly metricsBasePort: number;
  readonly auth: 'anonymous' | 'jwt';
  readonly logDir: string | undefined;
}

/** Parses and checks the arguments; `help` for `--help`. Throws a StackArgsError naming the option. */
export function parseStackArgs(argv: readonly string[]): StackOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        replicas: { type: 'string' },
        'base-port': { type: 'string' },
        'emulator-port': { type: 'string' },
        'redis-port': { type: 'string' },
        'metrics-base-port': { type: 'string' },
        auth: { type: 'string' },
        'log-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new StackArgsError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return 'help';

  const integer = (name: string, text: string | undefined, min: number, max: number) => {
    if (text === undefined) return undefined;
    const value = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(value >= min && value <= max)) {
      throw new StackArgsError(
        `--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`,
      );
    }
    return value;
  };
  const replicas = integer('replicas', values.replicas, 1, MAX_REPLICAS) ?? DEFAULTS.replicas;
  const basePort = integer('base-port', values['base-port'], 1, 65535) ?? DEFAULTS.basePort;
  const emulatorPort =
    integer('emulator-port', values['emulator-port'], 0, 65535) ?? DEFAULTS.emulatorPort;
  const redisPort = integer('redis-port', values['redis-port'], 0, 65535) || undefined;
  const metricsBasePort =
    integer('metrics-base-port', values['metrics-base-port'], 1, 65535) ?? DEFAULTS.metricsBasePort;
  const auth = values.auth ?? 'anonymous';
  if (auth !== 'anonymous' && auth !== 'jwt') {
    throw new StackArgsError(`--auth must be anonymous or jwt, got ${JSON.stringify(auth)}`);
  }

  const replicaPorts = { name: '--base-port', first: basePort, last: basePort + replicas - 1 };
  const metricsPorts = {
    name: '--metrics-base-port',
    first: metricsBasePort,
    last: metricsBasePort + replicas - 1,
  };
  for (const range of [replicaPorts, metricsPorts]) {
    if (range.last > 65535) {
      throw new StackArgsError(
        `${range.name} ${range.first} leaves no room for ${replicas} replicas: the last port would be ${range.last} (at most 65535)`,
      );
    }
  }
  const ranges = [
    replicaPorts,
    metricsPorts,
    ...(emulatorPort === 0
      ? []
      : [{ name: '--emulator-port', first: emulatorPort, last: emulatorPort }]),
    ...(redisPort === undefined
      ? []
      : [{ name: '--redis-port', first: redisPort, last: redisPort }]),
  ];
  for (const [i, a] of ranges.entries()) {
    for (const b of ranges.slice(i + 1)) {
      if (a.first <= b.last && b.first <= a.last) {
        throw new StackArgsError(
          `${a.name} (ports ${a.first}-${a.last}) and ${b.name} (ports ${b.first}-${b.last}) overlap: give each its own ports`,
        );
      }
    }
  }
  return {
    replicas,
    basePort,
    emulatorPort,
    redisPort,
    metricsBasePort,
    auth,
    logDir: values['log-dir'],
  };
}

/** Variables the stack sets for the replicas; the shell's values for them are not passed on. */
const OWNED_BY_STACK =
  /^(NODE_ENV|PORT|HOST|BACKEND|CACHE|REDIS_URL|CURSOR_SECRET|METRICS_PORT|EMULATOR_PORT|AWS_.*|AUTH_.*)$/;

/** One process of the stack, as the table shows it. */
interface Member {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  readonly log: string;
  readonly exited: Promise<ChildExit>;
}

const say = (line: string): void => {
  process.stderr.write(`stack: ${line}\n`);
};

async function main(): Promise<number> {
  let options;
  try {
    options = parseStackArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof StackArgsError) {
      say(`${error.message} (see --help)`);
      return 2;
    }
    throw error;
  }
  if (options === 'help') {
    process.stdout.write(STACK_USAGE);
    return 0;
  }

  const supervisor = new Supervisor();
  process.on('SIGINT', (signal) => supervisor.interrupt(signal));
  process.on('SIGTERM', (signal) => supervisor.interrupt(signal));
  process.on('SIGHUP', (signal) => supervisor.interrupt(signal));

  let members: Member[];
  try {
    members = await start(options, supervisor);
  } catch (error) {
    if (supervisor.stopping) return supervisor.stopped;
    say(error instanceof Error ? error.message : String(error));
    await supervisor.stop();
    return 1;
  }
  if (supervisor.stopping) return supervisor.stopped;
  for (const member of members) {
    void member.exited.then((exit) => supervisor.died(member, exit));
  }
  return supervisor.stopped;
}

/** Stops every child once, in order: replicas (they drain), then Redis, then the emulator. */
class Supervisor {
  stopping = false;
  private resolveStopped!: (code: number) => void;
  /** The stack's exit code, once everything has stopped. */
  readonly stopped = new Promise<number>((resolve) => (this.resolveStopped = resolve));

  interrupt(signal: NodeJS.Signals): void {
    if (this.stopping) {
      say(`${signal} again: killing every process`);
      for (const child of runningChildren()) child.signal('SIGKILL');
      this.resolveStopped(1);
      return;
    }
    say(`${signal} received: stopping`);
    void this.stop().then((clean) => this.resolveStopped(clean ? 0 : 1));
  }

  died(member: Member, exit: ChildExit): void {
    if (this.stopping) return;
    say(`${member.name} (pid ${member.pid}) ${describeExit(exit)}; its log is ${member.log}`);
    void this.stop().then(() => this.resolveStopped(1));
  }

  /** Resolves `true` when every replica ended on its own after SIGTERM with code 0. */
  async stop(): Promise<boolean> {
    this.stopping = true;
    const isReplica = (child: TrackedChild) => child.name.startsWith('replica-');
    let clean = true;
    await Promise.all(
      runningChildren()
        .filter(isReplica)
        .map(async (child) => {
          const exit = await child.stop(STOP_GRACE_MS);
          if (exit.code !== 0) {
            clean = false;
            say(`${child.name} (pid ${child.pid}) ${describeExit(exit)} while stopping`);
          }
        }),
    );
    for (const name of ['redis-server', 'emulator']) {
      await Promise.all(
        runningChildren()
          .filter((child) => child.name === name)
          .map((child) => child.stop(STOP_GRACE_MS)),
      );
    }
    // Anything else still running (nothing, unless a start was interrupted half-way).
    await Promise.all(runningChildren().map((child) => child.stop(STOP_GRACE_MS)));
    say(clean ? 'stopped' : 'stopped, not cleanly');
    return clean;
  }
}

async function start(options: StackOptions, supervisor: Supervisor): Promise<Member[]> {
  const replicaPorts = Array.from({ length: options.replicas }, (_, i) => options.basePort + i);
  await checkPortsFree([
    ...replicaPorts.map((port, i) => ({ port, what: `replica-${i + 1}`, option: '--base-port' })),
    ...(options.emulatorPort === 0
      ? []
      : [{ port: options.emulatorPort, what: 'the emulator', option: '--emulator-port' }]),
    ...(options.redisPort === undefined
      ? []
      : [{ port: options.redisPort, what: 'redis-server', option: '--redis-port' }]),
  ]);
  await ensureFreshBuild(say);
  if (supervisor.stopping) return [];

  const logDir =
    options.logDir === undefined
      ? mkdtempSync(join(tmpdir(), 'account-graph-stack-'))
      : resolve(options.logDir);
  mkdirSync(logDir, { recursive: true });

  const [emulator, redis] = await Promise.all([
    startEmulatorChild(options.emulatorPort || (await freePort()), join(logDir, 'emulator.log')),
    startRedis({
      ...(options.redisPort === undefined ? {} : { port: options.redisPort }),
      logFile: join(logDir, 'redis.log'),
      detached: true,
    }),
  ]);
  if (supervisor.stopping) return [];

  const cursorSecret = randomBytes(48).toString('base64');
  const shared = {
    ...inheritedEnv(process.env),
    NODE_ENV: 'development',
    ...emulatorBackendEnv(emulator.url),
    CACHE: 'redis',
    REDIS_URL: redis.url,
    CURSOR_SECRET: cursorSecret,
    ...(options.auth === 'jwt'
      ? { AUTH_JWT_ISSUER: `${emulator.url}/__emulator/oidc`, AUTH_JWT_AUDIENCE: TOKEN_AUDIENCE }
      : {}),
  };
  const replicas = await Promise.all(
    replicaPorts.map((port, i) => {
      const name = `replica-${i + 1}`;
      return startGatewayReplica({
        name,
        port,
        env: { ...shared, METRICS_PORT: String(options.metricsBasePort + i) },
        logFile: join(logDir, `${name}.log`),
        detached: true,
      }).then((replica) => ({ name, replica, metricsPort: options.metricsBasePort + i }));
    }),
  );
  if (supervisor.stopping) return [];

  const members: Member[] = [
    ...replicas.map(({ name, replica }) => replicaMember(name, replica, logDir)),
    {
      name: 'emulator',
      url: emulator.url,
      pid: emulator.pid,
      log: emulator.log,
      exited: emulator.exited,
    },
    redisMember(redis, join(logDir, 'redis.log')),
  ];
  const metrics = await Promise.all(
    replicas.map(async ({ metricsPort }) => {
      const url = `http://127.0.0.1:${metricsPort}/metrics`;
      return (await answers(url)) ? url : undefined;
    }),
  );
  process.stdout.write(
    renderTable(options, members, {
      emulatorUrl: emulator.url,
      redisPid: redis.pid,
      metrics: metrics.filter((url): url is string => url !== undefined),
    }),
  );
  return members;
}

function replicaMember(name: string, replica: GatewayReplica, logDir: string): Member {
  return {
    name,
    url: replica.graphqlUrl,
    pid: replica.pid,
    log: join(logDir, `${name}.log`),
    exited: replica.exited,
  };
}

function redisMember(redis: RunningRedis, log: string): Member {
  return { name: 'redis', url: redis.url, pid: redis.pid, log, exited: redis.exited };
}

/** The shell's environment without what the stack sets itself. */
function inheritedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !OWNED_BY_STACK.test(name)));
}

/** `npm run emulator` from the same build as the replicas: node dist/emulator/cli.js. */
async function startEmulatorChild(
  port: number,
  log: string,
): Promise<{ url: string; pid: number; log: string; exited: Promise<ChildExit> }> {
  const emulatorEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name.startsWith('EMULATOR_')),
  );
  const child = await spawnTracked({
    name: 'emulator',
    command: process.execPath,
    args: [join(REPO_ROOT, 'dist', 'emulator', 'cli.js')],
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...emulatorEnv,
      EMULATOR_PORT: String(port),
      EMULATOR_HOST: '127.0.0.1',
    },
    logFile: log,
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/__emulator/calls`, {
      timeoutMs: 30_000,
      intervalMs: 50,
      isAlive: () => !child.hasExited(),
    });
  } catch (error) {
    const exit = await child.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the emulator on port ${port} did not start (${describeExit(exit)}): ${reason}\n--- output ---\n${child.outputTail()}`,
    );
  }
  return { url, pid: child.pid, log, exited: child.exited };
}

/** Refuses to start anything when a fixed port is taken, naming the option that moves it. */
async function checkPortsFree(
  ports: readonly { port: number; what: string; option: string }[],
): Promise<void> {
  for (const { port, what, option } of ports) {
    const problem = await new Promise<string | undefined>((done) => {
      const server = createServer();
      server.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
      server.listen(port, '127.0.0.1', () => server.close(() => done(undefined)));
    });
    if (problem === 'EADDRINUSE') {
      throw new Error(
        `port ${port} (${what}) is already in use: stop what uses it or pass another ${option}`,
      );
    }
    if (problem !== undefined) {
      throw new Error(
        `cannot listen on port ${port} (${what}): ${problem}; pass another ${option}`,
      );
    }
  }
}

/** Whether GET `url` answers 2xx within a second. */
async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function renderTable(
  options: StackOptions,
  members: readonly Member[],
  extra: { emulatorUrl: string; redisPid: number; metrics: readonly string[] },
): string {
  const rows = [
    ['', 'URL', 'pid', 'log'],
    ...members.map((m) => [m.name, m.url, String(m.pid), m.log]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const table = rows
    .map((row) =>
      `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('   ')}`.trimEnd(),
    )
    .join('\n');
  const lines = [
    '',
    `Account Graph stack: ${options.replicas} gateway ${options.replicas === 1 ? 'replica' : 'replicas'}, one emulator, one Redis`,
    '',
    table,
    '',
    'The replicas share REDIS_URL (CACHE=redis), one CURSOR_SECRET and the emulator as their AWS backend.',
    ...(extra.metrics.length > 0 ? [`Metrics: ${extra.metrics.join('  ')}`] : []),
    options.auth === 'jwt'
      ? `Authentication: JWT from the emulator's development issuer; a token: npm run --silent token -- --endpoint ${extra.emulatorUrl}`
      : 'Authentication: none (anonymous, every scope), as npm start without authentication settings.',
    `Redis outage: kill -STOP ${extra.redisPid} freezes Redis, kill -CONT ${extra.redisPid} resumes it.`,
    `Stop: Ctrl-C, or kill ${process.pid} (SIGTERM).`,
    '',
  ];
  return lines.join('\n');
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    async (error: unknown) => {
      say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      await Promise.all(runningChildren().map((child) => child.stop(STOP_GRACE_MS)));
      process.exit(1);
    },
  );
}

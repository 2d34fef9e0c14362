import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import Redis from 'ioredis';

import { EMULATOR_SEED } from '../../src/emulator';
import { MAX_REPLICAS, parseStackArgs, StackArgsError, STACK_USAGE } from '../../tools/stack';

const ROOT = resolve(__dirname, '..', '..');
const destination =
  EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0].connectorDestinationId;

/** A running `tools/stack.ts`, one process (no npm or tsx wrapper), so its pid is the stack's. */
interface StackProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function runStack(args: string[]): StackProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/stack.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** The table's rows by name: `replica-1`, …, `emulator`, `redis`. */
interface Row {
  url: string;
  pid: number;
  log: string;
}

/** Waits for the table (its last line starts with `Stop:`), or fails with what the stack printed. */
async function tableOf(stack: StackProcess): Promise<Map<string, Row>> {
  const ready = new Promise<void>((done) => {
    const check = () => {
      if (/^Stop: /m.test(stack.stdout())) done();
    };
    stack.child.stdout!.on('data', check);
    check();
  });
  const exited = stack.exited.then((code) => {
    throw new Error(`the stack exited with ${code} before printing its table:\n${stack.stderr()}`);
  });
  await Promise.race([ready, exited]);
  const rows = new Map<string, Row>();
  for (const match of stack.stdout().matchAll(/^ {2}(\S+) +(\S+) +(\d+) +(\S+)$/gm)) {
    rows.set(match[1], { url: match[2], pid: Number(match[3]), log: match[4] });
  }
  return rows;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `count` consecutive ports, free right now. */
async function freePortRange(count: number): Promise<number> {
  for (;;) {
    // Below Linux's ephemeral range (32768 up), where outgoing connections take their ports.
    const base = 20_000 + Math.floor(Math.random() * 12_000);
    const servers: Server[] = [];
    let free = true;
    for (let port = base; port < base + count && free; port++) {
      const server = createServer();
      free = await new Promise<boolean>((done) => {
        server.once('error', () => done(false));
        server.listen(port, '127.0.0.1', () => done(true));
      });
      if (free) servers.push(server);
    }
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
    if (free) return base;
  }
}

interface PageResult {
  data?: {
    accountAssociations: {
      nodes: { accountAssociationId: string }[];
      pageInfo: { endCursor: string | null };
    };
  };
  errors?: unknown[];
}

async function page(
  graphqlUrl: string,
  first: number,
  after?: string,
): Promise<string[] & { endCursor?: string }> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query ($d: ID, $first: Int, $after: String) {
        accountAssociations(connectorDestinationId: $d, first: $first, after: $after) {
          nodes { accountAssociationId }
          pageInfo { endCursor }
        }
      }`,
      variables: { d: destination, first, after },
    }),
  });
  const body = (await response.json()) as PageResult;
  expect(body.errors).toBeUndefined();
  const ids: string[] & { endCursor?: string } = body.data!.accountAssociations.nodes.map(
    (n) => n.accountAssociationId,
  );
  ids.endCursor = body.data!.accountAssociations.pageInfo.endCursor ?? undefined;
  return ids;
}

describe('parseStackArgs', () => {
  it('has defaults for everything', () => {
    expect(parseStackArgs([])).toEqual({
      replicas: 3,
      basePort: 4001,
      emulatorPort: 4610,
      redisPort: undefined,
      metricsBasePort: 9465,
      auth: 'anonymous',
      logDir: undefined,
    });
    expect(parseStackArgs(['--help'])).toBe('help');
  });

  it.each([
    [['--replicas', '0'], '--replicas must be a whole number from 1 to 16, got "0"'],
    [
      ['--replicas', String(MAX_REPLICAS + 1)],
      '--replicas must be a whole number from 1 to 16, got "17"',
    ],
    [['--replicas', '2.5'], '--replicas must be a whole number from 1 to 16, got "2.5"'],
    [['--base-port', '70000'], '--base-port must be a whole number from 1 to 65535, got "70000"'],
    [['--auth', 'basic'], '--auth must be anonymous or jwt, got "basic"'],
    [
      ['--replicas', '4', '--base-port', '65534'],
      '--base-port 65534 leaves no room for 4 replicas',
    ],
    [
      ['--emulator-port', '4002'],
      '--base-port (ports 4001-4003) and --emulator-port (ports 4002-4002) overlap',
    ],
    [
      ['--redis-port', '4610'],
      '--emulator-port (ports 4610-4610) and --redis-port (ports 4610-4610) overlap',
    ],
    [['--replicas'], "Option '--replicas <value>' argument missing"],
    [['--replica', '2'], "Unknown option '--replica'"],
  ])('refuses %j', (args, message) => {
    expect(() => parseStackArgs(args)).toThrow(StackArgsError);
    expect(() => parseStackArgs(args)).toThrow(message);
  });
});

describe('npm run stack', () => {
  it('prints its usage with --help', async () => {
    const npm = spawn('npm', ['run', '--silent', 'stack', '--', '--help'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    npm.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise((done) => npm.once('exit', done));
    expect(code).toBe(0);
    expect(stdout).toBe(STACK_USAGE);
  });

  it('exits 2 naming the option for a bad argument, starting nothing', async () => {
    const stack = runStack(['--replicas', '17']);
    await expect(stack.exited).resolves.toBe(2);
    expect(stack.stderr()).toContain(
      'stack: --replicas must be a whole number from 1 to 16, got "17" (see --help)',
    );
    expect(stack.stdout()).toBe('');
  });

  it('exits 1 when a replica port is taken, before starting anything', async () => {
    const base = await freePortRange(2);
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(base + 1, '127.0.0.1', done));
    try {
      const stack = runStack([
        '--replicas',
        '2',
        '--base-port',
        String(base),
        '--emulator-port',
        '0',
      ]);
      await expect(stack.exited).resolves.toBe(1);
      expect(stack.stderr()).toContain(
        `stack: port ${base + 1} (replica-2) is already in use: stop what uses it or pass another --base-port`,
      );
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });
});

describe('a stack of two replicas', () => {
  let logDir: string;
  let stack: StackProcess;
  let rows: Map<string, Row>;

  beforeAll(async () => {
    logDir = mkdtempSync(join(tmpdir(), 'stack-test-'));
    const base = await freePortRange(2);
    const metricsBase = await freePortRange(2);
    stack = runStack([
      '--replicas',
      '2',
      '--base-port',
      String(base),
      '--metrics-base-port',
      String(metricsBase),
      '--emulator-port',
      '0',
      '--log-dir',
      logDir,
    ]);
    rows = await tableOf(stack);
  }, 180_000);
  afterAll(() => {
    if (stack.child.exitCode === null) {
      stack.child.kill('SIGKILL');
      for (const row of rows?.values() ?? [])
        if (isRunning(row.pid)) process.kill(row.pid, 'SIGKILL');
    }
    rmSync(logDir, { recursive: true, force: true });
  });

  it('prints one table: each replica, the emulator and Redis, with pids and logs', () => {
    expect([...rows.keys()]).toEqual(['replica-1', 'replica-2', 'emulator', 'redis']);
    expect(rows.get('replica-1')!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(rows.get('emulator')!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(rows.get('redis')!.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
    for (const [name, row] of rows) {
      expect(isRunning(row.pid)).toBe(true);
      expect(row.log).toBe(join(logDir, `${name}.log`));
    }
    const redisPid = rows.get('redis')!.pid;
    expect(stack.stdout()).toContain(`kill -STOP ${redisPid}`);
    expect(stack.stdout()).toContain(`Stop: Ctrl-C, or kill ${stack.child.pid} (SIGTERM).`);
  });

  it('serves from both replicas, over the one emulator, with cursors valid on either', async () => {
    const one = rows.get('replica-1')!.url;
    const two = rows.get('replica-2')!.url;
    const whole = await page(two, 6);
    expect(whole).toHaveLength(6);
    const first = await page(one, 3);
    const second = await page(two, 3, first.endCursor);
    expect([...first, ...second]).toEqual([...whole]);
  });

  it('runs a real Redis the replicas are pointed at', async () => {
    const redis = new Redis(rows.get('redis')!.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    await redis.connect();
    try {
      await expect(redis.ping()).resolves.toBe('PONG');
    } finally {
      await redis.quit();
    }
  });

  it('stops everything on SIGTERM and exits 0', async () => {
    stack.child.kill('SIGTERM');
    await expect(stack.exited).resolves.toBe(0);
    expect(stack.stderr()).toContain('stack: SIGTERM received: stopping');
    for (const row of rows.values()) expect(isRunning(row.pid)).toBe(false);
  });
});

describe('a stack with --auth jwt, whose replica dies', () => {
  let stack: StackProcess;
  let rows: Map<string, Row>;

  beforeAll(async () => {
    const base = await freePortRange(2);
    const metricsBase = await freePortRange(2);
    stack = runStack([
      '--replicas',
      '2',
      '--base-port',
      String(base),
      '--metrics-base-port',
      String(metricsBase),
      '--emulator-port',
      '0',
      '--auth',
      'jwt',
    ]);
    rows = await tableOf(stack);
  }, 180_000);
  afterAll(() => {
    if (stack.child.exitCode === null) stack.child.kill('SIGKILL');
    for (const row of rows?.values() ?? [])
      if (isRunning(row.pid)) process.kill(row.pid, 'SIGKILL');
  });

  it("authenticates with tokens from the emulator's development issuer", async () => {
    const emulator = rows.get('emulator')!.url;
    expect(stack.stdout()).toContain(`npm run --silent token -- --endpoint ${emulator}`);
    const query = JSON.stringify({ query: '{ accountAssociations(first: 1) { nodes { name } } }' });
    const post = (url: string, headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: query,
      });
    expect((await post(rows.get('replica-1')!.url)).status).toBe(401);

    const minted = await fetch(`${emulator}/__emulator/oidc/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scope: 'associations:read' }),
    });
    const { access_token: token } = (await minted.json()) as { access_token: string };
    for (const replica of ['replica-1', 'replica-2']) {
      const response = await post(rows.get(replica)!.url, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
  });

  it('reports a replica that dies, stops the rest and exits 1', async () => {
    const victim = rows.get('replica-2')!;
    process.kill(victim.pid, 'SIGKILL');
    await expect(stack.exited).resolves.toBe(1);
    expect(stack.stderr()).toContain(
      `stack: replica-2 (pid ${victim.pid}) was killed by SIGKILL; its log is ${victim.log}`,
    );
    for (const row of rows.values()) expect(isRunning(row.pid)).toBe(false);
  }, 60_000);
});

import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';

import { EMULATOR_SEED, startEmulator, type RunningEmulator } from '../src/emulator';

const ROOT = resolve(__dirname, '..');
const QUERY = `query ($a: ID!, $p: ID!) {
  accountAssociation(accountAssociationId: $a) { name }
  environmentAccountConnection(environmentAccountConnectionId: $p) { environmentName }
}`;
const variables = {
  a: EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0].id,
  p: EMULATOR_SEED.proton.connections[0].id,
};

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `src/main.ts` as its own process (as `npm start` does with the build) and waits until it listens. */
function startMain(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NODE_ENV: 'development', LOG_LEVEL: 'info', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((resolveStarted, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /gateway ready at (http:\/\/localhost:\d+\/graphql)/.exec(output);
      if (match) resolveStarted({ child, url: match[1], output: () => output, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`main exited with ${code} before listening:\n${output}`)),
    );
  });
}

/**
 * Runs `src/main.ts` until it exits on its own. `lingerMs` is how long it stayed after its last
 * stderr output: a listener left open keeps the process alive until its safety timer.
 */
async function runToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; lingerMs: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let lastOutputAt = Date.now();
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    lastOutputAt = Date.now();
  });
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  return { code, stderr, lingerMs: Date.now() - lastOutputAt };
}

async function post(url: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
  };
}

describe('the gateway process (src/main.ts)', () => {
  describe('BACKEND=aws against any endpoint set with AWS_ENDPOINT_URL', () => {
    let emulator: RunningEmulator;
    let main: Started;
    beforeAll(async () => {
      emulator = await startEmulator({ port: 0 });
      main = await startMain({
        BACKEND: 'aws',
        AWS_ENDPOINT_URL: emulator.endpoint,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIABENCHMARK',
        AWS_SECRET_ACCESS_KEY: 'benchmark-secret',
        CURSOR_SECRET: 'main-process-test-cursor-secret-0123456789',
      });
    });
    afterAll(async () => {
      if (main.child.exitCode === null) main.child.kill('SIGKILL');
      await emulator.stop();
    });

    test('serves queries from the endpoint, then drains in-flight requests on SIGTERM and exits 0', async () => {
      const first = await post(main.url);
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data).toEqual({
        accountAssociation: {
          name: EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0].name,
        },
        environmentAccountConnection: {
          environmentName: EMULATOR_SEED.proton.connections[0].environmentName,
        },
      });
      const calls = (await (await fetch(`${emulator.endpoint}/__emulator/calls`)).json()) as Record<
        string,
        number
      >;
      expect(calls).toEqual({
        'IoTManagedIntegrations.GetAccountAssociation': 1,
        'Proton.GetEnvironmentAccountConnection': 1,
      });

      await fetch(`${emulator.endpoint}/__emulator/faults`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          rules: [{ operation: 'Proton.GetEnvironmentAccountConnection', latencyMs: 600 }],
        }),
      });
      const inFlight = post(main.url);
      await new Promise((r) => setTimeout(r, 200));
      main.child.kill('SIGTERM');
      const slow = await inFlight;
      expect(slow.status).toBe(200);
      expect(slow.body.errors).toBeUndefined();
      expect(await main.exited).toBe(0);
      expect(main.output()).toContain('shutting down');
      expect(main.output()).toContain('"msg":"stopped"');
    });
  });

  describe('draining on SIGTERM', () => {
    let emulator: RunningEmulator;
    beforeEach(async () => {
      emulator = await startEmulator({ port: 0 });
      await fetch(`${emulator.endpoint}/__emulator/faults`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          rules: [{ operation: 'IoTManagedIntegrations.GetAccountAssociation', latencyMs: 800 }],
        }),
      });
    });
    afterEach(() => emulator.stop());
    const start = (env: Record<string, string>) =>
      startMain({
        BACKEND: 'aws',
        AWS_ENDPOINT_URL: emulator.endpoint,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIATEST',
        AWS_SECRET_ACCESS_KEY: 'test-secret',
        ...env,
      });

    test('/readyz answers 503 during the delay, and every in-flight request under load is answered', async () => {
      const main = await start({ SHUTDOWN_DELAY_MS: '2000', REQUEST_DEADLINE_MS: '3000' });
      try {
        const readyz = main.url.replace('/graphql', '/readyz');
        expect((await fetch(readyz)).status).toBe(200);
        const load = Array.from({ length: 12 }, () => post(main.url));
        await new Promise((r) => setTimeout(r, 150));
        main.child.kill('SIGTERM');
        // Once the process has taken the signal (a busy machine may take a while to deliver it)…
        for (let i = 0; i < 250 && !main.output().includes('shutting down'); i++) {
          await new Promise((r) => setTimeout(r, 20));
        }
        // …the listener is still open, and says it is going away.
        const during = await fetch(readyz);
        expect(during.status).toBe(503);
        const answers = await Promise.all(load);
        for (const answer of answers) {
          expect(answer.status).toBe(200);
          expect(answer.body.errors).toBeUndefined();
        }
        expect(await main.exited).toBe(0);
        expect(main.output()).toContain('"msg":"stopped"');
      } finally {
        if (main.child.exitCode === null) main.child.kill('SIGKILL');
      }
    });

    test('a grace period too short for a request cuts it off, logs it and exits 1', async () => {
      const main = await start({ SHUTDOWN_GRACE_MS: '100', REQUEST_DEADLINE_MS: '5000' });
      try {
        const inFlight = post(main.url).catch((error: unknown) => error);
        await new Promise((r) => setTimeout(r, 150));
        main.child.kill('SIGTERM');
        // The connection was closed with no answer: fetch fails.
        expect(await inFlight).toMatchObject({ message: 'fetch failed' });
        expect(await main.exited).toBe(1);
        expect(main.output()).toContain('requests were cut off unanswered');
      } finally {
        if (main.child.exitCode === null) main.child.kill('SIGKILL');
      }
    });
  });

  test('BACKEND=emulator starts the seeded emulator in-process and stops it on SIGTERM', async () => {
    const main = await startMain({ EMULATOR_PORT: '0' });
    try {
      const { body } = await post(main.url);
      expect(body.errors).toBeUndefined();
      expect(body.data!.accountAssociation).toEqual({
        name: EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0].name,
      });
      main.child.kill('SIGTERM');
      const code = await main.exited;
      expect({ code, output: main.output() }).toMatchObject({ code: 0 });
      expect(main.output()).toContain('"msg":"stopped"');
    } finally {
      if (main.child.exitCode === null) main.child.kill('SIGKILL');
    }
  });

  test('production without authentication configured refuses to start, saying what to set', async () => {
    const { code, stderr } = await runToExit({
      NODE_ENV: 'production',
      BACKEND: 'emulator',
      CURSOR_SECRET: 'production-like-secret-0123456789abcdef',
    });
    expect(code).toBe(1);
    expect(stderr).toContain(
      'NODE_ENV=production needs authentication: set AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE and/or AUTH_API_KEYS_FILE, or AUTH_MODE=none',
    );
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  test('invalid configuration exits 1 naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, PORT: 'eighty', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(stderr).toContain('PORT must be an integer from 0 to 65535; got "eighty"');
    expect(stderr).toContain('BACKEND must be set explicitly when NODE_ENV=production');
  });

  describe('with a port already taken', () => {
    let holder: Server;
    let busyPort: number;
    beforeAll(async () => {
      holder = createServer();
      await new Promise<void>((done) => holder.listen(0, done));
      busyPort = (holder.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((done) => holder.close(() => done())));

    test('PORT: exits 1 with one line naming PORT, after stopping the emulator it started', async () => {
      const { code, stderr, lingerMs } = await runToExit({
        PORT: String(busyPort),
        EMULATOR_PORT: '0',
      });
      expect({ code, stderr }).toEqual({
        code: 1,
        stderr: `account-graph: port ${busyPort} is already in use; set PORT to a free port (or 0 for any free port)\n`,
      });
      // The embedded emulator was listening by then; had it been left open, the process would
      // only end at its 15 s safety timer.
      expect(lingerMs).toBeLessThan(5_000);
    });

    test('EMULATOR_PORT: exits 1 with one line naming EMULATOR_PORT', async () => {
      const { code, stderr } = await runToExit({
        PORT: '0',
        EMULATOR_PORT: String(busyPort),
      });
      expect({ code, stderr }).toEqual({
        code: 1,
        stderr: `account-graph: port ${busyPort} is already in use; set EMULATOR_PORT to a free port (or 0 for any free port)\n`,
      });
    });
  });

  describe('V8 heap limits (src/runtime/relaunch.ts)', () => {
    /** Starts the gateway with the embedded emulator; resolves once it listens. */
    function startWithEmulator(env: Record<string, string> = {}) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'development',
          LOG_LEVEL: 'info',
          PORT: '0',
          EMULATOR_PORT: '0',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
        child.once('exit', (code, signal) => done({ code, signal })),
      );
      const ready = new Promise<void>((resolveReady, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('gateway ready at')) resolveReady();
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        void exited.then(() => reject(new Error(`main exited before listening:\n${output}`)));
      });
      const heap = () => {
        const line = output.split('\n').find((l) => l.includes('"msg":"V8 heap limits"'));
        return JSON.parse(line ?? '{}') as {
          heapLimitMb?: number;
          maxOldSpaceMb?: number;
          maxSemiSpaceMb?: number;
          basis?: string;
        };
      };
      return { child, ready, exited, heap, output: () => output };
    }

    /** Pids of the processes whose parent is `pid` (Linux). */
    function childrenOf(pid: number): number[] {
      return readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry))
        .filter((entry) => {
          try {
            const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
            return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
          } catch {
            return false;
          }
        })
        .map(Number);
    }

    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };

    async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error('condition not met in time');
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    const linux = process.platform === 'linux' ? test : test.skip;

    linux(
      'by default the process re-executes itself with sized limits, relays SIGTERM and exits 0',
      async () => {
        const main = startWithEmulator();
        try {
          await main.ready;
          const heap = main.heap();
          expect(heap.maxOldSpaceMb).toBeGreaterThan(0);
          expect(heap.maxSemiSpaceMb).toBeGreaterThan(0);
          // V8's limit is the old space plus the young generation, nothing like Node's default.
          expect(heap.heapLimitMb).toBeGreaterThan(heap.maxOldSpaceMb!);
          expect(heap.heapLimitMb).toBeLessThan(
            heap.maxOldSpaceMb! + 4 * heap.maxSemiSpaceMb! + 16,
          );
          const [gatewayPid] = childrenOf(main.child.pid!);
          const command = readFileSync(`/proc/${gatewayPid}/cmdline`, 'utf8').split('\0');
          expect(command).toContain(`--max-old-space-size=${heap.maxOldSpaceMb}`);
          expect(command).toContain(`--max-semi-space-size=${heap.maxSemiSpaceMb}`);

          main.child.kill('SIGTERM');
          expect(await main.exited).toEqual({ code: 0, signal: null });
          expect(main.output()).toContain('"msg":"stopped"');
          expect(alive(gatewayPid)).toBe(false);
        } finally {
          if (main.child.exitCode === null) main.child.kill('SIGKILL');
        }
      },
    );

    test('heap flags in NODE_OPTIONS are the operator’s: no re-execution, no other limits', async () => {
      const main = startWithEmulator({ NODE_OPTIONS: '--max-old-space-size=200' });
      try {
        await main.ready;
        expect(main.heap()).toMatchObject({
          basis: 'heap flags given on the command line or in NODE_OPTIONS',
        });
        expect(main.heap().heapLimitMb).toBeGreaterThanOrEqual(200);
        expect(main.heap().maxOldSpaceMb).toBeUndefined();
        main.child.kill('SIGTERM');
        expect(await main.exited).toEqual({ code: 0, signal: null });
      } finally {
        if (main.child.exitCode === null) main.child.kill('SIGKILL');
      }
    });

    test('HEAP_SIZING=off leaves Node’s own sizing', async () => {
      const main = startWithEmulator({ HEAP_SIZING: 'off' });
      try {
        await main.ready;
        expect(main.heap().basis).toBe("Node's own sizing (HEAP_SIZING=off)");
        main.child.kill('SIGINT');
        expect(await main.exited).toEqual({ code: 0, signal: null });
      } finally {
        if (main.child.exitCode === null) main.child.kill('SIGKILL');
      }
    });

    linux('HEAP_SIZING=<MB> sizes the heap for that much memory', async () => {
      const main = startWithEmulator({ HEAP_SIZING: '512' });
      try {
        await main.ready;
        expect(main.heap()).toMatchObject({
          maxSemiSpaceMb: 16,
          maxOldSpaceMb: 275,
          basis: 'HEAP_SIZING=512 MB',
        });
        main.child.kill('SIGTERM');
        expect(await main.exited).toEqual({ code: 0, signal: null });
      } finally {
        if (main.child.exitCode === null) main.child.kill('SIGKILL');
      }
    });

    test('an unknown HEAP_SIZING exits 1 naming it', async () => {
      const { code, stderr } = await runToExit({ HEAP_SIZING: 'sometimes' });
      expect({ code, stderr }).toEqual({
        code: 1,
        stderr:
          'HEAP_SIZING must be auto, off or a memory size in MB of at least 96; got "sometimes"\n',
      });
    });

    linux('the launcher ends as the gateway did, by a signal too', async () => {
      const main = startWithEmulator();
      try {
        await main.ready;
        const [gatewayPid] = childrenOf(main.child.pid!);
        process.kill(gatewayPid, 'SIGKILL');
        expect(await main.exited).toEqual({ code: null, signal: 'SIGKILL' });
      } finally {
        if (main.child.exitCode === null) main.child.kill('SIGKILL');
      }
    });

    linux('the gateway stops by itself when its launcher is killed', async () => {
      const main = startWithEmulator();
      let gatewayPid: number | undefined;
      try {
        await main.ready;
        [gatewayPid] = childrenOf(main.child.pid!);
        main.child.kill('SIGKILL');
        await main.exited;
        await until(() => !alive(gatewayPid!));
      } finally {
        if (gatewayPid !== undefined && alive(gatewayPid)) process.kill(gatewayPid, 'SIGKILL');
      }
    });
  });
});

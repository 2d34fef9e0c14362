import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { GraphQLResponse } from '../integration/gatewayStack';
import { TEST_CURSOR_SECRET } from '../integration/gatewayStack';
import type { LogLine } from '../http/loggedGateway';
import { spawnTracked, type ChildExit } from '../support/trackedChild';

const REPO_ROOT = join(__dirname, '..', '..');

/** `npm start`'s process (`src/main.ts` through tsx, so no build is needed) against an emulator. */
export interface GatewayProcess {
  readonly graphqlUrl: string;
  /** `undefined` with METRICS_PORT=off. */
  readonly metricsUrl: string | undefined;
  /** The process's log lines so far (JSON lines only). */
  logs(): LogLine[];
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  /** SIGTERM: the gateway drains, exports its last spans and exits. */
  stop(): Promise<ChildExit>;
}

/**
 * Starts the gateway as a process of its own (BACKEND=aws, pointed at `emulatorEndpoint`), with
 * PORT and METRICS_PORT 0 and every log line kept in a file, and waits until it is ready. The
 * OpenTelemetry exporter loads Node's `http` with a dynamic `import()`, which Jest's module
 * sandbox refuses: traces are tested against a real process.
 */
export async function startGatewayProcess(
  emulatorEndpoint: string,
  env: Record<string, string> = {},
): Promise<GatewayProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'account-graph-observability-'));
  const logFile = join(dir, 'gateway.log');
  const child = await spawnTracked({
    name: 'gateway',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/main.ts'],
    cwd: REPO_ROOT,
    logFile,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'debug',
      BACKEND: 'aws',
      AWS_ENDPOINT_URL: emulatorEndpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIATEST',
      AWS_SECRET_ACCESS_KEY: 'gateway-process-secret-key',
      AWS_EC2_METADATA_DISABLED: 'true',
      AUTH_MODE: 'none',
      CURSOR_SECRET: TEST_CURSOR_SECRET,
      CACHE: 'off',
      HOST: '127.0.0.1',
      PORT: '0',
      METRICS_PORT: '0',
      ...env,
    },
  });
  const output = () => readFileSync(logFile, 'utf8');
  const logs = () =>
    output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine);
  const stop = async () => {
    const exit = await child.stop();
    rmSync(dir, { recursive: true, force: true });
    return exit;
  };

  let graphqlUrl: string | undefined;
  let metricsUrl: string | undefined;
  const deadline = Date.now() + 30_000;
  while (graphqlUrl === undefined) {
    if (child.hasExited() || Date.now() > deadline) {
      const tail = output();
      await stop();
      throw new Error(`the gateway did not become ready:\n${tail}`);
    }
    for (const line of logs()) {
      const ready = /^gateway ready at http:\/\/localhost:(\d+)(\/\S+)$/.exec(line.msg);
      if (ready) graphqlUrl = `http://127.0.0.1:${ready[1]}${ready[2]}`;
      const metrics = /^metrics at (http:\/\/\S+)$/.exec(line.msg);
      if (metrics) metricsUrl = metrics[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const url = graphqlUrl;
  return {
    graphqlUrl: url,
    metricsUrl,
    logs,
    async graphql(query, variables, headers) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphQLResponse['body'],
      };
    },
    stop,
  };
}

/** Polls `probe` until it returns something other than `undefined` (10 s at most). */
export async function eventually<T>(probe: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

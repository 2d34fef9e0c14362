import type { AddressInfo } from 'node:net';

import pino from 'pino';

import { createAwsClients } from '../../src/aws/clients';
import { loadConfig, type Config } from '../../src/config';
import { startEmulator } from '../../src/emulator';
import { createServer, type Gateway } from '../../src/server';
import { TEST_CURSOR_SECRET } from '../integration/gatewayStack';

/** One JSON log line as pino wrote it. */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50 } as const;

/**
 * The real gateway in front of the real emulator, like `startStack`, with its log lines kept (at
 * `debug` and above) so tests can assert what operators see.
 */
export async function startLoggedGateway(env: Record<string, string> = {}) {
  const emulator = await startEmulator({ port: 0 });
  let config: Config;
  try {
    config = loadConfig({
      NODE_ENV: 'test',
      CURSOR_SECRET: TEST_CURSOR_SECRET,
      UPSTREAM_MAX_ATTEMPTS: '1',
      CACHE: 'off',
      ...env,
    });
  } catch (error) {
    await emulator.stop();
    throw error;
  }
  const lines: LogLine[] = [];
  const logger = pino(
    { level: 'debug' },
    {
      write(line: string) {
        lines.push(JSON.parse(line) as LogLine);
      },
    },
  );
  const clients = createAwsClients(config.upstream, {
    endpoint: emulator.endpoint,
    credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'test-secret' },
  });
  const gateway: Gateway = await createServer(config, { clients, logger, stopGracePeriodMs: 500 });
  await new Promise<void>((resolve) => gateway.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.httpServer.address() as AddressInfo;
  const admin = (path: string, init?: RequestInit) =>
    fetch(`${emulator.endpoint}/__emulator/${path}`, init);

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    gateway,
    /** Every log line so far; `clearLogs()` forgets them. */
    logs: lines,
    clearLogs() {
      lines.length = 0;
    },
    async calls() {
      return (await (await admin('calls')).json()) as Record<string, number>;
    },
    async setFaults(rules: unknown[]) {
      const response = await admin('faults', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rules }),
      });
      if (!response.ok) throw new Error(`fault rules refused: ${await response.text()}`);
    },
    async clearFaults() {
      await admin('faults', { method: 'DELETE' });
    },
    async stop() {
      await gateway.stop();
      clients.destroy();
      await emulator.stop();
    },
  };
}

export type LoggedGateway = Awaited<ReturnType<typeof startLoggedGateway>>;

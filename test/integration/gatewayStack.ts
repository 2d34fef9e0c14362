import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

import pino from 'pino';

import { createAwsClients, type AwsClients } from '../../src/aws/clients';
import { loadConfig, type Config } from '../../src/config';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator';
import { createServer, type Gateway } from '../../src/server';
import type { SharedState } from '../../src/sharedState';

export const TEST_CURSOR_SECRET = 'integration-test-cursor-secret-0123456789';

export interface StackOptions {
  /** Environment variables for `loadConfig` (NODE_ENV defaults to `test`). */
  env?: Record<string, string>;
  emulator?: EmulatorOptions;
  /** The process-wide state to serve with (the test then closes it); by default the server's own. */
  shared?: (config: Config) => SharedState;
}

/** Response data as tests read it: dynamic JSON, asserted on field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  body: {
    data?: Data | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Data }[];
  };
}

/** The real gateway over HTTP in front of the real emulator, both in this process on ephemeral ports. */
export interface Stack {
  readonly url: string;
  readonly graphqlUrl: string;
  readonly emulator: RunningEmulator;
  readonly gateway: Gateway;
  readonly clients: AwsClients;
  readonly config: Config;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  /** `GET /__emulator/calls`: upstream calls per `<Service>.<Operation>` since the last reset. */
  calls(): Promise<Record<string, number>>;
  resetCalls(): Promise<void>;
  setFaults(rules: unknown[]): Promise<void>;
  clearFaults(): Promise<void>;
  stop(): Promise<void>;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const emulator = await startEmulator({
    port: 0,
    associationDelayMs: 50,
    assignmentDelayMs: 50,
    ...options.emulator,
  });
  let config: Config;
  try {
    config = loadConfig({
      NODE_ENV: 'test',
      CURSOR_SECRET: TEST_CURSOR_SECRET,
      UPSTREAM_MAX_ATTEMPTS: '1',
      // Call-count tests measure one request's calls: no answers shared across requests unless a
      // test turns the cache on (the cache has tests of its own).
      CACHE: 'off',
      ...options.env,
    });
  } catch (error) {
    await emulator.stop(); // an open emulator would keep Jest from ever finishing
    throw error;
  }
  const clients = createAwsClients(config.upstream, {
    endpoint: emulator.endpoint,
    credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'test-secret' },
  });
  const gateway = await createServer(config, {
    clients,
    logger: pino({ level: 'silent' }),
    stopGracePeriodMs: 2_000,
    ...(options.shared ? { shared: options.shared(config) } : {}),
    // AUTH_JWT_ISSUER=emulator: this emulator's development issuer, as `npm start` does it.
    ...(config.auth.jwt?.issuer === 'emulator' ? { jwtIssuer: emulator.oidcIssuer } : {}),
  });
  await new Promise<void>((resolve) => gateway.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const admin = (path: string, init?: RequestInit) =>
    fetch(`${emulator.endpoint}/__emulator/${path}`, init);

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    emulator,
    gateway,
    clients,
    config,
    async graphql(query, variables, headers) {
      const response = await fetch(`${url}/graphql`, {
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
    async calls() {
      return (await (await admin('calls')).json()) as Record<string, number>;
    },
    async resetCalls() {
      await admin('calls', { method: 'DELETE' });
    },
    async setFaults(rules) {
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

/** The number of upstream calls recorded for `<Service>.<Operation>` (0 when absent). */
export function count(calls: Record<string, number>, operation: string): number {
  return calls[operation] ?? 0;
}

/**
 * Sends a GraphQL request to `graphqlUrl` and closes the connection after `leaveAfterMs`, unanswered
 * (a client that goes away); `beforeLeaving` runs just before.
 */
export function sendAndLeave(
  graphqlUrl: string,
  body: { query: string; variables?: Record<string, unknown> },
  leaveAfterMs: number,
  beforeLeaving: () => void = () => undefined,
): Promise<void> {
  const url = new URL(graphqlUrl);
  return new Promise<void>((resolve) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      },
      () => undefined,
    );
    req.on('error', () => resolve());
    req.end(JSON.stringify(body));
    setTimeout(() => {
      beforeLeaving();
      req.destroy();
      resolve();
    }, leaveAfterMs);
  });
}

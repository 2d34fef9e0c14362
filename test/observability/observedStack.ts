import type { AddressInfo } from 'node:net';

import pino from 'pino';

import { createAwsClients, type AwsClients } from '../../src/aws/clients';
import { loadConfig, type Config } from '../../src/config';
import { EMULATOR_SEED, startEmulator, type RunningEmulator } from '../../src/emulator';
import { createObservability, type Observability } from '../../src/observability/observability';
import { createServer, type Gateway } from '../../src/server';
import type { GraphQLResponse } from '../integration/gatewayStack';
import { TEST_CURSOR_SECRET } from '../integration/gatewayStack';
import type { LogLine } from '../http/loggedGateway';

/** The real gateway, its metrics listener and the real emulator, with the gateway's log lines kept. */
export interface ObservedStack {
  readonly graphqlUrl: string;
  /** `http://127.0.0.1:<port>` of the GraphQL listener. */
  readonly url: string;
  /** `http://127.0.0.1:<port>/metrics`, `undefined` with METRICS_PORT=off. */
  readonly metricsUrl: string | undefined;
  readonly config: Config;
  readonly gateway: Gateway;
  readonly clients: AwsClients;
  readonly emulator: RunningEmulator;
  readonly observability: Observability;
  /** Every log line so far, at `debug` and above. */
  readonly logs: LogLine[];
  /** The raw log output, as an operator's log pipeline receives it. */
  rawLogs(): string;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  /** The samples of `GET /metrics`. */
  scrape(): Promise<Sample[]>;
  calls(): Promise<Record<string, number>>;
  resetCalls(): Promise<void>;
  setFaults(rules: unknown[]): Promise<void>;
  clearFaults(): Promise<void>;
  stop(): Promise<void>;
}

/** One line of the Prometheus text format: `name{label="value",…} value`. */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/**
 * Starts the emulator and the gateway as `npm start` wires them (observability from the
 * configuration, the metrics listener on METRICS_PORT, default here 0: a free port).
 */
export async function startObservedStack(env: Record<string, string> = {}): Promise<ObservedStack> {
  const emulator = await startEmulator({ port: 0 });
  let config: Config;
  try {
    config = loadConfig({
      NODE_ENV: 'test',
      CURSOR_SECRET: TEST_CURSOR_SECRET,
      UPSTREAM_MAX_ATTEMPTS: '1',
      CACHE: 'off',
      METRICS_PORT: '0',
      ...env,
    });
  } catch (error) {
    await emulator.stop();
    throw error;
  }
  const raw: string[] = [];
  const lines: LogLine[] = [];
  const logger = pino(
    { level: 'debug' },
    {
      write(line: string) {
        raw.push(line);
        lines.push(JSON.parse(line) as LogLine);
      },
    },
  );
  const observability = createObservability(config.telemetry, logger);
  const clients = createAwsClients(
    config.upstream,
    {
      endpoint: emulator.endpoint,
      credentials: { accessKeyId: 'AKIATEST', secretAccessKey: TEST_AWS_SECRET },
    },
    observability,
  );
  const gateway = await createServer(config, {
    clients,
    logger,
    observability,
    stopGracePeriodMs: 500,
  });
  await observability.start();
  await new Promise<void>((resolve) => gateway.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const metricsUrl =
    observability.metricsPort === undefined
      ? undefined
      : `http://127.0.0.1:${observability.metricsPort}/metrics`;
  const admin = (path: string, init?: RequestInit) =>
    fetch(`${emulator.endpoint}/__emulator/${path}`, init);

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    metricsUrl,
    config,
    gateway,
    clients,
    emulator,
    observability,
    logs: lines,
    rawLogs: () => raw.join(''),
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
    async scrape() {
      if (metricsUrl === undefined) throw new Error('metrics are off (METRICS_PORT=off)');
      const response = await fetch(metricsUrl);
      if (response.status !== 200) throw new Error(`GET /metrics answered ${response.status}`);
      return parseExposition(await response.text());
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
      await observability.stop();
      await emulator.stop();
    },
  };
}

/** The AWS secret key the stack's clients sign with: it must never appear in a log line. */
export const TEST_AWS_SECRET = 'observed-stack-aws-secret-key-0123456789';

const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** The samples of a Prometheus text exposition (comments skipped). */
export function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = SAMPLE_LINE.exec(line);
    if (match === null) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, name, value] of (match[2] ?? '').matchAll(LABEL)) labels[name] = value;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of the samples named `name` whose labels include `labels`. */
export function total(
  samples: readonly Sample[],
  name: string,
  labels: Record<string, string> = {},
): number {
  return samples
    .filter((s) => s.name === name)
    .filter((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

/**
 * `accountgraph_upstream_requests_total` summed by `<service>.<operation>` as `/__emulator/calls`
 * keys it (series at 0 left out).
 */
export function attemptsByOperation(samples: readonly Sample[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const s of samples) {
    if (s.name !== 'accountgraph_upstream_requests_total' || s.value === 0) continue;
    const key = `${s.labels.service}.${s.labels.operation}`;
    sums[key] = (sums[key] ?? 0) + s.value;
  }
  return sums;
}

const sso = EMULATOR_SEED.ssoAdmin;
const proton = EMULATOR_SEED.proton.connections;
const associations = EMULATOR_SEED.iotManagedIntegrations.accountAssociations;

/** A query that calls all three services: 2 IoT Gets, 2 SSO Describes, 2 Proton Gets. */
export const DASHBOARD = {
  query: `query Dashboard($a1: ID!, $a2: ID!, $arn: String!, $r1: ID!, $r2: ID!, $p1: ID!, $p2: ID!) {
    x1: accountAssociation(accountAssociationId: $a1) { name }
    x2: accountAssociation(accountAssociationId: $a2) { name }
    s1: assignmentStatus(instanceArn: $arn, requestId: $r1) { status }
    s2: assignmentStatus(instanceArn: $arn, requestId: $r2) { status }
    p1: environmentAccountConnection(environmentAccountConnectionId: $p1) { status }
    p2: environmentAccountConnection(environmentAccountConnectionId: $p2) { status }
  }`,
  variables: {
    a1: associations[1].id,
    a2: associations[2].id,
    arn: sso.instanceArn,
    r1: sso.assignmentRequests[0].requestId,
    r2: sso.assignmentRequests[1].requestId,
    p1: proton[0].id,
    p2: proton[1].id,
  },
};

/** One association by id: one IoT GetAccountAssociation. */
export const ONE_ASSOCIATION = {
  query: `query OneAssociation($id: ID!) { accountAssociation(accountAssociationId: $id) { accountAssociationId name } }`,
  variables: { id: associations[0].id },
};

import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';

import { ListApplicationsCommand } from '@aws-sdk/client-sso-admin';

import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { startGatewayProcess } from './gatewayProcess';
import {
  ONE_ASSOCIATION,
  parseExposition,
  startObservedStack,
  type ObservedStack,
} from './observedStack';

describe('GET /metrics', () => {
  let stack: ObservedStack;
  beforeAll(async () => {
    stack = await startObservedStack();
  });
  afterAll(() => stack.stop());

  test('is served on METRICS_PORT in the Prometheus text format', async () => {
    await stack.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables);
    const response = await fetch(stack.metricsUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('# TYPE accountgraph_upstream_requests_total counter');
    expect(text).toContain('# TYPE accountgraph_graphql_request_duration_seconds histogram');
    expect(parseExposition(text).length).toBeGreaterThan(0);
  });

  test('is not reachable on the GraphQL port', async () => {
    for (const method of ['GET', 'POST']) {
      const response = await fetch(`${stack.url}/metrics`, { method });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('accountgraph_');
    }
  });

  test('the metrics listener answers nothing but GET and HEAD /metrics', async () => {
    const base = stack.metricsUrl!.replace('/metrics', '');
    expect((await fetch(`${base}/graphql`)).status).toBe(404);
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(stack.metricsUrl!, { method: 'POST' })).status).toBe(404);
    const head = await fetch(stack.metricsUrl!, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  test('every label value comes from a fixed set', async () => {
    // A request refused before it has an operation, and one that names no operation.
    await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nope' }),
    });
    await stack.graphql('{ __typename }');
    // An SSO Admin operation outside AWS's model tables of the gateway.
    await stack.clients.ssoAdmin
      .send(new ListApplicationsCommand({ InstanceArn: 'x' }))
      .catch(() => {});
    const samples = await stack.scrape();
    const values = (name: string, label: string) =>
      new Set(samples.filter((s) => s.name === name).map((s) => s.labels[label]));
    for (const value of values('accountgraph_graphql_requests_total', 'operation_type')) {
      expect(['query', 'mutation', 'subscription', 'unknown']).toContain(value);
    }
    for (const value of values('accountgraph_graphql_requests_total', 'outcome')) {
      expect(['success', 'partial', 'error']).toContain(value);
    }
    for (const value of values('accountgraph_upstream_requests_total', 'outcome')) {
      expect(['ok', 'throttled', 'client_error', 'server_error', 'timeout']).toContain(value);
    }
    expect(values('accountgraph_graphql_errors_total', 'code')).toContain('GRAPHQL_PARSE_FAILED');
    const ssoOperations = new Set(
      samples
        .filter(
          (s) =>
            s.name === 'accountgraph_upstream_requests_total' && s.labels.service === 'SSOAdmin',
        )
        .map((s) => s.labels.operation),
    );
    expect([...ssoOperations]).toEqual(['other']);
  });
});

describe('METRICS_PORT=off', () => {
  test('serves no metrics and measures nothing', async () => {
    const stack = await startObservedStack({ METRICS_PORT: 'off' });
    try {
      expect(stack.metricsUrl).toBeUndefined();
      expect(stack.observability.metrics).toBeUndefined();
      const { body } = await stack.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables);
      expect(body.errors).toBeUndefined();
    } finally {
      await stack.stop();
    }
  });
});

describe('the process entry', () => {
  let emulator: RunningEmulator;
  let busy: Server;
  let busyPort: number;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => busy.close(resolve));
    await emulator.stop();
  });

  test('starts the metrics listener next to the gateway and stops it on SIGTERM', async () => {
    const gateway = await startGatewayProcess(emulator.endpoint);
    try {
      expect(gateway.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      await gateway.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables);
      const samples = parseExposition(await (await fetch(gateway.metricsUrl!)).text());
      expect(
        samples.find(
          (s) =>
            s.name === 'accountgraph_upstream_requests_total' &&
            s.labels.operation === 'GetAccountAssociation' &&
            s.labels.outcome === 'ok',
        )?.value,
      ).toBe(1);
      expect((await fetch(gateway.graphqlUrl.replace('/graphql', '/metrics'))).status).toBe(404);
    } finally {
      expect((await gateway.stop()).code).toBe(0);
    }
    await expect(fetch(gateway.metricsUrl!)).rejects.toThrow();
  });

  test('the default port, taken, is warned about and the gateway serves without metrics', async () => {
    // Take 9464 unless someone else has (then it is taken all the same).
    const holder = createServer();
    await new Promise<void>((resolve) => {
      holder.once('error', () => resolve());
      holder.listen(9464, '127.0.0.1', resolve);
    });
    try {
      const gateway = await startGatewayProcess(emulator.endpoint, { METRICS_PORT: '' });
      try {
        expect(gateway.metricsUrl).toBeUndefined();
        expect(gateway.logs()).toContainEqual(
          expect.objectContaining({
            level: 40,
            msg: 'port 9464 is already in use: this process serves no metrics; set METRICS_PORT to a free port (or off)',
          }),
        );
        const { body } = await gateway.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables);
        expect(body.errors).toBeUndefined();
      } finally {
        expect((await gateway.stop()).code).toBe(0);
      }
    } finally {
      await new Promise((resolve) =>
        holder.listening ? holder.close(resolve) : resolve(undefined),
      );
    }
  });

  test('a METRICS_PORT that is taken stops the start with one line naming it', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: '0',
        EMULATOR_PORT: '0',
        HOST: '127.0.0.1',
        METRICS_PORT: String(busyPort),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: 1,
      stderr: `account-graph: port ${busyPort} is already in use; set METRICS_PORT to a free port (or 0 for any free port)\n`,
    });
  });
});

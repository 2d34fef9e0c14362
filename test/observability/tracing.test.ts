import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { eventually, startGatewayProcess, type GatewayProcess } from './gatewayProcess';
import { DASHBOARD, ONE_ASSOCIATION, startObservedStack } from './observedStack';
import { startOtlpReceiver, type OtlpReceiver } from './otlpReceiver';

const SERVER = 2;
const CLIENT = 3;
const STATUS_ERROR = 2;
const GET = 'IoTManagedIntegrations.GetAccountAssociation';

function callerContext() {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return { traceId, spanId, traceparent: `00-${traceId}-${spanId}-01` };
}

let emulator: RunningEmulator;
let receiver: OtlpReceiver;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  receiver = await startOtlpReceiver();
});
afterAll(async () => {
  await receiver.stop();
  await emulator.stop();
});

const admin = (path: string, init?: RequestInit) =>
  fetch(`${emulator.endpoint}/__emulator/${path}`, init);
async function calls(): Promise<Record<string, number>> {
  return (await (await admin('calls')).json()) as Record<string, number>;
}
async function setFaults(rules: unknown[]): Promise<void> {
  await admin('faults', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules }),
  });
}

/** The server span of a trace and its client spans, once `clients` of them have arrived. */
function exported(traceId: string, clients: number) {
  return eventually(() => {
    const spans = receiver.spans.filter((s) => s.traceId === traceId);
    const servers = spans.filter((s) => s.kind === SERVER);
    const clientSpans = spans.filter((s) => s.kind === CLIENT);
    if (servers.length === 0 || clientSpans.length < clients) return undefined;
    expect(servers).toHaveLength(1);
    expect(clientSpans).toHaveLength(clients);
    return { server: servers[0], clients: clientSpans };
  }, `the spans of trace ${traceId}`);
}

describe('traces over OTLP/HTTP with OTEL_EXPORTER_OTLP_PROTOCOL=http/json', () => {
  let gateway: GatewayProcess;
  beforeAll(async () => {
    gateway = await startGatewayProcess(emulator.endpoint, {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '20',
      UPSTREAM_MAX_ATTEMPTS: '3',
    });
  });
  afterAll(async () => {
    expect((await gateway.stop()).code).toBe(0);
  });
  beforeEach(() => admin('calls', { method: 'DELETE' }));
  afterEach(() => admin('faults', { method: 'DELETE' }));

  test('the request span continues the caller’s traceparent and has one client span per AWS call', async () => {
    const caller = callerContext();
    const { body } = await gateway.graphql(DASHBOARD.query, DASHBOARD.variables, {
      traceparent: caller.traceparent,
    });
    expect(body.errors).toBeUndefined();
    const made = await calls();
    const { server, clients } = await exported(
      caller.traceId,
      Object.values(made).reduce((a, b) => a + b, 0),
    );

    expect(server).toMatchObject({
      parentSpanId: caller.spanId,
      name: 'query Dashboard',
      attributes: {
        'graphql.operation.name': 'Dashboard',
        'graphql.operation.type': 'query',
        'http.request.method': 'POST',
        'http.response.status_code': 200,
      },
      resource: { 'service.name': 'account-graph' },
    });
    expect(server.status.code).not.toBe(STATUS_ERROR);

    const byOperation: Record<string, number> = {};
    for (const span of clients) {
      const service = String(span.attributes['rpc.service']);
      const method = String(span.attributes['rpc.method']);
      expect(span).toMatchObject({
        parentSpanId: server.spanId,
        name: `${service}/${method}`,
        attributes: { 'rpc.system': 'aws-api', 'http.response.status_code': 200 },
      });
      expect(span.attributes['aws.request_id']).toEqual(expect.stringMatching(/\S/));
      byOperation[`${service}.${method}`] = (byOperation[`${service}.${method}`] ?? 0) + 1;
    }
    expect(byOperation).toEqual(made);
    // Each attempt has its own AWS request id.
    expect(new Set(clients.map((s) => s.attributes['aws.request_id'])).size).toBe(clients.length);
  });

  test('each SDK retry is a client span of its own, with its resend count and AWS’s error', async () => {
    const caller = callerContext();
    await setFaults([{ operation: GET, errorRate: 1, error: 'ThrottlingException' }]);
    const { body } = await gateway.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables, {
      traceparent: caller.traceparent,
    });
    expect(body.errors?.[0].extensions?.code).toBe('THROTTLED');
    expect(await calls()).toEqual({ [GET]: 3 });
    const { server, clients } = await exported(caller.traceId, 3);
    const resends = clients.map((s) => s.attributes['http.request.resend_count'] ?? 0).sort();
    expect(resends).toEqual([0, 1, 2]);
    for (const span of clients) {
      expect(span).toMatchObject({
        parentSpanId: server.spanId,
        attributes: {
          'rpc.service': 'IoTManagedIntegrations',
          'rpc.method': 'GetAccountAssociation',
          'error.type': 'ThrottlingException',
        },
        status: { code: STATUS_ERROR },
      });
      expect(span.attributes['aws.request_id']).toEqual(expect.stringMatching(/\S/));
    }
    expect(server).toMatchObject({
      parentSpanId: caller.spanId,
      attributes: { 'error.type': 'THROTTLED' },
      status: { code: STATUS_ERROR },
    });
  });

  test('without a traceparent a request starts a trace of its own', async () => {
    const { headers } = await gateway.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables);
    const requestId = headers.get('x-request-id');
    const line = await eventually(
      () => gateway.logs().find((l) => l.msg === 'graphql request' && l.requestId === requestId),
      'the request’s log line',
    );
    const { server } = await exported(String(line.trace_id), 1);
    expect(server.parentSpanId).toBeUndefined();
    expect(server.spanId).toBe(line.span_id);
  });

  test('the request’s log lines carry its trace_id and span_id', async () => {
    const caller = callerContext();
    const { headers } = await gateway.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables, {
      traceparent: caller.traceparent,
    });
    const { server } = await exported(caller.traceId, 1);
    const requestId = headers.get('x-request-id');
    const line = await eventually(
      () => gateway.logs().find((l) => l.msg === 'graphql request' && l.requestId === requestId),
      'the request’s log line',
    );
    expect(line).toMatchObject({ trace_id: caller.traceId, span_id: server.spanId });
  });
});

describe('trace export settings', () => {
  test('http/protobuf is the default protocol; OTEL_SERVICE_NAME names the service', async () => {
    const before = receiver.requests.length;
    const gateway = await startGatewayProcess(emulator.endpoint, {
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.endpoint}/v1/traces`,
      OTEL_SERVICE_NAME: 'account-graph-eu',
    });
    try {
      const { body } = await gateway.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables);
      expect(body.errors).toBeUndefined();
    } finally {
      // Stopping exports what is left.
      expect((await gateway.stop()).code).toBe(0);
    }
    const exports = receiver.requests
      .slice(before)
      .filter((r) => r.path === '/v1/traces' && r.contentType === 'application/x-protobuf');
    expect(exports.length).toBeGreaterThan(0);
    // Protobuf carries strings as they are: the resource's service.name is in the payload.
    expect(Buffer.concat(exports.map((r) => r.body)).includes('account-graph-eu')).toBe(true);
  });

  test('OTEL_SDK_DISABLED=true, OTEL_TRACES_EXPORTER=none and no endpoint all leave tracing off', async () => {
    const settings: Record<string, string>[] = [
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_SDK_DISABLED: 'true' },
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_TRACES_EXPORTER: 'none' },
      {},
    ];
    for (const env of settings) {
      const stack = await startObservedStack({ ...env, METRICS_PORT: 'off' });
      try {
        expect(stack.observability.tracing).toBeUndefined();
        // Nothing at all is added when metrics are off too.
        expect(stack.observability.requestObserver).toBeUndefined();
        expect(stack.clients.iot.middlewareStack.identify().join('\n')).not.toContain(
          'upstreamTelemetryMiddleware',
        );
        const { body } = await stack.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables);
        expect(body.errors).toBeUndefined();
        expect(stack.logs.find((l) => l.msg === 'graphql request')).not.toHaveProperty('trace_id');
      } finally {
        await stack.stop();
      }
    }
  });

  test('with tracing off the OpenTelemetry SDK is never loaded', () => {
    const script = `
      const { loadConfig } = require('./src/config.ts');
      const { createObservability } = require('./src/observability/observability.ts');
      const { createAwsClients } = require('./src/aws/clients.ts');
      require('./src/server.ts');
      const config = loadConfig({ NODE_ENV: 'test', METRICS_PORT: '0' });
      const observability = createObservability(config.telemetry, require('pino')({ level: 'silent' }));
      const clients = createAwsClients(config.upstream, {}, observability);
      clients.destroy();
      process.stdout.write(JSON.stringify(Object.keys(require.cache)));
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
      env: { PATH: process.env.PATH, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    expect(run.stderr).toBe('');
    const loaded = (JSON.parse(run.stdout) as string[]).filter((p) => p.includes('@opentelemetry'));
    // prom-client reads the active span through the API (a no-op without an SDK), nothing else.
    expect(loaded.filter((p) => !p.includes('/node_modules/@opentelemetry/api/'))).toEqual([]);
    expect(loaded.some((p) => p.endsWith('src/observability/tracing.ts'))).toBe(false);
  });
});

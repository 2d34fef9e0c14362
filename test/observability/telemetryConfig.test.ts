import { ConfigError, loadConfig } from '../../src/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  throw new Error('expected loadConfig to fail');
}

describe('METRICS_PORT', () => {
  test('defaults to 9464 on the gateway’s HOST; a taken default port is not fatal', () => {
    expect(loadConfig({}).telemetry.metrics).toEqual({
      port: 9464,
      host: undefined,
      portChosen: false,
    });
    expect(loadConfig({ METRICS_PORT: '9100', HOST: '10.0.0.5' }).telemetry.metrics).toEqual({
      port: 9100,
      host: '10.0.0.5',
      portChosen: true,
    });
    expect(loadConfig({ METRICS_PORT: '0' }).telemetry.metrics?.port).toBe(0);
  });

  test('off (any letter case) turns metrics off', () => {
    expect(loadConfig({ METRICS_PORT: 'off' }).telemetry.metrics).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: 'OFF' }).telemetry.metrics).toBeUndefined();
  });

  test('refuses a value that is not a port, and the GraphQL port', () => {
    expect(problemsOf({ METRICS_PORT: 'metrics' })).toEqual([
      'METRICS_PORT must be an integer from 0 to 65535; got "metrics"',
    ]);
    expect(problemsOf({ PORT: '9464' })).toEqual([
      'METRICS_PORT must differ from PORT (9464): metrics are served on their own port, never next to /graphql; or set METRICS_PORT=off',
    ]);
    expect(loadConfig({ PORT: '0', METRICS_PORT: '0' }).telemetry.metrics?.port).toBe(0);
  });
});

describe('OpenTelemetry variables', () => {
  test('tracing is off without an OTLP endpoint', () => {
    expect(loadConfig({}).telemetry.tracing).toBeUndefined();
    expect(loadConfig({ OTEL_SERVICE_NAME: 'x' }).telemetry.tracing).toBeUndefined();
  });

  test('OTEL_EXPORTER_OTLP_ENDPOINT gets /v1/traces appended; the traces endpoint is used as is', () => {
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).telemetry.tracing,
    ).toEqual({
      tracesUrl: 'http://collector:4318/v1/traces',
      protocol: 'http/protobuf',
      serviceName: undefined,
    });
    expect(
      loadConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example.com/otlp/traces',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_SERVICE_NAME: 'account-graph-eu',
      }).telemetry.tracing,
    ).toEqual({
      tracesUrl: 'https://traces.example.com/otlp/traces',
      protocol: 'http/json',
      serviceName: 'account-graph-eu',
    });
  });

  test('the traces protocol variable wins over the general one', () => {
    expect(
      loadConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
      }).telemetry.tracing?.protocol,
    ).toBe('http/json');
  });

  test('OTEL_SDK_DISABLED=true and OTEL_TRACES_EXPORTER=none turn tracing off', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(
      loadConfig({ ...endpoint, OTEL_SDK_DISABLED: 'TRUE' }).telemetry.tracing,
    ).toBeUndefined();
    expect(
      loadConfig({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }).telemetry.tracing,
    ).toBeUndefined();
    expect(loadConfig({ ...endpoint, OTEL_SDK_DISABLED: 'false' }).telemetry.tracing).toBeDefined();
  });

  test('refuses gRPC, other exporters and endpoints that are not http(s) URLs, without echoing them', () => {
    expect(
      problemsOf({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4317',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
        OTEL_TRACES_EXPORTER: 'zipkin',
      }),
    ).toEqual([
      'OTEL_TRACES_EXPORTER must be one of otlp, none; got "zipkin"',
      'OTEL_EXPORTER_OTLP_PROTOCOL must be one of http/protobuf, http/json; got "grpc"',
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http or https URL such as http://otel-collector:4318 (OTLP over HTTP; gRPC is not supported)',
    ]);
  });
});

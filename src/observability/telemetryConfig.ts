import type { EnvReader } from '../shared/env';

/** METRICS_PORT's default: the port OpenTelemetry and Prometheus exporters conventionally use. */
export const DEFAULT_METRICS_PORT = 9464;

/** Where `GET /metrics` listens: its own HTTP server, never the GraphQL port. */
export interface MetricsConfig {
  /** 0 picks a free port (tests). */
  readonly port: number;
  /**
   * METRICS_PORT was set: if its port is taken the gateway does not start. The default port, taken
   * (another gateway on this host), is only warned about, and this process serves no metrics.
   */
  readonly portChosen: boolean;
  /** The interface, as for the gateway (HOST); `undefined`: all interfaces. */
  readonly host: string | undefined;
}

/** The OTLP/HTTP encodings the exporter speaks. */
export type OtlpProtocol = 'http/protobuf' | 'http/json';
const OTLP_PROTOCOLS: readonly OtlpProtocol[] = ['http/protobuf', 'http/json'];

/** Trace export over OTLP/HTTP, from the standard `OTEL_*` variables. */
export interface TracingConfig {
  /** Where spans are sent: the whole URL, `/v1/traces` included. */
  readonly tracesUrl: string;
  readonly protocol: OtlpProtocol;
  /**
   * OTEL_SERVICE_NAME; `undefined` leaves `service.name` to OTEL_RESOURCE_ATTRIBUTES, else
   * `account-graph`.
   */
  readonly serviceName: string | undefined;
}

export interface TelemetryConfig {
  /** `undefined` with METRICS_PORT=off. */
  readonly metrics: MetricsConfig | undefined;
  /** `undefined` unless an OTLP endpoint is set (and OTEL_SDK_DISABLED is not `true`). */
  readonly tracing: TracingConfig | undefined;
}

/**
 * METRICS_PORT (`off` or a port, default 9464, on the gateway's HOST) and the OpenTelemetry
 * variables the gateway acts on: tracing is on when OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (used as
 * is) or OTEL_EXPORTER_OTLP_ENDPOINT (`/v1/traces` appended) is set, unless OTEL_SDK_DISABLED is
 * `true` or OTEL_TRACES_EXPORTER is `none`. The SDK itself reads the rest (OTEL_EXPORTER_OTLP_HEADERS,
 * OTEL_EXPORTER_OTLP_TIMEOUT, OTEL_RESOURCE_ATTRIBUTES, OTEL_TRACES_SAMPLER, OTEL_BSP_*).
 */
export function loadTelemetryConfig(
  read: EnvReader,
  gateway: { port: number; host: string | undefined },
): TelemetryConfig {
  let metrics: MetricsConfig | undefined;
  const metricsPort = read.optional('METRICS_PORT');
  if (metricsPort?.toLowerCase() !== 'off') {
    const port =
      metricsPort === undefined
        ? DEFAULT_METRICS_PORT
        : read.integer('METRICS_PORT', { min: 0, max: 65535 }, DEFAULT_METRICS_PORT);
    if (port !== 0 && port === gateway.port) {
      read.problem(
        `METRICS_PORT must differ from PORT (${port}): metrics are served on their own port, never next to /graphql; or set METRICS_PORT=off`,
      );
    }
    metrics = { port, host: gateway.host, portChosen: metricsPort !== undefined };
  }
  return { metrics, tracing: loadTracingConfig(read) };
}

function loadTracingConfig(read: EnvReader): TracingConfig | undefined {
  // The specification's boolean: `true` in any letter case turns it on, anything else is false.
  const disabled = read.optional('OTEL_SDK_DISABLED')?.toLowerCase() === 'true';
  const exporter = read.oneOf('OTEL_TRACES_EXPORTER', ['otlp', 'none'], 'otlp');
  const protocolVariable =
    read.optional('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') !== undefined
      ? 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL'
      : 'OTEL_EXPORTER_OTLP_PROTOCOL';
  const protocol = read.oneOf(protocolVariable, OTLP_PROTOCOLS, 'http/protobuf');
  const tracesEndpoint = otlpUrl(read, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const endpoint = otlpUrl(read, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  const serviceName = read.optional('OTEL_SERVICE_NAME');
  if (disabled || exporter === 'none') return undefined;
  let tracesUrl: string | undefined;
  if (tracesEndpoint !== undefined) tracesUrl = tracesEndpoint;
  else if (endpoint !== undefined) tracesUrl = `${endpoint.replace(/\/+$/, '')}/v1/traces`;
  if (tracesUrl === undefined) return undefined;
  return { tracesUrl, protocol, serviceName };
}

function otlpUrl(read: EnvReader, name: string): string | undefined {
  const value = read.optional(name);
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // reported below
  }
  // Never echo the value: a collector URL may carry credentials.
  read.problem(
    `${name} must be an http or https URL such as http://otel-collector:4318 (OTLP over HTTP; gRPC is not supported)`,
  );
  return undefined;
}

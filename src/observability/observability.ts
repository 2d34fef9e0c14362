import type { MetadataBearer, Pluggable } from '@smithy/types';
import type { Logger } from 'pino';

import type { InFlightGauges } from '../aws/inFlightLimit';
import type { AwsService } from '../aws/upstreamOperation';
import type { EntityCache } from '../cache/entityCache';
import type { AwsQuotaGate } from '../limits/awsQuota';
import type { OperationGate } from '../limits/operationGate';
import { GatewayMetrics } from './metrics';
import { METRICS_PATH, startMetricsServer, type MetricsServer } from './metricsServer';
import type { TelemetryConfig } from './telemetryConfig';
import { requestTelemetry, type RequestObserver } from './requestTelemetry';
import type * as TracingModule from './tracing';
import type { Tracing } from './tracing';
import { upstreamTelemetryPlugin } from './upstreamTelemetry';

/**
 * The gateway's metrics and traces, built from the telemetry configuration and wired in by hooks:
 * the AWS clients take `observeClient`'s middleware, the request plugin takes `requestObserver`,
 * the server calls `observeShared` with its cache and quota gate, the process entry calls `start`
 * and `stop`. With metrics off (METRICS_PORT=off) and no trace export configured it adds nothing
 * anywhere.
 */
export interface Observability {
  /** `undefined` with METRICS_PORT=off. */
  readonly metrics: GatewayMetrics | undefined;
  /** `undefined` unless trace export is configured. */
  readonly tracing: Tracing | undefined;
  /** For the request plugin (`requestLoggingPlugin`); `undefined` when both are off. */
  readonly requestObserver: RequestObserver | undefined;
  /** The port `/metrics` listens on, once started. */
  readonly metricsPort: number | undefined;
  /**
   * The per-attempt middleware for one service's client, whose model operations are `operations`
   * (the only `operation` label values); its limiter's slots become the in-flight gauges.
   */
  observeClient<Input extends object, Output extends MetadataBearer>(
    service: AwsService,
    operations: readonly string[],
    limiter: InFlightGauges,
  ): Pluggable<Input, Output> | undefined;
  /**
   * Reports the entity cache's lookups, the quota gate's quotas, waits and refusals, and the
   * operations waiting at the operation gate.
   */
  observeShared(shared: {
    readonly cache?: EntityCache;
    readonly quotas?: AwsQuotaGate;
    readonly operationGate?: OperationGate;
  }): void;
  /**
   * Starts the `/metrics` listener (METRICS_PORT) and logs where metrics and traces go. Rejects
   * when the listener cannot start, except on the default port when it is taken (see
   * `MetricsConfig.portChosen`), which is logged as a warning.
   */
  start(): Promise<void>;
  /** Exports the spans ended so far. */
  flush(): Promise<void>;
  /** Stops the listener and exports the remaining spans. */
  stop(): Promise<void>;
}

/**
 * Builds the gateway's observability; the OpenTelemetry SDK is loaded only when tracing is on.
 * `logger` gets where metrics and traces go, and the exporter's failures.
 */
export function createObservability(config: TelemetryConfig, logger: Logger): Observability {
  const metrics = config.metrics === undefined ? undefined : new GatewayMetrics();
  let tracing: Tracing | undefined;
  if (config.tracing !== undefined) {
    // Loaded on demand, like the emulator in main.ts: without an OTLP endpoint the SDK and its
    // exporters are never loaded, so tracing costs nothing when off.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Tracing: TracingClass } = require('./tracing') as typeof TracingModule;
    tracing = new TracingClass(config.tracing, logger);
  }
  const enabled = metrics !== undefined || tracing !== undefined;
  let server: MetricsServer | undefined;
  return {
    metrics,
    tracing,
    requestObserver: enabled ? requestTelemetry(metrics, tracing) : undefined,
    get metricsPort() {
      return server?.port;
    },
    observeClient(service, operations, limiter) {
      metrics?.watchLimiter(service, limiter);
      return enabled ? upstreamTelemetryPlugin(service, operations, metrics, tracing) : undefined;
    },
    observeShared({ cache, quotas, operationGate }) {
      if (metrics === undefined) return;
      if (operationGate !== undefined) metrics.watchOperationGate(operationGate);
      if (cache !== undefined) metrics.watchCache(cache);
      if (quotas !== undefined) quotas.observer = metrics.watchQuotaGate(quotas);
    },
    async start() {
      if (metrics !== undefined && config.metrics !== undefined && server === undefined) {
        try {
          server = await startMetricsServer(metrics, config.metrics);
          logger.info(
            { port: server.port },
            `metrics at http://${config.metrics.host ?? 'localhost'}:${server.port}${METRICS_PATH}`,
          );
        } catch (error) {
          if (config.metrics.portChosen || !isAddressInUse(error)) throw error;
          logger.warn(
            { port: config.metrics.port },
            `port ${config.metrics.port} is already in use: this process serves no metrics; set METRICS_PORT to a free port (or off)`,
          );
        }
      }
      if (config.tracing !== undefined) {
        // The origin only: a collector URL's path or credentials are nobody's business in a log.
        logger.info(
          { protocol: config.tracing.protocol },
          `traces exported to ${new URL(config.tracing.tracesUrl).origin}`,
        );
      }
    },
    async flush() {
      await tracing?.forceFlush();
    },
    async stop() {
      await server?.stop();
      server = undefined;
      await tracing?.shutdown();
    },
  };
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
}

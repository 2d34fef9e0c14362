import {
  diag,
  DiagLogLevel,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
  type TextMapGetter,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as OtlpJsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVICE_NAME,
} from '@opentelemetry/semantic-conventions';
import type { ResponseMetadata } from '@smithy/types';
import type { Logger } from 'pino';

import type { AwsService } from '../aws/upstreamOperation';
import type { RequestEnd } from './requestTelemetry';
import type { TracingConfig } from './telemetryConfig';

// Attributes still in the conventions' incubating set, copied here as the conventions advise
// rather than imported from `@opentelemetry/semantic-conventions/incubating`.
const ATTR_RPC_SYSTEM = 'rpc.system';
const ATTR_RPC_SERVICE = 'rpc.service';
const ATTR_RPC_METHOD = 'rpc.method';
const ATTR_AWS_REQUEST_ID = 'aws.request_id';
const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';

/** `service.name` unless OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES says otherwise. */
export const DEFAULT_SERVICE_NAME = 'account-graph';

/**
 * How long stopping waits for the last spans to be exported: an unreachable collector must not
 * hold up a shutdown (the exporter's own timeout is 10 s, and a batch is retried).
 */
const SHUTDOWN_EXPORT_MS = 2_000;

/** The span of one GraphQL request. */
export interface RequestSpan {
  /** For the request's log lines (`trace_id`, `span_id`). */
  readonly traceId: string;
  readonly spanId: string;
  end(result: RequestEnd): void;
}

/** The span of one HTTP attempt to AWS. */
export interface AttemptSpan {
  succeeded(metadata: ResponseMetadata | undefined): void;
  failed(error: unknown): void;
}

/** Reads a request's headers as Apollo gives them (`HeaderMap`, lower-case names). */
const HEADER_GETTER: TextMapGetter<ReadonlyMap<string, string>> = {
  get: (headers, key) => headers.get(key),
  keys: (headers) => [...headers.keys()],
};

/**
 * OpenTelemetry traces: a SERVER span per GraphQL request, continuing the caller's W3C
 * `traceparent`, and a CLIENT span per HTTP attempt to AWS (retries included) as its child,
 * exported over OTLP/HTTP (protobuf or JSON) in batches. This module loads the SDK, so it is only
 * required when tracing is configured; otherwise no span code runs at all.
 *
 * The spans are made explicitly, from the request plugin and the clients' per-attempt middleware,
 * rather than by auto-instrumentation. Instrumenting `http` would patch Node's modules at load
 * time and add a span to every exchange (health checks, metric scrapes, the SDK's sockets, each
 * with its own context bookkeeping) whether or not anybody reads them; the two places here already
 * know the operation, the AWS service and the attempt, so their spans carry what an on-call engineer
 * needs and nothing else. No global context manager is installed either: an attempt finds its
 * request's span through the request's flow (its `RequestScope`), which the AWS middleware already
 * receives for fair queuing.
 */
export class Tracing {
  readonly #provider: BasicTracerProvider;
  readonly #tracer: Tracer;
  readonly #propagator = new W3CTraceContextPropagator();
  readonly #requestSpans = new WeakMap<object, Span>();

  constructor(config: TracingConfig, logger: Logger) {
    // The SDK reports failed exports (collector unreachable, refused) through its diagnostic
    // logger, silent by default: without this, spans would go missing without a word.
    const exportLogger = logger.child({ component: 'tracing' });
    diag.setLogger(
      {
        error: (message) => exportLogger.warn(message),
        warn: (message) => exportLogger.warn(message),
        info: () => undefined,
        debug: () => undefined,
        verbose: () => undefined,
      },
      { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true },
    );
    const exporter =
      config.protocol === 'http/json'
        ? new OtlpJsonTraceExporter({ url: config.tracesUrl })
        : new OtlpProtobufTraceExporter({ url: config.tracesUrl });
    // Precedence: OTEL_SERVICE_NAME, then OTEL_RESOURCE_ATTRIBUTES, then the default.
    const resource = resourceFromAttributes({ [ATTR_SERVICE_NAME]: DEFAULT_SERVICE_NAME })
      .merge(detectResources({ detectors: [envDetector] }))
      .merge(
        resourceFromAttributes(
          config.serviceName === undefined ? {} : { [ATTR_SERVICE_NAME]: config.serviceName },
        ),
      );
    // The sampler (OTEL_TRACES_SAMPLER, parent-based by default) and the batch settings
    // (OTEL_BSP_*) come from the standard variables.
    this.#provider = new BasicTracerProvider({
      resource,
      spanProcessors: [new BatchSpanProcessor(exporter)],
    });
    this.#tracer = this.#provider.getTracer('account-graph');
  }

  /**
   * Starts the span of the request whose AWS calls run under `flow`, as a child of the caller's
   * `traceparent` when its headers carry a valid one.
   */
  startRequest(
    flow: object,
    http: { method: string; headers: ReadonlyMap<string, string> } | undefined,
  ): RequestSpan {
    const parent =
      http === undefined
        ? ROOT_CONTEXT
        : this.#propagator.extract(ROOT_CONTEXT, http.headers, HEADER_GETTER);
    const span = this.#tracer.startSpan(
      'GraphQL Operation',
      {
        kind: SpanKind.SERVER,
        attributes: http === undefined ? {} : { [ATTR_HTTP_REQUEST_METHOD]: http.method },
      },
      parent,
    );
    this.#requestSpans.set(flow, span);
    const { traceId, spanId } = span.spanContext();
    return {
      traceId,
      spanId,
      end: (result) => {
        this.#requestSpans.delete(flow);
        // The conventions' name: "{operation type} {operation name}".
        if (result.operationType !== 'unknown') {
          span.updateName(
            result.operationName
              ? `${result.operationType} ${result.operationName}`
              : result.operationType,
          );
          span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, result.operationType);
        }
        if (result.operationName) {
          span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, result.operationName);
        }
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, result.httpStatus);
        if (result.outcome !== 'success') {
          const codes = [...new Set(result.errorCodes.map(String))];
          span.setAttribute(ATTR_ERROR_TYPE, codes[0] ?? result.outcome);
          span.setStatus({
            code: SpanStatusCode.ERROR,
            message: `${result.outcome}: ${codes.join(', ')}`,
          });
        }
        span.end();
      },
    };
  }

  /** Starts the span of one HTTP attempt, as a child of the span of the request behind `flow`. */
  startAttempt(
    flow: object | undefined,
    service: AwsService,
    operation: string,
    attempt: number,
  ): AttemptSpan {
    const parentSpan = flow === undefined ? undefined : this.#requestSpans.get(flow);
    const span = this.#tracer.startSpan(
      `${service}/${operation}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          [ATTR_RPC_SYSTEM]: 'aws-api',
          [ATTR_RPC_SERVICE]: service,
          [ATTR_RPC_METHOD]: operation,
          ...(attempt > 1 ? { [ATTR_HTTP_REQUEST_RESEND_COUNT]: attempt - 1 } : {}),
        },
      },
      parentSpan === undefined ? ROOT_CONTEXT : trace.setSpan(ROOT_CONTEXT, parentSpan),
    );
    const answered = (metadata: ResponseMetadata | undefined) => {
      if (metadata?.requestId !== undefined) {
        span.setAttribute(ATTR_AWS_REQUEST_ID, metadata.requestId);
      }
      if (metadata?.httpStatusCode !== undefined) {
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, metadata.httpStatusCode);
      }
    };
    return {
      succeeded(metadata) {
        answered(metadata);
        span.end();
      },
      failed(error) {
        const shape = (typeof error === 'object' && error !== null ? error : {}) as {
          name?: unknown;
          message?: unknown;
          $metadata?: ResponseMetadata;
        };
        answered(shape.$metadata);
        const name = typeof shape.name === 'string' ? shape.name : 'Error';
        span.setAttribute(ATTR_ERROR_TYPE, name);
        span.setStatus({
          code: SpanStatusCode.ERROR,
          message: typeof shape.message === 'string' ? `${name}: ${shape.message}` : name,
        });
        span.end();
      },
    };
  }

  /** Exports the spans ended so far. */
  forceFlush(): Promise<void> {
    return this.#provider.forceFlush();
  }

  /** Exports what is left (waiting 2 s at most) and stops. */
  async shutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, SHUTDOWN_EXPORT_MS);
      timer.unref();
    });
    try {
      await Promise.race([this.#provider.shutdown(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

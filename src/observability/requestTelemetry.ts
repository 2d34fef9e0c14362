import type { HTTPGraphQLRequest } from '@apollo/server';

import type { GraphQLContext } from '../context';
import type { GatewayMetrics } from './metrics';
import type { OperationType, RequestOutcome } from './requestOutcome';
import type { Tracing } from './tracing';

/** How a request ended, as the request plugin saw it. */
export interface RequestEnd {
  readonly operationName: string | undefined;
  readonly operationType: OperationType;
  readonly outcome: RequestOutcome;
  /** `extensions.code` of each error, as the client sees it. */
  readonly errorCodes: readonly unknown[];
  readonly httpStatus: number;
  /** From the start of the request to its response. */
  readonly seconds: number;
}

/**
 * What the request plugin (`requestLoggingPlugin`) tells metrics and traces about each request.
 * It rides on that plugin's listener rather than on a plugin of its own: every plugin listener
 * costs Apollo a few microseconds per request across its lifecycle hooks, which on a cached read
 * is a measurable share of the whole request.
 */
export interface RequestObserver {
  /** A request began; the function returned is called once, when its response is sent. */
  requestStarted(
    context: GraphQLContext,
    http: HTTPGraphQLRequest | undefined,
  ): (end: RequestEnd) => void;
  /** A request was refused before it had a context (not a GraphQL request, a batch, CSRF). */
  requestRefused(code: unknown): void;
}

/**
 * Measures each GraphQL request: its count by operation type and outcome, its duration and its
 * error codes (metrics); its SERVER span, continuing the caller's `traceparent`, whose ids it adds
 * to the request's logger as `trace_id` and `span_id` so every log line of the request carries
 * them (traces).
 */
export function requestTelemetry(
  metrics: GatewayMetrics | undefined,
  tracing: Tracing | undefined,
): RequestObserver {
  // Without a span to end, every request shares one function: nothing is allocated per request.
  const measured = (end: RequestEnd): void => {
    metrics?.requestFinished(end.operationType, end.outcome, end.seconds, end.errorCodes);
  };
  return {
    requestStarted(context, http) {
      const span = tracing?.startRequest(context.scope, http);
      if (span === undefined) return measured;
      context.logger.setBindings({ trace_id: span.traceId, span_id: span.spanId });
      return (end) => {
        measured(end);
        span.end(end);
      };
    },
    requestRefused(code) {
      metrics?.requestRefused(code);
    },
  };
}

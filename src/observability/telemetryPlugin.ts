import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

import type { GraphQLContext } from '../context';
import type { GatewayMetrics } from './metrics';
import { operationTypeOf, summarizeResponse } from './requestOutcome';
import type { Tracing } from './tracing';

/**
 * Measures each GraphQL request: its count by operation type and outcome, its duration and its
 * error codes (metrics); its SERVER span, continuing the caller's `traceparent`, whose ids it adds
 * to the request's logger as `trace_id` and `span_id` so every log line of the request carries
 * them (traces). Requests Apollo refuses before they have a context are counted as errors of an
 * `unknown` operation type.
 */
export function telemetryPlugin(
  metrics: GatewayMetrics | undefined,
  tracing: Tracing | undefined,
): ApolloServerPlugin<GraphQLContext> {
  return {
    invalidRequestWasReceived({ error }) {
      metrics?.requestRefused(error instanceof GraphQLError ? error.extensions.code : undefined);
      return Promise.resolve();
    },
    requestDidStart({ contextValue, request }) {
      const started = performance.now();
      const span = tracing?.startRequest(contextValue.scope, request.http);
      if (span !== undefined) {
        contextValue.logger.setBindings({ trace_id: span.traceId, span_id: span.spanId });
      }
      return Promise.resolve({
        willSendResponse({ response, operation, operationName }) {
          const { outcome, errorCodes } = summarizeResponse(response);
          const operationType = operationTypeOf(operation);
          metrics?.requestFinished(
            operationType,
            outcome,
            (performance.now() - started) / 1000,
            errorCodes,
          );
          span?.end({
            operationName: operationName ?? undefined,
            operationType,
            outcome,
            httpStatus: response.http.status ?? 200,
            errorCodes,
          });
          return Promise.resolve();
        },
      });
    },
  };
}

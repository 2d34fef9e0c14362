import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';

import type { GraphQLContext } from '../context';
import { ErrorCode } from '../errors';
import { operationTypeOf, summarizeResponse } from '../observability/requestOutcome';
import type { RequestObserver } from '../observability/requestTelemetry';
import { isUncodedRequestRefusal } from './errorMasking';

export interface RequestLoggingOptions {
  /**
   * Requests slower than this are logged at `info`, as are those with errors; fast successful ones
   * at `debug`. Default 1000 ms.
   */
  slowRequestMs?: number;
  /**
   * For requests Apollo refuses before they have a context (a body that is not a GraphQL request,
   * a batch, a CSRF-suspect request): without it they are not logged.
   */
  logger?: Logger;
  /** Told of each request's start and end (metrics and traces; see `RequestObserver`). */
  observer?: RequestObserver;
}

// Caller mistakes are expected traffic; upstream trouble is worth a warning; the rest is a bug.
const CLIENT_CODES: ReadonlySet<unknown> = new Set([
  ErrorCode.BadUserInput,
  ErrorCode.NotFound,
  ErrorCode.Conflict,
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

/**
 * Logs each GraphQL request in one line (`graphql request`: operation name and type, duration,
 * outcome, error codes, AWS calls made) with the request's logger, which carries the request id,
 * the principal's id and, with tracing on, `trace_id` and `span_id`; and logs every error with its
 * original cause — the only place an internal error's details (masked in the response) are kept.
 * Nothing from the request's headers or variables is logged, so no token or API key can be. The
 * `observer` (metrics, traces) is told of each request from the same listener.
 *
 * A refused request (unparsable, invalid, malformed: no field ran) is logged at `info` without a
 * stack: it is the caller's mistake, but a burst of them is worth seeing at the default level. A
 * caller's mistake on one field (`NOT_FOUND`, `BAD_USER_INPUT`) is `debug`, upstream trouble
 * `warn`, anything else `error` with its cause.
 */
export function requestLoggingPlugin(
  options: RequestLoggingOptions = {},
): ApolloServerPlugin<GraphQLContext> {
  const slowRequestMs = options.slowRequestMs ?? 1000;
  const { logger, observer } = options;
  return {
    invalidRequestWasReceived({ error }) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      observer?.requestRefused(code);
      logger?.info({ code }, `request refused: ${error.message}`);
      return Promise.resolve();
    },
    requestDidStart({ contextValue, request }) {
      const started = performance.now();
      const ended = observer?.requestStarted(contextValue, request.http);
      return Promise.resolve({
        didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const uncoded = isUncodedRequestRefusal(error);
            // As the client sees it (see `errorMasking`).
            const code = uncoded ? ApolloServerErrorCode.BAD_REQUEST : error.extensions.code;
            const fields = {
              operationName,
              code,
              path: error.path?.join('.'),
              service: error.extensions.service,
              operation: error.extensions.operation,
              awsRequestId: error.extensions.requestId,
            };
            if (error.path === undefined && CLIENT_CODES.has(code)) {
              contextValue.logger.info(fields, `request refused: ${error.message}`);
            } else if (CLIENT_CODES.has(code)) {
              contextValue.logger.debug(fields, error.message);
            } else if (
              original instanceof GraphQLError &&
              code !== ErrorCode.InternalServerError &&
              code !== undefined
            ) {
              contextValue.logger.warn(fields, error.message);
            } else {
              contextValue.logger.error(
                { ...fields, err: original instanceof Error ? original : error },
                'unexpected error',
              );
            }
          }
          return Promise.resolve();
        },
        willSendResponse({ contextValue, response, operation, operationName }) {
          const elapsedMs = performance.now() - started;
          const durationMs = Math.round(elapsedMs);
          const { outcome, errorCodes } = summarizeResponse(response);
          const operationType = operationTypeOf(operation);
          ended?.({
            operationName: operationName ?? undefined,
            operationType,
            outcome,
            errorCodes,
            httpStatus: response.http.status ?? 200,
            seconds: elapsedMs / 1000,
          });
          const level = durationMs >= slowRequestMs || outcome !== 'success' ? 'info' : 'debug';
          // The server's logger answers for the request's (same level) without making it.
          if (!(logger ?? contextValue.logger).isLevelEnabled(level)) return Promise.resolve();
          contextValue.logger[level](
            {
              operationName,
              operationType,
              durationMs,
              outcome,
              errors: errorCodes.length,
              ...(errorCodes.length > 0 ? { errorCodes: [...new Set(errorCodes)] } : {}),
              awsCalls: contextValue.scope.awsCalls,
            },
            'graphql request',
          );
          return Promise.resolve();
        },
      });
    },
  };
}

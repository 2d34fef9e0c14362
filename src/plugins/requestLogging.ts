import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

import type { GraphQLContext } from '../context';
import { ErrorCode } from '../errors';

export interface RequestLoggingOptions {
  /** Requests slower than this are logged at `info` (others at `debug`). Default 1000 ms. */
  slowRequestMs?: number;
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
 * Logs each GraphQL request (operation, duration, error codes) with the request's logger, which
 * carries the request id, and logs every error with its original cause — the only place an
 * internal error's details (masked in the response) are kept.
 */
export function requestLoggingPlugin(
  options: RequestLoggingOptions = {},
): ApolloServerPlugin<GraphQLContext> {
  const slowRequestMs = options.slowRequestMs ?? 1000;
  return {
    requestDidStart() {
      const started = performance.now();
      return Promise.resolve({
        didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const code = error.extensions.code;
            const fields = {
              operationName,
              code,
              path: error.path?.join('.'),
              service: error.extensions.service,
              operation: error.extensions.operation,
              awsRequestId: error.extensions.requestId,
            };
            if (CLIENT_CODES.has(code)) {
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
        willSendResponse({ contextValue, response, operationName }) {
          const durationMs = Math.round(performance.now() - started);
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
          const level = durationMs >= slowRequestMs ? 'info' : 'debug';
          contextValue.logger[level]({ operationName, durationMs, errors }, 'graphql request');
          return Promise.resolve();
        },
      });
    },
  };
}

import type { GraphQLResponse } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';

/** How a GraphQL request ended, as the metrics and the request log line name it. */
export type RequestOutcome = 'success' | 'partial' | 'error';

export const REQUEST_OUTCOMES: readonly RequestOutcome[] = ['success', 'partial', 'error'];

/** The operation's type; `unknown` when the request never got as far as naming one. */
export type OperationType = 'query' | 'mutation' | 'subscription' | 'unknown';

export const OPERATION_TYPES: readonly OperationType[] = [
  'query',
  'mutation',
  'subscription',
  'unknown',
];

/** What one response says about its request. */
export interface ResponseSummary {
  readonly outcome: RequestOutcome;
  /** `extensions.code` of each error, as the client sees it. */
  readonly errorCodes: readonly unknown[];
}

/**
 * `success`: no errors; `partial`: data and errors (some fields failed); `error`: errors without
 * data, or an HTTP error status (a refused request).
 */
export function summarizeResponse(response: GraphQLResponse): ResponseSummary {
  const result =
    response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
  const errors = result.errors ?? [];
  const errorCodes = errors.map((error) => error.extensions?.code);
  const status = response.http.status ?? 200;
  if (status >= 400) return { outcome: 'error', errorCodes };
  if (errors.length === 0) return { outcome: 'success', errorCodes };
  return {
    outcome: result.data === null || result.data === undefined ? 'error' : 'partial',
    errorCodes,
  };
}

/** The type of the operation a request ran, from its resolved operation (if it got one). */
export function operationTypeOf(operation: OperationDefinitionNode | undefined): OperationType {
  return operation === undefined ? 'unknown' : operation.operation;
}

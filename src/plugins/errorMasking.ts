import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { ErrorCode, hasPolicyCode } from '../errors';

export interface ErrorMaskingOptions {
  /**
   * Keep `extensions.stacktrace` (Apollo adds it when told to) on masked internal errors, where it
   * helps debugging. Default `false`; only for development. Policy errors never carry one.
   */
  includeStacktrace?: boolean;
}

const MASKED_MESSAGE = 'Internal server error';

/**
 * Apollo refuses some malformed requests (an unsupported `persistedQuery` version, a hash that does
 * not match the query) with a bare `GraphQLError` carrying only a 4xx HTTP status, no code. The
 * status says whose mistake it is: these are `BAD_REQUEST`, not internal errors.
 */
export function isUncodedRequestRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path !== undefined) return false;
  if (error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Apollo `formatError` hook enforcing the error policy on the way out: policy errors and Apollo's
 * own request errors (parse, validation, variable coercion) pass through; anything else — a bug, an
 * error without a policy code — becomes `INTERNAL_SERVER_ERROR` with a fixed message, keeping only
 * the AWS call it came from. The original is logged by the request logging plugin.
 */
export function errorMasking(
  options: ErrorMaskingOptions = {},
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const includeStacktrace = options.includeStacktrace ?? false;

  const withoutStack = (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (formatted.extensions?.stacktrace === undefined) return formatted;
    const extensions = { ...formatted.extensions };
    delete extensions.stacktrace;
    return { ...formatted, extensions };
  };

  return (formatted, error) => {
    if (isUncodedRequestRefusal(error)) {
      return withoutStack({
        ...formatted,
        extensions: { ...formatted.extensions, code: ApolloServerErrorCode.BAD_REQUEST },
      });
    }
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError && hasPolicyCode(original)) {
      if (code !== ErrorCode.InternalServerError) return withoutStack(formatted);
    } else if (
      error instanceof GraphQLError &&
      error.path === undefined &&
      original === error &&
      typeof code === 'string' &&
      code !== ErrorCode.InternalServerError
    ) {
      // A request-level error raised by graphql-js or Apollo before execution.
      return withoutStack(formatted);
    }

    const source = original instanceof GraphQLError ? original.extensions : {};
    return {
      message: MASKED_MESSAGE,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: ErrorCode.InternalServerError,
        ...(source.service ? { service: source.service, operation: source.operation } : {}),
        ...(source.requestId ? { requestId: source.requestId } : {}),
        ...(includeStacktrace && formatted.extensions?.stacktrace
          ? { stacktrace: formatted.extensions.stacktrace }
          : {}),
      },
    };
  };
}

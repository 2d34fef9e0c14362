import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';

import { ErrorCode } from './errors';

/** Body of every HTTP-level error: the GraphQL response shape, so clients parse one format. */
function errorBody(message: string, code: string): { errors: object[] } {
  return { errors: [{ message, extensions: { code } }] };
}

/** Unknown paths answer JSON 404 instead of Express's HTML page. */
export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    res
      .status(404)
      .json(
        errorBody(
          `No route for ${req.method} ${req.path}; GraphQL is served at /graphql`,
          'NOT_FOUND',
        ),
      );
  };
}

/**
 * Last-resort Express error handler. Errors raised before Apollo sees the request — a malformed
 * JSON body, a body over the size limit, an unsupported charset — are the caller's mistakes and
 * answer 4xx with a GraphQL-shaped JSON body; anything else is logged and answers a masked 500.
 * Express's default handler would answer HTML with a stack trace outside production.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = clientErrorStatus(error);
    if (status !== undefined) {
      res
        .status(status)
        .json(errorBody(clientErrorMessage(error, status), ApolloServerErrorCode.BAD_REQUEST));
      return;
    }
    logger.error({ err: error }, 'unhandled HTTP error');
    res.status(500).json(errorBody('Internal server error', ErrorCode.InternalServerError));
  };
}

// body-parser marks its errors with `expose: true` and a 4xx `status`.
function clientErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true
    ? status
    : undefined;
}

function clientErrorMessage(error: unknown, status: number): string {
  const type = (error as { type?: unknown }).type;
  switch (type) {
    case 'entity.parse.failed':
      return 'The request body is not valid JSON';
    case 'entity.too.large':
      return 'The request body is larger than the 1 MB limit';
    default:
      return status === 415 ? 'Unsupported request body encoding or charset' : 'Bad request';
  }
}

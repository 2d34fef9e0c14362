import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';

import { ErrorCode } from './errors';
import { REQUEST_ID_HEADER, requestIdFrom } from './plugins/requestIdHeader';

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
 * answer 4xx with a GraphQL-shaped JSON body and are logged at `info` without a stack; anything
 * else is logged as an error and answers a masked 500. Express's default handler would answer HTML
 * with a stack trace outside production. Either way the answer carries an `x-request-id` that its
 * log line carries too, as GraphQL answers do.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const status = clientErrorStatus(error);
    if (status !== undefined) {
      const message = clientErrorMessage(error, status);
      logger.info(
        { requestId, status, code: ApolloServerErrorCode.BAD_REQUEST },
        `request refused: ${message}`,
      );
      res.status(status).json(errorBody(message, ApolloServerErrorCode.BAD_REQUEST));
      return;
    }
    logger.error({ requestId, err: error }, 'unhandled HTTP error');
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

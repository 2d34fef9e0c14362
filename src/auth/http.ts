import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

import {
  AuthenticationError,
  IdentityProviderUnavailableError,
  type Authenticator,
} from './authenticate';
import type { Principal } from './principal';

const REALM = 'account-graph';
const VISITOR: Principal = { id: 'visitor', kind: 'anonymous', scopes: new Set() };

/**
 * An authentication already under way for this request (the GraphQL fast lane's, which hands a
 * request with refused credentials to the Express chain): `authenticateRequests` takes its outcome
 * instead of verifying the credentials again.
 */
export const PENDING_AUTHENTICATION = Symbol('authenticateRequests.pending');
type WithPendingAuthentication = Request & { [PENDING_AUTHENTICATION]?: Promise<Principal> };

/** The principal `authenticateRequests` attached to the response, for the GraphQL context. */
export function principalOf(res: Response): Principal {
  const principal = (res.locals as { principal?: Principal }).principal;
  if (principal === undefined) throw new Error('authenticateRequests did not run for this route');
  return principal;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Authenticates every GraphQL request before Apollo parses it, so a request without valid
 * credentials costs no parsing and no AWS call: HTTP 401 with `WWW-Authenticate` (RFC 6750) and
 * one `UNAUTHENTICATED` error in the GraphQL response shape. The only request let through without
 * credentials is a browser loading Apollo Sandbox's page (a GET with no operation in it).
 */
export function authenticateRequests(authenticator: Authenticator, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const query = req.query as Record<string, unknown>;
    const landingPage =
      req.method === 'GET' &&
      query.query === undefined &&
      query.extensions === undefined &&
      query.documentId === undefined;
    const pending = (req as WithPendingAuthentication)[PENDING_AUTHENTICATION];
    if (pending !== undefined) delete (req as WithPendingAuthentication)[PENDING_AUTHENTICATION];
    (
      pending ??
      authenticator.authenticate({
        authorization: header(req.headers.authorization),
        apiKey: header(req.headers['x-api-key']),
      })
    ).then(
      (principal) => {
        res.locals.principal = principal;
        next();
      },
      (error: unknown) => {
        if (error instanceof AuthenticationError) {
          if (landingPage && error.missing) {
            // Nothing runs on this request; a principal with no scopes keeps it that way.
            res.locals.principal = VISITOR;
            return next();
          }
          // The reason only: never the token or key itself.
          logger.info(
            { reason: error.message, path: req.path },
            'request refused: not authenticated',
          );
          res
            .status(401)
            .set(
              'WWW-Authenticate',
              error.missing
                ? `Bearer realm="${REALM}"`
                : `Bearer realm="${REALM}", error="invalid_token", error_description="${error.message.replace(/["\\]/g, "'")}"`,
            )
            .json({
              errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }],
            });
          return undefined;
        }
        if (error instanceof IdentityProviderUnavailableError) {
          logger.warn({ err: error }, 'identity provider unavailable');
          res
            .status(503)
            .set('Retry-After', '5')
            .json({
              errors: [
                {
                  message:
                    'The identity provider could not be reached to verify the token; retry later',
                  extensions: { code: 'UPSTREAM_UNAVAILABLE' },
                },
              ],
            });
          return undefined;
        }
        next(error);
        return undefined;
      },
    );
  };
}

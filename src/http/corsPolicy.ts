import type { IncomingMessage, ServerResponse } from 'node:http';

import type { RequestHandler } from 'express';

/** Apollo Sandbox and Studio, which call the gateway from the browser. */
export const APOLLO_STUDIO_ORIGIN = 'https://studio.apollographql.com';

/**
 * Response headers page code may read (`Access-Control-Expose-Headers`): the request id to quote
 * in a bug report, and how long to wait after a 429.
 */
export const EXPOSED_RESPONSE_HEADERS = 'x-request-id, retry-after';

/** A dev server on this machine: `http(s)://localhost`, `127.0.0.1` or `[::1]`, any port. */
const LOOPBACK_ORIGIN = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::[0-9]{1,5})?$/;
const ALLOWED_METHODS = 'GET, POST';
/** Seconds a browser may reuse a preflight's answer. */
const PREFLIGHT_MAX_AGE = '600';

export interface CorsPolicyOptions {
  /** Origins allowed by exact match (`CORS_ORIGINS`). */
  origins: readonly string[];
  /**
   * Outside production: any loopback origin (a frontend's dev server) and Apollo Studio are
   * allowed as well, so local development and Sandbox work whatever `CORS_ORIGINS` says.
   */
  development: boolean;
}

/** Which browser origins may call `/graphql`, and the CORS headers that tell the browser so. */
export interface CorsPolicy {
  allows(origin: string): boolean;
  /**
   * The headers of an actual (non-preflight) request: an allowed origin is reflected with the
   * exposed headers; the answer varies by `Origin` either way.
   */
  actualRequest(req: IncomingMessage, res: ServerResponse): void;
  /** Answers preflights (`OPTIONS`, 204) and adds the actual-request headers to the rest. */
  middleware: RequestHandler;
}

/**
 * The gateway's CORS policy. Other origins get no CORS headers at all, so browsers refuse to
 * hand them the response (and send nothing after a refused preflight). No credentials mode: the
 * gateway reads no cookies, only the `Authorization` and `x-api-key` headers a page sets itself.
 *
 * A preflight that asks for Private Network Access (`Access-Control-Request-Private-Network:
 * true`, sent by Chromium when a public page calls a private or local address) is granted for
 * allowed origins with `Access-Control-Allow-Private-Network: true`.
 */
export function corsPolicy(options: CorsPolicyOptions): CorsPolicy {
  const exact = new Set(options.origins);
  if (options.development) exact.add(APOLLO_STUDIO_ORIGIN);
  const allows = (origin: string): boolean =>
    exact.has(origin) || (options.development && LOOPBACK_ORIGIN.test(origin));

  const allowedOrigin = (req: IncomingMessage): string | undefined => {
    const origin = req.headers.origin;
    return origin !== undefined && allows(origin) ? origin : undefined;
  };

  const actualRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const origin = allowedOrigin(req);
    if (origin !== undefined) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_RESPONSE_HEADERS);
    }
    res.setHeader('Vary', 'Origin');
  };

  const preflight = (req: IncomingMessage, res: ServerResponse): void => {
    const origin = allowedOrigin(req);
    if (origin !== undefined) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
      // Whatever headers the page wants to send (authorization, x-api-key, apollo-require-preflight,
      // traceparent, …): the origin is trusted, and the gateway ignores the ones it does not know.
      const requested = req.headers['access-control-request-headers'];
      if (requested !== undefined) res.setHeader('Access-Control-Allow-Headers', requested);
      if (req.headers['access-control-request-private-network'] === 'true') {
        res.setHeader('Access-Control-Allow-Private-Network', 'true');
      }
      res.setHeader('Access-Control-Max-Age', PREFLIGHT_MAX_AGE);
    }
    res.setHeader('Vary', 'Origin, Access-Control-Request-Headers');
    res.statusCode = 204;
    res.setHeader('Content-Length', '0');
    res.end();
  };

  return {
    allows,
    actualRequest,
    middleware: (req, res, next) => {
      if (req.method === 'OPTIONS') {
        preflight(req, res);
        return;
      }
      actualRequest(req, res);
      next();
    },
  };
}

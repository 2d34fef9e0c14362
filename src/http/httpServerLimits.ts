import { createServer, type RequestListener, type Server } from 'node:http';

import type { Logger } from 'pino';

import type { EnvReader } from '../shared/env';

/** How long a client may take to send a request, and how many connections it may hold. */
export interface HttpLimitsConfig {
  /** Milliseconds from a request's first byte to the end of its headers (`server.headersTimeout`). */
  headersTimeoutMs: number;
  /** Milliseconds from a request's first byte to the end of its body (`server.requestTimeout`). */
  requestTimeoutMs: number;
  /** Milliseconds an idle keep-alive connection stays open (`server.keepAliveTimeout`). */
  keepAliveTimeoutMs: number;
  /** Open connections accepted at once (`server.maxConnections`); further ones are closed at once. */
  maxConnections: number;
}

const MS_RANGE = { min: 100, max: 3_600_000 };

/**
 * Reads `HTTP_HEADERS_TIMEOUT_MS` (default 20 s), `HTTP_REQUEST_TIMEOUT_MS` (30 s),
 * `HTTP_KEEP_ALIVE_TIMEOUT_MS` (65 s) and `HTTP_MAX_CONNECTIONS` (1000).
 *
 * Node's own defaults let a client trickle a request for 300 s and hold any number of connections.
 * Tens of seconds are ample for a GraphQL request (at most 1 MB) on any working network. The
 * keep-alive default outlives the common load-balancer idle timeout (60 s) so that the load
 * balancer, not the gateway, closes idle connections: otherwise it may send a request on a
 * connection the gateway is closing and answer its client 502. Since Node 18 the headers timer
 * starts with each request's first byte, not with the connection, so an idle keep-alive connection
 * is not cut by the (shorter) headers timeout.
 */
export function loadHttpLimits(read: EnvReader): HttpLimitsConfig {
  const headersTimeoutMs = read.integer('HTTP_HEADERS_TIMEOUT_MS', MS_RANGE, 20_000);
  const requestTimeoutMs = read.integer('HTTP_REQUEST_TIMEOUT_MS', MS_RANGE, 30_000);
  const keepAliveTimeoutMs = read.integer('HTTP_KEEP_ALIVE_TIMEOUT_MS', MS_RANGE, 65_000);
  const maxConnections = read.integer('HTTP_MAX_CONNECTIONS', { min: 1, max: 1_000_000 }, 1_000);
  if (headersTimeoutMs > requestTimeoutMs) {
    // Node refuses this combination: the headers are part of the request.
    read.problem(
      `HTTP_HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not exceed HTTP_REQUEST_TIMEOUT_MS (${requestTimeoutMs}): the headers are part of the request`,
    );
  }
  return { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, maxConnections };
}

/** Dropped connections are reported at most this often, so a flood does not flood the logs too. */
const DROP_REPORT_INTERVAL_MS = 10_000;

/**
 * An HTTP server enforcing `limits`. A request whose headers or body arrive too slowly is answered
 * `408` by Node (empty body, `Connection: close`); a connection over the cap is closed before any
 * byte is read, and counted in a `warn` line at most every 10 s.
 */
export function createLimitedHttpServer(
  listener: RequestListener,
  limits: HttpLimitsConfig,
  logger: Logger,
): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks both timeouts on this interval. Its default, 30 s, would let a 30 s timeout
      // fire anywhere up to 60 s; every second (a tenth of the headers timeout when that is
      // shorter than 10 s) keeps each within a second or a tenth of itself.
      connectionsCheckingInterval: Math.min(
        1_000,
        Math.max(10, Math.floor(limits.headersTimeoutMs / 10)),
      ),
    },
    listener,
  );
  server.maxConnections = limits.maxConnections;

  let dropped = 0;
  let reporting: NodeJS.Timeout | undefined;
  const report = () => {
    if (dropped === 0) {
      reporting = undefined;
      return;
    }
    logger.warn(
      { dropped, maxConnections: limits.maxConnections },
      'connections refused: HTTP_MAX_CONNECTIONS reached',
    );
    dropped = 0;
    reporting = setTimeout(report, DROP_REPORT_INTERVAL_MS).unref();
  };
  server.on('drop', () => {
    dropped += 1;
    // The first drop after a quiet period is reported at once, later ones in one line per period.
    if (reporting === undefined) report();
  });
  return server;
}

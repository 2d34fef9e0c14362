import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { GatewayMetrics } from './metrics';
import type { MetricsConfig } from './telemetryConfig';

export const METRICS_PATH = '/metrics';

/** The listener of `GET /metrics`. */
export interface MetricsServer {
  /** The port it listens on (the one picked when METRICS_PORT is 0). */
  readonly port: number;
  /** Stops listening and closes open connections (Prometheus keeps them alive between scrapes). */
  stop(): Promise<void>;
}

/**
 * Serves the Prometheus text exposition on its own port: metrics name every AWS operation the
 * gateway calls and how often, which is for operators, not for whoever can reach the GraphQL port.
 * Anything but `GET`/`HEAD /metrics` is answered 404.
 */
export async function startMetricsServer(
  metrics: GatewayMetrics,
  config: MetricsConfig,
): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = req.url?.split('?', 1)[0];
    if (path !== METRICS_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    metrics.exposition().then(
      ({ contentType, body }) => {
        res.writeHead(200, { 'content-type': contentType });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(
          `metrics collection failed: ${error instanceof Error ? error.message : 'unknown'}\n`,
        );
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

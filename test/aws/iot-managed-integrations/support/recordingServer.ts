import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A response for the server to send; `hang` never answers (to exercise client timeouts). */
export type ReplayedResponse =
  { status: number; headers?: Record<string, string>; body?: unknown } | { hang: true };

export interface RecordingServer {
  /** Base URL to give the client as `endpoint`. */
  endpoint: string;
  /** Every request received so far, in order. */
  requests: RecordedRequest[];
  /** Queues responses, answered in order; when the queue is empty the server answers 599. */
  reply(...responses: ReplayedResponse[]): void;
  /** Resolves once a socket the server accepted has been closed. */
  socketClosed(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A local HTTP server on an ephemeral port that records requests and replays queued responses,
 * so wire tests exercise the client's real HTTP stack.
 */
export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const queue: ReplayedResponse[] = [];
  const closedWaiters: (() => void)[] = [];

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const query: Record<string, string | string[]> = {};
      for (const key of new Set(url.searchParams.keys())) {
        const values = url.searchParams.getAll(key);
        query[key] = values.length === 1 ? values[0] : values;
      }
      requests.push({
        method: req.method ?? '',
        // The raw path, so tests see the client's percent-encoding unchanged.
        path: (req.url ?? '/').split('?')[0],
        query,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const next = queue.shift() ?? { status: 599, body: { message: 'no response queued' } };
      if ('hang' in next) {
        return;
      }
      const payload =
        next.body === undefined
          ? ''
          : typeof next.body === 'string'
            ? next.body
            : JSON.stringify(next.body);
      res.writeHead(next.status, {
        ...(payload ? { 'content-type': 'application/json' } : {}),
        ...next.headers,
      });
      res.end(payload);
    });
  });
  server.on('connection', (socket) => {
    socket.on('close', () => closedWaiters.splice(0).forEach((resolve) => resolve()));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    reply: (...responses) => queue.push(...responses),
    socketClosed: () => new Promise<void>((resolve) => closedWaiters.push(resolve)),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

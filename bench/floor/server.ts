import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { createUpstreamClients } from '../aws/createUpstreamClients';
import type { UpstreamPlan } from '../plan/UpstreamPlan';
import { executePlan } from './executePlan';

/**
 * The floor: a bare node:http server that answers `POST /plan` (body: an upstream-call plan) by
 * issuing the plan's calls with the SDK clients and returning their outputs as JSON. It is what the
 * upstream calls alone cost when requested over HTTP, measured the same way as the GraphQL servers.
 */
const port = Number(process.env.PORT ?? 0);
const clients = createUpstreamClients();

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    send(response, 502, { error: error instanceof Error ? error.message : String(error) });
  });
});

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method === 'GET' && request.url === '/readyz') {
    send(response, 200, { ready: true });
    return;
  }
  if (request.method !== 'POST' || request.url !== '/plan') {
    send(response, 404, { error: `no route for ${request.method} ${request.url}` });
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const plan = JSON.parse(Buffer.concat(chunks).toString('utf8')) as UpstreamPlan;
  send(response, 200, { results: await executePlan(plan, clients) });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
  });
  response.end(payload);
}

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`floor listening on http://127.0.0.1:${actual}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}

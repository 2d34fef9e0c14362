import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { EMULATOR_SEED } from '../../src/emulator';
import { startLoggedGateway, type LoggedGateway, type LogLine } from './loggedGateway';

/**
 * `POST /graphql` with a JSON body of known length is served by the fast lane in front of Express
 * (src/http/graphqlFastLane.ts); the same request sent chunked, without a `Content-Length`, goes
 * through the Express chain. Every case is sent both ways: status, headers, body and log lines
 * must be the same.
 */

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends `body` with a Content-Length (the fast lane) or chunked (the Express chain). */
function send(
  port: number,
  body: string | Buffer,
  headers: Record<string, string>,
  lane: 'fast' | 'express',
  path = '/graphql',
): Promise<Answer> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: {
          ...headers,
          ...(lane === 'fast'
            ? { 'content-length': String(bytes.length) }
            : { 'transfer-encoding': 'chunked' }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(bytes);
  });
}

/** What both lanes must agree on: everything but the date and the connection's own headers. */
function comparable(answer: Answer) {
  const headers = { ...answer.headers };
  delete headers.date;
  delete headers.connection;
  delete headers['keep-alive'];
  return { status: answer.status, headers, body: answer.body };
}

/** Log lines without their timings. */
function logged(lines: readonly LogLine[]) {
  return lines.map((line) => {
    const copy: Partial<LogLine> = { ...line };
    delete copy.time;
    delete copy.durationMs;
    return copy;
  });
}

/**
 * Counts the requests that reach Express: the lane hands them to the app, which passes them to its
 * `handle` (an Express internal, hence the cast).
 */
function countExpressRequests(gateway: LoggedGateway): () => number {
  type Handle = (req: IncomingMessage, res: ServerResponse, next?: unknown) => void;
  const app = gateway.gateway.app as unknown as { handle: Handle };
  const handle = app.handle.bind(app);
  let count = 0;
  app.handle = (req, res, next) => {
    count++;
    handle(req, res, next);
  };
  return () => count;
}

const association = EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0];
const JSON_TYPE = { 'content-type': 'application/json' };
const REQUEST_ID = { 'x-request-id': 'fast-lane-test' };

interface Case {
  name: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  status: number;
}

const CASES: Case[] = [
  {
    name: 'a query with an AWS call',
    body: JSON.stringify({
      query:
        'query ($id: ID!) { accountAssociation(accountAssociationId: $id) { name tags { key } } }',
      variables: { id: association.id },
    }),
    status: 200,
  },
  {
    name: 'an unknown field',
    body: JSON.stringify({ query: '{ nothingHere }' }),
    status: 400,
  },
  {
    name: 'a parse error',
    body: JSON.stringify({ query: '{ accountAssociations {' }),
    status: 400,
  },
  { name: 'a body that is not JSON', body: '{"query": ', status: 400 },
  { name: 'a JSON body that is not an object', body: '"{ __typename }"', status: 400 },
  { name: 'a body of blanks', body: '   ', status: 400 },
  {
    name: 'a body behind a byte-order mark',
    body: Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(JSON.stringify({ query: '{ __typename }' })),
    ]),
    status: 200,
  },
  {
    name: 'a UTF-8 charset and an allowed origin',
    body: JSON.stringify({ query: '{ __typename }' }),
    headers: {
      'content-type': 'application/json; charset=utf-8',
      origin: 'https://app.example.com',
    },
    status: 200,
  },
  {
    name: 'an origin not on the list',
    body: JSON.stringify({ query: '{ __typename }' }),
    headers: { origin: 'https://evil.example.net' },
    status: 200,
  },
  {
    name: 'an Accept header without JSON',
    body: JSON.stringify({ query: '{ __typename }' }),
    headers: { accept: 'text/html' },
    status: 406,
  },
  {
    name: 'a batch',
    body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    status: 400,
  },
  {
    name: 'non-ASCII text in the answer',
    body: JSON.stringify({ query: '{ nothingHere(x: "é ✓ 😀") }' }),
    status: 400,
  },
];

describe('the GraphQL fast lane answers as the Express chain does', () => {
  let gateway: LoggedGateway;
  let expressCalls: () => number;
  beforeAll(async () => {
    gateway = await startLoggedGateway({ CORS_ORIGINS: 'https://app.example.com' });
    expressCalls = countExpressRequests(gateway);
  });
  afterAll(() => gateway.stop());

  test.each(CASES)('$name', async ({ body, headers, status }) => {
    const requestHeaders = { ...JSON_TYPE, ...REQUEST_ID, ...headers };
    gateway.clearLogs();
    const before = expressCalls();
    const fast = await send(gateway.port, body, requestHeaders, 'fast');
    const fastLogs = logged(gateway.logs);
    const fastWentThroughExpress = expressCalls() > before;

    gateway.clearLogs();
    const chained = await send(gateway.port, body, requestHeaders, 'express');
    expect(expressCalls()).toBeGreaterThan(before);

    expect(fast.status).toBe(status);
    expect(comparable(fast)).toEqual(comparable(chained));
    expect(fastLogs).toEqual(logged(gateway.logs));
    // Body errors are answered by Express's error handler; everything else never reaches Express.
    expect(fastWentThroughExpress).toBe(fast.body.includes('The request body is not valid JSON'));
  });

  test('requests the lane does not take go to Express untouched', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    for (const [headers, path] of [
      [{ 'content-type': 'application/json; charset=utf-16' }, '/graphql'],
      [{ 'content-type': 'application/graphql-response+json' }, '/graphql'],
      [{ 'content-type': 'text/plain' }, '/graphql'],
      [{ 'content-type': 'application/json', 'content-encoding': 'gzip' }, '/graphql'],
      [JSON_TYPE, '/graphql/'],
      [JSON_TYPE, '/graphql?x=1'],
      [JSON_TYPE, '/elsewhere'],
    ] as const) {
      const before = expressCalls();
      const answer = await send(gateway.port, body, headers, 'fast', path);
      expect({ path, headers, express: expressCalls() > before }).toEqual({
        path,
        headers,
        express: true,
      });
      expect(answer.status).toBeGreaterThanOrEqual(200);
    }
  });
});

describe('with credentials required', () => {
  const API_KEY = 'agk_live_fastlane_0123456789abcdef';
  let gateway: LoggedGateway;
  let expressCalls: () => number;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'account-graph-fast-lane-'));
    writeFileSync(
      join(dir, 'keys.json'),
      JSON.stringify({
        keys: [
          {
            id: 'reader',
            sha256: createHash('sha256').update(API_KEY).digest('hex'),
            scopes: ['associations:read'],
          },
        ],
      }),
    );
    gateway = await startLoggedGateway({ AUTH_API_KEYS_FILE: join(dir, 'keys.json') });
    expressCalls = countExpressRequests(gateway);
  });
  afterAll(() => gateway.stop());

  const query = JSON.stringify({
    query: 'query ($id: ID!) { accountAssociation(accountAssociationId: $id) { name } }',
    variables: { id: association.id },
  });

  test.each([
    ['no credentials', {}, 401],
    ['an unknown API key', { 'x-api-key': 'agk_live_not_a_key_0000000000000' }, 401],
    ['a malformed bearer token', { authorization: 'Bearer not.a.jwt' }, 401],
    ['a valid API key', { 'x-api-key': API_KEY }, 200],
  ] as const)('%s', async (_name, credentials, status) => {
    const headers = { ...JSON_TYPE, ...REQUEST_ID, ...credentials };
    gateway.clearLogs();
    const before = expressCalls();
    const fast = await send(gateway.port, query, headers, 'fast');
    const fastLogs = logged(gateway.logs);
    // Refused credentials are answered by the Express chain, from the lane's own verification.
    expect(expressCalls() > before).toBe(status === 401);

    gateway.clearLogs();
    const chained = await send(gateway.port, query, headers, 'express');
    expect(fast.status).toBe(status);
    expect(comparable(fast)).toEqual(comparable(chained));
    expect(fastLogs).toEqual(logged(gateway.logs));
  });
});

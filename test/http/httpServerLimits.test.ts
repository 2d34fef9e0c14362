import { connect, type Socket } from 'node:net';

import { loadConfig } from '../../src/config';
import { EMULATOR_SEED } from '../../src/emulator';
import { loadHttpLimits } from '../../src/http/httpServerLimits';
import { EnvReader } from '../../src/shared/env';
import { LEVEL, startLoggedGateway, type LoggedGateway } from './loggedGateway';

const association = EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0];
const BODY = JSON.stringify({ query: '{ __typename }' });

/** A raw connection, so a test can send a request byte by byte and see exactly what comes back. */
interface RawConnection {
  socket: Socket;
  /** Everything received so far. */
  received(): string;
  /** Resolves when the server closes the connection, with the milliseconds since `since`. */
  closed: Promise<number>;
}

async function open(port: number, since = performance.now()): Promise<RawConnection> {
  const socket = connect(port, '127.0.0.1');
  let data = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    data += chunk;
  });
  const closed = new Promise<number>((resolve) => {
    socket.on('close', () => resolve(performance.now() - since));
  });
  socket.on('error', () => {
    // ECONNRESET when the server drops the connection: `closed` reports it.
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, received: () => data, closed };
}

function requestText(body = BODY): string {
  return (
    'POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
}

/** Waits until `predicate` holds, polling; fails after `timeoutMs`. */
async function until(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await predicate())) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('loadHttpLimits', () => {
  const load = (env: Record<string, string>) => {
    const read = new EnvReader(env);
    return { limits: loadHttpLimits(read), problems: read.problems };
  };

  test('defaults: headers 20 s, whole request 30 s, keep-alive 65 s, 1000 connections', () => {
    expect(load({})).toEqual({
      limits: {
        headersTimeoutMs: 20_000,
        requestTimeoutMs: 30_000,
        keepAliveTimeoutMs: 65_000,
        maxConnections: 1_000,
      },
      problems: [],
    });
    expect(loadConfig({}).httpLimits.requestTimeoutMs).toBe(30_000);
  });

  test('reads every variable', () => {
    expect(
      load({
        HTTP_HEADERS_TIMEOUT_MS: '5000',
        HTTP_REQUEST_TIMEOUT_MS: '10000',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '620000',
        HTTP_MAX_CONNECTIONS: '50',
      }).limits,
    ).toEqual({
      headersTimeoutMs: 5_000,
      requestTimeoutMs: 10_000,
      keepAliveTimeoutMs: 620_000,
      maxConnections: 50,
    });
  });

  test('refuses bad values, and a headers timeout longer than the request timeout', () => {
    expect(load({ HTTP_MAX_CONNECTIONS: '0', HTTP_REQUEST_TIMEOUT_MS: '1e4' }).problems).toEqual([
      'HTTP_REQUEST_TIMEOUT_MS must be an integer from 100 to 3600000; got "1e4"',
      'HTTP_MAX_CONNECTIONS must be an integer from 1 to 1000000; got "0"',
    ]);
    expect(
      load({ HTTP_HEADERS_TIMEOUT_MS: '40000', HTTP_REQUEST_TIMEOUT_MS: '30000' }).problems,
    ).toEqual([
      'HTTP_HEADERS_TIMEOUT_MS (40000) must not exceed HTTP_REQUEST_TIMEOUT_MS (30000): the headers are part of the request',
    ]);
  });
});

describe('slow clients', () => {
  const HEADERS_TIMEOUT_MS = 300;
  const REQUEST_TIMEOUT_MS = 500;
  const KEEP_ALIVE_TIMEOUT_MS = 2_000;
  let gateway: LoggedGateway;
  beforeAll(async () => {
    gateway = await startLoggedGateway({
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      HTTP_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
    });
  });
  afterAll(() => gateway.stop());

  test('a body trickled slower than the request timeout is cut off with 408', async () => {
    const started = performance.now();
    const connection = await open(gateway.port, started);
    const body = BODY.padEnd(200, ' ');
    connection.socket.write(requestText(body).slice(0, -body.length));
    // One byte every 50 ms: the whole body would take 10 s.
    const trickle = setInterval(() => {
      if (!connection.socket.destroyed) connection.socket.write(' ');
    }, 50);
    try {
      const elapsed = await connection.closed;
      expect(connection.received()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(elapsed).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 20);
      expect(elapsed).toBeLessThan(REQUEST_TIMEOUT_MS + 400);
    } finally {
      clearInterval(trickle);
    }
  });

  test('headers trickled slower than the headers timeout are cut off with 408', async () => {
    const started = performance.now();
    const connection = await open(gateway.port, started);
    connection.socket.write('POST /graphql HTTP/1.1\r\nHost: gateway\r\n');
    const trickle = setInterval(() => {
      if (!connection.socket.destroyed) connection.socket.write('X-Slow: 1\r\n');
    }, 50);
    try {
      const elapsed = await connection.closed;
      expect(connection.received()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(elapsed).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 20);
      expect(elapsed).toBeLessThan(HEADERS_TIMEOUT_MS + 400);
    } finally {
      clearInterval(trickle);
    }
  });

  test('an idle keep-alive connection outlives both timeouts and serves the next request', async () => {
    const connection = await open(gateway.port);
    connection.socket.write(requestText());
    await until(() => connection.received().includes('"__typename":"Query"'));
    expect(connection.received()).toContain(`Keep-Alive: timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
    // Longer than the headers and the request timeouts, shorter than the keep-alive timeout.
    await sleep(REQUEST_TIMEOUT_MS + 300);
    expect(connection.socket.destroyed).toBe(false);
    connection.socket.write(requestText());
    await until(() => connection.received().split('"__typename":"Query"').length === 3);
    const answered = performance.now();
    expect(connection.received()).not.toContain('408');
    // Then the keep-alive timeout closes it.
    await connection.closed;
    const idle = performance.now() - answered;
    expect(idle).toBeGreaterThanOrEqual(KEEP_ALIVE_TIMEOUT_MS - 50);
    expect(idle).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS + 1_500);
  });

  test('a request slower to answer than the request timeout is still answered', async () => {
    // The timeout bounds receiving the request, not the work: that is REQUEST_DEADLINE_MS's job.
    await gateway.setFaults([
      {
        operation: 'IoTManagedIntegrations.GetAccountAssociation',
        latencyMs: REQUEST_TIMEOUT_MS + 300,
      },
    ]);
    try {
      const response = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ accountAssociation(accountAssociationId: "${association.id}") { name } }`,
        }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        data: { accountAssociation: { name: association.name } },
      });
    } finally {
      await gateway.clearFaults();
    }
  });
});

describe('requests Node refuses before the gateway sees them', () => {
  let gateway: LoggedGateway;
  beforeAll(async () => {
    gateway = await startLoggedGateway();
  });
  afterAll(() => gateway.stop());

  // README ("Errors") documents these answers: Node's own, with an empty body.
  test.each([
    [
      'headers over 16 KB',
      `POST /graphql HTTP/1.1\r\nHost: gateway\r\nX-Big: ${'a'.repeat(17_000)}\r\n\r\n`,
      'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n',
    ],
    [
      'a request line that is not HTTP',
      'HELLO\r\n\r\n',
      'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n',
    ],
    [
      'a malformed header',
      'POST /graphql HTTP/1.1\r\nHost: gateway\r\nBad Header: 1\r\n\r\n',
      'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n',
    ],
  ])('%s: Node answers with an empty body and closes', async (_what, raw, answer) => {
    gateway.clearLogs();
    const connection = await open(gateway.port);
    connection.socket.write(raw);
    await connection.closed;
    expect(connection.received()).toBe(answer);
    expect(gateway.logs.filter((line) => line.level >= LEVEL.warn)).toEqual([]);
  });
});

describe('connection cap', () => {
  let gateway: LoggedGateway;
  beforeAll(async () => {
    gateway = await startLoggedGateway({ HTTP_MAX_CONNECTIONS: '2' });
  });
  afterAll(() => gateway.stop());

  test('a connection over HTTP_MAX_CONNECTIONS is closed unanswered; once one closes, a new one is served', async () => {
    const held: RawConnection[] = [];
    for (let i = 0; i < 2; i += 1) {
      const connection = await open(gateway.port);
      connection.socket.write(requestText());
      await until(() => connection.received().includes('"__typename":"Query"'));
      held.push(connection);
    }

    const refused = await open(gateway.port).catch(() => undefined);
    if (refused !== undefined) {
      refused.socket.write(requestText());
      await refused.closed;
      expect(refused.received()).toBe('');
    }
    await until(() =>
      gateway.logs.some(
        (line) =>
          line.level === LEVEL.warn &&
          line.msg === 'connections refused: HTTP_MAX_CONNECTIONS reached' &&
          line.maxConnections === 2 &&
          line.dropped === 1,
      ),
    );
    // The held connections are unaffected.
    held[0].socket.write(requestText());
    await until(() => held[0].received().split('"__typename":"Query"').length === 3);

    held[1].socket.destroy();
    await until(async () => (await openConnections(gateway)) < 2);
    const next = await open(gateway.port);
    next.socket.write(requestText());
    await until(() => next.received().includes('"__typename":"Query"'));
    next.socket.destroy();
    held[0].socket.destroy();
  });
});

function openConnections(gateway: LoggedGateway): Promise<number> {
  return new Promise((resolve, reject) => {
    gateway.gateway.httpServer.getConnections((error, count) => {
      if (error) reject(error);
      else resolve(count);
    });
  });
}

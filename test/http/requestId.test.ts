import { connect } from 'node:net';

import { REQUEST_ID_HEADER, requestIdFrom } from '../../src/plugins/requestIdHeader';
import { startLoggedGateway, type LoggedGateway } from './loggedGateway';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  test.each([
    ['a single character', 'a'],
    ['a load balancer trace id', 'Root:1-67891233-abcdef012345678912345678'],
    ['a UUID', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['128 characters', 'x'.repeat(128)],
    ['every allowed punctuation', 'a.b_c:d-e'],
  ])('keeps %s', (_what, id) => {
    expect(requestIdFrom(id)).toBe(id);
  });

  test.each([
    ['absent', undefined],
    ['empty', ''],
    ['129 characters', 'x'.repeat(129)],
    ['a space', 'two words'],
    ['a newline (a forged log line)', 'ok\n{"level":60,"msg":"forged"}'],
    ['JSON', '{"requestId":"other"}'],
    ['a quote', 'a"b'],
    ['a tab', 'a\tb'],
    ['non-ASCII', 'caf\u00e9'],
    ['a joined duplicate header', 'a, b'],
  ])('replaces %s with a new UUID', (_what, id) => {
    expect(requestIdFrom(id)).toMatch(UUID);
  });

  test('generated ids do not repeat', () => {
    const ids = new Set(Array.from({ length: 1_000 }, () => requestIdFrom(undefined)));
    expect(ids.size).toBe(1_000);
  });
});

describe('x-request-id over HTTP', () => {
  let gateway: LoggedGateway;
  beforeAll(async () => {
    gateway = await startLoggedGateway();
  });
  afterAll(() => gateway.stop());

  const post = (
    headers: Record<string, string>,
    body = JSON.stringify({ query: '{ __typename }' }),
  ) =>
    fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  const linesWithId = (id: string) => gateway.logs.filter((line) => line.requestId === id);

  test('a sane id is echoed and carried by the request’s log lines', async () => {
    gateway.clearLogs();
    const response = await post({ [REQUEST_ID_HEADER]: 'lb-1234:abc.def_9' });
    expect(response.headers.get(REQUEST_ID_HEADER)).toBe('lb-1234:abc.def_9');
    await response.text();
    expect(linesWithId('lb-1234:abc.def_9').map((line) => line.msg)).toContain('graphql request');
  });

  test('a JSON-looking id is replaced: the answer and the log lines carry a new UUID, never the forged value', async () => {
    gateway.clearLogs();
    const forged = '{"level":60,"msg":"forged"}';
    const response = await post({ [REQUEST_ID_HEADER]: forged });
    await response.text();
    const id = response.headers.get(REQUEST_ID_HEADER)!;
    expect(id).toMatch(UUID);
    expect(linesWithId(id).length).toBeGreaterThan(0);
    expect(JSON.stringify(gateway.logs)).not.toContain('forged');
  });

  test('an over-long id is replaced', async () => {
    const response = await post({ [REQUEST_ID_HEADER]: 'x'.repeat(129) });
    expect(response.headers.get(REQUEST_ID_HEADER)).toMatch(UUID);
  });

  test('without an id, each request gets its own', async () => {
    const [a, b] = await Promise.all([post({}), post({})]);
    const ids = [a.headers.get(REQUEST_ID_HEADER), b.headers.get(REQUEST_ID_HEADER)];
    expect(ids[0]).toMatch(UUID);
    expect(ids[1]).toMatch(UUID);
    expect(ids[0]).not.toBe(ids[1]);
  });

  test('an error before GraphQL (invalid JSON) carries the id too, in the answer and its log line', async () => {
    gateway.clearLogs();
    const response = await post({ [REQUEST_ID_HEADER]: 'bad-json-1' }, '{"query": ');
    expect(response.status).toBe(400);
    expect(response.headers.get(REQUEST_ID_HEADER)).toBe('bad-json-1');
    expect(linesWithId('bad-json-1')).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request refused: The request body is not valid JSON',
        status: 400,
      }),
    ]);
  });

  test('a tab or non-ASCII bytes in the header (sent raw) are replaced', async () => {
    for (const value of ['a\tb', 'caf\u00e9']) {
      const socket = connect(gateway.port, '127.0.0.1');
      const body = JSON.stringify({ query: '{ __typename }' });
      socket.end(
        Buffer.from(
          `POST /graphql HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n` +
            `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n` +
            `X-Request-Id: ${value}\r\n\r\n${body}`,
          'latin1',
        ),
      );
      let answer = '';
      socket.setEncoding('latin1');
      socket.on('data', (chunk: string) => {
        answer += chunk;
      });
      await new Promise((resolve) => socket.on('close', resolve));
      expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      const echoed = /\r\nx-request-id: ([^\r]*)\r\n/i.exec(answer)?.[1];
      expect(echoed).toMatch(UUID);
    }
  });
});

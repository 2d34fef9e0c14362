import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  Client,
  createRequest,
  fetchExchange,
  gql,
  makeOperation,
  type GraphQLRequest,
} from '@urql/core';
import express from 'express';
import { Kind, type DocumentNode } from 'graphql';
import pino from 'pino';

import {
  loadTrustedDocuments,
  PERSISTED_QUERY_NOT_IN_LIST,
  trustedDocuments,
  TRUSTED_DOCUMENTS_MAX_COUNT,
  type TrustedDocumentsConfig,
  type TrustedDocumentsMode,
} from '../../src/http/trustedDocuments';
import { httpErrorHandler } from '../../src/httpErrors';

/**
 * The manifest graphql-codegen's client preset (v6, `persistedDocuments: true`) wrote for the two
 * operations in ../fixtures/trusted-documents/README.md: keys are `sha256:<hex>`.
 */
const MANIFEST_FILE = join(__dirname, '../fixtures/trusted-documents/persisted-documents.json');
const HELLO = 'query Hello { hello }';
const GREET = 'query Greet($name: String!) { greet(name: $name) }';
const UNLISTED = 'query Unlisted { hello }';
const NEVER_SEEN = 'query NeverSeen { hello }';

const typeDefs = /* GraphQL */ `
  type Query {
    hello: String
    greet(name: String!): String
  }
`;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
const HELLO_HASH = sha256(HELLO);
const GREET_HASH = sha256(GREET);

function apq(sha256Hash: unknown, version: unknown = 1): { persistedQuery: unknown } {
  return { persistedQuery: { version, sha256Hash } };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface Answer {
  status: number;
  contentType: string;
  cacheControl: string | null;
  body: Json;
}

/** A tiny Apollo Server behind the middleware, wired as the gateway wires its /graphql route. */
interface Harness {
  readonly url: string;
  /** Called by every resolver: refused requests must never get here. */
  readonly executed: jest.Mock;
  post(body: unknown, headers?: Record<string, string>): Promise<Answer>;
  /** A raw JSON text body, for shapes `JSON.stringify` cannot produce. */
  postRaw(body: string): Promise<Answer>;
  get(params: [string, string][] | Record<string, string>, accept?: string): Promise<Answer>;
  stop(): Promise<void>;
}

async function startHarness(config: TrustedDocumentsConfig): Promise<Harness> {
  const executed = jest.fn();
  const apollo = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        hello: () => {
          executed('hello');
          return 'world';
        },
        greet: (_: unknown, { name }: { name: string }) => {
          executed('greet');
          return `hello ${name}`;
        },
      },
    },
    logger: pino({ level: 'silent' }),
  });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    trustedDocuments(config),
    expressMiddleware(apollo),
  );
  app.use(httpErrorHandler(pino({ level: 'silent' })));
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  const answer = async (response: Response): Promise<Answer> => {
    const text = await response.text();
    let body: Json = text;
    try {
      body = JSON.parse(text);
    } catch {
      // HTML landing page or plain text: kept as text.
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      cacheControl: response.headers.get('cache-control'),
      body,
    };
  };
  const postRaw = async (body: string, headers: Record<string, string> = {}) =>
    answer(
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      }),
    );
  return {
    url,
    executed,
    post: (body, headers) => postRaw(JSON.stringify(body), headers),
    postRaw: (body) => postRaw(body),
    get: async (params, accept) =>
      answer(
        await fetch(`${url}?${new URLSearchParams(params).toString()}`, {
          // Apollo's CSRF prevention lets a GET through only with a header a form cannot set.
          headers: { 'apollo-require-preflight': 'true', ...(accept ? { accept } : {}) },
        }),
      ),
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

function configFor(mode: TrustedDocumentsMode): TrustedDocumentsConfig {
  const { config, problems } = loadTrustedDocuments({
    TRUSTED_DOCUMENTS: mode,
    TRUSTED_DOCUMENTS_FILE: MANIFEST_FILE,
  });
  expect(problems).toEqual([]);
  return config!;
}

/** What the client sees for one request in one mode. */
type Outcome =
  | { runs: Json }
  | { refused: string; message?: string }
  | { apollo: { status: number; code: string } };

const RUNS_HELLO: Outcome = { runs: { hello: 'world' } };
const NOT_IN_LIST: Outcome = { refused: PERSISTED_QUERY_NOT_IN_LIST };
const APQ_NOT_FOUND: Outcome = { apollo: { status: 200, code: 'PERSISTED_QUERY_NOT_FOUND' } };
const APOLLO_BAD_REQUEST: Outcome = { apollo: { status: 400, code: 'BAD_REQUEST' } };

function expectOutcome(answer: Answer, outcome: Outcome, executed: jest.Mock): void {
  if ('runs' in outcome) {
    expect(answer.body).toEqual({ data: outcome.runs });
    expect(answer.status).toBe(200);
    expect(executed).toHaveBeenCalled();
    return;
  }
  if ('refused' in outcome) {
    expect(answer.body).toEqual({
      errors: [
        {
          message: expect.stringContaining(
            outcome.message ??
              (outcome.refused === PERSISTED_QUERY_NOT_IN_LIST
                ? 'this document is not in the trusted documents list'
                : ''),
          ) as unknown,
          extensions: { code: outcome.refused },
        },
      ],
    });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toBe('application/json; charset=utf-8');
    expect(answer.cacheControl).toBe('no-store');
  } else {
    // Apollo's own answer: the request reached it untouched.
    expect(answer.body.errors[0].extensions.code).toBe(outcome.apollo.code);
    expect(answer.status).toBe(outcome.apollo.status);
  }
  expect(executed).not.toHaveBeenCalled();
}

interface Case {
  name: string;
  send(harness: Harness): Promise<Answer>;
  off: Outcome;
  allow: Outcome;
  require: Outcome;
}

const CASES: Case[] = [
  {
    name: 'a listed document by APQ hash (POST)',
    send: (h) => h.post({ operationName: 'Hello', extensions: apq(HELLO_HASH) }),
    off: APQ_NOT_FOUND,
    allow: RUNS_HELLO,
    require: RUNS_HELLO,
  },
  {
    name: 'a listed document by APQ hash (GET, extensions as a JSON parameter)',
    send: (h) => h.get({ operationName: 'Hello', extensions: JSON.stringify(apq(HELLO_HASH)) }),
    off: APQ_NOT_FOUND,
    allow: RUNS_HELLO,
    require: RUNS_HELLO,
  },
  {
    name: 'a listed document by documentId with the sha256: prefix (POST)',
    send: (h) => h.post({ documentId: `sha256:${HELLO_HASH}` }),
    off: APOLLO_BAD_REQUEST,
    allow: RUNS_HELLO,
    require: RUNS_HELLO,
  },
  {
    name: 'a listed document by documentId without prefix (POST)',
    send: (h) => h.post({ documentId: HELLO_HASH }),
    off: APOLLO_BAD_REQUEST,
    allow: RUNS_HELLO,
    require: RUNS_HELLO,
  },
  {
    name: 'a listed document by documentId (GET parameter)',
    send: (h) => h.get({ documentId: `sha256:${HELLO_HASH}` }),
    off: APOLLO_BAD_REQUEST,
    allow: RUNS_HELLO,
    require: RUNS_HELLO,
  },
  {
    name: 'a listed document with variables by documentId',
    send: (h) => h.post({ documentId: `sha256:${GREET_HASH}`, variables: { name: 'Ada' } }),
    off: APOLLO_BAD_REQUEST,
    allow: { runs: { greet: 'hello Ada' } },
    require: { runs: { greet: 'hello Ada' } },
  },
  {
    name: 'the full text of a listed document (POST)',
    send: (h) => h.post({ query: HELLO }),
    off: RUNS_HELLO,
    allow: RUNS_HELLO,
    require: RUNS_HELLO,
  },
  {
    name: 'the full text of a listed document (GET)',
    send: (h) => h.get({ query: HELLO }),
    off: RUNS_HELLO,
    allow: RUNS_HELLO,
    require: RUNS_HELLO,
  },
  {
    name: 'unlisted text (POST)',
    send: (h) => h.post({ query: UNLISTED }),
    off: RUNS_HELLO,
    allow: RUNS_HELLO,
    require: NOT_IN_LIST,
  },
  {
    name: 'unlisted text (GET)',
    send: (h) => h.get({ query: UNLISTED }),
    off: RUNS_HELLO,
    allow: RUNS_HELLO,
    require: NOT_IN_LIST,
  },
  {
    name: 'an unknown APQ hash',
    send: (h) => h.post({ extensions: apq(sha256(NEVER_SEEN)) }),
    off: APQ_NOT_FOUND,
    allow: APQ_NOT_FOUND,
    // Not PERSISTED_QUERY_NOT_FOUND, which would invite the client to register the document.
    require: NOT_IN_LIST,
  },
  {
    name: 'an unknown APQ hash (GET)',
    send: (h) => h.get({ extensions: JSON.stringify(apq(sha256(NEVER_SEEN))) }),
    off: APQ_NOT_FOUND,
    allow: APQ_NOT_FOUND,
    require: NOT_IN_LIST,
  },
  {
    name: 'APQ registration of an unlisted document (hash and text)',
    send: (h) => h.post({ query: UNLISTED, extensions: apq(sha256(UNLISTED)) }),
    off: RUNS_HELLO,
    allow: RUNS_HELLO,
    require: NOT_IN_LIST,
  },
  {
    name: 'an unknown documentId',
    send: (h) => h.post({ documentId: `sha256:${sha256(NEVER_SEEN)}` }),
    off: APOLLO_BAD_REQUEST,
    // Apollo ignores documentId and would answer "must contain a query"; the list is the reason.
    allow: NOT_IN_LIST,
    require: NOT_IN_LIST,
  },
  {
    name: 'a documentId in another id scheme',
    send: (h) => h.get({ documentId: `web~1.2.0~${HELLO_HASH}` }),
    off: APOLLO_BAD_REQUEST,
    allow: NOT_IN_LIST,
    require: NOT_IN_LIST,
  },
  {
    name: 'a listed APQ hash with a different query text',
    send: (h) => h.post({ query: UNLISTED, extensions: apq(HELLO_HASH) }),
    off: { apollo: { status: 400, code: 'INTERNAL_SERVER_ERROR' } },
    allow: { refused: 'BAD_REQUEST', message: 'the query does not match its sha256Hash' },
    require: { refused: 'BAD_REQUEST', message: 'the query does not match its sha256Hash' },
  },
  {
    name: 'a listed APQ hash with a different query text (GET)',
    send: (h) => h.get({ query: UNLISTED, extensions: JSON.stringify(apq(sha256(`${HELLO} `))) }),
    off: { apollo: { status: 400, code: 'INTERNAL_SERVER_ERROR' } },
    allow: { refused: 'BAD_REQUEST', message: 'the query does not match its sha256Hash' },
    require: { refused: 'BAD_REQUEST', message: 'the query does not match its sha256Hash' },
  },
  {
    name: 'a listed documentId with a different query text',
    send: (h) => h.post({ query: UNLISTED, documentId: `sha256:${HELLO_HASH}` }),
    // Apollo ignores documentId and runs the text.
    off: RUNS_HELLO,
    allow: { refused: 'BAD_REQUEST', message: 'the query does not match its documentId' },
    require: { refused: 'BAD_REQUEST', message: 'the query does not match its documentId' },
  },
  {
    name: 'a documentId and an APQ hash naming different listed documents',
    send: (h) => h.post({ documentId: GREET_HASH, extensions: apq(HELLO_HASH) }),
    off: APQ_NOT_FOUND,
    allow: { refused: 'BAD_REQUEST', message: 'name different documents' },
    require: { refused: 'BAD_REQUEST', message: 'name different documents' },
  },
  {
    name: 'a batch holding an unlisted document',
    send: (h) => h.post([{ query: HELLO }, { query: UNLISTED }]),
    // Apollo has batching off and refuses every batch.
    off: APOLLO_BAD_REQUEST,
    allow: APOLLO_BAD_REQUEST,
    require: NOT_IN_LIST,
  },
  {
    name: 'a batch of listed documents (reaches Apollo, which refuses batches)',
    send: (h) => h.post([{ documentId: HELLO_HASH }, { query: HELLO }]),
    off: APOLLO_BAD_REQUEST,
    allow: APOLLO_BAD_REQUEST,
    require: APOLLO_BAD_REQUEST,
  },
];

describe.each(['off', 'allow', 'require'] as const)('TRUSTED_DOCUMENTS=%s', (mode) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(configFor(mode));
  });
  afterAll(() => harness.stop());
  beforeEach(() => harness.executed.mockClear());

  test.each(CASES)('$name', async (testCase) => {
    const answer = await testCase.send(harness);
    expectOutcome(answer, testCase[mode], harness.executed);
  });
});

describe('APQ flow as Apollo Client and urql persisted-query links speak it', () => {
  const REGISTERED = 'query Registered { hello }';

  test('allow: an unlisted hash is NOT_FOUND, the client registers it, then the hash alone runs', async () => {
    const harness = await startHarness(configFor('allow'));
    try {
      const byHash = { operationName: 'Registered', extensions: apq(sha256(REGISTERED)) };
      expectOutcome(await harness.post(byHash), APQ_NOT_FOUND, harness.executed);
      expectOutcome(
        await harness.post({ ...byHash, query: REGISTERED }),
        RUNS_HELLO,
        harness.executed,
      );
      harness.executed.mockClear();
      expectOutcome(await harness.post(byHash), RUNS_HELLO, harness.executed);
    } finally {
      await harness.stop();
    }
  });

  test('require: the same conversation is refused at every step, and the hash never starts to work', async () => {
    const harness = await startHarness(configFor('require'));
    try {
      const byHash = { operationName: 'Registered', extensions: apq(sha256(REGISTERED)) };
      expectOutcome(await harness.post(byHash), NOT_IN_LIST, harness.executed);
      expectOutcome(
        await harness.post({ ...byHash, query: REGISTERED }),
        NOT_IN_LIST,
        harness.executed,
      );
      expectOutcome(await harness.post(byHash), NOT_IN_LIST, harness.executed);
    } finally {
      await harness.stop();
    }
  });
});

describe('refusals', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(configFor('require'));
  });
  afterAll(() => harness.stop());

  test('are answered as application/graphql-response+json when the client prefers it', async () => {
    const answer = await harness.post(
      { query: UNLISTED },
      { accept: 'application/graphql-response+json, application/json;q=0.9' },
    );
    expect(answer.status).toBe(400);
    expect(answer.contentType).toBe('application/graphql-response+json; charset=utf-8');
    expect(answer.body.errors[0].extensions.code).toBe(PERSISTED_QUERY_NOT_IN_LIST);
    expect(harness.executed).not.toHaveBeenCalled();
  });

  test('leave a GET without any document to Apollo (its landing page for a browser)', async () => {
    const answer = await harness.get({}, 'text/html');
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain('text/html');
  });
});

/** Request shapes no client sends. */
interface HostileCase {
  name: string;
  send(harness: Harness): Promise<Answer>;
  /** The code `require` answers with, before Apollo. */
  require: string;
  /** `allow` answers these itself too (malformed APQ extensions); others go to Apollo. */
  allowRefuses?: boolean;
}

const HUGE = 'x'.repeat(100_000);
const HOSTILE: HostileCase[] = [
  ...[
    ['a string', '{"persistedQuery":{}}'],
    ['a number', 42],
    ['an array', []],
  ].map(([what, extensions]): HostileCase => ({
    name: `extensions is ${what as string}`,
    send: (h) => h.post({ documentId: HELLO_HASH, extensions }),
    require: 'BAD_REQUEST',
  })),
  ...[
    ['persistedQuery is a string', { persistedQuery: HELLO_HASH }],
    ['persistedQuery.version is 2', apq(HELLO_HASH, 2)],
    ['sha256Hash is a number', apq(123)],
    ['sha256Hash is an object', apq({ $gt: '' })],
    ['sha256Hash is too short', apq('abc')],
    ['sha256Hash is upper-case hex', apq(HELLO_HASH.toUpperCase())],
    ['sha256Hash is huge', apq(HUGE)],
  ].map(([name, extensions]): HostileCase => ({
    name: name as string,
    send: (h) => h.post({ extensions }),
    require: 'BAD_REQUEST',
    allowRefuses: true,
  })),
  ...[
    ['a number', 42],
    ['an object', { sha256: HELLO_HASH }],
    ['an array', [HELLO_HASH]],
    ['huge', HUGE],
    ['a boolean', true],
  ].map(([what, documentId]): HostileCase => ({
    name: `documentId is ${what as string}`,
    send: (h) => h.post({ documentId }),
    require: 'BAD_REQUEST',
  })),
  ...[
    ['a number', 42],
    ['a parsed document', { kind: 'Document', definitions: [] }],
    ['an array', [HELLO]],
    ['a boolean', true],
  ].map(([what, query]): HostileCase => ({
    name: `query is ${what as string}`,
    send: (h) => h.post({ query }),
    require: 'BAD_REQUEST',
  })),
  {
    name: 'the query hides in an own __proto__ member',
    send: (h) => h.postRaw(`{"__proto__":{"query":${JSON.stringify(UNLISTED)}}}`),
    // Names no document, so Apollo answers it ("must contain a query").
    require: 'BAD_REQUEST',
  },
  {
    name: 'a batch holding a malformed element',
    send: (h) => h.post([{ query: HELLO }, { documentId: 42 }]),
    require: 'BAD_REQUEST',
  },
  {
    name: 'GET extensions is not JSON',
    send: (h) => h.get({ documentId: HELLO_HASH, extensions: '{persistedQuery' }),
    require: 'BAD_REQUEST',
  },
  {
    name: 'GET extensions is a JSON array',
    send: (h) => h.get({ documentId: HELLO_HASH, extensions: '[]' }),
    require: 'BAD_REQUEST',
  },
  {
    name: 'GET sha256Hash is not hex',
    send: (h) => h.get({ extensions: JSON.stringify(apq('zz')) }),
    require: 'BAD_REQUEST',
    allowRefuses: true,
  },
  {
    name: 'GET query given twice (listed, then unlisted)',
    send: (h) =>
      h.get([
        ['query', HELLO],
        ['query', UNLISTED],
      ]),
    require: 'BAD_REQUEST',
  },
  {
    name: 'GET documentId given twice',
    send: (h) =>
      h.get([
        ['documentId', HELLO_HASH],
        ['documentId', GREET_HASH],
      ]),
    require: 'BAD_REQUEST',
  },
  {
    name: 'GET documentId is huge',
    send: (h) => h.get({ documentId: 'x'.repeat(5_000) }),
    require: 'BAD_REQUEST',
  },
];

describe.each(['off', 'allow', 'require'] as const)(
  'hostile input, TRUSTED_DOCUMENTS=%s',
  (mode) => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness(configFor(mode));
    });
    afterAll(() => harness.stop());
    beforeEach(() => harness.executed.mockClear());

    test.each(HOSTILE)('$name: a JSON error, never a 500, nothing executes', async (testCase) => {
      const answer = await testCase.send(harness);
      expect(harness.executed).not.toHaveBeenCalled();
      expect(answer.status).toBeLessThan(500);
      expect(answer.contentType).toContain('json');
      expect(answer.body.errors).toHaveLength(1);
      if (mode === 'require' || (mode === 'allow' && testCase.allowRefuses === true)) {
        expect(answer.status).toBe(400);
        expect(answer.body.errors[0].extensions.code).toBe(testCase.require);
      } else {
        // Apollo's own answer; with malformed APQ extensions in off mode it may even be a 200
        // PERSISTED_QUERY_NOT_FOUND, which is why allow answers those itself.
        expect(typeof answer.body.errors[0].extensions.code).toBe('string');
      }
    });
  },
);

describe('a real client (urql)', () => {
  let harness: Harness;
  let client: Client;
  beforeAll(async () => {
    harness = await startHarness(configFor('require'));
    client = new Client({ url: harness.url, exchanges: [fetchExchange] });
  });
  afterAll(() => harness.stop());
  beforeEach(() => harness.executed.mockClear());

  /** urql builds the HTTP request (body or URL) itself from the operation. */
  const send = (request: GraphQLRequest, preferGetMethod: boolean) =>
    client
      .executeRequestOperation(
        makeOperation('query', request, {
          url: harness.url,
          requestPolicy: 'network-only',
          preferGetMethod,
          fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
        }),
      )
      .toPromise();

  test.each([
    ['POST', false],
    ['GET', true],
  ])('runs a listed document named by documentId over %s', async (_method, preferGet) => {
    // urql sends `documentId` instead of the text for a document that carries one and no
    // definitions; `makeOperation` skips the development-only check that a document without
    // definitions is not a query.
    const document = { kind: Kind.DOCUMENT, definitions: [], documentId: `sha256:${GREET_HASH}` };
    const result = await send(
      createRequest(document as unknown as DocumentNode, { name: 'Ada' }),
      preferGet,
    );
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ greet: 'hello Ada' });
  });

  test.each([
    ['POST', false],
    ['GET', true],
  ])('runs a listed document named by an APQ hash over %s', async (_method, preferGet) => {
    // With a persistedQuery extension urql leaves the text out, as its persisted exchange does.
    const request = createRequest(gql(GREET), { name: 'Ada' }, apq(GREET_HASH) as never);
    const result = await send(request, preferGet);
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ greet: 'hello Ada' });
  });

  test('sees PERSISTED_QUERY_NOT_IN_LIST as a GraphQL error for an unlisted document', async () => {
    const result = await client.query(gql(UNLISTED), {}).toPromise();
    expect(result.data).toBeUndefined();
    expect(result.error?.graphQLErrors.map((e) => e.extensions.code)).toEqual([
      PERSISTED_QUERY_NOT_IN_LIST,
    ]);
    expect(harness.executed).not.toHaveBeenCalled();
  });

  test('sends the text in its own layout, so a listed document sent as text must match byte for byte', async () => {
    // urql prints `query Hello { hello }` across lines; its sha256 is not the manifest's, so
    // require mode refuses it. Clients reach listed documents by id, as codegen's preset does.
    const result = await client.query(gql(HELLO), {}).toPromise();
    expect(result.error?.graphQLErrors.map((e) => e.extensions.code)).toEqual([
      PERSISTED_QUERY_NOT_IN_LIST,
    ]);
    expect(harness.executed).not.toHaveBeenCalled();
  });
});

describe('loadTrustedDocuments', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'trusted-documents-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const load = (env: Record<string, string>) => loadTrustedDocuments(env);

  test('off by default, with no file needed', () => {
    expect(load({})).toEqual({ config: { mode: 'off', documents: new Map() }, problems: [] });
  });

  test("reads codegen's manifest: sha256:-prefixed keys, stored by bare hex", () => {
    const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest)).toEqual([`sha256:${HELLO_HASH}`, `sha256:${GREET_HASH}`]);
    const { config, problems } = load({
      TRUSTED_DOCUMENTS: 'require',
      TRUSTED_DOCUMENTS_FILE: MANIFEST_FILE,
    });
    expect(problems).toEqual([]);
    expect(config?.mode).toBe('require');
    expect([...(config?.documents ?? [])]).toEqual([
      [HELLO_HASH, HELLO],
      [GREET_HASH, GREET],
    ]);
  });

  test('reads bare-hex keys (older codegen) and a byte-order mark', () => {
    const path = file('bare.json', `\uFEFF${JSON.stringify({ [HELLO_HASH]: HELLO })}`);
    const { config, problems } = load({ TRUSTED_DOCUMENTS: 'allow', TRUSTED_DOCUMENTS_FILE: path });
    expect(problems).toEqual([]);
    expect(config?.documents.get(HELLO_HASH)).toBe(HELLO);
  });

  test('an explicit off ignores the file, even a broken one', () => {
    expect(
      load({ TRUSTED_DOCUMENTS: 'off', TRUSTED_DOCUMENTS_FILE: join(dir, 'absent.json') }),
    ).toEqual({ config: { mode: 'off', documents: new Map() }, problems: [] });
  });

  const badHash = sha256('something else');
  test.each<[string, () => Record<string, string>, RegExp[]]>([
    [
      'a bad mode',
      () => ({ TRUSTED_DOCUMENTS: 'strict' }),
      [/^TRUSTED_DOCUMENTS must be one of off, allow, require; got "strict"$/],
    ],
    [
      'a file without a mode',
      () => ({ TRUSTED_DOCUMENTS_FILE: MANIFEST_FILE }),
      [/^TRUSTED_DOCUMENTS_FILE is set but TRUSTED_DOCUMENTS is not: set TRUSTED_DOCUMENTS=allow/],
    ],
    [
      'require without a file',
      () => ({ TRUSTED_DOCUMENTS: 'require' }),
      [/^TRUSTED_DOCUMENTS_FILE is required when TRUSTED_DOCUMENTS=require: /],
    ],
    [
      'allow without a file',
      () => ({ TRUSTED_DOCUMENTS: 'allow' }),
      [/^TRUSTED_DOCUMENTS_FILE is required when TRUSTED_DOCUMENTS=allow: /],
    ],
    [
      'a missing file',
      () => ({ TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_FILE: join(dir, 'absent.json') }),
      [/^TRUSTED_DOCUMENTS_FILE cannot be read: no such file \(.*absent\.json\)$/],
    ],
    [
      'a path through a regular file',
      () => ({
        TRUSTED_DOCUMENTS: 'require',
        TRUSTED_DOCUMENTS_FILE: join(file('plain.txt', ''), 'manifest.json'),
      }),
      [/^TRUSTED_DOCUMENTS_FILE cannot be read: a part of the path is not a directory \(.*\)$/],
    ],
    [
      'a directory',
      () => ({ TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_FILE: dir }),
      [/^TRUSTED_DOCUMENTS_FILE must name a regular file; .* is not one$/],
    ],
    [
      'bad JSON',
      () => ({ TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_FILE: file('bad.json', '{"a":') }),
      [/^TRUSTED_DOCUMENTS_FILE is not valid JSON: /],
    ],
    [
      'a JSON array',
      () => ({
        TRUSTED_DOCUMENTS: 'allow',
        TRUSTED_DOCUMENTS_FILE: file('array.json', JSON.stringify([HELLO])),
      }),
      [/^TRUSTED_DOCUMENTS_FILE must contain a JSON object .*; got an array/],
    ],
    [
      'a wrong hash',
      () => ({
        TRUSTED_DOCUMENTS: 'require',
        TRUSTED_DOCUMENTS_FILE: file(
          'wrong.json',
          JSON.stringify({ [`sha256:${HELLO_HASH}`]: HELLO, [`sha256:${badHash}`]: GREET }),
        ),
      }),
      [
        new RegExp(
          `^TRUSTED_DOCUMENTS_FILE entry "sha256:${badHash}" does not match its document: the document's sha256 is ${GREET_HASH}$`,
        ),
      ],
    ],
    [
      'keys that are not sha256 ids, and a value that is not text',
      () => ({
        TRUSTED_DOCUMENTS: 'allow',
        TRUSTED_DOCUMENTS_FILE: file(
          'keys.json',
          JSON.stringify({
            Hello: HELLO,
            [sha256(HELLO).slice(0, 40)]: HELLO,
            [HELLO_HASH.toUpperCase()]: HELLO,
            [GREET_HASH]: { text: GREET },
          }),
        ),
      }),
      [
        /^TRUSTED_DOCUMENTS_FILE entry "Hello" is not a sha256 document id/,
        /^TRUSTED_DOCUMENTS_FILE entry "[0-9a-f]{40}" is a sha1 hash; .*hashAlgorithm: 'sha256'/,
        /^TRUSTED_DOCUMENTS_FILE entry "[0-9A-F]{64}" must use lowercase hex digits/,
        new RegExp(
          `^TRUSTED_DOCUMENTS_FILE entry "${GREET_HASH}" must map to the document's text as a string; got a object`,
        ),
      ],
    ],
    [
      'more bad entries than are worth listing',
      () => ({
        TRUSTED_DOCUMENTS: 'allow',
        TRUSTED_DOCUMENTS_FILE: file(
          'many.json',
          JSON.stringify(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`k${i}`, HELLO]))),
        ),
      }),
      [
        ...Array.from({ length: 5 }, (_, i) => new RegExp(`^TRUSTED_DOCUMENTS_FILE entry "k${i}"`)),
        /^TRUSTED_DOCUMENTS_FILE has 3 more invalid entries \(8 in all\)$/,
      ],
    ],
    [
      'too many documents',
      () => ({
        TRUSTED_DOCUMENTS: 'require',
        TRUSTED_DOCUMENTS_FILE: file(
          'count.json',
          JSON.stringify(
            Object.fromEntries(
              Array.from({ length: TRUSTED_DOCUMENTS_MAX_COUNT + 1 }, (_, i) => {
                const text = `query Q${i} { hello }`;
                return [sha256(text), text];
              }),
            ),
          ),
        ),
      }),
      [/^TRUSTED_DOCUMENTS_FILE lists 10001 documents; at most 10000 are accepted/],
    ],
    [
      'a file over 10 MB',
      () => {
        const path = join(dir, 'big.json');
        writeFileSync(path, `{"padding":"${'x'.repeat(10 * 1024 * 1024)}"}`);
        return { TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_FILE: path };
      },
      [/^TRUSTED_DOCUMENTS_FILE is 10485774 bytes; at most 10485760 \(10 MB\) are accepted/],
    ],
    [
      'an empty list in require mode',
      () => ({ TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_FILE: file('empty.json', '{}') }),
      [
        /^TRUSTED_DOCUMENTS_FILE lists no documents .*TRUSTED_DOCUMENTS=require would refuse every request$/,
      ],
    ],
    [
      'a bad mode and a bad file, reported together',
      () => ({
        TRUSTED_DOCUMENTS: 'yes',
        TRUSTED_DOCUMENTS_FILE: file('also-bad.json', 'not json'),
      }),
      [/^TRUSTED_DOCUMENTS must be one of/, /^TRUSTED_DOCUMENTS_FILE is not valid JSON/],
    ],
  ])('%s: one sentence per problem, naming the variable', (_name, env, expected) => {
    const { config, problems } = load(env());
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(expected.length);
    problems.forEach((problem, index) => expect(problem).toMatch(expected[index]));
  });

  test('an empty list is accepted in allow mode', () => {
    const path = file('empty-allow.json', '{}');
    expect(load({ TRUSTED_DOCUMENTS: 'allow', TRUSTED_DOCUMENTS_FILE: path }).problems).toEqual([]);
  });
});

import { LEVEL, startLoggedGateway, type LoggedGateway } from './loggedGateway';

/**
 * A corpus of malformed documents and request shapes. Each is the client's mistake, so each must
 * answer 4xx (400 unless the HTTP method or media type is the problem) with a GraphQL-shaped JSON
 * body and a documented code, never `INTERNAL_SERVER_ERROR`, never a stack trace, never an AWS
 * call, and be logged at `info` (not as an error).
 */

const PARSE = 'GRAPHQL_PARSE_FAILED';
const INVALID = 'GRAPHQL_VALIDATION_FAILED';
const BAD_REQUEST = 'BAD_REQUEST';
const BAD_INPUT = 'BAD_USER_INPUT';
const NO_OPERATION = 'OPERATION_RESOLUTION_FAILURE';

/** The codes README's "Errors" section lists for a refused request. */
const DOCUMENTED_REQUEST_CODES = new Set([PARSE, INVALID, BAD_REQUEST, BAD_INPUT, NO_OPERATION]);

interface Case {
  name: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Search string for GET (without `?`). */
  search?: string;
  /** Raw body; `json` is stringified instead when given. */
  body?: string;
  json?: unknown;
  headers?: Record<string, string>;
  status: number;
  code: string;
  /** A part of the message the client must see. */
  message?: string | RegExp;
}

const q = (query: string): Case['json'] => ({ query });
const PAGE = '{ accountAssociations { edges { node { name } } } }';
/** Depth 9: one more than the default limit. Small pages, so that only the depth is over. */
const DEPTH_9 =
  '{ accountAssociations(first: 1) { edges { node { connectorDestination { accountAssociations(first: 1) { edges { node { connectorDestination { name } } } } } } } } }';

const CORPUS: Case[] = [
  // Lexer and parser errors.
  { name: 'unterminated selection set', json: q('{'), status: 400, code: PARSE },
  {
    name: 'unterminated string',
    json: q('{ accountAssociation(accountAssociationId: "abc) { name } }'),
    status: 400,
    code: PARSE,
    message: 'Unterminated string',
  },
  {
    name: 'unterminated block string',
    json: q('{ accountAssociation(accountAssociationId: """abc) { name } }'),
    status: 400,
    code: PARSE,
  },
  {
    name: 'bad escape sequence',
    json: q('{ accountAssociation(accountAssociationId: "a\\qb") { name } }'),
    status: 400,
    code: PARSE,
    message: 'Invalid character escape sequence',
  },
  {
    name: 'short unicode escape',
    json: q('{ accountAssociation(accountAssociationId: "\\u12") { name } }'),
    status: 400,
    code: PARSE,
  },
  {
    name: 'lone surrogate in a string',
    json: q('{ accountAssociation(accountAssociationId: "\ud800") { name } }'),
    status: 400,
    code: PARSE,
    message: 'U+D800',
  },
  {
    name: 'escaped lone surrogate',
    json: q('{ accountAssociation(accountAssociationId: "\\uD800") { name } }'),
    status: 400,
    code: PARSE,
  },
  {
    name: 'lone surrogate outside a string',
    json: q('{ \udc00 }'),
    status: 400,
    code: PARSE,
  },
  { name: 'unexpected character', json: q('{ ? }'), status: 400, code: PARSE },
  { name: 'NUL character', json: q('{ \u0000 }'), status: 400, code: PARSE },
  {
    name: 'number with a dangling dot',
    json: q(`{ accountAssociations(first: 1.) { edges { cursor } } }`),
    status: 400,
    code: PARSE,
  },
  {
    name: 'hexadecimal number',
    json: q(`{ accountAssociations(first: 0x10) { edges { cursor } } }`),
    status: 400,
    code: PARSE,
  },
  {
    name: 'leading zero',
    json: q(`{ accountAssociations(first: 007) { edges { cursor } } }`),
    status: 400,
    code: PARSE,
  },
  { name: 'whitespace only', json: q('   \n\t '), status: 400, code: PARSE },
  { name: 'comment only', json: q('# nothing here'), status: 400, code: PARSE },
  { name: 'unbalanced braces', json: q('{ __typename } }'), status: 400, code: PARSE },
  {
    name: 'too many tokens',
    json: q(`{ ${'__typename '.repeat(2_500)}}`),
    status: 400,
    code: PARSE,
    message: /^Token limit of 2000 exceeded \(QUERY_MAX_TOKENS\)/,
  },
  {
    name: 'list literal nested deeper than the token limit',
    json: q(`{ nodes(ids: ${'['.repeat(5_000)}) { id } }`),
    status: 400,
    code: PARSE,
  },
  {
    name: 'list literal nested too deeply to parse, within the token limit',
    json: q(`{ nodes(ids: ${'['.repeat(1_990)}) { id } }`),
    status: 400,
    code: PARSE,
    // Whether the parser's recursion exhausts the stack first depends on the stack size.
    message: /^(The document is nested too deeply to parse|Syntax Error: Unexpected <EOF>)/,
  },
  // Well-formed documents the schema refuses.
  { name: 'unknown field', json: q('{ nope }'), status: 400, code: INVALID },
  {
    name: 'unknown argument',
    json: q('{ accountAssociations(last: 5) { edges { cursor } } }'),
    status: 400,
    code: INVALID,
  },
  {
    name: 'missing required argument',
    json: q('{ accountAssociation { name } }'),
    status: 400,
    code: INVALID,
  },
  {
    name: 'string for an Int',
    json: q('{ accountAssociations(first: "ten") { edges { cursor } } }'),
    status: 400,
    code: INVALID,
  },
  {
    name: 'huge integer literal',
    json: q('{ accountAssociations(first: 99999999999999999999999) { edges { cursor } } }'),
    status: 400,
    code: INVALID,
    message: 'non 32-bit signed integer',
  },
  {
    name: 'huge float literal for an Int',
    json: q('{ accountAssociations(first: 1e999) { edges { cursor } } }'),
    status: 400,
    code: INVALID,
  },
  { name: 'selection on a leaf', json: q('{ __typename { x } }'), status: 400, code: INVALID },
  {
    name: 'object without selection',
    json: q('{ accountAssociations }'),
    status: 400,
    code: INVALID,
  },
  {
    name: 'subscription (the schema has none)',
    json: q('subscription { __typename }'),
    status: 400,
    code: INVALID,
    message: 'no subscription operations',
  },
  {
    name: 'undefined variable',
    json: q('{ accountAssociations(first: $n) { edges { cursor } } }'),
    status: 400,
    code: INVALID,
  },
  {
    name: 'unused variable',
    json: q('query ($n: Int) { __typename }'),
    status: 400,
    code: INVALID,
  },
  {
    name: 'variable of an unknown type',
    json: q('query ($n: Nope) { __typename }'),
    status: 400,
    code: INVALID,
  },
  {
    name: 'duplicate operation names',
    json: { query: 'query A { __typename } query A { __typename }', operationName: 'A' },
    status: 400,
    code: INVALID,
  },
  {
    name: 'anonymous operation beside a named one',
    json: q('{ __typename } query B { __typename }'),
    status: 400,
    code: INVALID,
  },
  {
    name: 'fragment cycle',
    json: q('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    status: 400,
    code: INVALID,
  },
  { name: 'unknown fragment', json: q('{ ...Nope }'), status: 400, code: INVALID },
  {
    name: 'unknown directive (@defer)',
    json: q('{ ... @defer { __typename } }'),
    status: 400,
    code: INVALID,
  },
  {
    name: 'deeper than the depth limit',
    json: q(DEPTH_9),
    status: 400,
    code: INVALID,
    message: /^Query depth limit of 8 exceeded, found \d+ \(QUERY_MAX_DEPTH\)/,
  },
  {
    name: 'more aliases than the limit',
    json: q(
      `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: accountAssociation(accountAssociationId: "a") { name }`).join(' ')} }`,
    ),
    status: 400,
    code: INVALID,
    message: /^Aliases limit of 30 exceeded, found 31 \(QUERY_MAX_ALIASES\)/,
  },
  {
    name: 'more directives than the limit',
    json: q(`{ __typename ${'@include(if: true) '.repeat(51)}}`),
    status: 400,
    code: INVALID,
    message: /^Directives limit of 50 exceeded/,
  },
  {
    name: 'nested pages over the cost limit',
    json: q(
      '{ accountAssociations(first: 100) { nodes { connectorDestination { accountAssociations(first: 100) { nodes { name } } } } } }',
    ),
    status: 400,
    code: INVALID,
    message: /^Query cost limit of 5000 exceeded, found \d+ \(QUERY_MAX_COST\)/,
  },
  {
    name: 'mutation input with an unknown field',
    json: q(
      'mutation { createAccountAssociation(input: { connectorDestinationId: "d", colour: "red" }) { clientToken } }',
    ),
    status: 400,
    code: INVALID,
  },
  {
    name: 'mutation without its input',
    json: q('mutation { createAccountAssociation { clientToken } }'),
    status: 400,
    code: INVALID,
  },
  // Variables that do not fit their declared types.
  {
    name: 'variable of the wrong type',
    json: {
      query: 'query ($n: Int) { accountAssociations(first: $n) { edges { cursor } } }',
      variables: { n: 'ten' },
    },
    status: 400,
    code: BAD_INPUT,
  },
  {
    name: 'variable too large for an Int',
    json: {
      query: 'query ($n: Int) { accountAssociations(first: $n) { edges { cursor } } }',
      variables: { n: 1e100 },
    },
    status: 400,
    code: BAD_INPUT,
  },
  {
    name: 'required variable missing',
    json: { query: 'query ($id: ID!) { accountAssociation(accountAssociationId: $id) { name } }' },
    status: 400,
    code: BAD_INPUT,
  },
  {
    name: 'input variable with an unknown field',
    json: {
      query:
        'mutation ($in: CreateAccountAssociationInput!) { createAccountAssociation(input: $in) { clientToken } }',
      variables: { in: { connectorDestinationId: 'd', colour: 'red' } },
    },
    status: 400,
    code: BAD_INPUT,
  },
  {
    name: 'list variable of objects for IDs',
    json: { query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: [{}] } },
    status: 400,
    code: BAD_INPUT,
  },
  // Operation selection.
  {
    name: 'several operations, no operationName',
    json: q('query A { __typename } query B { __typename }'),
    status: 400,
    code: NO_OPERATION,
  },
  {
    name: 'operationName naming no operation',
    json: { query: 'query A { __typename }', operationName: 'B' },
    status: 400,
    code: NO_OPERATION,
  },
  {
    name: 'only a fragment, no operation',
    json: q('fragment F on Query { __typename }'),
    status: 400,
    code: INVALID,
  },
  // Request shapes.
  { name: 'no query', json: {}, status: 400, code: BAD_REQUEST },
  { name: 'empty query', json: q(''), status: 400, code: BAD_REQUEST },
  { name: 'query null', json: { query: null }, status: 400, code: BAD_REQUEST },
  { name: 'query a number', json: { query: 5 }, status: 400, code: BAD_REQUEST },
  { name: 'query a list', json: { query: ['{ __typename }'] }, status: 400, code: BAD_REQUEST },
  {
    name: 'query a parsed document',
    json: { query: { kind: 'Document', definitions: [] } },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'operationName a number',
    json: { query: PAGE, operationName: 5 },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'operationName an object',
    json: { query: PAGE, operationName: {} },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'variables a number',
    json: { query: PAGE, variables: 5 },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'variables a string',
    json: { query: PAGE, variables: '{}' },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'variables a list',
    json: { query: PAGE, variables: [] },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'extensions a string',
    json: { query: PAGE, extensions: 'x' },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'extensions a number',
    json: { query: PAGE, extensions: 5 },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'extensions a list',
    json: { query: PAGE, extensions: [] },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'persistedQuery a string',
    json: { query: PAGE, extensions: { persistedQuery: 'x' } },
    status: 400,
    code: BAD_REQUEST,
    message: 'Unsupported persisted query version',
  },
  {
    name: 'persistedQuery of an unknown version',
    json: { query: PAGE, extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'persistedQuery hash not matching the query',
    json: { query: PAGE, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
    status: 400,
    code: BAD_REQUEST,
    message: 'provided sha does not match query',
  },
  {
    name: 'a batch (array body)',
    json: [{ query: PAGE }, { query: PAGE }],
    status: 400,
    code: BAD_REQUEST,
  },
  { name: 'an empty batch', json: [], status: 400, code: BAD_REQUEST },
  { name: 'body a JSON string', json: 'query', status: 400, code: BAD_REQUEST },
  { name: 'body a JSON number', json: 5, status: 400, code: BAD_REQUEST },
  { name: 'body JSON null', body: 'null', status: 400, code: BAD_REQUEST },
  {
    name: 'invalid JSON',
    body: '{"query": ',
    status: 400,
    code: BAD_REQUEST,
    message: 'not valid JSON',
  },
  {
    name: 'single-quoted JSON',
    body: "{'query': '{ __typename }'}",
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'JSON with trailing garbage',
    body: '{"query": "{ __typename }"} x',
    status: 400,
    code: BAD_REQUEST,
  },
  { name: 'empty body', body: '', status: 400, code: BAD_REQUEST },
  {
    name: 'text/plain body',
    body: JSON.stringify({ query: PAGE }),
    headers: { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'application/graphql body',
    body: PAGE,
    headers: { 'content-type': 'application/graphql' },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'form-encoded body (CSRF-suspect)',
    body: 'query=%7B__typename%7D',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 400,
    code: BAD_REQUEST,
    message: 'Cross-Site Request Forgery',
  },
  {
    name: 'unsupported charset',
    body: JSON.stringify({ query: PAGE }),
    headers: { 'content-type': 'application/json; charset=latin-9' },
    status: 415,
    code: BAD_REQUEST,
  },
  {
    name: 'gzip that is not gzip',
    body: JSON.stringify({ query: PAGE }),
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'unknown content encoding',
    body: JSON.stringify({ query: PAGE }),
    headers: { 'content-type': 'application/json', 'content-encoding': 'br2' },
    status: 415,
    code: BAD_REQUEST,
  },
  {
    name: 'accepting only HTML',
    json: q(PAGE),
    headers: { accept: 'text/html' },
    status: 406,
    code: BAD_REQUEST,
  },
  // GET.
  { name: 'GET without a query', method: 'GET', search: '', status: 400, code: BAD_REQUEST },
  {
    name: 'GET with a syntax error',
    method: 'GET',
    search: `query=${encodeURIComponent('{')}`,
    status: 400,
    code: PARSE,
  },
  {
    name: 'GET with variables not JSON',
    method: 'GET',
    search: `query=${encodeURIComponent(PAGE)}&variables=x`,
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'GET with variables not an object',
    method: 'GET',
    search: `query=${encodeURIComponent(PAGE)}&variables=5`,
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'GET with extensions not an object',
    method: 'GET',
    search: `query=${encodeURIComponent(PAGE)}&extensions=%22x%22`,
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'GET with the query twice',
    method: 'GET',
    search: `query=${encodeURIComponent(PAGE)}&query=${encodeURIComponent(PAGE)}`,
    status: 400,
    code: BAD_REQUEST,
  },
  {
    name: 'GET with a mutation',
    method: 'GET',
    search: `query=${encodeURIComponent('mutation { __typename }')}`,
    status: 405,
    code: BAD_REQUEST,
  },
  {
    name: 'GET with a text/plain content type',
    method: 'GET',
    search: `query=${encodeURIComponent(PAGE)}`,
    headers: { 'content-type': 'text/plain' },
    status: 415,
    code: BAD_REQUEST,
  },
  {
    name: 'GET without a preflight-forcing header (CSRF-suspect)',
    method: 'GET',
    search: `query=${encodeURIComponent(PAGE)}`,
    headers: { 'apollo-require-preflight': '' },
    status: 400,
    code: BAD_REQUEST,
  },
  // Other methods.
  { name: 'PUT', method: 'PUT', json: q(PAGE), status: 405, code: BAD_REQUEST },
  { name: 'PATCH', method: 'PATCH', json: q(PAGE), status: 405, code: BAD_REQUEST },
  {
    name: 'DELETE without a content type (CSRF-suspect)',
    method: 'DELETE',
    headers: { 'content-type': '' },
    status: 400,
    code: BAD_REQUEST,
  },
];

async function send(gateway: LoggedGateway, c: Case): Promise<Response> {
  const method = c.method ?? 'POST';
  const headers: Record<string, string> = {
    // GET needs it to pass CSRF prevention; cases testing that override it with ''.
    ...(method === 'GET' ? { 'apollo-require-preflight': 'true' } : {}),
    ...(method !== 'GET' ? { 'content-type': 'application/json' } : {}),
    ...c.headers,
  };
  for (const [name, value] of Object.entries(headers)) if (value === '') delete headers[name];
  const body = c.json !== undefined ? JSON.stringify(c.json) : c.body;
  const url = c.search !== undefined ? `${gateway.graphqlUrl}?${c.search}` : gateway.graphqlUrl;
  return fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
}

describe.each([
  ['production', { NODE_ENV: 'production', BACKEND: 'emulator', AUTH_MODE: 'none' }],
  ['development', { NODE_ENV: 'development' }],
])('malformed requests (%s)', (mode, env) => {
  let gateway: LoggedGateway;
  beforeAll(async () => {
    gateway = await startLoggedGateway(env);
  });
  afterAll(() => gateway.stop());

  test('the corpus holds at least 40 cases with distinct names', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  test.each(CORPUS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    gateway.clearLogs();
    const response = await send(gateway, c);
    const text = await response.text();

    expect({ status: response.status, text }).toEqual({ status: c.status, text });
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const body = JSON.parse(text) as {
      data?: unknown;
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.data).toBeUndefined();
    expect(body.errors.length).toBeGreaterThanOrEqual(1);
    for (const error of body.errors) {
      expect(error.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(DOCUMENTED_REQUEST_CODES.has(error.extensions.code as string)).toBe(true);
      expect(error.extensions.stacktrace).toBeUndefined();
    }
    expect(body.errors[0].extensions.code).toBe(c.code);
    if (c.message !== undefined) expect(body.errors[0].message).toMatch(c.message);
    expect(text).not.toContain('node_modules');
    if (mode === 'production') expect(text).not.toMatch(/\bat .+\.[jt]s:\d+/);

    // Logged as the caller's mistake: at info, without a stack; nothing at warn or above.
    const refused = gateway.logs.filter((line) => line.msg.startsWith('request refused'));
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const line of refused) {
      expect(line.level).toBe(LEVEL.info);
      expect(line.err).toBeUndefined();
    }
    expect(gateway.logs.filter((line) => line.level >= LEVEL.warn)).toEqual([]);
  });

  test('no case made an AWS call', async () => {
    expect(await gateway.calls()).toEqual({});
  });

  test('a well-formed request still works after the corpus', async () => {
    const response = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

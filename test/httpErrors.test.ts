import { getIntrospectionQuery } from 'graphql';

import { EMULATOR_SEED } from '../src/emulator';
import { startStack, type Stack } from './integration/gatewayStack';

const association = EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0];

describe.each([
  ['development', { NODE_ENV: 'development', LOG_LEVEL: 'silent' }],
  [
    'production',
    {
      NODE_ENV: 'production',
      BACKEND: 'emulator',
      CURSOR_SECRET: 'production-like-secret-0123456789abcdef',
      AUTH_MODE: 'none',
      LOG_LEVEL: 'silent',
    },
  ],
])('HTTP-level errors (%s)', (_mode, env) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env });
  });
  afterAll(() => stack.stop());

  test('a malformed JSON body answers 400 with a GraphQL-shaped JSON error, no stack trace', async () => {
    const response = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [
        { message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    expect(text).not.toContain('node_modules');
  });

  test('an HTTP-level error carries an x-request-id, the caller’s when sane', async () => {
    const post = (requestId: string) =>
      fetch(stack.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId },
        body: '{"query": ',
      });
    expect((await post('client-42')).headers.get('x-request-id')).toBe('client-42');
    expect((await post('{"forged":true}')).headers.get('x-request-id')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  test('a body over the size limit answers 413 JSON', async () => {
    const response = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(1_100_000) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than the 1 MB limit',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });

  test('an unknown path answers a JSON 404', async () => {
    const response = await fetch(`${stack.url}/graphql-v2`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'No route for GET /graphql-v2; GraphQL is served at /graphql',
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
  });
});

describe('query limits', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { QUERY_MAX_ALIASES: '3', QUERY_MAX_DEPTH: '4' } });
  });
  afterAll(() => stack.stop());

  test('too many aliases are refused before any AWS call', async () => {
    await stack.resetCalls();
    const aliases = ['a', 'b', 'c', 'd']
      .map((alias) => `${alias}: accountAssociation(accountAssociationId: $id) { name }`)
      .join('\n');
    const { status, body } = await stack.graphql(`query ($id: ID!) { ${aliases} }`, {
      id: association.id,
    });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0].message).toContain('Aliases limit of 3 exceeded, found 4');
    expect(await stack.calls()).toEqual({});
  });

  test('three aliases are within the limit', async () => {
    const aliases = ['a', 'b', 'c']
      .map((alias) => `${alias}: accountAssociation(accountAssociationId: $id) { name }`)
      .join('\n');
    const { body } = await stack.graphql(`query ($id: ID!) { ${aliases} }`, { id: association.id });
    expect(body.errors).toBeUndefined();
    expect(body.data!.c.name).toBe(association.name);
  });

  test('a query nested deeper than the limit is refused', async () => {
    const { status, body } = await stack.graphql(
      '{ accountAssociations { edges { node { connectorDestination { connectorDestinationId } } } } }',
    );
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0].message).toContain('Query depth limit of 4 exceeded, found 5');
  });

  test('the full introspection query Sandbox sends is not limited', async () => {
    const { body } = await stack.graphql(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        inputValueDeprecation: true,
      }),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.__schema.queryType.name).toBe('Query');
  });
});

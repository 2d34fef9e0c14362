import { EMULATOR_SEED } from '../src/emulator';
import { startStack, type Stack } from './integration/gatewayStack';

const connection = EMULATOR_SEED.proton.connections[0];
const PROTON_QUERY = `query ($id: ID!) { environmentAccountConnection(environmentAccountConnectionId: $id) { status } }`;

describe('HTTP server (development defaults)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: {
        NODE_ENV: 'development',
        LOG_LEVEL: 'silent',
        CORS_ORIGINS: 'https://app.example.com',
      },
    });
  });
  afterAll(() => stack.stop());

  test('GET /healthz and /readyz answer 200', async () => {
    const health = await fetch(`${stack.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${stack.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  test('serves the Apollo Sandbox landing page to browsers', async () => {
    const response = await fetch(stack.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('embeddable-sandbox');
  });

  test('allows introspection', async () => {
    const { body } = await stack.graphql('{ __schema { queryType { name } } }');
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  test('echoes a sane x-request-id and generates one otherwise', async () => {
    const given = await stack.graphql('{ __typename }', undefined, {
      'x-request-id': 'lb-trace-42',
    });
    expect(given.headers.get('x-request-id')).toBe('lb-trace-42');
    const generated = await stack.graphql('{ __typename }', undefined, {
      'x-request-id': 'bad id with spaces',
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('CSRF prevention', () => {
    test('blocks a simple GET query without a preflight-forcing header', async () => {
      const response = await fetch(
        `${stack.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`,
      );
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('Cross-Site Request Forgery');
    });

    test('blocks a text/plain POST (a form-like simple request)', async () => {
      const response = await fetch(stack.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(400);
    });

    test('accepts GET with apollo-require-preflight and POST with JSON', async () => {
      const get = await fetch(`${stack.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
      const post = await stack.graphql('{ __typename }');
      expect(post.body).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('CORS allow-list', () => {
    test('answers an allowed origin’s preflight with CORS headers', async () => {
      const response = await fetch(stack.graphqlUrl, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    });

    test('gives other origins no CORS headers, so browsers block them', async () => {
      const response = await fetch(stack.graphqlUrl, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example.net', 'access-control-request-method': 'POST' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  test('development keeps a stack trace on masked errors', async () => {
    await stack.setFaults([
      {
        operation: 'Proton.GetEnvironmentAccountConnection',
        errorRate: 1,
        error: 'ServiceQuotaExceededException',
      },
    ]);
    const { body } = await stack.graphql(PROTON_QUERY, { id: connection.id });
    await stack.clearFaults();
    expect(body.errors![0].message).toBe('Internal server error');
    expect(body.errors![0].extensions!.stacktrace).toEqual(expect.any(Array));
  });

  test('development shows policy errors without a stack trace', async () => {
    const { body } = await stack.graphql(PROTON_QUERY, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(body.errors![0].extensions).toEqual({
      code: 'NOT_FOUND',
      service: 'Proton',
      operation: 'GetEnvironmentAccountConnection',
      requestId: expect.any(String),
    });
  });
});

describe('HTTP server in production', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: {
        NODE_ENV: 'production',
        BACKEND: 'emulator',
        CURSOR_SECRET: 'production-like-secret-0123456789abcdef',
        AUTH_MODE: 'none',
        LOG_LEVEL: 'silent',
      },
    });
  });
  afterAll(() => stack.stop());

  test('serves no landing page', async () => {
    const response = await fetch(stack.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('embeddable-sandbox');
  });

  test('refuses introspection', async () => {
    const { body } = await stack.graphql('{ __schema { queryType { name } } }');
    expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0].message).toContain('introspection');
  });

  test('does not leak field names through "Did you mean" suggestions', async () => {
    const { body } = await stack.graphql(
      '{ accountAssociaton(accountAssociationId: "a") { name } }',
    );
    expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0].message).not.toContain('Did you mean');
  });

  test('masks unexpected errors: fixed message, no stack trace', async () => {
    await stack.setFaults([
      {
        operation: 'Proton.GetEnvironmentAccountConnection',
        errorRate: 1,
        error: 'ServiceQuotaExceededException',
      },
    ]);
    const { body } = await stack.graphql(PROTON_QUERY, { id: connection.id });
    await stack.clearFaults();
    expect(body.errors![0].message).toBe('Internal server error');
    expect(body.errors![0].extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      service: 'Proton',
      operation: 'GetEnvironmentAccountConnection',
      requestId: expect.any(String),
    });
  });

  test('still shows policy errors as they are', async () => {
    const { body } = await stack.graphql(PROTON_QUERY, { id: 'not-a-uuid' });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(body.errors![0].extensions!.stacktrace).toBeUndefined();
  });

  test('gives no CORS headers when CORS_ORIGINS is unset', async () => {
    const response = await fetch(stack.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://studio.apollographql.com',
        'access-control-request-method': 'POST',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('graceful stop', () => {
  test('finishes in-flight requests, reports not ready, then refuses new connections', async () => {
    const stack = await startStack();
    try {
      await stack.setFaults([
        { operation: 'Proton.GetEnvironmentAccountConnection', latencyMs: 400 },
      ]);
      const inFlight = stack.graphql(PROTON_QUERY, { id: connection.id });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const stopping = stack.gateway.stop();
      expect(stack.gateway.ready).toBe(false);

      const { status, body } = await inFlight;
      expect(status).toBe(200);
      expect(body.data!.environmentAccountConnection.status).toBe(connection.status);
      await stopping;
      await expect(fetch(`${stack.url}/healthz`)).rejects.toThrow();
    } finally {
      stack.clients.destroy();
      await stack.emulator.stop();
    }
  });
});

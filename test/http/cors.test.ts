import { startStack, type Stack } from '../integration/gatewayStack';

// What a browser sees of the gateway's CORS answers, over real HTTP: the preflight it sends before
// a cross-origin POST with JSON and an Authorization header, and the actual request through both
// lanes (a JSON POST takes the fast lane, a GET the Express chain).

const STUDIO = 'https://studio.apollographql.com';
const APP = 'https://app.example.com';
const QUERY = '{ __typename }';

function preflight(
  stack: Stack,
  origin: string,
  extra: Record<string, string> = { 'access-control-request-private-network': 'true' },
): Promise<Response> {
  return fetch(stack.graphqlUrl, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
      ...extra,
    },
  });
}

function post(stack: Stack, origin: string): Promise<Response> {
  return fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
}

function get(stack: Stack, origin: string): Promise<Response> {
  return fetch(`${stack.graphqlUrl}?query=${encodeURIComponent(QUERY)}`, {
    headers: { origin, 'apollo-require-preflight': 'true' },
  });
}

async function expectAllowedPreflight(stack: Stack, origin: string): Promise<void> {
  const response = await preflight(stack, origin);
  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-origin')).toBe(origin);
  expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
  expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
  expect(response.headers.get('access-control-allow-private-network')).toBe('true');
  expect(response.headers.get('access-control-max-age')).toBe('600');
  expect(response.headers.get('vary')).toContain('Origin');
}

async function expectAllowedRequests(stack: Stack, origin: string): Promise<void> {
  for (const response of [await post(stack, origin), await get(stack, origin)]) {
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-expose-headers')).toBe('x-request-id, retry-after');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('vary')).toContain('Origin');
  }
}

async function expectRefused(stack: Stack, origin: string): Promise<void> {
  const answer = await preflight(stack, origin);
  expect(answer.status).toBe(204);
  for (const name of [
    'access-control-allow-origin',
    'access-control-allow-methods',
    'access-control-allow-headers',
    'access-control-allow-private-network',
  ]) {
    expect(answer.headers.get(name)).toBeNull();
  }
  // A browser would not even send these after the refused preflight; a simple request still gets
  // no header that would let page code read the answer.
  for (const response of [await post(stack, origin), await get(stack, origin)]) {
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-expose-headers')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
  }
}

const LOOPBACK = [
  'http://localhost:5173',
  'http://127.0.0.1:4173',
  'http://localhost',
  'http://[::1]:3000',
];
const FOREIGN = [
  'https://evil.example.net',
  'http://localhost.evil.example',
  'http://localhost:5173.evil.example',
  'http://192.168.1.20:5173',
  'http://127.0.0.2:5173',
  'null',
];

describe('CORS in development, CORS_ORIGINS unset', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { NODE_ENV: 'development', LOG_LEVEL: 'silent' } });
  });
  afterAll(() => stack.stop());

  test.each([...LOOPBACK, STUDIO])('allows %s: preflight and requests', async (origin) => {
    await expectAllowedPreflight(stack, origin);
    await expectAllowedRequests(stack, origin);
  });

  test.each([...FOREIGN, APP])('refuses %s', async (origin) => {
    await expectRefused(stack, origin);
  });

  test('grants Private Network Access only to a preflight that asks for it', async () => {
    const response = await preflight(stack, 'http://localhost:5173', {});
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-private-network')).toBeNull();
  });
});

describe('CORS in development, CORS_ORIGINS set', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: { NODE_ENV: 'development', LOG_LEVEL: 'silent', CORS_ORIGINS: APP },
    });
  });
  afterAll(() => stack.stop());

  test.each([APP, STUDIO, 'http://localhost:5173'])(
    'allows %s: the list adds to the development defaults',
    async (origin) => {
      await expectAllowedPreflight(stack, origin);
      await expectAllowedRequests(stack, origin);
    },
  );

  test.each(FOREIGN)('refuses %s', async (origin) => {
    await expectRefused(stack, origin);
  });
});

describe('CORS in production', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: {
        NODE_ENV: 'production',
        BACKEND: 'emulator',
        CURSOR_SECRET: 'production-like-secret-0123456789abcdef',
        AUTH_MODE: 'none',
        LOG_LEVEL: 'silent',
        CORS_ORIGINS: APP,
      },
    });
  });
  afterAll(() => stack.stop());

  test('allows exactly the listed origin', async () => {
    await expectAllowedPreflight(stack, APP);
    await expectAllowedRequests(stack, APP);
  });

  test.each([STUDIO, ...LOOPBACK, ...FOREIGN])('refuses %s', async (origin) => {
    await expectRefused(stack, origin);
  });
});

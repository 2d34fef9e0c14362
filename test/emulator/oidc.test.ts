import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import { startEmulator, type RunningEmulator } from '../../src/emulator';

const ALL_SCOPES =
  'associations:read associations:write assignments:read assignments:write connections:read';

interface Discovery {
  issuer: string;
  jwks_uri: string;
  token_endpoint: string;
  [field: string]: unknown;
}

interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
}

let emulator: RunningEmulator;
let discovery: Discovery;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: false });
  const response = await fetch(
    `${emulator.endpoint}/__emulator/oidc/.well-known/openid-configuration`,
  );
  discovery = (await response.json()) as Discovery;
});
afterAll(() => emulator.stop());

async function post(path: string, body?: unknown): Promise<Response> {
  return fetch(`${emulator.endpoint}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' || body === undefined ? body : JSON.stringify(body),
  });
}

async function mint(request: Record<string, unknown> = {}): Promise<string> {
  const response = await post('/__emulator/oidc/token', request);
  expect(response.status).toBe(200);
  return ((await response.json()) as TokenResponse).access_token;
}

/** What the gateway does: discovery → jwks_uri, issuer and audience checked. */
async function verify(
  token: string,
  audience = 'account-graph',
  jwks = createRemoteJWKSet(new URL(discovery.jwks_uri)),
): Promise<JWTPayload> {
  const { payload } = await jwtVerify(token, jwks, {
    issuer: discovery.issuer,
    audience,
    algorithms: ['RS256'],
  });
  return payload;
}

async function jwksKids(): Promise<string[]> {
  const response = await fetch(discovery.jwks_uri);
  return ((await response.json()) as { keys: { kid: string }[] }).keys.map((key) => key.kid);
}

describe('discovery and JWKS', () => {
  it('publishes the issuer at <endpoint>/__emulator/oidc with its endpoints', async () => {
    const response = await fetch(
      `${emulator.endpoint}/__emulator/oidc/.well-known/openid-configuration`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const issuer = `${emulator.endpoint}/__emulator/oidc`;
    expect(emulator.oidcIssuer).toBe(issuer);
    expect(await response.json()).toEqual({
      issuer,
      jwks_uri: `${issuer}/jwks`,
      token_endpoint: `${issuer}/token`,
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ALL_SCOPES.split(' '),
    });
  });

  it('serves one public RSA signing key and tells caches not to keep it', async () => {
    const response = await fetch(discovery.jwks_uri);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toEqual({
      kty: 'RSA',
      n: expect.any(String),
      e: 'AQAB',
      kid: expect.any(String),
      alg: 'RS256',
      use: 'sig',
    });
    // 2048-bit modulus: 256 bytes, 342 base64url characters.
    expect(keys[0].n).toHaveLength(342);
  });
});

describe('POST /__emulator/oidc/token', () => {
  it('mints a one-hour RS256 token for the developer with every scope by default', async () => {
    const before = Math.floor(Date.now() / 1000);
    const response = await post('/__emulator/oidc/token', {});
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as TokenResponse;
    expect(body).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 3600,
    });

    const payload = await verify(body.access_token);
    expect(payload).toMatchObject({
      iss: emulator.oidcIssuer,
      sub: 'developer',
      aud: 'account-graph',
      scope: ALL_SCOPES,
    });
    expect(payload.iat).toBeGreaterThanOrEqual(before);
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(decodeProtectedHeader(body.access_token)).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: (await jwksKids())[0],
    });
  });

  it('treats an empty body as a request for the defaults', async () => {
    const response = await post('/__emulator/oidc/token');
    expect(response.status).toBe(200);
    const payload = await verify(((await response.json()) as TokenResponse).access_token);
    expect(payload.sub).toBe('developer');
  });

  it('carries the requested subject, scope, audience and extra claims', async () => {
    const token = await mint({
      sub: 'alice',
      scope: 'associations:read',
      aud: 'other-api',
      expiresIn: 120,
      claims: {
        connector_destination_ids: ['xi911mqb7r5snv963i8p7o96'],
        sso_instance_arns: ['arn:aws:sso:::instance/ssoins-87da9f8db5672c71'],
        tenant: 'acme',
      },
    });
    const payload = await verify(token, 'other-api');
    expect(payload).toMatchObject({
      sub: 'alice',
      scope: 'associations:read',
      aud: 'other-api',
      connector_destination_ids: ['xi911mqb7r5snv963i8p7o96'],
      sso_instance_arns: ['arn:aws:sso:::instance/ssoins-87da9f8db5672c71'],
      tenant: 'acme',
    });
    expect(payload.exp! - payload.iat!).toBe(120);
    await expect(verify(token, 'account-graph')).rejects.toMatchObject({
      code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      claim: 'aud',
    });
  });

  it('accepts several audiences and an empty scope', async () => {
    const payload = await verify(await mint({ aud: ['a', 'account-graph'], scope: '' }));
    expect(payload.aud).toEqual(['a', 'account-graph']);
    expect(payload.scope).toBe('');
  });

  it('mints an already expired token for a negative expiresIn', async () => {
    const response = await post('/__emulator/oidc/token', { expiresIn: -60 });
    const body = (await response.json()) as TokenResponse;
    expect(body.expires_in).toBe(-60);
    await expect(verify(body.access_token)).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  });

  it('lets claims override the standard ones, so tests can mint tokens a gateway must refuse', async () => {
    const foreign = await mint({ claims: { iss: 'https://issuer.example' } });
    await expect(verify(foreign)).rejects.toMatchObject({
      code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      claim: 'iss',
    });
    const notYetValid = await mint({ claims: { nbf: Math.floor(Date.now() / 1000) + 600 } });
    await expect(verify(notYetValid)).rejects.toMatchObject({
      code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      claim: 'nbf',
    });
  });

  it.each<[string, unknown, string]>([
    ['malformed JSON', '{"sub":', 'request body is not valid JSON'],
    ['an array', '[]', 'expected a JSON object { "sub", "scope", "aud", "expiresIn", "claims" }'],
    [
      'a misspelt field',
      { expires_in: 60 },
      'unknown field(s) expires_in; expected sub, scope, aud, expiresIn, claims',
    ],
    [
      'an empty sub',
      { sub: '' },
      'sub must be a non-empty string of at most 255 characters, got ""',
    ],
    [
      'an over-long sub',
      { sub: 'x'.repeat(256) },
      'sub must be a non-empty string of at most 255 characters, got a string of 256 characters',
    ],
    ['a scope array', { scope: ['associations:read'] }, 'scope must be a string'],
    ['an empty audience list', { aud: [] }, 'aud must be a non-empty string'],
    ['a numeric audience', { aud: [42] }, 'aud must be a non-empty string'],
    ['a fractional expiresIn', { expiresIn: 1.5 }, 'expiresIn must be a whole number of seconds'],
    ['a string expiresIn', { expiresIn: '60' }, 'got "60"'],
    [
      'a lifetime over a year',
      { expiresIn: 40_000_000 },
      'expiresIn must be a whole number of seconds from -31536000 to 31536000',
    ],
    ['claims as an array', { claims: ['a'] }, 'claims must be an object of extra JWT claims'],
    ['null claims', { claims: null }, 'got null'],
    ['an oversized body', { claims: { blob: 'x'.repeat(70_000) } }, 'at most 65536 are accepted'],
  ])('answers 400 naming the problem for %s', async (_case, body, message) => {
    const response = await post('/__emulator/oidc/token', body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(message);
  });

  it('answers 405 for other methods and 404 for unknown issuer paths', async () => {
    const get = await fetch(`${emulator.endpoint}/__emulator/oidc/token`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const unknown = await fetch(`${emulator.endpoint}/__emulator/oidc/authorize`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toContain(
      '/__emulator/oidc/.well-known/openid-configuration',
    );
  });
});

describe('key rotation', () => {
  it('replaces the key: old tokens stop verifying, new ones verify after a JWKS refresh', async () => {
    // One key set for the whole test, as a gateway keeps one: it refetches on an unknown kid.
    const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri), { cooldownDuration: 0 });
    const oldToken = await mint();
    await verify(oldToken, 'account-graph', jwks);
    const [oldKid] = await jwksKids();

    const response = await post('/__emulator/oidc/rotate');
    expect(response.status).toBe(200);
    const { kid } = (await response.json()) as { kid: string };
    expect(kid).not.toBe(oldKid);
    expect(await jwksKids()).toEqual([kid]);

    const newToken = await mint();
    expect(decodeProtectedHeader(newToken).kid).toBe(kid);
    await expect(verify(newToken, 'account-graph', jwks)).resolves.toMatchObject({
      sub: 'developer',
    });
    await expect(verify(oldToken, 'account-graph', jwks)).rejects.toMatchObject({
      code: 'ERR_JWKS_NO_MATCHING_KEY',
    });
  });

  it('is not undone by POST /__emulator/reset: minted tokens stay valid', async () => {
    const token = await mint();
    const kids = await jwksKids();
    const reset = await post('/__emulator/reset');
    expect(reset.status).toBe(204);
    expect(await jwksKids()).toEqual(kids);
    await expect(verify(token)).resolves.toMatchObject({ sub: 'developer' });
  });
});

describe('a fresh emulator', () => {
  let fresh: RunningEmulator;
  beforeAll(async () => {
    fresh = await startEmulator({ port: 0, seed: false });
  });
  afterAll(() => fresh.stop());

  it('signs concurrent first requests with the one key its JWKS publishes', async () => {
    const tokenUrl = `${fresh.endpoint}/__emulator/oidc/token`;
    const [jwks, ...tokens] = await Promise.all([
      fetch(`${fresh.endpoint}/__emulator/oidc/jwks`).then(
        (r) => r.json() as Promise<{ keys: { kid: string }[] }>,
      ),
      ...Array.from({ length: 4 }, () =>
        fetch(tokenUrl, { method: 'POST', body: '{}' }).then(
          (r) => r.json() as Promise<TokenResponse>,
        ),
      ),
    ]);
    expect(jwks.keys).toHaveLength(1);
    for (const token of tokens) {
      expect(decodeProtectedHeader(token.access_token).kid).toBe(jwks.keys[0].kid);
    }
  });
});

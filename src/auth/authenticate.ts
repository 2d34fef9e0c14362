import { createHash, timingSafeEqual } from 'node:crypto';

import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';

import type { ApiKeyEntry, AuthConfig, JwtConfig } from './authConfig';
import { ANONYMOUS, isScope, type Principal, type Scope } from './principal';

/** The credentials a request presents, wherever they came from (HTTP headers, a WebSocket `connection_init`). */
export interface Credentials {
  /** The `Authorization` header value (`Bearer <JWT>`). */
  readonly authorization?: string;
  /** The `x-api-key` header value. */
  readonly apiKey?: string;
}

/** Missing or invalid credentials: HTTP 401 with `UNAUTHENTICATED`. The message is safe to show. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  constructor(
    message: string,
    /** `true` when no credential was presented at all (RFC 6750: no `error` attribute then). */
    readonly missing = false,
  ) {
    super(message);
  }
}

/** The identity provider could not be reached: the caller is not at fault (HTTP 503). */
export class IdentityProviderUnavailableError extends Error {
  override readonly name = 'IdentityProviderUnavailableError';
}

export interface Authenticator {
  /** `false` when every caller is anonymous (AUTH_MODE=none or development without configuration). */
  readonly enforced: boolean;
  /** Verifies the credentials; throws `AuthenticationError` or `IdentityProviderUnavailableError`. */
  authenticate(credentials: Credentials): Promise<Principal>;
}

// Asymmetric algorithms only: `none` and the HMAC family (HS*) are refused, so a token signed with
// the issuer's public key as an HMAC secret can never verify.
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];
const CLOCK_SKEW_SECONDS = 60;
const MAX_TOKEN_LENGTH = 8192;
const MAX_API_KEY_LENGTH = 512;
const DISCOVERY_TIMEOUT_MS = 5_000;
const JWKS_MAX_AGE_MS = 10 * 60_000;

/**
 * Builds the authenticator for `config`. The JWT issuer's discovery document is fetched on first
 * use (and again after a failure), so a gateway starts even while its identity provider is down.
 * `issuer` overrides `config.jwt.issuer` (used for AUTH_JWT_ISSUER=emulator).
 */
export function createAuthenticator(config: AuthConfig, issuer?: string): Authenticator {
  if (config.mode !== 'required') {
    return { enforced: false, authenticate: () => Promise.resolve(ANONYMOUS) };
  }
  const jwt = config.jwt
    ? new JwtVerifier({ ...config.jwt, issuer: issuer ?? config.jwt.issuer })
    : undefined;
  const keys = config.apiKeys;
  return {
    enforced: true,
    async authenticate({ authorization, apiKey }) {
      if (authorization !== undefined && apiKey !== undefined) {
        throw new AuthenticationError(
          'Send one credential: an Authorization bearer token or an x-api-key, not both',
        );
      }
      if (authorization !== undefined) {
        if (!jwt)
          throw new AuthenticationError(
            'This gateway does not accept bearer tokens; use an x-api-key',
          );
        return jwt.verify(bearerToken(authorization));
      }
      if (apiKey !== undefined) {
        if (!keys)
          throw new AuthenticationError(
            'This gateway does not accept API keys; use a bearer token',
          );
        return verifyApiKey(keys, apiKey);
      }
      throw new AuthenticationError(
        `Authentication required: send ${[jwt && 'an Authorization: Bearer <token> header', keys && 'an x-api-key header'].filter(Boolean).join(' or ')}`,
        true,
      );
    },
  };
}

function bearerToken(header: string): string {
  const match = /^Bearer +([^ ]+) *$/i.exec(header);
  if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <token>"');
  const token = match[1];
  if (token.length > MAX_TOKEN_LENGTH)
    throw new AuthenticationError('The bearer token is too long');
  return token;
}

/** JWT verification against an OIDC issuer's published keys (jose does the cryptography). */
class JwtVerifier {
  #keys: Promise<JWTVerifyGetKey> | undefined;

  constructor(private readonly config: JwtConfig) {}

  async verify(token: string): Promise<Principal> {
    const keys = await this.#jwks();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      throw classifyJoseError(error);
    }
    return principalFromClaims(payload);
  }

  /**
   * The issuer's key set, from its discovery document. jose's remote key set caches the keys and
   * fetches them again when a token names an unknown `kid` (key rotation), at most once per cooldown.
   */
  #jwks(): Promise<JWTVerifyGetKey> {
    this.#keys ??= this.#discover().catch((error: unknown) => {
      this.#keys = undefined; // try again on the next request
      throw error;
    });
    return this.#keys;
  }

  async #discover(): Promise<JWTVerifyGetKey> {
    const url = `${this.config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      throw new IdentityProviderUnavailableError(
        `OIDC discovery at ${url} failed: ${(error as Error).message}`,
      );
    }
    if (document.issuer !== this.config.issuer || typeof document.jwks_uri !== 'string') {
      throw new IdentityProviderUnavailableError(
        `OIDC discovery at ${url} names another issuer or no jwks_uri`,
      );
    }
    return createRemoteJWKSet(new URL(document.jwks_uri), {
      cooldownDuration: this.config.jwksCooldownMs,
      // A key the issuer removed stays trusted until the set is fetched again: on the next unknown
      // `kid` (a rotation), or after this long at the latest.
      cacheMaxAge: JWKS_MAX_AGE_MS,
      timeoutDuration: DISCOVERY_TIMEOUT_MS,
    });
  }
}

function classifyJoseError(error: unknown): Error {
  if (error instanceof joseErrors.JWKSTimeout) {
    return new IdentityProviderUnavailableError(
      "The identity provider's keys could not be fetched in time",
    );
  }
  if (error instanceof joseErrors.JWTExpired)
    return new AuthenticationError('The token has expired');
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return new AuthenticationError(
      `The token's "${error.claim}" claim is not accepted (${error.reason})`,
    );
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) {
    return new AuthenticationError('The token was not signed by a current key of the issuer');
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) {
    return new AuthenticationError("The token's signing algorithm is not accepted");
  }
  if (error instanceof joseErrors.JOSEError)
    return new AuthenticationError('The token is not valid');
  // A failed JWKS fetch (network, bad JSON): the provider's problem, not the caller's.
  return new IdentityProviderUnavailableError(
    `The identity provider's keys could not be fetched: ${(error as Error).message}`,
  );
}

function principalFromClaims(payload: JWTPayload): Principal {
  // Identity providers put scopes in `scope` (space-separated, RFC 9068) or `scp` (a string or an
  // array); both are read. Names this gateway does not know are ignored.
  const scopes = new Set<Scope>();
  const granted = [payload.scope, payload.scp].flatMap((claim: unknown): unknown[] =>
    typeof claim === 'string' ? claim.split(' ') : Array.isArray(claim) ? (claim as unknown[]) : [],
  );
  for (const scope of granted) if (typeof scope === 'string' && isScope(scope)) scopes.add(scope);
  const connectorDestinationIds = tenantClaim(payload.connector_destination_ids);
  const ssoInstanceArns = tenantClaim(payload.sso_instance_arns);
  return {
    id: `jwt:${payload.sub}`,
    kind: 'jwt',
    scopes,
    ...(connectorDestinationIds ? { connectorDestinationIds } : {}),
    ...(ssoInstanceArns ? { ssoInstanceArns } : {}),
  };
}

/** A tenant claim: absent means unrestricted; anything but an array of strings fails closed. */
function tenantClaim(claim: unknown): ReadonlySet<string> | undefined {
  if (claim === undefined) return undefined;
  if (!Array.isArray(claim) || !claim.every((v) => typeof v === 'string')) {
    throw new AuthenticationError('The token carries a malformed tenant claim');
  }
  return new Set(claim);
}

/**
 * Finds the key by its SHA-256, comparing against every entry in constant time (no early exit),
 * so response timing tells nothing about which keys exist.
 */
function verifyApiKey(keys: readonly ApiKeyEntry[], presented: string): Principal {
  if (presented.length === 0 || presented.length > MAX_API_KEY_LENGTH) {
    throw new AuthenticationError('The API key is not valid');
  }
  const digest = createHash('sha256').update(presented, 'utf8').digest();
  let found: ApiKeyEntry | undefined;
  for (const entry of keys) {
    if (timingSafeEqual(entry.sha256, digest) && found === undefined) found = entry;
  }
  if (!found) throw new AuthenticationError('The API key is not valid');
  return {
    id: `key:${found.id}`,
    kind: 'apiKey',
    scopes: found.scopes,
    ...(found.connectorDestinationIds
      ? { connectorDestinationIds: found.connectorDestinationIds }
      : {}),
    ...(found.ssoInstanceArns ? { ssoInstanceArns: found.ssoInstanceArns } : {}),
  };
}

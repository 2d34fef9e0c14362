import { randomUUID } from 'node:crypto';
import type * as Jose from 'jose';
import type { TokenRequest } from './parseTokenRequest';
import { DEV_SCOPES } from './parseTokenRequest';

/** Where the issuer lives on the emulator's port; its `iss` is the emulator's endpoint plus this. */
export const OIDC_PATH = '/__emulator/oidc';

const ALGORITHM = 'RS256';

interface SigningKey {
  readonly kid: string;
  readonly privateKey: Jose.KeyLike;
  readonly publicJwk: Jose.JWK;
}

export interface TokenResponse {
  readonly access_token: string;
  readonly token_type: 'Bearer';
  readonly expires_in: number;
}

let joseModule: typeof Jose | undefined;
/**
 * jose is loaded on the first issuer request, not with the emulator: most runs never mint a token,
 * and loading it would add tens of milliseconds to every start.
 */
function jose(): typeof Jose {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  joseModule ??= require('jose') as typeof Jose;
  return joseModule;
}

async function generateSigningKey(): Promise<SigningKey> {
  const { generateKeyPair, exportJWK, calculateJwkThumbprint } = jose();
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { modulusLength: 2048 });
  const jwk = await exportJWK(publicKey);
  // The RFC 7638 thumbprint: unique per key, so a rotated key can never reuse an old `kid`.
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicJwk: { ...jwk, kid, alg: ALGORITHM, use: 'sig' } };
}

/**
 * A development OpenID Connect issuer: discovery, a JWKS with one RS256 key, and a token endpoint
 * that signs whatever it is asked. The key pair is generated on first use (key generation takes a
 * noticeable fraction of a second) and replaced by `rotate()`; state resets leave it alone, so
 * tokens already handed out keep verifying.
 */
export class DevIssuer {
  private current: Promise<SigningKey> | undefined;

  /** `endpoint` yields the emulator's base URL, known only once it listens. */
  constructor(private readonly endpoint: () => string) {}

  get issuer(): string {
    return `${this.endpoint()}${OIDC_PATH}`;
  }

  discovery(): Record<string, unknown> {
    const issuer = this.issuer;
    return {
      issuer,
      jwks_uri: `${issuer}/jwks`,
      token_endpoint: `${issuer}/token`,
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: [ALGORITHM],
      scopes_supported: [...DEV_SCOPES],
    };
  }

  async jwks(): Promise<{ keys: Jose.JWK[] }> {
    const key = await this.signingKey();
    return { keys: [key.publicJwk] };
  }

  async sign(request: TokenRequest): Promise<TokenResponse> {
    const key = await this.signingKey();
    const now = Math.floor(Date.now() / 1000);
    const payload: Jose.JWTPayload = {
      iss: this.issuer,
      sub: request.sub,
      aud: request.aud as string | string[],
      scope: request.scope,
      iat: now,
      exp: now + request.expiresIn,
      jti: randomUUID(),
      // Last, so a test can replace any standard claim (a foreign `iss`, a future `nbf`, …).
      ...request.claims,
    };
    const accessToken = await new (jose().SignJWT)(payload)
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT', kid: key.kid })
      .sign(key.privateKey);
    return { access_token: accessToken, token_type: 'Bearer', expires_in: request.expiresIn };
  }

  /**
   * Replaces the signing key; the JWKS then lists only the new one, so tokens signed with the old
   * key stop verifying, as after a real issuer retires a key.
   */
  async rotate(): Promise<string> {
    this.current = undefined;
    return (await this.signingKey()).kid;
  }

  private signingKey(): Promise<SigningKey> {
    if (!this.current) {
      const pending = generateSigningKey();
      this.current = pending;
      // A failed generation must not stay cached: the next request tries again.
      pending.catch(() => {
        if (this.current === pending) this.current = undefined;
      });
    }
    return this.current;
  }
}

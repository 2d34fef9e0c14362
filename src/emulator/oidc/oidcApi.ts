import type { EmulatorRequest, EmulatorResponse } from '../http/types';
import { OIDC_PATH, type DevIssuer } from './DevIssuer';
import { parseTokenRequest, TokenRequestError } from './parseTokenRequest';

// Tokens and keys change on rotation; nothing here may be served from a cache.
const NO_STORE = { 'content-type': 'application/json', 'cache-control': 'no-store' };

function json(status: number, body: unknown): EmulatorResponse {
  return { status, headers: NO_STORE, body: JSON.stringify(body) };
}

function methodNotAllowed(allowed: string, method: string, path: string): EmulatorResponse {
  return {
    status: 405,
    headers: { ...NO_STORE, allow: allowed },
    body: JSON.stringify({ message: `${method} is not supported on ${path}; use ${allowed}` }),
  };
}

/** True for the issuer's paths, which `createOidcApi` answers. */
export function isOidcPath(path: string): boolean {
  return path === OIDC_PATH || path.startsWith(`${OIDC_PATH}/`);
}

/**
 * The development OIDC issuer's endpoints under `/__emulator/oidc`: discovery, JWKS, token and
 * rotate. Plain JSON like the rest of the admin API; no authentication, by design.
 */
export function createOidcApi(
  issuer: DevIssuer,
): (request: EmulatorRequest) => Promise<EmulatorResponse> {
  const endpoints = ['/.well-known/openid-configuration', '/jwks', '/token', '/rotate']
    .map((suffix) => `${OIDC_PATH}${suffix}`)
    .join(', ');

  return async (request) => {
    const path = request.path.replace(/\/+$/, '');
    switch (path) {
      case `${OIDC_PATH}/.well-known/openid-configuration`:
        if (request.method !== 'GET') return methodNotAllowed('GET', request.method, path);
        return json(200, issuer.discovery());
      case `${OIDC_PATH}/jwks`:
        if (request.method !== 'GET') return methodNotAllowed('GET', request.method, path);
        return json(200, await issuer.jwks());
      case `${OIDC_PATH}/token`: {
        if (request.method !== 'POST') return methodNotAllowed('POST', request.method, path);
        let tokenRequest;
        try {
          tokenRequest = parseTokenRequest(request.body);
        } catch (error) {
          if (error instanceof TokenRequestError) return json(400, { message: error.message });
          throw error;
        }
        return json(200, await issuer.sign(tokenRequest));
      }
      case `${OIDC_PATH}/rotate`:
        if (request.method !== 'POST') return methodNotAllowed('POST', request.method, path);
        return json(200, { kid: await issuer.rotate() });
      default:
        return json(404, {
          message: `unknown issuer endpoint ${request.path}; available: ${endpoints}`,
        });
    }
  };
}

import { readFileSync } from 'node:fs';

import type { EnvReader } from '../shared/env';
import { isScope, type Scope } from './principal';

/** One API key as the key file lists it: only its SHA-256 is ever stored. */
export interface ApiKeyEntry {
  readonly id: string;
  /** SHA-256 of the key, as 32 bytes. */
  readonly sha256: Buffer;
  readonly scopes: ReadonlySet<Scope>;
  readonly connectorDestinationIds?: ReadonlySet<string>;
  readonly ssoInstanceArns?: ReadonlySet<string>;
}

export interface JwtConfig {
  /**
   * The OIDC issuer (its discovery document is `<issuer>/.well-known/openid-configuration`), or
   * `emulator` for the embedded emulator's development issuer, resolved once it has started.
   */
  readonly issuer: string;
  readonly audience: string;
  /** How long after a JWKS fetch an unknown `kid` may trigger another one. */
  readonly jwksCooldownMs: number;
}

export interface AuthConfig {
  /**
   * `required`: every request authenticates (JWT and/or API key configured). `none`: nobody does
   * (AUTH_MODE=none). `anonymous`: development without configuration: nobody does, with a warning.
   */
  readonly mode: 'required' | 'none' | 'anonymous';
  readonly jwt?: JwtConfig;
  readonly apiKeys?: readonly ApiKeyEntry[];
}

const MAX_KEY_FILE_BYTES = 1024 * 1024;

/**
 * Reads AUTH_MODE, AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE, AUTH_JWKS_COOLDOWN_MS and AUTH_API_KEYS_FILE.
 * Problems are recorded on `read` (naming the variable); production without any authentication
 * configured is one of them unless AUTH_MODE=none says so explicitly.
 */
export function loadAuthConfig(
  read: EnvReader,
  { production, backend }: { production: boolean; backend: 'emulator' | 'aws' },
): AuthConfig {
  const explicitMode = read.oneOf('AUTH_MODE', ['none', 'required'] as const);
  const issuer = read.optional('AUTH_JWT_ISSUER');
  const audience = read.optional('AUTH_JWT_AUDIENCE');
  const jwksCooldownMs = read.integer('AUTH_JWKS_COOLDOWN_MS', { min: 0, max: 3_600_000 }, 30_000);
  const keysFile = read.optional('AUTH_API_KEYS_FILE');

  let jwt: JwtConfig | undefined;
  if (issuer !== undefined) {
    if (issuer === 'emulator') {
      if (backend !== 'emulator') {
        read.problem('AUTH_JWT_ISSUER=emulator needs BACKEND=emulator (the embedded emulator)');
      }
      if (production) {
        read.problem(
          'AUTH_JWT_ISSUER=emulator is a development issuer that signs any token it is asked for; it is refused when NODE_ENV=production',
        );
      }
    } else if (!isIssuerUrl(issuer)) {
      read.problem(
        `AUTH_JWT_ISSUER must be an https URL (http only for localhost), without query or fragment; got ${JSON.stringify(issuer)}`,
      );
    }
    if (audience === undefined) {
      read.problem(
        'AUTH_JWT_AUDIENCE is required with AUTH_JWT_ISSUER: the `aud` your tokens carry',
      );
    }
    jwt = { issuer, audience: audience ?? '', jwksCooldownMs };
  } else if (audience !== undefined) {
    read.problem('AUTH_JWT_AUDIENCE is set but AUTH_JWT_ISSUER is not: set both or neither');
  }

  const apiKeys = keysFile === undefined ? undefined : readApiKeys(keysFile, read);
  const configured = jwt !== undefined || apiKeys !== undefined;

  if (explicitMode === 'none') {
    if (configured) {
      read.problem(
        'AUTH_MODE=none contradicts AUTH_JWT_ISSUER / AUTH_API_KEYS_FILE: remove one or the other',
      );
    }
    return { mode: 'none' };
  }
  if (!configured) {
    if (production || explicitMode === 'required') {
      read.problem(
        `${production ? 'NODE_ENV=production' : 'AUTH_MODE=required'} needs authentication: set AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE and/or AUTH_API_KEYS_FILE, or AUTH_MODE=none to run without it on purpose`,
      );
    }
    return { mode: 'anonymous' };
  }
  return { mode: 'required', ...(jwt ? { jwt } : {}), ...(apiKeys ? { apiKeys } : {}) };
}

function isIssuerUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return (
    (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) &&
    url.search === '' &&
    url.hash === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** Parses the API key file, recording each problem (naming the file and the entry) on `read`. */
function readApiKeys(path: string, read: EnvReader): ApiKeyEntry[] | undefined {
  const fail = (why: string) => {
    read.problem(`AUTH_API_KEYS_FILE (${path}) ${why}`);
    return undefined;
  };
  let text: string;
  try {
    const buffer = readFileSync(path);
    if (buffer.length > MAX_KEY_FILE_BYTES) return fail('is larger than 1 MiB');
    text = buffer.toString('utf8');
  } catch (error) {
    return fail(`cannot be read: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('is not valid JSON');
  }
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) {
    return fail('must be a JSON object { "keys": [ { "id", "sha256", "scopes": [...] } ] }');
  }
  const entries: ApiKeyEntry[] = [];
  const ids = new Set<string>();
  keys.forEach((raw: unknown, i) => {
    const problem = (why: string) =>
      read.problem(`AUTH_API_KEYS_FILE (${path}): keys[${i}] ${why}`);
    if (typeof raw !== 'object' || raw === null) return problem('must be an object');
    const entry = raw as Record<string, unknown>;
    const { id, sha256, scopes } = entry;
    if (typeof id !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(id)) {
      return problem('needs an "id" of 1 to 64 letters, digits, ".", "_" or "-"');
    }
    if (ids.has(id)) return problem(`repeats the id "${id}"`);
    ids.add(id);
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
      return problem(
        'needs "sha256": the key\'s SHA-256 as 64 lowercase hex digits (never the key)',
      );
    }
    if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string' && isScope(s))) {
      return problem(
        `needs "scopes": an array of ${'associations:read, associations:write, assignments:read, assignments:write, connections:read'}`,
      );
    }
    const tenant = (name: string): ReadonlySet<string> | undefined | false => {
      const value = entry[name];
      if (value === undefined) return undefined;
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        problem(`"${name}" must be an array of strings`);
        return false;
      }
      return new Set(value);
    };
    const connectorDestinationIds = tenant('connectorDestinationIds');
    const ssoInstanceArns = tenant('ssoInstanceArns');
    if (connectorDestinationIds === false || ssoInstanceArns === false) return undefined;
    entries.push({
      id,
      sha256: Buffer.from(sha256, 'hex'),
      scopes: new Set(scopes),
      ...(connectorDestinationIds ? { connectorDestinationIds } : {}),
      ...(ssoInstanceArns ? { ssoInstanceArns } : {}),
    });
    return undefined;
  });
  return entries;
}

import { SCOPES } from '../../shared/scopes';

/** A token request body that cannot be accepted; its message says which field and why. */
export class TokenRequestError extends Error {}

/** Every scope the gateway knows: a default token may do anything. */
export const DEV_SCOPES = SCOPES;

export const DEFAULT_SUBJECT = 'developer';
export const DEFAULT_AUDIENCE = 'account-graph';
export const DEFAULT_EXPIRES_IN = 3600;

/** One year either way: long enough for any test, short enough that `exp` stays a sane date. */
export const MAX_EXPIRES_IN = 365 * 24 * 3600;
/**
 * Bounds the JSON the issuer parses and signs. A token much larger than this would not fit in the
 * gateway's request headers anyway (Node refuses headers over 16 KiB by default).
 */
export const MAX_TOKEN_REQUEST_BYTES = 64 * 1024;
/** OpenID Connect's limit for `sub`. */
const MAX_SUBJECT_LENGTH = 255;
const MAX_SCOPE_LENGTH = 4096;
const MAX_AUDIENCE_LENGTH = 1024;
const MAX_AUDIENCES = 20;

const FIELDS = ['sub', 'scope', 'aud', 'expiresIn', 'claims'] as const;

export interface TokenRequest {
  readonly sub: string;
  readonly scope: string;
  readonly aud: string | readonly string[];
  /** Seconds from now; negative for a token that has already expired. */
  readonly expiresIn: number;
  /** Merged into the payload last, so they override anything, `iss` and `exp` included. */
  readonly claims: Readonly<Record<string, unknown>>;
}

/** A short description of a refused value: long strings are summarised, not echoed back. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    return value.length > 80 ? `a string of ${value.length} characters` : JSON.stringify(value);
  }
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a value of type ${typeof value}`;
}

const isBoundedString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

function audience(value: unknown): string | string[] {
  if (isBoundedString(value, MAX_AUDIENCE_LENGTH)) return value;
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.length <= MAX_AUDIENCES &&
    value.every((item) => isBoundedString(item, MAX_AUDIENCE_LENGTH))
  ) {
    return value;
  }
  throw new TokenRequestError(
    `aud must be a non-empty string (at most ${MAX_AUDIENCE_LENGTH} characters) or an array of 1 to ${MAX_AUDIENCES} such strings, got ${describe(value)}`,
  );
}

/**
 * Validates the body of `POST /__emulator/oidc/token`. Only the shape is checked: the issuer
 * deliberately signs any scope, subject and claims, so tests can mint tokens the gateway must refuse.
 * An empty body asks for the defaults.
 */
export function parseTokenRequest(body: Buffer): TokenRequest {
  if (body.length > MAX_TOKEN_REQUEST_BYTES) {
    throw new TokenRequestError(
      `request body is ${body.length} bytes; at most ${MAX_TOKEN_REQUEST_BYTES} are accepted`,
    );
  }
  const text = body.toString('utf8');
  let parsed: unknown = {};
  if (text.trim() !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new TokenRequestError(
        'request body is not valid JSON; expected { "sub", "scope", "aud", "expiresIn", "claims" } (all optional)',
      );
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TokenRequestError(
      `expected a JSON object { "sub", "scope", "aud", "expiresIn", "claims" } (all optional), got ${describe(parsed)}`,
    );
  }
  const fields = parsed as Record<string, unknown>;
  // A misspelt field (`expires_in`, `scopes`) would otherwise be ignored and yield a default token.
  const unknown = Object.keys(fields).filter((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new TokenRequestError(
      `unknown field(s) ${unknown.join(', ')}; expected ${FIELDS.join(', ')}`,
    );
  }

  const {
    sub = DEFAULT_SUBJECT,
    scope = DEV_SCOPES.join(' '),
    aud = DEFAULT_AUDIENCE,
    expiresIn = DEFAULT_EXPIRES_IN,
    claims = {},
  } = fields;
  if (!isBoundedString(sub, MAX_SUBJECT_LENGTH)) {
    throw new TokenRequestError(
      `sub must be a non-empty string of at most ${MAX_SUBJECT_LENGTH} characters, got ${describe(sub)}`,
    );
  }
  // An empty scope is allowed: it is how a test asks for a token that may do nothing.
  if (typeof scope !== 'string' || scope.length > MAX_SCOPE_LENGTH) {
    throw new TokenRequestError(
      `scope must be a string of space-separated scopes (at most ${MAX_SCOPE_LENGTH} characters), got ${describe(scope)}`,
    );
  }
  if (
    typeof expiresIn !== 'number' ||
    !Number.isInteger(expiresIn) ||
    Math.abs(expiresIn) > MAX_EXPIRES_IN
  ) {
    throw new TokenRequestError(
      `expiresIn must be a whole number of seconds from -${MAX_EXPIRES_IN} to ${MAX_EXPIRES_IN} (negative for an expired token), got ${describe(expiresIn)}`,
    );
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    throw new TokenRequestError(
      `claims must be an object of extra JWT claims, e.g. { "connector_destination_ids": ["..."] }, got ${describe(claims)}`,
    );
  }
  return {
    sub,
    scope,
    aud: audience(aud),
    expiresIn,
    claims: claims as Record<string, unknown>,
  };
}

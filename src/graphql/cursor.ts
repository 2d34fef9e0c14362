import { createHmac, timingSafeEqual } from 'node:crypto';

import { badUserInput } from '../errors';

/**
 * A position in an AWS paginated list: the items after the first `offset` items of the page that
 * `token` (the NextToken that page was requested with; `null` for the first page) returns.
 */
export interface CursorPosition {
  token: string | null;
  offset: number;
}

/** The filter arguments a cursor is bound to; a cursor is only valid with the same values. */
export type CursorFilter = Readonly<Record<string, string | null>>;

interface CursorPayload {
  /** Connection the cursor belongs to, e.g. "accountAssociations". */
  c: string;
  f: CursorFilter;
  t: string | null;
  o: number;
}

const VERSION = 'v1';
const MAX_CURSOR_LENGTH = 140_000; // AWS tokens are at most 65,535 characters

/**
 * Encodes and verifies pagination cursors: `v1.<base64url payload>.<base64url HMAC-SHA256>`.
 * The MAC covers the version, the connection, the filter arguments and the AWS position, so a
 * forged, corrupted or foreign cursor (or one used with other filter arguments) is rejected as
 * `BAD_USER_INPUT` before anything reaches AWS.
 */
export class CursorCodec {
  readonly #secret: Buffer;

  constructor(secret: Buffer) {
    this.#secret = secret;
  }

  encode(connection: string, filter: CursorFilter, position: CursorPosition): string {
    const payload: CursorPayload = {
      c: connection,
      f: filter,
      t: position.token,
      o: position.offset,
    };
    const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
    return `${VERSION}.${body}.${this.#mac(body).toString('base64url')}`;
  }

  decode(
    cursor: string,
    connection: string,
    filter: CursorFilter,
    argumentName = 'after',
  ): CursorPosition {
    const invalid = (why: string) =>
      badUserInput(
        `Argument "${argumentName}" is not a valid cursor for this list: ${why}. Use a cursor from a previous page of the same query.`,
        argumentName,
      );
    if (cursor.length > MAX_CURSOR_LENGTH) throw invalid('it is too long');
    const parts = cursor.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION) throw invalid('it is malformed');
    const [, body, mac] = parts as [string, string, string];
    // Compare the encoded text, not decoded bytes: base64url has spare bits, so two different
    // strings can decode to the same MAC, and a changed cursor must never be accepted.
    const expected = Buffer.from(this.#mac(body).toString('base64url'));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw invalid(
        'its signature does not match (corrupted, forged or issued by another deployment)',
      );
    }
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CursorPayload;
    if (payload.c !== connection) throw invalid(`it belongs to ${payload.c}`);
    for (const key of new Set([...Object.keys(filter), ...Object.keys(payload.f)])) {
      if ((payload.f[key] ?? null) !== (filter[key] ?? null)) {
        throw invalid(`it was issued for a different ${key}`);
      }
    }
    return { token: payload.t, offset: payload.o };
  }

  #mac(body: string): Buffer {
    return createHmac('sha256', this.#secret).update(`${VERSION}.${body}`).digest();
  }
}

import { ServiceError } from '../ServiceError';
import type { PageTokens } from './PageTokens';

export interface PageRequest {
  readonly maxResults: number | undefined;
  readonly defaultMaxResults: number;
  readonly nextToken: string | undefined;
  /** Name of the token member in validation messages (`nextToken`). */
  readonly tokenMember: string;
  /** Operation and filters; a token is valid only for the scope it was issued in. */
  readonly scope: string;
  readonly alphabet: 'base64' | 'base64url';
}

export interface Page<T> {
  readonly items: T[];
  readonly nextToken: string | undefined;
}

/**
 * One page of `items` (already filtered, in creation order). A token is returned only when at least
 * one more item exists, so callers never see an empty trailing page.
 */
export function paginate<T extends { readonly seq: number }>(
  items: readonly T[],
  tokens: PageTokens,
  request: PageRequest,
): Page<T> {
  let after = -1;
  if (request.nextToken !== undefined) {
    const decoded = tokens.decode(request.nextToken, request.scope);
    if (decoded === undefined) {
      throw new ServiceError(
        'ValidationException',
        `1 validation error detected: Value '${request.nextToken}' at '${request.tokenMember}' failed to satisfy constraint: Member must be a token returned by a previous call with the same parameters`,
      );
    }
    after = decoded;
  }
  const remaining = items.filter((item) => item.seq > after);
  const size = request.maxResults ?? request.defaultMaxResults;
  const page = remaining.slice(0, size);
  const last = page[page.length - 1];
  const nextToken =
    remaining.length > page.length && last
      ? tokens.encode(last.seq, request.scope, request.alphabet)
      : undefined;
  return { items: page, nextToken };
}

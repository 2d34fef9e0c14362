import { badUserInput } from '../errors';
import type { CursorCodec, CursorFilter, CursorPosition } from './cursor';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** AWS's own page-size ceiling for ListAccountAssociations (`MaxResults` 1..1000). */
const MAX_AWS_PAGE_SIZE = 1000;
/** Guards against an upstream that keeps answering empty pages with a NextToken. */
const MAX_UPSTREAM_PAGES = 20;

export const START: CursorPosition = { token: null, offset: 0 };

/** One page as AWS returns it. */
export interface UpstreamPage<T> {
  items: readonly T[];
  nextToken: string | undefined;
}

/** Fetches the page that `token` starts, with at most `maxResults` items. */
export type FetchUpstreamPage<T> = (
  token: string | undefined,
  maxResults: number,
) => Promise<UpstreamPage<T>>;

export interface ForwardPage<T> {
  /** The items of the page, each with the position just after it (its cursor). */
  items: { item: T; after: CursorPosition }[];
  hasNextPage: boolean;
}

/** Validates `first`: default 20, 1..100, otherwise `BAD_USER_INPUT`. */
export function resolvePageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(
      `Argument "first" must be an integer from 1 to ${MAX_PAGE_SIZE}; got ${first}`,
      'first',
    );
  }
  return first;
}

/**
 * Maps Relay's `first`/`after` onto AWS NextToken pagination.
 *
 * AWS tokens are forward-only positions, so a cursor is (token of the AWS page the item came
 * from, offset within it). To make `hasNextPage` exact without an extra round trip, it asks AWS
 * for one item more than requested: the page is `first` items, and the look-ahead item only tells
 * whether another page exists. AWS may answer short pages that still carry a NextToken; those are
 * followed until enough items arrive or the list ends, so an ordinary page costs one call.
 *
 * Resuming re-requests the page the cursor's token starts with `offset` more items and skips them:
 * tokens only exist at page boundaries AWS chose. The skipped prefix is bounded by AWS's page size.
 */
export async function fetchForwardPage<T>(
  fetchPage: FetchUpstreamPage<T>,
  first: number,
  start: CursorPosition,
): Promise<ForwardPage<T>> {
  const wanted = first + 1;
  const collected: { item: T; after: CursorPosition }[] = [];
  let token = start.token;
  let skip = start.offset;

  for (let call = 0; call < MAX_UPSTREAM_PAGES; call++) {
    const maxResults = Math.min(skip + wanted - collected.length, MAX_AWS_PAGE_SIZE);
    const page = await fetchPage(token ?? undefined, maxResults);
    page.items.forEach((item, index) => {
      if (index >= skip && collected.length < wanted) {
        collected.push({ item, after: { token, offset: index + 1 } });
      }
    });
    skip = Math.max(0, skip - page.items.length);
    if (collected.length >= wanted || page.nextToken === undefined) {
      return { items: collected.slice(0, first), hasNextPage: collected.length > first };
    }
    token = page.nextToken;
  }
  // The upstream kept paging without delivering enough items: return what arrived and let the
  // client continue from the last position reached.
  return { items: collected.slice(0, first), hasNextPage: true };
}

/** A Relay connection as every `<X>Connection` type of the schema has it. */
export interface Connection<N> {
  edges: { cursor: string; node: N }[];
  nodes: N[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export interface ConnectionRequest<Item, N> {
  /** Names the list in its cursors, so a cursor of one list is refused by another. */
  name: string;
  /** The validated filter arguments the list was asked with; cursors are bound to them. */
  filter: CursorFilter;
  /** The field's `first` and `after` arguments, as the client sent them. */
  first: number | null | undefined;
  after: string | null | undefined;
  /** One AWS List call (through a per-request loader). */
  fetchPage: FetchUpstreamPage<Item>;
  /** Turns an AWS list item into the model its GraphQL type resolves from. */
  toNode: (item: Item) => N;
}

/**
 * Resolves any list field as a Relay connection over an AWS paginated List operation: validates
 * `first`, verifies `after` against the list's name and filter, fetches with look-ahead (see
 * `fetchForwardPage`) and builds edges, nodes and an exact `pageInfo`. Every list field uses it.
 */
export async function resolveConnection<Item, N>(
  cursors: CursorCodec,
  request: ConnectionRequest<Item, N>,
): Promise<Connection<N>> {
  const first = resolvePageSize(request.first);
  const start =
    request.after == null ? START : cursors.decode(request.after, request.name, request.filter);
  const page = await fetchForwardPage(request.fetchPage, first, start);
  const edges = page.items.map(({ item, after }) => ({
    cursor: cursors.encode(request.name, request.filter, after),
    node: request.toNode(item),
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: request.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

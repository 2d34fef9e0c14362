import { GraphQLError } from 'graphql';

import {
  fetchForwardPage,
  resolvePageSize,
  START,
  type FetchUpstreamPage,
} from '../../src/graphql/connection';
import type { CursorPosition } from '../../src/graphql/cursor';

/**
 * A fake AWS list of `total` items whose tokens are positions, answering at most `pageCap` items
 * per call (a short page with a NextToken when the caller asked for more). Records every call.
 */
function fakeUpstream(total: number, pageCap = Infinity) {
  const calls: { token: string | undefined; maxResults: number }[] = [];
  const fetchPage: FetchUpstreamPage<number> = (token, maxResults) => {
    calls.push({ token, maxResults });
    const start = token === undefined ? 0 : Number(token.slice(1));
    const end = Math.min(total, start + Math.min(maxResults, pageCap));
    const items = Array.from({ length: end - start }, (_, i) => start + i);
    return Promise.resolve({ items, nextToken: end < total ? `p${end}` : undefined });
  };
  return { calls, fetchPage };
}

async function walk(total: number, first: number, pageCap?: number) {
  const upstream = fakeUpstream(total, pageCap);
  const seen: number[] = [];
  const pages: { size: number; hasNextPage: boolean }[] = [];
  let start: CursorPosition = START;
  for (;;) {
    const page = await fetchForwardPage(upstream.fetchPage, first, start);
    seen.push(...page.items.map((i) => i.item));
    pages.push({ size: page.items.length, hasNextPage: page.hasNextPage });
    if (!page.hasNextPage) break;
    start = page.items.at(-1)!.after;
  }
  return { seen, pages, calls: upstream.calls };
}

describe('fetchForwardPage', () => {
  test.each([
    [83, 7],
    [84, 7],
    [1, 20],
    [100, 100],
    [250, 100],
  ])(
    '%d items in pages of %d: each once, exact hasNextPage, one call per page',
    async (total, first) => {
      const { seen, pages, calls } = await walk(total, first);
      expect(seen).toEqual(Array.from({ length: total }, (_, i) => i));
      expect(pages.at(-1)!.size).toBeGreaterThan(0);
      expect(pages.slice(0, -1).every((p) => p.hasNextPage && p.size === first)).toBe(true);
      expect(pages.at(-1)!.hasNextPage).toBe(false);
      expect(calls).toHaveLength(pages.length);
    },
  );

  test('asks AWS for one look-ahead item', async () => {
    const upstream = fakeUpstream(50);
    const page = await fetchForwardPage(upstream.fetchPage, 25, START);
    expect(upstream.calls).toEqual([{ token: undefined, maxResults: 26 }]);
    expect(page.items).toHaveLength(25);
    expect(page.hasNextPage).toBe(true);
  });

  test('an empty list is an empty page without a next page', async () => {
    const page = await fetchForwardPage(fakeUpstream(0).fetchPage, 10, START);
    expect(page).toEqual({ items: [], hasNextPage: false });
  });

  test('follows short pages that carry a NextToken', async () => {
    const { seen, pages, calls } = await walk(40, 10, 3);
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(pages.map((p) => p.size)).toEqual([10, 10, 10, 10]);
    expect(pages.at(-1)!.hasNextPage).toBe(false);
    expect(calls.length).toBeGreaterThan(pages.length);
  });

  test('never returns an empty trailing page when AWS ends with an empty page and a token', async () => {
    const fetchPage: FetchUpstreamPage<string> = (token) =>
      Promise.resolve(
        token === undefined
          ? { items: ['a', 'b'], nextToken: 'empty' }
          : { items: [], nextToken: undefined },
      );
    const page = await fetchForwardPage(fetchPage, 2, START);
    expect(page.items.map((i) => i.item)).toEqual(['a', 'b']);
    expect(page.hasNextPage).toBe(false);
  });

  test('stops after a bounded number of calls when AWS keeps sending empty pages', async () => {
    let calls = 0;
    const fetchPage: FetchUpstreamPage<string> = () => {
      calls++;
      return Promise.resolve({ items: [], nextToken: 'again' });
    };
    const page = await fetchForwardPage(fetchPage, 5, START);
    expect(page.items).toEqual([]);
    expect(calls).toBe(20);
  });
});

describe('resolvePageSize', () => {
  test('defaults to 20 and accepts 1..100', () => {
    expect(resolvePageSize(undefined)).toBe(20);
    expect(resolvePageSize(null)).toBe(20);
    expect(resolvePageSize(1)).toBe(1);
    expect(resolvePageSize(100)).toBe(100);
  });

  test.each([0, -5, 101])('%d is BAD_USER_INPUT', (first) => {
    expect(() => resolvePageSize(first)).toThrow(GraphQLError);
    expect(() => resolvePageSize(first)).toThrow(
      'Argument "first" must be an integer from 1 to 100',
    );
  });
});

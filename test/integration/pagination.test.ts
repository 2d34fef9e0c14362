import { cacheExchange, Client, fetchExchange, gql } from '@urql/core';

import { EMULATOR_SEED } from '../../src/emulator';
import { count, startStack, type Stack } from './gatewayStack';

const { accountAssociations, connectorDestinations } = EMULATOR_SEED.iotManagedIntegrations;
const LIST = 'IoTManagedIntegrations.ListAccountAssociations';

const PAGE = gql`
  query AccountAssociationsPage($destination: ID, $first: Int, $after: String) {
    accountAssociations(connectorDestinationId: $destination, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          accountAssociationId
          connectorDestinationId
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

interface PageResult {
  accountAssociations: {
    edges: {
      cursor: string;
      node: { accountAssociationId: string; connectorDestinationId: string };
    }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
}

describe('accountAssociations pagination (urql client against the gateway and the emulator)', () => {
  let stack: Stack;
  let client: Client;
  beforeAll(async () => {
    stack = await startStack();
    // urql sends queries as GET by default, which CSRF prevention blocks unless a preflight-forcing
    // header is present (see the GET test below); POST with a JSON body always passes.
    client = new Client({
      url: stack.graphqlUrl,
      exchanges: [cacheExchange, fetchExchange],
      requestPolicy: 'network-only',
      preferGetMethod: false,
    });
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.resetCalls());

  async function page(variables: Record<string, unknown>) {
    const result = await client.query<PageResult>(PAGE, variables).toPromise();
    return result;
  }

  test.each(connectorDestinations.map((d) => [d.name, d.id]))(
    'first: 7 over %s visits every association exactly once and ends with hasNextPage false on a non-empty page',
    async (_name, destination) => {
      const expected = accountAssociations
        .filter((a) => a.connectorDestinationId === destination)
        .map((a) => a.id);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const result = await page({ destination, first: 7, after });
        expect(result.error).toBeUndefined();
        const { edges, pageInfo } = result.data!.accountAssociations;
        pages++;
        expect(pageInfo.hasPreviousPage).toBe(after !== null);
        expect(edges.length).toBeGreaterThan(0);
        expect(edges.length).toBeLessThanOrEqual(7);
        expect(pageInfo.startCursor).toBe(edges[0].cursor);
        expect(pageInfo.endCursor).toBe(edges.at(-1)!.cursor);
        for (const edge of edges) {
          expect(edge.node.connectorDestinationId).toBe(destination);
          seen.push(edge.node.accountAssociationId);
        }
        if (!pageInfo.hasNextPage) break;
        expect(edges).toHaveLength(7);
        after = pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(new Set(seen)).toEqual(new Set(expected));
      expect(pages).toBe(Math.ceil(expected.length / 7));
      // One ListAccountAssociations call per page: the look-ahead item rides in the same call.
      expect(count(await stack.calls(), LIST)).toBe(pages);
    },
  );

  test('all 250 associations in pages of 100: exact hasNextPage, no empty trailing page', async () => {
    const sizes: number[] = [];
    const ids = new Set<string>();
    let after: string | null = null;
    let hasNextPage = true;
    while (hasNextPage) {
      const result = await page({ first: 100, after });
      const connection = result.data!.accountAssociations;
      sizes.push(connection.edges.length);
      connection.edges.forEach((e) => ids.add(e.node.accountAssociationId));
      hasNextPage = connection.pageInfo.hasNextPage;
      after = connection.pageInfo.endCursor;
    }
    expect(sizes).toEqual([100, 100, 50]);
    expect(ids.size).toBe(accountAssociations.length);
  });

  test('a page that ends exactly at the end of the list says hasNextPage false', async () => {
    const destination = connectorDestinations[0].id;
    const total = accountAssociations.filter(
      (a) => a.connectorDestinationId === destination,
    ).length;
    const first = await page({ destination, first: total - 10 });
    const rest = await page({
      destination,
      first: 10,
      after: first.data!.accountAssociations.pageInfo.endCursor,
    });
    expect(first.data!.accountAssociations.pageInfo.hasNextPage).toBe(true);
    expect(rest.data!.accountAssociations.edges).toHaveLength(10);
    expect(rest.data!.accountAssociations.pageInfo.hasNextPage).toBe(false);
  });

  test('an edge cursor in the middle of a page resumes right after that edge', async () => {
    const first = await page({ first: 10 });
    const edges = first.data!.accountAssociations.edges;
    const resumed = await page({ first: 3, after: edges[4].cursor });
    expect(resumed.data!.accountAssociations.edges.map((e) => e.node.accountAssociationId)).toEqual(
      edges.slice(5, 8).map((e) => e.node.accountAssociationId),
    );
  });

  test('urql GET queries work when they carry a CSRF-safe header', async () => {
    const getClient = new Client({
      url: stack.graphqlUrl,
      exchanges: [fetchExchange],
      preferGetMethod: 'force',
      fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
    });
    const result = await getClient.query<PageResult>(PAGE, { first: 2 }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data!.accountAssociations.edges).toHaveLength(2);
  });

  test('first defaults to 20', async () => {
    const result = await page({});
    expect(result.data!.accountAssociations.edges).toHaveLength(20);
    expect(result.data!.accountAssociations.pageInfo.hasPreviousPage).toBe(false);
  });

  test.each([0, -1, 101, 1000])(
    'first: %d is BAD_USER_INPUT before any AWS call',
    async (first) => {
      const { body } = await stack.graphql(
        'query ($first: Int) { accountAssociations(first: $first) { edges { cursor } } }',
        { first },
      );
      expect(body.data).toBeNull();
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toContain('"first" must be an integer from 1 to 100');
      expect(count(await stack.calls(), LIST)).toBe(0);
    },
  );

  test('a bad connectorDestinationId is BAD_USER_INPUT naming the argument and the rule', async () => {
    const { body } = await stack.graphql(
      '{ accountAssociations(connectorDestinationId: "no/slashes") { edges { cursor } } }',
    );
    expect(body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'connectorDestinationId',
    });
    expect(body.errors![0].message).toMatch(/connectorDestinationId.*must match/);
    expect(await stack.calls()).toEqual({});
  });

  describe('cursor tampering is BAD_USER_INPUT, never a 500, and never reaches AWS', () => {
    let cursor: string;
    beforeAll(async () => {
      const result = await page({ destination: connectorDestinations[0].id, first: 5 });
      cursor = result.data!.accountAssociations.pageInfo.endCursor!;
    });

    const flip = (s: string, at: number) =>
      s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);

    test.each([
      ['a flipped payload character', (c: string) => flip(c, 10)],
      ['a flipped signature character', (c: string) => flip(c, c.length - 5)],
      ['a truncated cursor', (c: string) => c.slice(0, -3)],
      ['random text', () => 'not-a-cursor'],
      ['an empty string', () => ''],
      ['an unknown version', (c: string) => `v9${c.slice(2)}`],
      [
        'a re-encoded payload pointing elsewhere',
        (c: string) => {
          const [v, body, mac] = c.split('.');
          const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
          payload.o = 0;
          return `${v}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${mac}`;
        },
      ],
    ])('%s', async (_what, tamper) => {
      await stack.resetCalls();
      const response = await stack.graphql(
        'query ($d: ID, $after: String) { accountAssociations(connectorDestinationId: $d, first: 5, after: $after) { edges { cursor } } }',
        { d: connectorDestinations[0].id, after: tamper(cursor) },
      );
      expect(response.status).toBe(200);
      expect(response.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'after',
      });
      expect(await stack.calls()).toEqual({});
    });

    test('a cursor used with a different connectorDestinationId', async () => {
      const { body } = await stack.graphql(
        'query ($d: ID, $after: String) { accountAssociations(connectorDestinationId: $d, after: $after) { edges { cursor } } }',
        { d: connectorDestinations[1].id, after: cursor },
      );
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toContain('different connectorDestinationId');
    });

    test('a cursor signed by another deployment (different CURSOR_SECRET)', async () => {
      const other = await startStack({
        env: { CURSOR_SECRET: 'another-deployment-secret-abcdefghijklmnop' },
      });
      try {
        const foreign = await other.graphql(
          'query ($d: ID) { accountAssociations(connectorDestinationId: $d, first: 5) { pageInfo { endCursor } } }',
          { d: connectorDestinations[0].id },
        );
        const { body } = await stack.graphql(
          'query ($d: ID, $after: String) { accountAssociations(connectorDestinationId: $d, after: $after) { edges { cursor } } }',
          {
            d: connectorDestinations[0].id,
            after: foreign.body.data!.accountAssociations.pageInfo.endCursor,
          },
        );
        expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
        expect(body.errors![0].message).toContain('signature does not match');
      } finally {
        await other.stop();
      }
    });
  });
});

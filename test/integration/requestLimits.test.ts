import { EMULATOR_SEED } from '../../src/emulator';
import { count, sendAndLeave, startStack, type Stack } from './gatewayStack';

const associations = EMULATOR_SEED.iotManagedIntegrations.accountAssociations;
const destination = EMULATOR_SEED.iotManagedIntegrations.connectorDestinations[0].id;
const GET = 'IoTManagedIntegrations.GetAccountAssociation';
const ONE = `query ($id: ID!) { accountAssociation(accountAssociationId: $id) { name } }`;
const globalId = (id: string) => Buffer.from(`AccountAssociation:${id}`).toString('base64url');
const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`;

describe('per-request AWS-call budget (QUERY_MAX_AWS_CALLS)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { QUERY_MAX_AWS_CALLS: '10' } });
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.resetCalls());

  /** The estimate the gateway reports for `query` (also when it refuses it as too expensive). */
  const estimate = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables, extensions: { awsCalls: 'measure' } }),
    });
    const body = (await response.json()) as {
      errors?: { extensions: { estimatedAwsCalls?: number } }[];
      extensions?: { awsCalls?: { estimated: number } };
    };
    return body.extensions?.awsCalls?.estimated ?? body.errors?.[0].extensions.estimatedAwsCalls;
  };

  test('an operation planning more calls than the budget is refused before any AWS call', async () => {
    const ids = associations.slice(0, 11).map((a) => globalId(a.id));
    const { status, body } = await stack.graphql(NODES, { ids });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toEqual({
      code: 'COST_ESTIMATED_TOO_EXPENSIVE',
      estimatedAwsCalls: 11,
      maxAwsCalls: 10,
    });
    expect(body.errors![0].message).toContain('QUERY_MAX_AWS_CALLS');
    expect(await stack.calls()).toEqual({});
  });

  test('one within the budget runs, and reports its estimate and actual calls when asked', async () => {
    const ids = associations.slice(0, 10).map((a) => globalId(a.id));
    const response = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: NODES,
        variables: { ids },
        extensions: { awsCalls: 'measure' },
      }),
    });
    const body = (await response.json()) as {
      data: { nodes: unknown[] };
      extensions?: { awsCalls?: unknown };
    };
    expect(body.data.nodes).toHaveLength(10);
    expect(body.extensions?.awsCalls).toEqual({ estimated: 10, actual: 10, max: 10 });
    expect(count(await stack.calls(), GET)).toBe(10);
  });

  test('the same document is estimated again for each size and condition its variables give', async () => {
    const page = `query ($n: Int!, $withTags: Boolean!, $id: ID) {
      accountAssociations(first: $n, connectorDestinationId: $id) {
        edges { node { name tags @include(if: $withTags) { key } } }
      }
    }`;
    const estimated = (variables: Record<string, unknown>) => estimate(page, variables);
    // A page without tags is one List; with them, one Get per item more; an id changes nothing.
    expect(await estimated({ n: 5, withTags: false })).toBe(1);
    expect(await estimated({ n: 5, withTags: true })).toBe(6);
    expect(await estimated({ n: 9, withTags: true, id: destination })).toBe(10);
    expect(await estimated({ n: 10, withTags: true })).toBe(11);
    expect(await estimated({ n: 10, withTags: false, id: destination })).toBe(1);
    expect(await estimated({ n: 5, withTags: true })).toBe(6);
    expect(await estimated({ n: 9, withTags: true })).toBe(10);
  });

  test('a size first looked at under an @include that was false counts once it is included', async () => {
    const twoPages = `query ($n: Int!, $more: Boolean!, $m: Int!) {
      a: accountAssociations(first: $n) { edges { node { name } } }
      b: accountAssociations(first: $m) @include(if: $more) { edges { node { tags { key } } } }
    }`;
    const estimated = (variables: Record<string, unknown>) => estimate(twoPages, variables);
    expect(await estimated({ n: 3, more: false, m: 9 })).toBe(1);
    expect(await estimated({ n: 3, more: true, m: 3 })).toBe(5);
    expect(await estimated({ n: 3, more: true, m: 4 })).toBe(6);
    expect(await estimated({ n: 3, more: false, m: 4 })).toBe(1);
  });
});

describe('deadlines, cancellation and fairness', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: {
        REQUEST_DEADLINE_MS: '1500',
        UPSTREAM_MAX_IN_FLIGHT: '4',
        UPSTREAM_TIMEOUT_MS: '60000',
      },
    });
  });
  afterAll(() => stack.stop());
  beforeEach(async () => {
    await stack.clearFaults();
    await stack.resetCalls();
  });

  test('a hung upstream is answered within the request deadline', async () => {
    await stack.setFaults([{ operation: GET, latencyMs: 30_000 }]);
    const started = Date.now();
    const { status, body } = await stack.graphql(ONE, { id: associations[0].id });
    const elapsed = Date.now() - started;
    expect(status).toBe(200);
    expect(body.data).toEqual({ accountAssociation: null });
    expect(body.errors![0].extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      service: 'IoTManagedIntegrations',
      operation: 'GetAccountAssociation',
    });
    expect(body.errors![0].message).toContain('deadline of 1500 ms');
    expect(elapsed).toBeGreaterThanOrEqual(1_400);
    expect(elapsed).toBeLessThan(5_000);
  });

  test("a client that disconnects cancels its request's remaining AWS calls", async () => {
    await stack.setFaults([{ operation: GET, latencyMs: 300 }]);
    const ids = associations.slice(0, 24).map((a) => globalId(a.id));
    // 24 Gets, 4 at a time, 300 ms each: about 1.8 s in all. The client leaves after 400 ms.
    await sendAndLeave(stack.graphqlUrl, { query: NODES, variables: { ids } }, 400);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const sent = count(await stack.calls(), GET);
    // The first wave (and perhaps the second) had started; the rest were never sent.
    expect(sent).toBeGreaterThanOrEqual(4);
    expect(sent).toBeLessThanOrEqual(8);
    expect(stack.clients.limiters.iot.active).toBe(0);
    expect(stack.clients.limiters.iot.queued).toBe(0);
  });

  test("a heavy request beside a small one leaves the small one's latency within 2× its solo figure plus one round trip", async () => {
    const RTT = 200;
    await stack.setFaults([{ operation: GET, latencyMs: RTT }]);
    const soloStart = Date.now();
    await stack.graphql(ONE, { id: associations[30].id });
    const solo = Date.now() - soloStart;

    // 20 Gets at 4 in flight: 5 waves, about 1 s, inside the 1.5 s deadline even with the small one.
    const heavy = stack.graphql(NODES, {
      ids: associations.slice(0, 20).map((a) => globalId(a.id)),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const smallStart = Date.now();
    const small = await stack.graphql(ONE, { id: associations[31].id });
    const smallLatency = Date.now() - smallStart;
    expect(small.body.errors).toBeUndefined();
    expect(smallLatency).toBeLessThanOrEqual(2 * solo + RTT);
    const heavyBody = (await heavy).body;
    const heavyNodes = heavyBody.data!.nodes as unknown[];
    expect(heavyNodes.filter((n) => n !== null)).toHaveLength(20);
  });
});

describe('creates are safe to retry whatever happens', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { UPSTREAM_TIMEOUT_MS: '200' } });
  });
  afterAll(() => stack.stop());

  const CREATE = `mutation ($input: CreateAccountAssociationInput!) {
    createAccountAssociation(input: $input) { clientToken accountAssociation { accountAssociationId } }
  }`;

  test('a create that timed out carries its generated clientToken; resending it creates exactly one', async () => {
    const input = { connectorDestinationId: destination, name: 'Retry After Timeout' };
    await stack.setFaults([
      { operation: 'IoTManagedIntegrations.CreateAccountAssociation', latencyMs: 400 },
    ]);
    const failed = await stack.graphql(CREATE, { input });
    expect(failed.body.errors![0].extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      operation: 'CreateAccountAssociation',
      clientToken: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const clientToken = failed.body.errors![0].extensions!.clientToken as string;
    await stack.clearFaults();
    // The slow create did reach AWS; the retry with the same token finds it instead of adding one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const first = await stack.graphql(CREATE, { input: { ...input, clientToken } });
    const second = await stack.graphql(CREATE, { input: { ...input, clientToken } });
    expect(first.body.errors).toBeUndefined();
    expect(second.body.data).toEqual(first.body.data);

    const list = await stack.graphql(
      `query ($d: ID!) { accountAssociations(connectorDestinationId: $d, first: 100) { nodes { name } } }`,
      { d: destination },
    );
    const nodes = list.body.data!.accountAssociations.nodes as { name: string }[];
    const named = nodes.filter((n) => n.name === input.name);
    expect(named).toHaveLength(1);
  });

  test('a tag keyed "__proto__" is stored and read back like any other key', async () => {
    const { body } = await stack.graphql(CREATE, {
      input: {
        connectorDestinationId: destination,
        tags: [
          { key: '__proto__', value: 'kept' },
          { key: 'team', value: 'iot' },
        ],
      },
    });
    expect(body.errors).toBeUndefined();
    const id = body.data!.createAccountAssociation.accountAssociation
      .accountAssociationId as string;
    const read = await stack.graphql(
      `query ($id: ID!) { accountAssociation(accountAssociationId: $id) { tags { key value } } }`,
      { id },
    );
    expect(read.body.data!.accountAssociation.tags).toEqual([
      { key: '__proto__', value: 'kept' },
      { key: 'team', value: 'iot' },
    ]);
  });
});

describe('a page size over the maximum', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  test('is BAD_USER_INPUT naming `first`, whatever the page selects, with no AWS call', async () => {
    for (const selection of ['name', 'name tags { key } connectorDestination { name }']) {
      await stack.resetCalls();
      const { body } = await stack.graphql(
        `{ accountAssociations(first: 1000) { nodes { ${selection} } } }`,
      );
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'first',
      });
      expect(body.errors![0].message).not.toContain('Syntax Error');
      expect(await stack.calls()).toEqual({});
    }
  });
});

import { EMULATOR_SEED } from '../../src/emulator';
import { startStack, type GraphQLResponse, type Stack } from './gatewayStack';

const seed = EMULATOR_SEED.iotManagedIntegrations;
const destination = seed.connectorDestinations[2].id;
const DOCUMENTED = new Set(['THROTTLED', 'UPSTREAM_UNAVAILABLE']);

const GET = `query ($id: ID!) { accountAssociation(accountAssociationId: $id) { accountAssociationId name } }`;
const PAGE = `query ($d: ID!) { accountAssociations(connectorDestinationId: $d, first: 5) { nodes { accountAssociationId connectorDestinationId name tags { key } } } }`;
const CREATE = `mutation ($input: CreateAccountAssociationInput!) { createAccountAssociation(input: $input) { clientToken accountAssociation { accountAssociationId } } }`;

/**
 * The gateway under a flaky AWS: throttling, server errors and latency spikes on every operation it
 * uses, many concurrent callers, creates retried by their clients with the same token.
 */
describe('under injected faults and concurrent load', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: {
        UPSTREAM_MAX_ATTEMPTS: '2',
        UPSTREAM_MAX_IN_FLIGHT: '8',
        RATE_LIMIT_AWS_CALLS_PER_MINUTE: '1000000',
      },
    });
    await stack.setFaults([
      {
        operation: 'IoTManagedIntegrations.GetAccountAssociation',
        errorRate: 0.1,
        error: 'ThrottlingException',
        latencyMs: 15,
      },
      {
        operation: 'IoTManagedIntegrations.ListAccountAssociations',
        errorRate: 0.05,
        error: 'InternalServerException',
      },
      {
        operation: 'IoTManagedIntegrations.CreateAccountAssociation',
        errorRate: 0.1,
        error: 'ServiceUnavailableException',
        latencyMs: 120,
      },
      // Latency spikes on everything else.
      { operation: '*', latencyMs: 60 },
    ]);
  });
  afterAll(() => stack.stop());

  function check(body: GraphQLResponse['body']): void {
    for (const error of body.errors ?? []) {
      expect(DOCUMENTED.has(String(error.extensions?.code))).toBe(true);
    }
  }

  test('no crash, no wrong data, only documented codes, and one association per retried token', async () => {
    const codes = new Map<string, number>();
    const tally = (body: GraphQLResponse['body']) => {
      for (const e of body.errors ?? []) {
        const code = String(e.extensions?.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    };

    const reads = Array.from({ length: 160 }, async (_, i) => {
      if (i % 4 === 0) {
        const { status, body } = await stack.graphql(PAGE, {
          d: seed.connectorDestinations[i % 3].id,
        });
        expect(status).toBe(200);
        check(body);
        tally(body);
        for (const node of body.data?.accountAssociations?.nodes ?? []) {
          const known = seed.accountAssociations.find((a) => a.id === node.accountAssociationId);
          expect(known).toBeDefined();
          expect(node).toMatchObject({
            name: known!.name,
            connectorDestinationId: known!.connectorDestinationId,
          });
        }
        return;
      }
      const association = seed.accountAssociations[i % seed.accountAssociations.length];
      const { status, body } = await stack.graphql(GET, { id: association.id });
      expect(status).toBe(200);
      check(body);
      tally(body);
      if (body.data?.accountAssociation) {
        expect(body.data.accountAssociation).toEqual({
          accountAssociationId: association.id,
          name: association.name,
        });
      }
    });

    // Twenty clients create one association each, resending the same token until it succeeds.
    const creates = Array.from({ length: 20 }, async (_, i) => {
      const clientToken = `fault-load-${i}`;
      const input = { connectorDestinationId: destination, name: `Fault Load ${i}`, clientToken };
      for (let attempt = 1; ; attempt++) {
        const { status, body } = await stack.graphql(CREATE, { input });
        expect(status).toBe(200);
        check(body);
        tally(body);
        if (body.data?.createAccountAssociation) {
          expect(body.data.createAccountAssociation.clientToken).toBe(clientToken);
          return body.data.createAccountAssociation.accountAssociation
            .accountAssociationId as string;
        }
        expect(attempt).toBeLessThan(10);
      }
    });

    const [, created] = await Promise.all([Promise.all(reads), Promise.all(creates)]);
    expect(new Set(created).size).toBe(20);
    // Whatever the faults left after the SDK retried surfaced only as documented codes.
    expect([...codes.keys()].every((code) => DOCUMENTED.has(code))).toBe(true);

    await stack.clearFaults();
    const listed: { name: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await stack.graphql(
        `query ($d: ID!, $after: String) { accountAssociations(connectorDestinationId: $d, first: 100, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }`,
        { d: destination, after },
      );
      listed.push(...(body.data!.accountAssociations.nodes as { name: string }[]));
      if (!body.data!.accountAssociations.pageInfo.hasNextPage) break;
      after = body.data!.accountAssociations.pageInfo.endCursor as string;
    }
    for (let i = 0; i < 20; i++) {
      expect(listed.filter((n) => n.name === `Fault Load ${i}`)).toHaveLength(1);
    }
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200);
  });
});

import { EMULATOR_SEED } from '../../src/emulator';
import { count, startStack, type Data, type Stack } from './gatewayStack';

const { connectorDestinations } = EMULATOR_SEED.iotManagedIntegrations;
const { connections } = EMULATOR_SEED.proton;
const GET_DESTINATION = 'IoTManagedIntegrations.GetConnectorDestination';
const LIST_DESTINATIONS = 'IoTManagedIntegrations.ListConnectorDestinations';
const LIST_CONNECTIONS = 'Proton.ListEnvironmentAccountConnections';
const GET_CONNECTION = 'Proton.GetEnvironmentAccountConnection';

const DESTINATIONS = `query ($first: Int, $after: String) {
  connectorDestinations(first: $first, after: $after) {
    edges { cursor node { id connectorDestinationId name description cloudConnectorId } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const CONNECTIONS = `query (
  $by: EnvironmentAccountConnectionRequester!
  $statuses: [EnvironmentAccountConnectionStatus!]
  $environmentName: String
  $first: Int
  $after: String
) {
  environmentAccountConnections(
    requestedBy: $by, statuses: $statuses, environmentName: $environmentName, first: $first, after: $after
  ) {
    nodes { environmentAccountConnectionId environmentName status }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

const codes = (body: { errors?: { extensions?: Data }[] }) =>
  (body.errors ?? []).map((e): unknown => e.extensions?.code);

describe('connector destinations, and environment account connections', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.resetCalls());

  describe('connectorDestination(s)', () => {
    test('aliases of one connectorDestination cost one GetConnectorDestination', async () => {
      const [destination] = connectorDestinations;
      const { body } = await stack.graphql(
        `query ($d: ID!) {
          a: connectorDestination(connectorDestinationId: $d) { name }
          b: connectorDestination(connectorDestinationId: $d) { id cloudConnectorId }
          c: connectorDestination(connectorDestinationId: $d) { connectorDestinationId description }
        }`,
        { d: destination.id },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.a.name).toBe(destination.name);
      expect(body.data!.b.cloudConnectorId).toBe(destination.cloudConnectorId);
      expect(body.data!.c.connectorDestinationId).toBe(destination.id);
      expect(await stack.calls()).toEqual({ [GET_DESTINATION]: 1 });
    });

    test('an unknown destination is NOT_FOUND; a malformed id is BAD_USER_INPUT without a call', async () => {
      const query = `query ($d: ID!) { connectorDestination(connectorDestinationId: $d) { name } }`;
      const missing = await stack.graphql(query, { d: 'nosuchdestination' });
      expect(missing.body.data).toEqual({ connectorDestination: null });
      expect(codes(missing.body)).toEqual(['NOT_FOUND']);
      await stack.resetCalls();
      const bad = await stack.graphql(query, { d: 'has spaces' });
      expect(bad.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'connectorDestinationId',
      });
      expect(await stack.calls()).toEqual({});
    });

    test('pages through every destination with exact hasNextPage, one List per page', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const { body } = await stack.graphql(DESTINATIONS, { first: 2, after });
        expect(body.errors).toBeUndefined();
        const connection = body.data!.connectorDestinations;
        expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(connection.edges.length).toBeGreaterThan(0);
        for (const { node } of connection.edges as { node: Data }[]) {
          seen.push(node.connectorDestinationId as string);
          const seeded = connectorDestinations.find((d) => d.id === node.connectorDestinationId)!;
          expect(node).toMatchObject({
            name: seeded.name,
            cloudConnectorId: seeded.cloudConnectorId,
          });
        }
        pages++;
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(pages).toBe(2);
      expect(seen).toEqual(connectorDestinations.map((d) => d.id));
      expect(await stack.calls()).toEqual({ [LIST_DESTINATIONS]: 2 });
    });

    test('a listed destination is not fetched again for its associations; it refetches by node id', async () => {
      const { body } = await stack.graphql(
        `{ connectorDestinations {
            nodes { id name accountAssociations(first: 2) { nodes { connectorDestination { name } } } }
        } }`,
      );
      expect(body.errors).toBeUndefined();
      const nodes = body.data!.connectorDestinations.nodes as {
        id: string;
        name: string;
        accountAssociations: { nodes: { connectorDestination: { name: string } }[] };
      }[];
      for (const node of nodes) {
        for (const association of node.accountAssociations.nodes) {
          expect(association.connectorDestination.name).toBe(node.name);
        }
      }
      expect(await stack.calls()).toEqual({
        [LIST_DESTINATIONS]: 1,
        'IoTManagedIntegrations.ListAccountAssociations': connectorDestinations.length,
      });

      const node = await stack.graphql(
        `query ($id: ID!) { node(id: $id) { ... on ConnectorDestination { name } } }`,
        { id: nodes[0].id },
      );
      expect(node.body.data!.node).toEqual({ name: connectorDestinations[0].name });
    });

    test('a forged cursor, or one of another list, is BAD_USER_INPUT naming after', async () => {
      const other = await stack.graphql(
        '{ accountAssociations(first: 1) { pageInfo { endCursor } } }',
      );
      await stack.resetCalls();
      for (const after of [
        other.body.data!.accountAssociations.pageInfo.endCursor as string,
        'v1.forged.cursor',
      ]) {
        const { body } = await stack.graphql(DESTINATIONS, { after });
        expect(body.errors![0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argumentName: 'after',
        });
      }
      expect(await stack.calls()).toEqual({});
    });
  });

  describe('environmentAccountConnections', () => {
    test('filters by status and environment, pages exactly, one List per page', async () => {
      const pending = connections.filter((c) => c.status === 'PENDING');
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { body } = await stack.graphql(CONNECTIONS, {
          by: 'MANAGEMENT_ACCOUNT',
          statuses: ['PENDING'],
          first: 5,
          after,
        });
        expect(body.errors).toBeUndefined();
        const page = body.data!.environmentAccountConnections;
        for (const node of page.nodes as Data[]) {
          expect(node.status).toBe('PENDING');
          seen.push(node.environmentAccountConnectionId as string);
        }
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(pending.map((c) => c.id));
      expect(count(await stack.calls(), LIST_CONNECTIONS)).toBe(Math.ceil(pending.length / 5));
      expect(count(await stack.calls(), GET_CONNECTION)).toBe(0);

      const name = connections[0].environmentName;
      const byName = await stack.graphql(CONNECTIONS, {
        by: 'MANAGEMENT_ACCOUNT',
        environmentName: name,
        statuses: ['CONNECTED', 'PENDING', 'REJECTED'],
        first: 100,
      });
      expect(
        (byName.body.data!.environmentAccountConnections.nodes as Data[]).map(
          (n) => n.environmentAccountConnectionId as string,
        ),
      ).toEqual(connections.filter((c) => c.environmentName === name).map((c) => c.id));
    });

    test('this account requested none of the seeded connections', async () => {
      const { body } = await stack.graphql(CONNECTIONS, { by: 'ENVIRONMENT_ACCOUNT' });
      expect(body.data!.environmentAccountConnections).toEqual({
        nodes: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
      });
    });

    test('codebuildRoleArn, which list items lack, costs one Get per item', async () => {
      const { body } = await stack.graphql(
        `{ environmentAccountConnections(requestedBy: MANAGEMENT_ACCOUNT, first: 4) {
            nodes { environmentName roleArn codebuildRoleArn }
        } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.environmentAccountConnections.nodes).toHaveLength(4);
      expect(await stack.calls()).toEqual({ [LIST_CONNECTIONS]: 1, [GET_CONNECTION]: 4 });
    });

    test('a cursor is bound to the filters; UNKNOWN and a bad environment name are BAD_USER_INPUT without a call', async () => {
      const first = await stack.graphql(CONNECTIONS, {
        by: 'MANAGEMENT_ACCOUNT',
        statuses: ['PENDING', 'CONNECTED'],
        first: 2,
      });
      const after = first.body.data!.environmentAccountConnections.pageInfo.endCursor as string;
      // The same set of statuses in another order is the same filter.
      const same = await stack.graphql(CONNECTIONS, {
        by: 'MANAGEMENT_ACCOUNT',
        statuses: ['CONNECTED', 'PENDING'],
        first: 2,
        after,
      });
      expect(same.body.errors).toBeUndefined();
      await stack.resetCalls();
      for (const [variables, argument] of [
        [{ by: 'MANAGEMENT_ACCOUNT', statuses: ['PENDING'], after }, 'after'],
        [{ by: 'ENVIRONMENT_ACCOUNT', statuses: ['PENDING', 'CONNECTED'], after }, 'after'],
        [{ by: 'MANAGEMENT_ACCOUNT', statuses: ['UNKNOWN'] }, 'statuses'],
        [{ by: 'MANAGEMENT_ACCOUNT', environmentName: '-leading-dash' }, 'environmentName'],
      ] as const) {
        const { body } = await stack.graphql(CONNECTIONS, variables);
        expect(body.data).toBeNull();
        expect(body.errors![0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argumentName: argument,
        });
      }
      expect(await stack.calls()).toEqual({});
    });

    test('a Proton outage fails only the Proton list', async () => {
      await stack.setFaults([{ operation: LIST_CONNECTIONS, error: 'InternalServerException' }]);
      try {
        const { body } = await stack.graphql(
          `{ ssoInstances { nodes { name } } environmentAccountConnections(requestedBy: MANAGEMENT_ACCOUNT) { nodes { status } } }`,
        );
        expect(body.data).toBeNull();
        expect(body.errors).toHaveLength(1);
        expect(body.errors![0]).toMatchObject({
          path: ['environmentAccountConnections'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'Proton' },
        });
      } finally {
        await stack.clearFaults();
      }
    });
  });
});

describe('PROTON=off', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { PROTON: 'off' } });
  });
  afterAll(() => stack.stop());

  test('every Proton field answers SERVICE_DISABLED naming the end of support, without calling AWS; other fields are served', async () => {
    const connection = connections[0];
    const nodeId = Buffer.from(`EnvironmentAccountConnection:${connection.id}`).toString(
      'base64url',
    );
    const { body } = await stack.graphql(
      `query ($id: ID!, $node: ID!) {
        one: environmentAccountConnection(environmentAccountConnectionId: $id) { status }
        node(id: $node) { id }
        connectorDestination(connectorDestinationId: "${connectorDestinations[0].id}") { name }
      }`,
      { id: connection.id, node: nodeId },
    );
    expect(body.data).toEqual({
      one: null,
      node: null,
      connectorDestination: { name: connectorDestinations[0].name },
    });
    expect(codes(body)).toEqual(['SERVICE_DISABLED', 'SERVICE_DISABLED']);
    for (const error of body.errors!) {
      expect(error.message).toMatch(/end of support on 2026-10-07.*PROTON=off/);
      expect(error.extensions).toMatchObject({ service: 'Proton' });
    }
    const list = await stack.graphql(CONNECTIONS, { by: 'MANAGEMENT_ACCOUNT' });
    expect(codes(list.body)).toEqual(['SERVICE_DISABLED']);

    const calls = await stack.calls();
    expect(Object.keys(calls).filter((operation) => operation.startsWith('Proton.'))).toEqual([]);
    expect(calls).toEqual({ [GET_DESTINATION]: 1 });
  });
});

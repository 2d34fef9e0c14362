import { EMULATOR_SEED } from '../../src/emulator';
import { startStack, type Stack } from './gatewayStack';

const destination = EMULATOR_SEED.iotManagedIntegrations.connectorDestinations[0];
const ofDestination = EMULATOR_SEED.iotManagedIntegrations.accountAssociations.filter(
  (a) => a.connectorDestinationId === destination.id,
);

const VIA_ASSOCIATION = `query ($id: ID!) {
  accountAssociation(accountAssociationId: $id) {
    connectorDestination { id connectorDestinationId name cloudConnectorId }
  }
}`;
const NODE = `query ($id: ID!, $first: Int, $after: String) {
  node(id: $id) {
    __typename id
    ... on ConnectorDestination {
      connectorDestinationId name
      accountAssociations(first: $first, after: $after) {
        edges { cursor node { accountAssociationId connectorDestinationId } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }
  }
}`;

describe('ConnectorDestination is a Node with its associations', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.resetCalls());

  test('refetches by global id with one GetConnectorDestination, and pages its associations', async () => {
    expect(ofDestination.length).toBeGreaterThan(3);
    const first = await stack.graphql(VIA_ASSOCIATION, { id: ofDestination[0].id });
    expect(first.body.errors).toBeUndefined();
    const { id, ...fields } = first.body.data!.accountAssociation.connectorDestination;
    expect(fields).toEqual({
      connectorDestinationId: destination.id,
      name: destination.name,
      cloudConnectorId: destination.cloudConnectorId,
    });

    await stack.resetCalls();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { body } = await stack.graphql(NODE, { id, first: 3, after });
      expect(body.errors).toBeUndefined();
      expect(body.data!.node).toMatchObject({
        __typename: 'ConnectorDestination',
        id,
        connectorDestinationId: destination.id,
        name: destination.name,
      });
      const connection = body.data!.node.accountAssociations;
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      for (const edge of connection.edges) {
        expect(edge.node.connectorDestinationId).toBe(destination.id);
        seen.push(edge.node.accountAssociationId as string);
      }
      pages++;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(ofDestination.map((a) => a.id).sort());
    // Per page: one Get of the destination and one List filtered by it; list items need no Get.
    expect(await stack.calls()).toEqual({
      'IoTManagedIntegrations.GetConnectorDestination': pages,
      'IoTManagedIntegrations.ListAccountAssociations': pages,
    });
  });

  test('a cursor of the nested list is bound to its destination', async () => {
    const other = EMULATOR_SEED.iotManagedIntegrations.connectorDestinations[1];
    const ids = await Promise.all(
      [destination, other].map(async (d) => {
        const a = EMULATOR_SEED.iotManagedIntegrations.accountAssociations.find(
          (x) => x.connectorDestinationId === d.id,
        )!;
        const { body } = await stack.graphql(VIA_ASSOCIATION, { id: a.id });
        return body.data!.accountAssociation.connectorDestination.id as string;
      }),
    );
    const page = await stack.graphql(NODE, { id: ids[0], first: 1 });
    const cursor = page.body.data!.node.accountAssociations.pageInfo.endCursor as string;
    const foreign = await stack.graphql(NODE, { id: ids[1], first: 1, after: cursor });
    expect(foreign.body.errors![0]).toMatchObject({
      path: ['node', 'accountAssociations'],
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
  });

  test('an unknown destination is NOT_FOUND, a malformed key BAD_USER_INPUT, neither a 500', async () => {
    const missing = Buffer.from('ConnectorDestination:nosuchdestination').toString('base64url');
    const malformed = Buffer.from('ConnectorDestination:has spaces').toString('base64url');
    const { status, body } = await stack.graphql(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [missing, malformed] },
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({ nodes: [null, null] });
    const codes = Object.fromEntries(
      body.errors!.map((e) => [String(e.path!.join('.')), e.extensions!.code]),
    );
    expect(codes).toEqual({ 'nodes.0': 'NOT_FOUND', 'nodes.1': 'BAD_USER_INPUT' });
  });
});

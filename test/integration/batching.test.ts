import { EMULATOR_SEED } from '../../src/emulator';
import { count, startStack, type Stack } from './gatewayStack';

const { accountAssociations, connectorDestinations } = EMULATOR_SEED.iotManagedIntegrations;
const DESTINATION = connectorDestinations[0].id;
const LIST = 'IoTManagedIntegrations.ListAccountAssociations';
const GET = 'IoTManagedIntegrations.GetAccountAssociation';

const PAGE_QUERY = (fields: string) => `
  query Page($destination: ID) {
    accountAssociations(connectorDestinationId: $destination, first: 25) {
      edges { cursor node { ${fields} } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

describe('batching against the emulator (upstream calls = distinct resources needed)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.resetCalls());

  test('the same association under three aliases costs one GetAccountAssociation', async () => {
    const id = accountAssociations[0].id;
    const { body } = await stack.graphql(
      `query ($id: ID!) {
        a: accountAssociation(accountAssociationId: $id) { name tags { key value } }
        b: accountAssociation(accountAssociationId: $id) { associationState oauthAuthorizationUrl }
        c: accountAssociation(accountAssociationId: $id) { arn connectorDestinationId }
      }`,
      { id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.a.name).toBe(accountAssociations[0].name);
    expect(body.data!.b.associationState).toBe(accountAssociations[0].state);
    expect(body.data!.c.connectorDestinationId).toBe(accountAssociations[0].connectorDestinationId);
    expect(await stack.calls()).toEqual({ [GET]: 1 });
  });

  test('a 25-item page selecting only list fields costs one List and no Get', async () => {
    const { body } = await stack.graphql(
      PAGE_QUERY(
        'id accountAssociationId associationState name description arn errorMessage connectorDestinationId',
      ),
      { destination: DESTINATION },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.accountAssociations.edges).toHaveLength(25);
    expect(await stack.calls()).toEqual({ [LIST]: 1 });
  });

  test('the same page selecting tags costs one List and exactly 25 Gets', async () => {
    const { body } = await stack.graphql(
      PAGE_QUERY('accountAssociationId name tags { key value }'),
      {
        destination: DESTINATION,
      },
    );
    expect(body.errors).toBeUndefined();
    const edges = body.data!.accountAssociations.edges as { node: { tags: unknown[] } }[];
    expect(edges).toHaveLength(25);
    for (const edge of edges)
      expect(edge.node.tags).toEqual(
        expect.arrayContaining([expect.objectContaining({ key: 'site' })]),
      );
    const calls = await stack.calls();
    expect(calls).toEqual({ [LIST]: 1, [GET]: 25 });
  });

  test('a page selecting its connector destination fetches each distinct destination once', async () => {
    const { body } = await stack.graphql(
      `{ accountAssociations(first: 30) { nodes { name connectorDestination { connectorDestinationId name cloudConnectorId } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const names = new Set(
      (body.data!.accountAssociations.nodes as { connectorDestination: { name: string } }[]).map(
        (n) => n.connectorDestination.name,
      ),
    );
    expect(names).toEqual(new Set(connectorDestinations.map((d) => d.name)));
    expect(await stack.calls()).toEqual({
      [LIST]: 1,
      'IoTManagedIntegrations.GetConnectorDestination': connectorDestinations.length,
    });
  });

  test('an association both listed and fetched by id with tags costs one List and one Get', async () => {
    const listed = await stack.graphql(PAGE_QUERY('accountAssociationId'), {
      destination: DESTINATION,
    });
    const id = listed.body.data!.accountAssociations.edges[3].node.accountAssociationId as string;
    await stack.resetCalls();
    const { body } = await stack.graphql(
      `query ($id: ID!, $destination: ID) {
        accountAssociations(connectorDestinationId: $destination, first: 25) { nodes { accountAssociationId tags { key } } }
        again: accountAssociation(accountAssociationId: $id) { name tags { key } }
      }`,
      { id, destination: DESTINATION },
    );
    expect(body.errors).toBeUndefined();
    // The page needs 25 Gets for tags; the by-id field shares the loader, so no 26th.
    expect(await stack.calls()).toEqual({ [LIST]: 1, [GET]: 25 });
  });

  test('a dashboard mixing all three types with repeated ids costs one call per distinct resource', async () => {
    const sso = EMULATOR_SEED.ssoAdmin;
    const proton = EMULATOR_SEED.proton.connections;
    const { body } = await stack.graphql(
      `query ($a1: ID!, $a2: ID!, $arn: String!, $r1: ID!, $r2: ID!, $p1: ID!, $p2: ID!) {
        x1: accountAssociation(accountAssociationId: $a1) { name }
        x2: accountAssociation(accountAssociationId: $a1) { tags { key } }
        x3: accountAssociation(accountAssociationId: $a2) { name }
        s1: assignmentStatus(instanceArn: $arn, requestId: $r1) { status }
        s2: assignmentStatus(instanceArn: $arn, requestId: $r1) { createdDate }
        s3: assignmentStatus(instanceArn: $arn, requestId: $r2) { status }
        p1: environmentAccountConnection(environmentAccountConnectionId: $p1) { status }
        p2: environmentAccountConnection(environmentAccountConnectionId: $p2) { status }
        p3: environmentAccountConnection(environmentAccountConnectionId: $p1) { environmentName }
      }`,
      {
        a1: accountAssociations[1].id,
        a2: accountAssociations[2].id,
        arn: sso.instanceArn,
        r1: sso.assignmentRequests[0].requestId,
        r2: sso.assignmentRequests[1].requestId,
        p1: proton[0].id,
        p2: proton[1].id,
      },
    );
    expect(body.errors).toBeUndefined();
    expect(await stack.calls()).toEqual({
      [GET]: 2,
      'SSOAdmin.DescribeAccountAssignmentCreationStatus': 2,
      'Proton.GetEnvironmentAccountConnection': 2,
    });
  });
});

describe('per-service in-flight cap', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { UPSTREAM_MAX_IN_FLIGHT: '5' } });
  });
  afterAll(() => stack.stop());

  test('25 Gets with a cap of 5 run in waves of at most 5, and every one still happens', async () => {
    await stack.setFaults([{ operation: GET, latencyMs: 100 }]);
    await stack.resetCalls();
    const started = performance.now();
    const { body } = await stack.graphql(PAGE_QUERY('tags { key }'), { destination: DESTINATION });
    const elapsed = performance.now() - started;
    expect(body.errors).toBeUndefined();
    expect(count(await stack.calls(), GET)).toBe(25);
    // 25 calls of ≥100 ms each, at most 5 at a time: at least 5 sequential waves.
    expect(elapsed).toBeGreaterThanOrEqual(490);
    expect(stack.clients.limiters.iot.active).toBe(0);
  });
});

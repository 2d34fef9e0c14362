import { EMULATOR_SEED } from '../../src/emulator';
import { startStack, type Data, type Stack } from './gatewayStack';

const association = EMULATOR_SEED.iotManagedIntegrations.accountAssociations[7];
const sso = EMULATOR_SEED.ssoAdmin;
const request = sso.assignmentRequests.find((r) => r.status === 'FAILED')!;
const connection = EMULATOR_SEED.proton.connections.find((c) => c.status === 'CONNECTED')!;

const ASSOCIATION_FIELDS =
  'id accountAssociationId associationState associationStateRaw errorMessage connectorDestinationId name description arn oauthAuthorizationUrl tags { key value }';
const STATUS_FIELDS =
  'id instanceArn requestId status statusRaw failureReason targetId targetType targetTypeRaw permissionSetArn principalType principalTypeRaw principalId createdDate';
const CONNECTION_FIELDS =
  'id environmentAccountConnectionId arn codebuildRoleArn componentRoleArn environmentAccountId environmentName lastModifiedAt managementAccountId requestedAt roleArn status statusRaw';

describe('node / nodes round trips for all three types', () => {
  let stack: Stack;
  let direct: Data;
  beforeAll(async () => {
    stack = await startStack();
    const { body } = await stack.graphql(
      `query ($a: ID!, $arn: String!, $r: ID!, $p: ID!) {
        accountAssociation(accountAssociationId: $a) { ${ASSOCIATION_FIELDS} }
        assignmentStatus(instanceArn: $arn, requestId: $r) { ${STATUS_FIELDS} }
        environmentAccountConnection(environmentAccountConnectionId: $p) { ${CONNECTION_FIELDS} }
      }`,
      { a: association.id, arn: sso.instanceArn, r: request.requestId, p: connection.id },
    );
    expect(body.errors).toBeUndefined();
    direct = body.data!;
  });
  afterAll(() => stack.stop());

  test('the objects carry AWS data mapped to the schema', () => {
    expect(direct.accountAssociation).toMatchObject({
      accountAssociationId: association.id,
      associationState: association.state,
      associationStateRaw: association.state,
      name: association.name,
      arn: `arn:aws:iotmanagedintegrations:us-east-1:123456789012:account-association/${association.id}`,
    });
    expect(direct.assignmentStatus).toMatchObject({
      instanceArn: sso.instanceArn,
      requestId: request.requestId,
      status: 'FAILED',
      statusRaw: 'FAILED',
      failureReason: expect.any(String),
      createdDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(direct.environmentAccountConnection).toMatchObject({
      environmentAccountConnectionId: connection.id,
      environmentName: connection.environmentName,
      environmentAccountId: connection.environmentAccountId,
      managementAccountId: '123456789012',
      status: 'CONNECTED',
      requestedAt: expect.stringMatching(/Z$/),
    });
  });

  test.each([
    ['AccountAssociation', 'accountAssociation', ASSOCIATION_FIELDS],
    ['AssignmentStatus', 'assignmentStatus', STATUS_FIELDS],
    ['EnvironmentAccountConnection', 'environmentAccountConnection', CONNECTION_FIELDS],
  ])('node(id) refetches %s with identical fields', async (typeName, field, fields) => {
    const { body } = await stack.graphql(
      `query ($id: ID!) { node(id: $id) { __typename ... on ${typeName} { ${fields} } } }`,
      { id: direct[field].id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.node).toEqual({ __typename: typeName, ...direct[field] });
  });

  test('nodes(ids) refetches all three in order', async () => {
    const ids = [
      direct.environmentAccountConnection.id,
      direct.accountAssociation.id,
      direct.assignmentStatus.id,
    ];
    const { body } = await stack.graphql(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`,
      { ids },
    );
    expect(body.data!.nodes).toEqual([
      { id: ids[0], __typename: 'EnvironmentAccountConnection' },
      { id: ids[1], __typename: 'AccountAssociation' },
      { id: ids[2], __typename: 'AssignmentStatus' },
    ]);
  });

  test('global ids are opaque and distinct per type', () => {
    const ids = [
      direct.accountAssociation.id,
      direct.assignmentStatus.id,
      direct.environmentAccountConnection.id,
    ];
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new Set(ids).size).toBe(3);
  });

  const encode = (s: string) => Buffer.from(s).toString('base64url');
  test.each([
    ['not base64url', 'abc$%^'],
    ['base64url of garbage', encode('garbage')],
    ['an unknown type', encode('Widget:123')],
    ['a type without keys', encode('AccountAssociation:')],
    ['a key breaking AWS constraints', encode('AccountAssociation:bad%20id')],
    ['the wrong number of keys', encode('AssignmentStatus:only-one')],
    ['a Proton id that is not a UUID', encode('EnvironmentAccountConnection:nope')],
    ['an empty id', ''],
  ])('node(id) with %s is BAD_USER_INPUT, before any AWS call', async (_what, id) => {
    await stack.resetCalls();
    const { body } = await stack.graphql('query ($id: ID!) { node(id: $id) { id } }', { id });
    expect(body.data).toEqual({ node: null });
    expect(body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'id',
    });
    expect(await stack.calls()).toEqual({});
  });

  test('node(id) of a well-formed id whose resource is gone is NOT_FOUND', async () => {
    const { body } = await stack.graphql('query ($id: ID!) { node(id: $id) { id } }', {
      id: encode('AccountAssociation:gone0000000000000000'),
    });
    expect(body.data).toEqual({ node: null });
    expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  test('nodes accepts at most 100 ids', async () => {
    const ids = Array.from({ length: 101 }, () => direct.accountAssociation.id as string);
    const { body } = await stack.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids,
    });
    expect(body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'ids',
    });
  });
});

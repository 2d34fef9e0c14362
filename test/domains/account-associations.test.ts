import {
  CreateAccountAssociationCommand,
  GetAccountAssociationCommand,
  ListAccountAssociationsCommand,
} from '../../src/aws/iot-managed-integrations';
import { startMockedGateway } from './mockedGateway';

const item = (n: number) => ({
  AccountAssociationId: `assoc${n}`,
  AssociationState: 'ASSOCIATION_SUCCEEDED' as const,
  Name: `Association ${n}`,
});

describe('account associations (mocked IoT managed integrations client)', () => {
  let gw: Awaited<ReturnType<typeof startMockedGateway>>;
  beforeAll(async () => {
    gw = await startMockedGateway();
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.mocks.iot.reset());

  test('a state AWS added later is UNKNOWN with the raw value, not an error', async () => {
    gw.mocks.iot.on(GetAccountAssociationCommand).resolves({
      AccountAssociationId: 'abc',
      AssociationState: 'ASSOCIATION_PAUSED' as never,
      OAuthAuthorizationUrl: 'https://auth.example.com',
    });
    const body = await gw.graphql(
      '{ accountAssociation(accountAssociationId: "abc") { associationState associationStateRaw tags { key } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      accountAssociation: {
        associationState: 'UNKNOWN',
        associationStateRaw: 'ASSOCIATION_PAUSED',
        tags: [],
      },
    });
  });

  test('maps first/after onto MaxResults (+1 look-ahead), ConnectorDestinationId and NextToken', async () => {
    gw.mocks.iot
      .on(ListAccountAssociationsCommand, { NextToken: undefined })
      .resolves({ Items: [1, 2, 3, 4, 5, 6].map(item), NextToken: 'page2' })
      .on(ListAccountAssociationsCommand, { NextToken: 'page2' })
      .resolves({ Items: [7].map(item) });
    const first = await gw.graphql(
      '{ accountAssociations(connectorDestinationId: "dest-1", first: 5) { nodes { accountAssociationId } pageInfo { hasNextPage endCursor } } }',
    );
    expect(gw.mocks.iot.commandCalls(ListAccountAssociationsCommand)[0].args[0].input).toEqual({
      ConnectorDestinationId: 'dest-1',
      MaxResults: 6,
    });
    expect(first.data!.accountAssociations.pageInfo.hasNextPage).toBe(true);

    gw.mocks.iot.resetHistory();
    const second = await gw.graphql(
      `query ($after: String) { accountAssociations(connectorDestinationId: "dest-1", first: 5, after: $after) { nodes { accountAssociationId } pageInfo { hasNextPage } } }`,
      { after: first.data!.accountAssociations.pageInfo.endCursor },
    );
    // Resumes from the first AWS page (offset 5), reading on through its NextToken.
    expect(
      gw.mocks.iot.commandCalls(ListAccountAssociationsCommand).map((c) => c.args[0].input),
    ).toEqual([
      { ConnectorDestinationId: 'dest-1', MaxResults: 11 },
      { ConnectorDestinationId: 'dest-1', MaxResults: 5, NextToken: 'page2' },
    ]);
    expect(second.data!.accountAssociations).toEqual({
      nodes: [{ accountAssociationId: 'assoc6' }, { accountAssociationId: 'assoc7' }],
      pageInfo: { hasNextPage: false },
    });
  });

  test('short AWS pages carrying a NextToken are followed until the page is full', async () => {
    gw.mocks.iot
      .on(ListAccountAssociationsCommand, { NextToken: undefined })
      .resolves({ Items: [1, 2].map(item), NextToken: 't2' })
      .on(ListAccountAssociationsCommand, { NextToken: 't2' })
      .resolves({ Items: [], NextToken: 't3' })
      .on(ListAccountAssociationsCommand, { NextToken: 't3' })
      .resolves({ Items: [3, 4, 5].map(item), NextToken: 't4' });
    const body = await gw.graphql(
      '{ accountAssociations(first: 4) { nodes { accountAssociationId } pageInfo { hasNextPage } } }',
    );
    expect(body.data!.accountAssociations).toEqual({
      nodes: [1, 2, 3, 4].map((n) => ({ accountAssociationId: `assoc${n}` })),
      pageInfo: { hasNextPage: true },
    });
    expect(gw.mocks.iot.commandCalls(ListAccountAssociationsCommand)).toHaveLength(3);
  });

  test('sends the create input as AWS expects, with a generated UUID ClientToken', async () => {
    gw.mocks.iot.on(CreateAccountAssociationCommand).resolves({
      AccountAssociationId: 'new1',
      AssociationState: 'ASSOCIATION_IN_PROGRESS',
      OAuthAuthorizationUrl: 'https://auth.example.com/authorize?state=new1',
      Arn: 'arn:aws:iotmanagedintegrations:us-east-1:123456789012:account-association/new1',
    });
    const body = await gw.graphql(
      `mutation { createAccountAssociation(input: {
        connectorDestinationId: "dest-1", name: "Hall", description: "Hall lights", tags: [{ key: "a", value: "1" }]
      }) { clientToken accountAssociation { accountAssociationId associationState oauthAuthorizationUrl arn } } }`,
    );
    const sent = gw.mocks.iot.commandCalls(CreateAccountAssociationCommand)[0].args[0].input;
    const token = body.data!.createAccountAssociation.clientToken as string;
    expect(sent).toEqual({
      ClientToken: token,
      ConnectorDestinationId: 'dest-1',
      Name: 'Hall',
      Description: 'Hall lights',
      Tags: { a: '1' },
    });
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.data!.createAccountAssociation.accountAssociation).toEqual({
      accountAssociationId: 'new1',
      associationState: 'ASSOCIATION_IN_PROGRESS',
      oauthAuthorizationUrl: 'https://auth.example.com/authorize?state=new1',
      arn: 'arn:aws:iotmanagedintegrations:us-east-1:123456789012:account-association/new1',
    });
    expect(gw.mocks.iot.commandCalls(GetAccountAssociationCommand)).toHaveLength(0);
  });
});

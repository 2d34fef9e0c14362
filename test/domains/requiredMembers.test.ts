import { GetEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton';
import { DescribeAccountAssignmentCreationStatusCommand } from '@aws-sdk/client-sso-admin';

import { ListAccountAssociationsCommand } from '../../src/aws/iot-managed-integrations';
import { startMockedGateway } from './mockedGateway';

const ID = '0f0e0d0c-0b0a-4000-8000-0000000000aa';
const INSTANCE = 'arn:aws:sso:::instance/ssoins-1234567890abcdef';
const REQUEST = '00000000-0000-4000-8000-000000000001';
const connection = {
  id: ID,
  arn: `arn:aws:proton:us-east-1:123456789012:environment-account-connection/${ID}`,
  environmentAccountId: '111122223333',
  environmentName: 'staging',
  managementAccountId: '123456789012',
  roleArn: 'arn:aws:iam::111122223333:role/proton-service',
  requestedAt: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
  lastModifiedAt: new Date(Date.UTC(2025, 0, 3, 3, 4, 5)),
  status: 'CONNECTED' as const,
};

// AWS's model marks some answer members required; an answer without one is a broken upstream,
// reported where it is read, naming the call, and never failing unrelated fields.
describe('an AWS answer missing a member the model requires', () => {
  let gw: Awaited<ReturnType<typeof startMockedGateway>>;
  beforeAll(async () => {
    gw = await startMockedGateway();
  });
  afterAll(() => gw.stop());
  beforeEach(() => {
    gw.mocks.proton.reset();
    gw.mocks.ssoAdmin.reset();
    gw.mocks.iot.reset();
  });

  test('a nested required member: only that field fails, naming Proton and the operation', async () => {
    const withoutArn: Partial<typeof connection> = { ...connection };
    delete withoutArn.arn;
    gw.mocks.proton
      .on(GetEnvironmentAccountConnectionCommand)
      .resolves({ environmentAccountConnection: withoutArn as typeof connection });
    gw.mocks.ssoAdmin.on(DescribeAccountAssignmentCreationStatusCommand).resolves({
      AccountAssignmentCreationStatus: { RequestId: REQUEST, Status: 'SUCCEEDED' },
    });
    const body = await gw.graphql(
      `query ($id: ID!, $instance: String!, $request: ID!) {
        environmentAccountConnection(environmentAccountConnectionId: $id) { environmentName }
        assignmentStatus(instanceArn: $instance, requestId: $request) { status }
      }`,
      { id: ID, instance: INSTANCE, request: REQUEST },
    );
    expect(body.data).toEqual({
      environmentAccountConnection: null,
      assignmentStatus: { status: 'SUCCEEDED' },
    });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      message: 'Internal server error',
      path: ['environmentAccountConnection'],
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        service: 'Proton',
        operation: 'GetEnvironmentAccountConnection',
      },
    });
  });

  test('a required member of one list item fails the list, naming the List call', async () => {
    gw.mocks.iot.on(ListAccountAssociationsCommand).resolves({
      Items: [
        { AccountAssociationId: 'a1', AssociationState: 'ASSOCIATION_SUCCEEDED' },
        { AccountAssociationId: 'a2' } as never,
      ],
    });
    const body = await gw.graphql('{ accountAssociations { nodes { accountAssociationId } } }');
    expect(body.data).toBeNull();
    expect(body.errors![0]).toMatchObject({
      path: ['accountAssociations'],
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        service: 'IoTManagedIntegrations',
        operation: 'ListAccountAssociations',
      },
    });
  });

  test('a complete answer passes unchanged', async () => {
    gw.mocks.proton
      .on(GetEnvironmentAccountConnectionCommand)
      .resolves({ environmentAccountConnection: connection });
    const body = await gw.graphql(
      `query ($id: ID!) { environmentAccountConnection(environmentAccountConnectionId: $id) { arn } }`,
      { id: ID },
    );
    expect(body).toEqual({ data: { environmentAccountConnection: { arn: connection.arn } } });
  });
});

import { GetEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton';

import { startMockedGateway } from './mockedGateway';

const ID = '0f0e0d0c-0b0a-4000-8000-0000000000aa';
const QUERY = `query ($id: ID!) {
  environmentAccountConnection(environmentAccountConnectionId: $id) {
    environmentAccountConnectionId arn codebuildRoleArn componentRoleArn environmentAccountId
    environmentName lastModifiedAt managementAccountId requestedAt roleArn status statusRaw
  }
}`;

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

describe('environment account connections (mocked Proton client)', () => {
  let gw: Awaited<ReturnType<typeof startMockedGateway>>;
  beforeAll(async () => {
    gw = await startMockedGateway();
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.mocks.proton.reset());

  test('maps GetEnvironmentAccountConnection onto the schema', async () => {
    gw.mocks.proton
      .on(GetEnvironmentAccountConnectionCommand, { id: ID })
      .resolves({ environmentAccountConnection: connection });
    const body = await gw.graphql(QUERY, { id: ID });
    expect(body.data!.environmentAccountConnection).toEqual({
      environmentAccountConnectionId: ID,
      arn: connection.arn,
      codebuildRoleArn: null,
      componentRoleArn: null,
      environmentAccountId: '111122223333',
      environmentName: 'staging',
      lastModifiedAt: '2025-01-03T03:04:05.000Z',
      managementAccountId: '123456789012',
      requestedAt: '2025-01-02T03:04:05.000Z',
      roleArn: connection.roleArn,
      status: 'CONNECTED',
      statusRaw: 'CONNECTED',
    });
  });

  test('a status AWS adds later is UNKNOWN with the raw value', async () => {
    gw.mocks.proton
      .on(GetEnvironmentAccountConnectionCommand)
      .resolves({ environmentAccountConnection: { ...connection, status: 'RETIRED' as never } });
    const body = await gw.graphql(QUERY, { id: ID });
    expect(body.errors).toBeUndefined();
    expect(body.data!.environmentAccountConnection).toMatchObject({
      status: 'UNKNOWN',
      statusRaw: 'RETIRED',
    });
  });

  test('a Proton failure is attributed to Proton', async () => {
    gw.mocks.proton.on(GetEnvironmentAccountConnectionCommand).rejects(
      Object.assign(new Error('Service is unavailable'), {
        name: 'ServiceUnavailableException',
        $fault: 'server',
        $metadata: { httpStatusCode: 503, requestId: 'proton-req-1' },
      }),
    );
    const body = await gw.graphql(QUERY, { id: ID });
    expect(body.data).toEqual({ environmentAccountConnection: null });
    expect(body.errors![0].extensions).toEqual({
      code: 'UPSTREAM_UNAVAILABLE',
      service: 'Proton',
      operation: 'GetEnvironmentAccountConnection',
      requestId: 'proton-req-1',
    });
  });
});

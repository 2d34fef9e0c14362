import { ListEnvironmentAccountConnectionsCommand } from '@aws-sdk/client-proton';
import { ListInstancesCommand } from '@aws-sdk/client-sso-admin';
import { mockClient } from 'aws-sdk-client-mock';
import { GraphQLError } from 'graphql';

import { createAwsClients, type AwsClients } from '../../src/aws/clients';
import { DeleteAccountAssociationCommand } from '../../src/aws/iot-managed-integrations';
import { upstreamOperationOf } from '../../src/aws/upstreamOperation';
import { loadConfig } from '../../src/config';
import { createUpstream } from '../../src/domains/upstream';
import { startEmulator, type RunningEmulator } from '../../src/emulator';

// None of these commands is used by the gateway: their errors are named by the clients'
// middleware alone, with no label written anywhere for them.
describe('every AWS error names its service and operation, with no call-site code', () => {
  let emulator: RunningEmulator;
  let clients: AwsClients;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    clients = createAwsClients(
      loadConfig({ NODE_ENV: 'test', UPSTREAM_MAX_ATTEMPTS: '1' }).upstream,
      {
        endpoint: emulator.endpoint,
        credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'secret' },
      },
    );
  });
  afterAll(async () => {
    clients.destroy();
    await emulator.stop();
  });

  async function fail(operation: string, error: string) {
    const response = await fetch(`${emulator.endpoint}/__emulator/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: [{ operation, errorRate: 1, error }] }),
    });
    expect(response.ok).toBe(true);
  }

  test.each([
    [
      'SSOAdmin.ListInstances',
      () => clients.ssoAdmin.send(new ListInstancesCommand({})),
      { service: 'SSOAdmin', operation: 'ListInstances' },
    ],
    [
      'Proton.ListEnvironmentAccountConnections',
      () =>
        clients.proton.send(
          new ListEnvironmentAccountConnectionsCommand({ requestedBy: 'MANAGEMENT_ACCOUNT' }),
        ),
      { service: 'Proton', operation: 'ListEnvironmentAccountConnections' },
    ],
    [
      'IoTManagedIntegrations.DeleteAccountAssociation',
      () =>
        clients.iot.send(new DeleteAccountAssociationCommand({ AccountAssociationId: 'abc123' })),
      { service: 'IoTManagedIntegrations', operation: 'DeleteAccountAssociation' },
    ],
  ])('%s: the client middleware tags the error', async (operation, send, expected) => {
    await fail(operation, 'AccessDeniedException');
    const error: unknown = await send().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'AccessDeniedException' });
    expect(upstreamOperationOf(error)).toEqual(expected);
  });

  test('the domain door turns it into the policy error, naming the call', async () => {
    await fail('SSOAdmin.ListInstances', 'AccessDeniedException');
    const error: unknown = await createUpstream(clients, 'ssoAdmin')
      .send(new ListInstancesCommand({}))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({
      code: 'FORBIDDEN',
      service: 'SSOAdmin',
      operation: 'ListInstances',
      requestId: expect.any(String),
    });
  });

  test('a client whose send is replaced (a test double) is still named from the command', async () => {
    const mocked = createAwsClients(loadConfig({ NODE_ENV: 'test' }).upstream, {
      endpoint: 'http://127.0.0.1:9',
      credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'secret' },
    });
    const mock = mockClient(mocked.proton);
    try {
      mock
        .on(ListEnvironmentAccountConnectionsCommand)
        .rejects(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }));
      const error: unknown = await createUpstream(mocked, 'proton')
        .send(new ListEnvironmentAccountConnectionsCommand({ requestedBy: 'MANAGEMENT_ACCOUNT' }))
        .catch((e: unknown) => e);
      expect((error as GraphQLError).extensions).toMatchObject({
        code: 'THROTTLED',
        service: 'Proton',
        operation: 'ListEnvironmentAccountConnections',
      });
    } finally {
      mock.restore();
      mocked.destroy();
    }
  });
});

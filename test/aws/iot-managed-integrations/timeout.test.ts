import {
  GetAccountAssociationCommand,
  type IoTManagedIntegrationsClient,
} from '../../../src/aws/iot-managed-integrations';
import { startRecordingServer, type RecordingServer } from './support/recordingServer';
import { createTestClient } from './support/testClient';

let server: RecordingServer;
const clients: IoTManagedIntegrationsClient[] = [];

beforeEach(async () => {
  server = await startRecordingServer();
});

afterEach(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  await server.stop();
});

const get = (client: IoTManagedIntegrationsClient) =>
  client.send(new GetAccountAssociationCommand({ AccountAssociationId: 'aa01' }));

test('aborts a request the server never answers once requestTimeout elapses', async () => {
  const client = createTestClient(server.endpoint, { requestTimeout: 300, maxAttempts: 1 });
  clients.push(client);
  server.reply({ hang: true });
  const socketClosed = server.socketClosed();

  const started = Date.now();
  const error: unknown = await get(client).then(
    () => undefined,
    (e: unknown) => e,
  );
  const elapsed = Date.now() - started;

  expect(error).toMatchObject({ name: 'TimeoutError', code: 'ETIMEDOUT' });
  expect((error as Error).message).toContain('300 ms requestTimeout');
  expect(elapsed).toBeGreaterThanOrEqual(290);
  expect(elapsed).toBeLessThan(2000);
  // The client destroyed its socket: the server sees the connection close.
  await socketClosed;
  expect(server.requests).toHaveLength(1);
});

test('also aborts with the portable requestHandler options form', async () => {
  const client = createTestClient(server.endpoint, {
    requestHandler: { requestTimeout: 200 },
    maxAttempts: 1,
  });
  clients.push(client);
  server.reply({ hang: true });

  await expect(get(client)).rejects.toMatchObject({ name: 'TimeoutError' });
});

test('retries a timed-out request like any transient failure', async () => {
  const client = createTestClient(server.endpoint, { requestTimeout: 200, maxAttempts: 2 });
  clients.push(client);
  server.reply(
    { hang: true },
    {
      status: 200,
      body: {
        AccountAssociationId: 'aa01',
        AssociationState: 'ASSOCIATION_SUCCEEDED',
        OAuthAuthorizationUrl: 'https://auth.example.com/authorize',
      },
    },
  );

  const output = await get(client);

  expect(output.AccountAssociationId).toBe('aa01');
  expect(output.$metadata.attempts).toBe(2);
  expect(server.requests).toHaveLength(2);
});

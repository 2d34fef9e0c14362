import {
  CreateAccountAssociationCommand,
  CreateConnectorDestinationCommand,
  GetAccountAssociationCommand,
  type IoTManagedIntegrationsClient,
} from '../../../src/aws/iot-managed-integrations';
import { startRecordingServer, type RecordingServer } from './support/recordingServer';
import { createTestClient } from './support/testClient';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: RecordingServer;
let client: IoTManagedIntegrationsClient;

beforeEach(async () => {
  server = await startRecordingServer();
  client = createTestClient(server.endpoint, { maxAttempts: 1 });
});

afterEach(async () => {
  client.destroy();
  await server.stop();
});

const created = {
  status: 201,
  body: {
    AccountAssociationId: 'aa01',
    AssociationState: 'ASSOCIATION_IN_PROGRESS',
    OAuthAuthorizationUrl: 'https://auth.example.com/authorize',
  },
};
const bodyOf = (index: number) =>
  JSON.parse(server.requests[index].body) as Record<string, unknown>;

test('fills ClientToken with a fresh UUID for each create that has none', async () => {
  server.reply(created, created);

  await client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: 'cd-hue-eu' }));
  await client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: 'cd-hue-eu' }));

  const [first, second] = [bodyOf(0).ClientToken, bodyOf(1).ClientToken];
  expect(first).toMatch(uuidV4);
  expect(second).toMatch(uuidV4);
  expect(first).not.toBe(second);
  expect(bodyOf(0)).toEqual({ ConnectorDestinationId: 'cd-hue-eu', ClientToken: first });
});

test('sends the caller’s ClientToken unchanged', async () => {
  server.reply(created);

  await client.send(
    new CreateAccountAssociationCommand({
      ConnectorDestinationId: 'cd-hue-eu',
      ClientToken: 'retry-safe-token-1',
    }),
  );

  expect(bodyOf(0).ClientToken).toBe('retry-safe-token-1');
});

test('fills ClientToken on CreateConnectorDestination too', async () => {
  server.reply({ status: 201, body: { Id: 'cd-new' } });

  await client.send(
    new CreateConnectorDestinationCommand({
      CloudConnectorId: 'hue-connector',
      AuthType: 'OAUTH',
      AuthConfig: {
        oAuth: {
          authUrl: 'https://auth.example.com/authorize',
          tokenUrl: 'https://auth.example.com/token',
          tokenEndpointAuthenticationScheme: 'HTTP_BASIC',
        },
      },
      SecretsManager: {
        arn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:hue-AbCdEf',
        versionId: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
      },
    }),
  );

  expect(bodyOf(0).ClientToken).toMatch(uuidV4);
});

test('percent-encodes URI labels', async () => {
  server.reply({ status: 200, body: created.body });

  await client.send(new GetAccountAssociationCommand({ AccountAssociationId: 'a/b c?d' }));

  expect(server.requests[0].path).toBe('/account-associations/a%2Fb%20c%3Fd');
});

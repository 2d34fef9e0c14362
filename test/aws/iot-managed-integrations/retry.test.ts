import {
  CreateAccountAssociationCommand,
  GetAccountAssociationCommand,
  ThrottlingException,
  ValidationException,
  type IoTManagedIntegrationsClient,
} from '../../../src/aws/iot-managed-integrations';
import { startRecordingServer, type RecordingServer } from './support/recordingServer';
import { createTestClient } from './support/testClient';

const throttled = {
  status: 429,
  headers: { 'x-amzn-errortype': 'ThrottlingException', 'x-amzn-requestid': 'req-throttled' },
  body: { message: 'Rate exceeded' },
};
const association = {
  AccountAssociationId: 'aa01',
  AssociationState: 'ASSOCIATION_SUCCEEDED',
  OAuthAuthorizationUrl: 'https://auth.example.com/authorize',
};

let server: RecordingServer;
let client: IoTManagedIntegrationsClient;

beforeEach(async () => {
  server = await startRecordingServer();
  client = createTestClient(server.endpoint, { maxAttempts: 3 });
});

afterEach(async () => {
  client.destroy();
  await server.stop();
});

const getAssociation = () =>
  client.send(new GetAccountAssociationCommand({ AccountAssociationId: 'aa01' }));

test('retries throttling and surfaces ThrottlingException once maxAttempts is spent', async () => {
  server.reply(throttled, throttled, throttled);

  const error: unknown = await getAssociation().then(
    () => undefined,
    (e: unknown) => e,
  );

  expect(error).toBeInstanceOf(ThrottlingException);
  const throttling = error as ThrottlingException;
  expect(throttling.name).toBe('ThrottlingException');
  expect(throttling.$fault).toBe('client');
  expect(throttling.$metadata).toMatchObject({
    httpStatusCode: 429,
    requestId: 'req-throttled',
    attempts: 3,
  });
  expect(throttling.$metadata.totalRetryDelay).toBeGreaterThan(0);
  expect(server.requests).toHaveLength(3);
  // The SDK announces each attempt to the service.
  expect(server.requests.map((request) => request.headers['amz-sdk-request'])).toEqual([
    'attempt=1; max=3',
    'attempt=2; max=3',
    'attempt=3; max=3',
  ]);
});

test('succeeds when a 5xx answer is followed by a success', async () => {
  server.reply(
    { status: 503, headers: { 'x-amzn-errortype': 'ServiceUnavailableException' }, body: {} },
    { status: 200, body: association },
  );

  const output = await getAssociation();

  expect(output.AccountAssociationId).toBe('aa01');
  expect(output.$metadata.attempts).toBe(2);
  expect(server.requests).toHaveLength(2);
});

test('does not retry a client error such as ValidationException', async () => {
  server.reply({
    status: 400,
    headers: { 'x-amzn-errortype': 'ValidationException' },
    body: { message: 'bad id' },
  });

  await expect(getAssociation()).rejects.toBeInstanceOf(ValidationException);
  expect(server.requests).toHaveLength(1);
});

test('sends the same generated ClientToken on every attempt of a create', async () => {
  server.reply(throttled, {
    status: 201,
    body: { ...association, AssociationState: 'ASSOCIATION_IN_PROGRESS' },
  });

  const output = await client.send(
    new CreateAccountAssociationCommand({ ConnectorDestinationId: 'cd-hue-eu' }),
  );

  expect(output.$metadata.attempts).toBe(2);
  const tokens = server.requests.map(
    (request) => (JSON.parse(request.body) as { ClientToken: string }).ClientToken,
  );
  expect(tokens).toHaveLength(2);
  expect(tokens[0]).toBe(tokens[1]);
});

test('honours maxAttempts: 1 by never retrying', async () => {
  const single = createTestClient(server.endpoint, { maxAttempts: 1 });
  server.reply(throttled);

  await expect(
    single.send(new GetAccountAssociationCommand({ AccountAssociationId: 'aa01' })),
  ).rejects.toMatchObject({ name: 'ThrottlingException', $metadata: { attempts: 1 } });
  expect(server.requests).toHaveLength(1);
  single.destroy();
});

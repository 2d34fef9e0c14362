// Golden wire tests: every command against a real local HTTP server that records the request and
// replays recorded responses from test/fixtures/iot-managed-integrations/<Operation>.json.
import {
  AccessDeniedException,
  ConflictException,
  CreateAccountAssociationCommand,
  CreateConnectorDestinationCommand,
  DeleteAccountAssociationCommand,
  GetAccountAssociationCommand,
  GetConnectorDestinationCommand,
  InternalServerException,
  InvalidRequestException,
  IoTManagedIntegrationsServiceException,
  ListAccountAssociationsCommand,
  ListConnectorDestinationsCommand,
  ResourceNotFoundException,
  ServiceUnavailableException,
  StartAccountAssociationRefreshCommand,
  ThrottlingException,
  UnauthorizedException,
  UpdateAccountAssociationCommand,
  ValidationException,
  type IoTManagedIntegrationsClient,
  type ServiceOutputTypes,
} from '../../../src/aws/iot-managed-integrations';
import { startRecordingServer, type RecordingServer } from './support/recordingServer';
import { createTestClient, sigV4Authorization } from './support/testClient';
import { loadWireFixtures, type ExpectedRequest } from './support/wireFixtures';

const commandClasses = {
  CreateAccountAssociation: CreateAccountAssociationCommand,
  CreateConnectorDestination: CreateConnectorDestinationCommand,
  DeleteAccountAssociation: DeleteAccountAssociationCommand,
  GetAccountAssociation: GetAccountAssociationCommand,
  GetConnectorDestination: GetConnectorDestinationCommand,
  ListAccountAssociations: ListAccountAssociationsCommand,
  ListConnectorDestinations: ListConnectorDestinationsCommand,
  StartAccountAssociationRefresh: StartAccountAssociationRefreshCommand,
  UpdateAccountAssociation: UpdateAccountAssociationCommand,
};
type OperationName = keyof typeof commandClasses;

const errorClasses: Record<
  string,
  new (...args: never[]) => IoTManagedIntegrationsServiceException
> = {
  AccessDeniedException,
  ConflictException,
  InternalServerException,
  InvalidRequestException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  UnauthorizedException,
  ValidationException,
};

/** Sends the operation's command with an input read from a fixture. */
function send(
  client: IoTManagedIntegrationsClient,
  operation: OperationName,
  input: Record<string, unknown>,
): Promise<ServiceOutputTypes> {
  const Command = commandClasses[operation] as unknown as new (
    input: Record<string, unknown>,
  ) => Parameters<IoTManagedIntegrationsClient['send']>[0];
  return client.send(new Command(input));
}

function expectRequest(server: RecordingServer, expected: ExpectedRequest): void {
  expect(server.requests).toHaveLength(1);
  const [request] = server.requests;
  expect(request.method).toBe(expected.method);
  expect(request.path).toBe(expected.path);
  expect(request.query).toEqual(expected.query);
  expect(request.headers['content-type']).toBe(expected.contentType ?? undefined);
  if (expected.body === null) {
    expect(request.body).toBe('');
  } else {
    // Equality on the parsed body also proves absent members were omitted, not sent as null.
    expect(JSON.parse(request.body)).toEqual(expected.body);
  }
  expect(request.headers.authorization).toMatch(sigV4Authorization);
  expect(request.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
}

const fixtures = loadWireFixtures();
const operations = Object.keys(commandClasses) as OperationName[];

let server: RecordingServer;
let client: IoTManagedIntegrationsClient;

beforeEach(async () => {
  server = await startRecordingServer();
  // One attempt: the recorded 5xx and throttling answers must surface, not be retried.
  client = createTestClient(server.endpoint, { maxAttempts: 1 });
});

afterEach(async () => {
  client.destroy();
  await server.stop();
});

test('every exported command has a wire fixture', () => {
  expect([...fixtures.keys()].sort()).toEqual([...operations].sort());
});

describe.each(operations)('%s', (operation) => {
  const fixture = fixtures.get(operation)!;

  test('sends the recorded request and parses the recorded success response', async () => {
    server.reply(fixture.response);

    const { $metadata, ...output } = await send(client, operation, fixture.input);

    expectRequest(server, fixture.request);
    expect(output).toEqual(fixture.output);
    expect($metadata.httpStatusCode).toBe(fixture.response.status);
    expect($metadata.requestId).toBe(fixture.response.headers['x-amzn-requestid']);
    expect($metadata.attempts).toBe(1);
  });

  test.each(fixture.errors.map((errorCase) => [errorCase.expected.name, errorCase] as const))(
    'turns a recorded %s response into its exception class',
    async (name, { response, expected }) => {
      server.reply(response);

      const error: unknown = await send(client, operation, fixture.input).then(
        () => undefined,
        (e: unknown) => e,
      );

      expect(error).toBeInstanceOf(errorClasses[name]);
      expect(error).toBeInstanceOf(IoTManagedIntegrationsServiceException);
      const exception = error as IoTManagedIntegrationsServiceException;
      expect(exception.name).toBe(expected.name);
      expect(exception.$fault).toBe(expected.fault);
      expect(exception.message).toBe(expected.message);
      expect(exception.$metadata.httpStatusCode).toBe(expected.status);
      expect(exception.$metadata.requestId).toBe(expected.requestId);
      expect(exception).toMatchObject(expected.fields);
      expectRequest(server, fixture.request);
    },
  );
});

describe('error codes', () => {
  const get = () =>
    client.send(new GetAccountAssociationCommand({ AccountAssociationId: 'aa01' })).then(
      () => undefined,
      (e: unknown) => e,
    );

  test.each([
    ['InvalidRequestException', InvalidRequestException, 400, 'client'],
    ['UnauthorizedException', UnauthorizedException, 401, 'client'],
  ] as const)(
    'maps %s, modeled for the service, to its class on any operation',
    async (code, ErrorClass, status, fault) => {
      server.reply({ status, headers: { 'x-amzn-errortype': code }, body: { message: 'denied' } });

      const error = await get();

      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({ name: code, $fault: fault, message: 'denied' });
    },
  );

  test('prefers the X-Amzn-ErrorType header over the body', async () => {
    server.reply({
      status: 400,
      headers: { 'x-amzn-errortype': 'ValidationException:http://internal.amazon.com/' },
      body: { code: 'ConflictException', message: 'bad MaxResults' },
    });

    expect(await get()).toBeInstanceOf(ValidationException);
  });

  test('turns an unmodeled error code into the service exception named after it', async () => {
    server.reply({
      status: 402,
      headers: { 'x-amzn-requestid': 'req-unknown' },
      body: {
        __type: 'com.amazonaws.iotmanagedintegrations#ServiceQuotaExceededException',
        message: 'quota',
      },
    });

    const error = await get();

    expect(error).toBeInstanceOf(IoTManagedIntegrationsServiceException);
    expect(error).not.toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({
      name: 'ServiceQuotaExceededException',
      $fault: 'client',
      message: 'quota',
      $metadata: { httpStatusCode: 402, requestId: 'req-unknown' },
    });
  });

  test('reports a non-JSON error page with its HTTP status and raw response', async () => {
    server.reply({ status: 502, body: '<html>Bad Gateway</html>' });

    const error = await get();

    // As in the official clients: a body that is not JSON fails deserialization, and the error
    // still carries the status in $metadata and the raw response in the hidden $response field.
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 502 } });
    expect((error as { $response: { statusCode: number } }).$response.statusCode).toBe(502);
  });
});

import { mockClient } from 'aws-sdk-client-mock';

import {
  CreateAccountAssociationCommand,
  GetAccountAssociationCommand,
  IoTManagedIntegrationsClient,
  ListAccountAssociationsCommand,
  paginateListAccountAssociations,
  ResourceNotFoundException,
} from '../../../src/aws/iot-managed-integrations';
import { testCredentials } from './support/testClient';

// aws-sdk-client-mock replaces Client.prototype.send, so it works only if commands go through
// the Smithy client exactly as the official clients' do.
const iotMock = mockClient(IoTManagedIntegrationsClient);

// An endpoint nothing listens on: a request that escaped the mock would fail the test.
const client = new IoTManagedIntegrationsClient({
  region: 'eu-west-1',
  endpoint: 'http://127.0.0.1:9',
  credentials: testCredentials,
  maxAttempts: 1,
});

beforeEach(() => iotMock.reset());
afterAll(() => {
  iotMock.restore();
  client.destroy();
});

test('answers a command with the response registered for its input', async () => {
  iotMock.on(GetAccountAssociationCommand, { AccountAssociationId: 'aa01' }).resolves({
    AccountAssociationId: 'aa01',
    AssociationState: 'ASSOCIATION_SUCCEEDED',
    OAuthAuthorizationUrl: 'https://auth.example.com/authorize',
  });

  const output = await client.send(
    new GetAccountAssociationCommand({ AccountAssociationId: 'aa01' }),
  );

  expect(output.AssociationState).toBe('ASSOCIATION_SUCCEEDED');
  expect(iotMock.commandCalls(GetAccountAssociationCommand)).toHaveLength(1);
  expect(iotMock.commandCalls(GetAccountAssociationCommand)[0].args[0].input).toEqual({
    AccountAssociationId: 'aa01',
  });
});

test('rejects with a modeled exception the test registers', async () => {
  iotMock.on(GetAccountAssociationCommand).rejects(
    new ResourceNotFoundException({
      message: 'Account association not found',
      $metadata: { httpStatusCode: 404 },
    }),
  );

  await expect(
    client.send(new GetAccountAssociationCommand({ AccountAssociationId: 'missing' })),
  ).rejects.toMatchObject({ name: 'ResourceNotFoundException', $fault: 'client' });
});

test('distinguishes commands and drives the paginator', async () => {
  // The paginator reuses one input object across pages, so record a copy of each.
  const tokensSent: (string | undefined)[] = [];
  const pages = [
    {
      Items: [{ AccountAssociationId: 'aa01', AssociationState: 'ASSOCIATION_SUCCEEDED' as const }],
      NextToken: 'page2',
    },
    { Items: [{ AccountAssociationId: 'aa02', AssociationState: 'ASSOCIATION_FAILED' as const }] },
  ];
  iotMock.on(ListAccountAssociationsCommand).callsFake((input: { NextToken?: string }) => {
    tokensSent.push(input.NextToken);
    return pages[tokensSent.length - 1];
  });
  iotMock.on(CreateAccountAssociationCommand).rejects(new Error('must not be called'));

  const ids: string[] = [];
  for await (const page of paginateListAccountAssociations({ client }, {})) {
    ids.push(...(page.Items ?? []).map((item) => item.AccountAssociationId!));
  }

  expect(ids).toEqual(['aa01', 'aa02']);
  expect(tokensSent).toEqual([undefined, 'page2']);
  expect(iotMock.commandCalls(CreateAccountAssociationCommand)).toHaveLength(0);
});

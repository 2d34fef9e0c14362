import {
  ConflictException,
  CreateAccountAssociationCommand,
  CreateConnectorDestinationCommand,
  DeleteAccountAssociationCommand,
  GetAccountAssociationCommand,
  GetConnectorDestinationCommand,
  ListAccountAssociationsCommand,
  ListConnectorDestinationsCommand,
  paginateListAccountAssociations,
  paginateListConnectorDestinations,
  ResourceNotFoundException,
  StartAccountAssociationRefreshCommand,
  UpdateAccountAssociationCommand,
  ValidationException,
} from '../../src/aws/iot-managed-integrations';
import type { IoTManagedIntegrationsClient } from '../../src/aws/iot-managed-integrations';
import { EMULATOR_SEED, startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { calls, eventually, iotClient, rejectionOf } from './support';

const seed = EMULATOR_SEED.iotManagedIntegrations;
const [acme, lumen] = seed.connectorDestinations;
const STATES = [
  'ASSOCIATION_IN_PROGRESS',
  'ASSOCIATION_FAILED',
  'ASSOCIATION_SUCCEEDED',
  'ASSOCIATION_DELETING',
  'REFRESH_TOKEN_EXPIRED',
] as const;

let emulator: RunningEmulator;
let iot: IoTManagedIntegrationsClient;

beforeAll(async () => {
  emulator = await startEmulator({ associationDelayMs: 150 });
  iot = iotClient(emulator);
});
afterAll(async () => {
  iot.destroy();
  await emulator.stop();
});
beforeEach(() => emulator.reset());

async function listAll(pageSize: number, ConnectorDestinationId?: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of paginateListAccountAssociations(
    { client: iot, pageSize },
    { ConnectorDestinationId },
  )) {
    ids.push(...(page.Items ?? []).map((item) => item.AccountAssociationId!));
  }
  return ids;
}

describe('seed', () => {
  it('spreads 250 associations over 3 destinations, each destination in every state', () => {
    expect(seed.connectorDestinations).toHaveLength(3);
    expect(seed.accountAssociations).toHaveLength(250);
    for (const destination of seed.connectorDestinations) {
      const states = new Set(
        seed.accountAssociations
          .filter((a) => a.connectorDestinationId === destination.id)
          .map((a) => a.state),
      );
      expect([...states].sort()).toEqual([...STATES].sort());
    }
  });

  it('serves a seeded association with name, description, tags and OAuth URL', async () => {
    const first = seed.accountAssociations[0];
    const association = await iot.send(
      new GetAccountAssociationCommand({ AccountAssociationId: first.id }),
    );
    expect(association).toMatchObject({
      AccountAssociationId: first.id,
      AssociationState: first.state,
      ConnectorDestinationId: acme.id,
      Name: first.name,
      Description: expect.stringContaining('Acme Smart Home devices'),
      Arn: `arn:aws:iotmanagedintegrations:us-east-1:123456789012:account-association/${first.id}`,
      Tags: { site: expect.any(String), environment: 'staging', 'cost-center': 'cc-100' },
    });
    expect(association.OAuthAuthorizationUrl).toBe(
      `https://auth.acme-smarthome.example.com/oauth2/authorize?response_type=code&client_id=acme-smarthome-cloud&state=${first.id}`,
    );
    const failed = seed.accountAssociations.find((a) => a.state === 'ASSOCIATION_FAILED')!;
    const withError = await iot.send(
      new GetAccountAssociationCommand({ AccountAssociationId: failed.id }),
    );
    expect(withError.ErrorMessage).toEqual(expect.stringContaining('401'));
  });
});

describe('ListAccountAssociations', () => {
  it('pages through all 250 without loss or repetition, in a stable order', async () => {
    const ids = await listAll(33);
    expect(ids).toEqual(seed.accountAssociations.map((a) => a.id));
    expect((await calls(emulator))['IoTManagedIntegrations.ListAccountAssociations']).toBe(8);
  });

  it('filters by ConnectorDestinationId across pages', async () => {
    expect(await listAll(20, lumen.id)).toEqual(
      seed.accountAssociations
        .filter((a) => a.connectorDestinationId === lumen.id)
        .map((a) => a.id),
    );
    expect(await listAll(20, 'no-such-destination')).toEqual([]);
  });

  it('sends list items with only the AccountAssociationItem members (no tags, no OAuth URL)', async () => {
    const { Items, NextToken } = await iot.send(
      new ListAccountAssociationsCommand({ MaxResults: 1000 }),
    );
    expect(Items).toHaveLength(250);
    expect(NextToken).toBeUndefined();
    for (const item of Items!) {
      expect(item).not.toHaveProperty('Tags');
      expect(item).not.toHaveProperty('OAuthAuthorizationUrl');
    }
    expect(Object.keys(Items![4]).sort()).toEqual(
      [
        'AccountAssociationId',
        'Arn',
        'AssociationState',
        'ConnectorDestinationId',
        'Description',
        'ErrorMessage',
        'Name',
      ].sort(),
    );
  });

  it('defaults to pages of 100 and rejects MaxResults outside 1..1000', async () => {
    const { Items, NextToken } = await iot.send(new ListAccountAssociationsCommand({}));
    expect(Items).toHaveLength(100);
    expect(NextToken).toMatch(/^[a-zA-Z0-9=_-]+$/);
    for (const MaxResults of [0, 1001]) {
      const error = await rejectionOf(iot.send(new ListAccountAssociationsCommand({ MaxResults })));
      expect(error).toBeInstanceOf(ValidationException);
      expect(error.$metadata.httpStatusCode).toBe(400);
      expect(error.message).toMatch(
        new RegExp(`^1 validation error detected: Value '${MaxResults}' at 'maxResults'`),
      );
    }
  });

  it('rejects a forged token and a token reused with another filter', async () => {
    const forged = await rejectionOf(
      iot.send(new ListAccountAssociationsCommand({ NextToken: 'forged' })),
    );
    expect(forged).toBeInstanceOf(ValidationException);
    const { NextToken } = await iot.send(new ListAccountAssociationsCommand({ MaxResults: 10 }));
    const reused = await rejectionOf(
      iot.send(new ListAccountAssociationsCommand({ NextToken, ConnectorDestinationId: acme.id })),
    );
    expect(reused).toBeInstanceOf(ValidationException);
  });
});

describe('CreateAccountAssociation', () => {
  it('starts ASSOCIATION_IN_PROGRESS and succeeds after the configured delay', async () => {
    const created = await iot.send(
      new CreateAccountAssociationCommand({
        ConnectorDestinationId: acme.id,
        Name: 'Lab Hub',
        Description: 'Test lab hub',
        Tags: { owner: 'qa' },
      }),
    );
    expect(created).toMatchObject({
      AccountAssociationId: expect.stringMatching(/^[0-9a-zA-Z]+$/),
      AssociationState: 'ASSOCIATION_IN_PROGRESS',
      Arn: `arn:aws:iotmanagedintegrations:us-east-1:123456789012:account-association/${created.AccountAssociationId}`,
      OAuthAuthorizationUrl: expect.stringMatching(
        /^https:\/\/auth\.acme-smarthome\.example\.com\//,
      ),
    });
    expect(created.$metadata.httpStatusCode).toBe(201);
    const read = () =>
      iot.send(
        new GetAccountAssociationCommand({ AccountAssociationId: created.AccountAssociationId }),
      );
    expect(await read()).toMatchObject({
      AssociationState: 'ASSOCIATION_IN_PROGRESS',
      Tags: { owner: 'qa' },
      Name: 'Lab Hub',
    });
    const settled = await eventually(read, (a) => a.AssociationState !== 'ASSOCIATION_IN_PROGRESS');
    expect(settled.AssociationState).toBe('ASSOCIATION_SUCCEEDED');
    const ids = await listAll(1000);
    expect(ids).toHaveLength(251);
    expect(ids[250]).toBe(created.AccountAssociationId);
  });

  it('honours ClientToken: same input → same association, other input → ConflictException', async () => {
    const input = {
      ConnectorDestinationId: acme.id,
      Name: 'Kitchen',
      ClientToken: 'retry-safe-token-1',
    };
    const first = await iot.send(new CreateAccountAssociationCommand(input));
    const second = await iot.send(new CreateAccountAssociationCommand(input));
    expect(second.AccountAssociationId).toBe(first.AccountAssociationId);
    expect(await listAll(1000)).toHaveLength(251);
    const conflict = await rejectionOf(
      iot.send(new CreateAccountAssociationCommand({ ...input, Name: 'Garage' })),
    );
    expect(conflict).toBeInstanceOf(ConflictException);
    expect(conflict.$metadata.httpStatusCode).toBe(409);
  });

  it('compares ClientToken inputs by value, tags included', async () => {
    const input = { ConnectorDestinationId: lumen.id, ClientToken: 'retry-safe-token-2' };
    const first = await iot.send(
      new CreateAccountAssociationCommand({ ...input, Tags: { a: '1', b: '2' } }),
    );
    const reordered = await iot.send(
      new CreateAccountAssociationCommand({ ...input, Tags: { b: '2', a: '1' } }),
    );
    expect(reordered.AccountAssociationId).toBe(first.AccountAssociationId);
    const otherTags = await rejectionOf(
      iot.send(new CreateAccountAssociationCommand({ ...input, Tags: { a: '1', b: '3' } })),
    );
    expect(otherTags).toBeInstanceOf(ConflictException);
  });

  it('requires an existing connector destination', async () => {
    const error = await rejectionOf(
      iot.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: 'does-not-exist' })),
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({
      ResourceId: 'does-not-exist',
      ResourceType: 'ConnectorDestination',
    });
    expect(error.$metadata.httpStatusCode).toBe(404);
  });

  it('validates against the model constraints', async () => {
    const error = await rejectionOf(
      iot.send(
        new CreateAccountAssociationCommand({
          ConnectorDestinationId: acme.id,
          Name: 'Bad/Name!',
        }),
      ),
    );
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toBe(
      "1 validation error detected: Value 'Bad/Name!' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[A-Za-z0-9-_ ]+$",
    );
  });
});

describe('Get / Update / Delete / StartAccountAssociationRefresh', () => {
  const succeeded = () =>
    seed.accountAssociations.find((a) => a.state === 'ASSOCIATION_SUCCEEDED')!.id;

  it('answers ResourceNotFoundException and ValidationException for unknown and malformed ids', async () => {
    const missing = await rejectionOf(
      iot.send(new GetAccountAssociationCommand({ AccountAssociationId: 'missing1' })),
    );
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    expect(missing).toMatchObject({ ResourceId: 'missing1', ResourceType: 'AccountAssociation' });
    const malformed = await rejectionOf(
      iot.send(new GetAccountAssociationCommand({ AccountAssociationId: 'not-valid' })),
    );
    expect(malformed).toBeInstanceOf(ValidationException);
    expect(malformed.message).toBe(
      "1 validation error detected: Value 'not-valid' at 'accountAssociationId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-zA-Z]+$",
    );
    for (const command of [
      new UpdateAccountAssociationCommand({ AccountAssociationId: 'missing1', Name: 'x' }),
      new DeleteAccountAssociationCommand({ AccountAssociationId: 'missing1' }),
      new StartAccountAssociationRefreshCommand({ AccountAssociationId: 'missing1' }),
    ]) {
      expect(await rejectionOf(iot.send(command as never))).toBeInstanceOf(
        ResourceNotFoundException,
      );
    }
  });

  it('updates name and description', async () => {
    const id = succeeded();
    const updated = await iot.send(
      new UpdateAccountAssociationCommand({
        AccountAssociationId: id,
        Name: 'Renamed',
        Description: 'New words',
      }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(204);
    expect(
      await iot.send(new GetAccountAssociationCommand({ AccountAssociationId: id })),
    ).toMatchObject({
      Name: 'Renamed',
      Description: 'New words',
    });
  });

  it('refuses to update an association being deleted', async () => {
    const deleting = seed.accountAssociations.find((a) => a.state === 'ASSOCIATION_DELETING')!.id;
    const error = await rejectionOf(
      iot.send(new UpdateAccountAssociationCommand({ AccountAssociationId: deleting, Name: 'x' })),
    );
    expect(error).toBeInstanceOf(ConflictException);
  });

  it('deletes asynchronously: ASSOCIATION_DELETING, then not found', async () => {
    const id = succeeded();
    await iot.send(new DeleteAccountAssociationCommand({ AccountAssociationId: id }));
    const read = () => iot.send(new GetAccountAssociationCommand({ AccountAssociationId: id }));
    expect((await read()).AssociationState).toBe('ASSOCIATION_DELETING');
    await iot.send(new DeleteAccountAssociationCommand({ AccountAssociationId: id }));
    const gone = await eventually(
      () =>
        read().then(
          () => undefined,
          (error: unknown) => error,
        ),
      (error) => error !== undefined,
    );
    expect(gone).toBeInstanceOf(ResourceNotFoundException);
    expect(await listAll(1000)).not.toContain(id);
  });

  it('refreshes an expired association: new OAuth URL, back to in progress, then succeeded', async () => {
    const expired = seed.accountAssociations.find((a) => a.state === 'REFRESH_TOKEN_EXPIRED')!.id;
    const before = await iot.send(
      new GetAccountAssociationCommand({ AccountAssociationId: expired }),
    );
    const { OAuthAuthorizationUrl } = await iot.send(
      new StartAccountAssociationRefreshCommand({ AccountAssociationId: expired }),
    );
    expect(OAuthAuthorizationUrl).toMatch(/^https:\/\//);
    expect(OAuthAuthorizationUrl).not.toBe(before.OAuthAuthorizationUrl);
    const read = () =>
      iot.send(new GetAccountAssociationCommand({ AccountAssociationId: expired }));
    expect(await read()).toMatchObject({
      AssociationState: 'ASSOCIATION_IN_PROGRESS',
      OAuthAuthorizationUrl,
    });
    const settled = await eventually(read, (a) => a.AssociationState === 'ASSOCIATION_SUCCEEDED');
    expect(settled.AssociationState).toBe('ASSOCIATION_SUCCEEDED');
    expect(settled.ErrorMessage).toBeUndefined();
  });
});

describe('connector destinations', () => {
  const createInput = {
    Name: 'Nimbus Plugs',
    Description: 'Nimbus smart plugs',
    CloudConnectorId: 'nimbus-cloud',
    AuthType: 'OAUTH' as const,
    AuthConfig: {
      oAuth: {
        authUrl: 'https://auth.nimbus.example.com/authorize',
        tokenUrl: 'https://auth.nimbus.example.com/token',
        tokenEndpointAuthenticationScheme: 'HTTP_BASIC' as const,
      },
    },
    SecretsManager: {
      arn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:iotmi/nimbus-AbCdEf',
      versionId: '0f1e2d3c-4b5a-4697-8877-665544332211',
    },
  };

  it('lists, filters and gets the seeded destinations', async () => {
    const ids: string[] = [];
    for await (const page of paginateListConnectorDestinations({ client: iot, pageSize: 2 }, {})) {
      for (const summary of page.ConnectorDestinationList ?? []) {
        expect(Object.keys(summary).sort()).toEqual([
          'CloudConnectorId',
          'Description',
          'Id',
          'Name',
        ]);
        ids.push(summary.Id!);
      }
    }
    expect(ids).toEqual(seed.connectorDestinations.map((d) => d.id));
    const filtered = await iot.send(
      new ListConnectorDestinationsCommand({ CloudConnectorId: 'lumen-lighting-cloud' }),
    );
    expect(filtered.ConnectorDestinationList!.map((d) => d.Id)).toEqual([lumen.id]);
    const full = await iot.send(new GetConnectorDestinationCommand({ Identifier: acme.id }));
    expect(full).toMatchObject({
      Id: acme.id,
      Name: 'Acme Smart Home',
      CloudConnectorId: 'acme-smarthome-cloud',
      AuthType: 'OAUTH',
      AuthConfig: {
        oAuth: { authUrl: 'https://auth.acme-smarthome.example.com/oauth2/authorize' },
      },
      SecretsManager: {
        arn: expect.stringMatching(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:/),
      },
    });
  });

  it('creates a destination idempotently and associates accounts to it', async () => {
    const { Id } = await iot.send(
      new CreateConnectorDestinationCommand({ ...createInput, ClientToken: 'dest-token' }),
    );
    const again = await iot.send(
      new CreateConnectorDestinationCommand({ ...createInput, ClientToken: 'dest-token' }),
    );
    expect(again.Id).toBe(Id);
    const conflict = await rejectionOf(
      iot.send(
        new CreateConnectorDestinationCommand({
          ...createInput,
          Name: 'Other',
          ClientToken: 'dest-token',
        }),
      ),
    );
    expect(conflict).toBeInstanceOf(ConflictException);
    expect(await iot.send(new GetConnectorDestinationCommand({ Identifier: Id! }))).toMatchObject({
      Id,
      Name: 'Nimbus Plugs',
    });
    const created = await iot.send(
      new CreateAccountAssociationCommand({ ConnectorDestinationId: Id! }),
    );
    expect(created.OAuthAuthorizationUrl).toMatch(
      /^https:\/\/auth\.nimbus\.example\.com\/authorize\?/,
    );
    expect(await listAll(10, Id)).toEqual([created.AccountAssociationId]);
  });

  it('validates nested members and answers ResourceNotFoundException for unknown ids', async () => {
    const error = await rejectionOf(
      iot.send(
        new CreateConnectorDestinationCommand({
          ...createInput,
          SecretsManager: {
            arn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:iotmi/nimbus-AbCdEf',
            versionId: 'short',
          },
        }),
      ),
    );
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toBe(
      "1 validation error detected: Value 'short' at 'secretsManager.versionId' failed to satisfy constraint: Member must have length greater than or equal to 32",
    );
    const missing = await rejectionOf(
      iot.send(new GetConnectorDestinationCommand({ Identifier: 'nope' })),
    );
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
  });
});

describe('regions', () => {
  it('keeps associations per region', async () => {
    const west = iotClient(emulator, { region: 'eu-west-1' });
    try {
      expect((await west.send(new ListAccountAssociationsCommand({}))).Items ?? []).toEqual([]);
      const error = await rejectionOf(
        west.send(
          new GetAccountAssociationCommand({
            AccountAssociationId: seed.accountAssociations[0].id,
          }),
        ),
      );
      expect(error).toBeInstanceOf(ResourceNotFoundException);
    } finally {
      west.destroy();
    }
  });
});

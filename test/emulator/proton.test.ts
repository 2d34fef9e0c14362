import {
  AcceptEnvironmentAccountConnectionCommand,
  ConflictException,
  CreateEnvironmentAccountConnectionCommand,
  GetEnvironmentAccountConnectionCommand,
  ListEnvironmentAccountConnectionsCommand,
  paginateListEnvironmentAccountConnections,
  RejectEnvironmentAccountConnectionCommand,
  ResourceNotFoundException,
  ValidationException,
} from '@aws-sdk/client-proton';
import type { EnvironmentAccountConnectionStatus, ProtonClient } from '@aws-sdk/client-proton';
import { EMULATOR_SEED, startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { protonClient, rejectionOf } from './support';

const seed = EMULATOR_SEED.proton;
const seeded = (status: EnvironmentAccountConnectionStatus) =>
  seed.connections.filter((c) => c.status === status);
const request = {
  managementAccountId: '444455556666',
  environmentName: 'orders-prod',
  roleArn: 'arn:aws:iam::123456789012:role/ProtonEnvironmentRole',
};

let emulator: RunningEmulator;
let proton: ProtonClient;

beforeAll(async () => {
  emulator = await startEmulator();
  proton = protonClient(emulator);
});
afterAll(async () => {
  proton.destroy();
  await emulator.stop();
});
beforeEach(() => emulator.reset());

async function listAll(
  input: Omit<
    ConstructorParameters<typeof ListEnvironmentAccountConnectionsCommand>[0],
    'nextToken'
  >,
  pageSize: number,
) {
  const ids: string[] = [];
  for await (const page of paginateListEnvironmentAccountConnections(
    { client: proton, pageSize },
    input,
  )) {
    ids.push(...page.environmentAccountConnections!.map((c) => c.id!));
  }
  return ids;
}

describe('seed', () => {
  it('has 40 connections in all three statuses, managed by the emulator account', async () => {
    expect(seeded('CONNECTED')).toHaveLength(20);
    expect(seeded('PENDING')).toHaveLength(12);
    expect(seeded('REJECTED')).toHaveLength(8);
    const { environmentAccountConnection } = await proton.send(
      new GetEnvironmentAccountConnectionCommand({ id: seed.connections[0].id }),
    );
    expect(environmentAccountConnection).toEqual({
      id: seed.connections[0].id,
      arn: `arn:aws:proton:us-east-1:${seed.connections[0].environmentAccountId}:environment-account-connection/${seed.connections[0].id}`,
      managementAccountId: '123456789012',
      environmentAccountId: seed.connections[0].environmentAccountId,
      roleArn: `arn:aws:iam::${seed.connections[0].environmentAccountId}:role/ProtonEnvironmentRole`,
      environmentName: 'payments-prod',
      requestedAt: new Date('2025-07-14T09:00:00Z'),
      lastModifiedAt: new Date('2025-07-14T11:00:00Z'),
      status: 'CONNECTED',
      componentRoleArn: `arn:aws:iam::${seed.connections[0].environmentAccountId}:role/ProtonComponentRole`,
      codebuildRoleArn: `arn:aws:iam::${seed.connections[0].environmentAccountId}:role/ProtonCodeBuildProvisioningRole`,
    });
  });
});

describe('ListEnvironmentAccountConnections', () => {
  it('pages through the management account view without loss or repetition', async () => {
    const ids = await listAll({ requestedBy: 'MANAGEMENT_ACCOUNT' }, 7);
    expect(ids).toEqual(seed.connections.map((c) => c.id));
  });

  it('filters by statuses and environment name', async () => {
    expect(
      await listAll({ requestedBy: 'MANAGEMENT_ACCOUNT', statuses: ['PENDING', 'REJECTED'] }, 5),
    ).toEqual(seed.connections.filter((c) => c.status !== 'CONNECTED').map((c) => c.id));
    expect(
      await listAll({ requestedBy: 'MANAGEMENT_ACCOUNT', environmentName: 'checkout-prod' }, 3),
    ).toEqual(
      seed.connections.filter((c) => c.environmentName === 'checkout-prod').map((c) => c.id),
    );
  });

  it('shows the environment account view: only connections this account requested', async () => {
    expect(await listAll({ requestedBy: 'ENVIRONMENT_ACCOUNT' }, 10)).toEqual([]);
    const { environmentAccountConnection } = await proton.send(
      new CreateEnvironmentAccountConnectionCommand(request),
    );
    expect(await listAll({ requestedBy: 'ENVIRONMENT_ACCOUNT' }, 10)).toEqual([
      environmentAccountConnection!.id,
    ]);
  });

  it('sends summaries without codebuildRoleArn, as the model list item defines them', async () => {
    const { environmentAccountConnections } = await proton.send(
      new ListEnvironmentAccountConnectionsCommand({
        requestedBy: 'MANAGEMENT_ACCOUNT',
        maxResults: 1,
      }),
    );
    expect(environmentAccountConnections![0]).not.toHaveProperty('codebuildRoleArn');
    expect(environmentAccountConnections![0].componentRoleArn).toEqual(expect.any(String));
  });

  it('validates requestedBy, statuses and maxResults', async () => {
    const error = await rejectionOf(
      proton.send(
        new ListEnvironmentAccountConnectionsCommand({
          requestedBy: 'SOMEONE' as never,
          statuses: ['DONE' as never],
          maxResults: 0,
        }),
      ),
    );
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toBe(
      "3 validation errors detected: Value 'SOMEONE' at 'requestedBy' failed to satisfy constraint: Member must satisfy enum value set: [MANAGEMENT_ACCOUNT, ENVIRONMENT_ACCOUNT]; " +
        "Value 'DONE' at 'statuses.1.member' failed to satisfy constraint: Member must satisfy enum value set: [PENDING, CONNECTED, REJECTED]; " +
        "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it('rejects a token that it did not issue', async () => {
    const error = await rejectionOf(
      proton.send(
        new ListEnvironmentAccountConnectionsCommand({
          requestedBy: 'MANAGEMENT_ACCOUNT',
          nextToken: 'Zm9yZ2Vk',
        }),
      ),
    );
    expect(error).toBeInstanceOf(ValidationException);
  });
});

describe('CreateEnvironmentAccountConnection', () => {
  it('creates a PENDING connection from the emulator account', async () => {
    const { environmentAccountConnection: created } = await proton.send(
      new CreateEnvironmentAccountConnectionCommand({
        ...request,
        tags: [{ key: 'team', value: 'orders' }],
      }),
    );
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      arn: `arn:aws:proton:us-east-1:123456789012:environment-account-connection/${created!.id}`,
      managementAccountId: '444455556666',
      environmentAccountId: '123456789012',
      roleArn: request.roleArn,
      environmentName: 'orders-prod',
      requestedAt: expect.any(Date),
      lastModifiedAt: expect.any(Date),
      status: 'PENDING',
    });
    expect(Math.abs(created!.requestedAt!.getTime() - Date.now())).toBeLessThan(5000);
  });

  it('is idempotent per clientToken, and a reused token with other input conflicts', async () => {
    const first = await proton.send(
      new CreateEnvironmentAccountConnectionCommand({ ...request, clientToken: 'token-1' }),
    );
    const again = await proton.send(
      new CreateEnvironmentAccountConnectionCommand({ ...request, clientToken: 'token-1' }),
    );
    expect(again.environmentAccountConnection!.id).toBe(first.environmentAccountConnection!.id);
    const conflict = await rejectionOf(
      proton.send(
        new CreateEnvironmentAccountConnectionCommand({
          ...request,
          environmentName: 'orders-dev',
          clientToken: 'token-1',
        }),
      ),
    );
    expect(conflict).toBeInstanceOf(ConflictException);
    expect(conflict.$metadata.httpStatusCode).toBe(409);
  });

  it('refuses a second open connection for the same environment', async () => {
    await proton.send(new CreateEnvironmentAccountConnectionCommand(request));
    const conflict = await rejectionOf(
      proton.send(new CreateEnvironmentAccountConnectionCommand(request)),
    );
    expect(conflict).toBeInstanceOf(ConflictException);
  });

  it('validates account ids and role ARNs', async () => {
    const error = await rejectionOf(
      proton.send(
        new CreateEnvironmentAccountConnectionCommand({
          ...request,
          managementAccountId: '4444',
          roleArn: 'role',
        }),
      ),
    );
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toMatch(
      /^2 validation errors detected: Value '4444' at 'managementAccountId' .*; Value 'role' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    );
  });
});

describe('Accept / Reject', () => {
  it('moves PENDING to CONNECTED, and repeating the accept is idempotent', async () => {
    const id = seeded('PENDING')[0].id;
    const { environmentAccountConnection } = await proton.send(
      new AcceptEnvironmentAccountConnectionCommand({ id }),
    );
    expect(environmentAccountConnection).toMatchObject({ id, status: 'CONNECTED' });
    expect(environmentAccountConnection!.lastModifiedAt!.getTime()).toBeGreaterThan(
      environmentAccountConnection!.requestedAt!.getTime(),
    );
    const again = await proton.send(new AcceptEnvironmentAccountConnectionCommand({ id }));
    expect(again.environmentAccountConnection!.status).toBe('CONNECTED');
    const { environmentAccountConnection: read } = await proton.send(
      new GetEnvironmentAccountConnectionCommand({ id }),
    );
    expect(read!.status).toBe('CONNECTED');
  });

  it('moves PENDING to REJECTED', async () => {
    const id = seeded('PENDING')[1].id;
    const { environmentAccountConnection } = await proton.send(
      new RejectEnvironmentAccountConnectionCommand({ id }),
    );
    expect(environmentAccountConnection).toMatchObject({ id, status: 'REJECTED' });
  });

  it('refuses other transitions with ConflictException', async () => {
    const rejected = await rejectionOf(
      proton.send(new AcceptEnvironmentAccountConnectionCommand({ id: seeded('REJECTED')[0].id })),
    );
    expect(rejected).toBeInstanceOf(ConflictException);
    expect(rejected.message).toContain('REJECTED');
    const connected = await rejectionOf(
      proton.send(new RejectEnvironmentAccountConnectionCommand({ id: seeded('CONNECTED')[0].id })),
    );
    expect(connected).toBeInstanceOf(ConflictException);
  });

  it('answers ResourceNotFoundException for unknown ids and ValidationException for malformed ones', async () => {
    const missing = await rejectionOf(
      proton.send(
        new AcceptEnvironmentAccountConnectionCommand({
          id: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    );
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    expect(missing.$metadata.httpStatusCode).toBe(404);
    const malformed = await rejectionOf(
      proton.send(new GetEnvironmentAccountConnectionCommand({ id: 'nope' })),
    );
    expect(malformed).toBeInstanceOf(ValidationException);
    expect(malformed.message).toBe(
      "1 validation error detected: Value 'nope' at 'id' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
    );
  });
});

describe('regions', () => {
  it('keeps connections per region', async () => {
    const west = protonClient(emulator, { region: 'eu-west-1' });
    try {
      const { environmentAccountConnection } = await west.send(
        new CreateEnvironmentAccountConnectionCommand(request),
      );
      expect(environmentAccountConnection!.arn).toContain(':eu-west-1:');
      const missing = await rejectionOf(
        proton.send(
          new GetEnvironmentAccountConnectionCommand({ id: environmentAccountConnection!.id }),
        ),
      );
      expect(missing).toBeInstanceOf(ResourceNotFoundException);
      const { environmentAccountConnections } = await west.send(
        new ListEnvironmentAccountConnectionsCommand({ requestedBy: 'MANAGEMENT_ACCOUNT' }),
      );
      expect(environmentAccountConnections).toEqual([]);
    } finally {
      west.destroy();
    }
  });
});

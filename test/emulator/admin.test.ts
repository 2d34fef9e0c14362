import { ConfiguredRetryStrategy } from '@smithy/util-retry';
import {
  CreateEnvironmentAccountConnectionCommand,
  GetEnvironmentAccountConnectionCommand,
  ListEnvironmentAccountConnectionsCommand,
  ProtonServiceException,
} from '@aws-sdk/client-proton';
import {
  ListInstancesCommand,
  SSOAdminClient,
  ThrottlingException,
} from '@aws-sdk/client-sso-admin';
import {
  GetAccountAssociationCommand,
  InternalServerException,
  ListAccountAssociationsCommand,
} from '../../src/aws/iot-managed-integrations';
import { EMULATOR_SEED, startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import {
  calls,
  credentials,
  iotClient,
  protonClient,
  putFaults,
  rejectionOf,
  ssoAdminClient,
} from './support';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

const admin = (path: string, init?: RequestInit) =>
  fetch(`${emulator.endpoint}/__emulator/${path}`, init);
const firstAssociation = EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0].id;

describe('/__emulator/calls', () => {
  it('counts every request per <Service>.<Operation>, including failed ones, and DELETE zeroes it', async () => {
    const sso = ssoAdminClient(emulator);
    const proton = protonClient(emulator);
    const iot = iotClient(emulator);
    try {
      await sso.send(new ListInstancesCommand({}));
      await sso.send(new ListInstancesCommand({}));
      await iot.send(new GetAccountAssociationCommand({ AccountAssociationId: firstAssociation }));
      await rejectionOf(
        iot.send(new GetAccountAssociationCommand({ AccountAssociationId: 'not-valid' })),
      );
      await rejectionOf(
        iot.send(new GetAccountAssociationCommand({ AccountAssociationId: 'unknown' })),
      );
      await rejectionOf(proton.send(new GetEnvironmentAccountConnectionCommand({ id: 'bad' })));
      expect(await calls(emulator)).toEqual({
        'IoTManagedIntegrations.GetAccountAssociation': 3,
        'Proton.GetEnvironmentAccountConnection': 1,
        'SSOAdmin.ListInstances': 2,
      });
      const cleared = await admin('calls', { method: 'DELETE' });
      expect(cleared.status).toBe(204);
      expect(await calls(emulator)).toEqual({});
    } finally {
      sso.destroy();
      proton.destroy();
      iot.destroy();
    }
  });

  it('needs no SigV4 and answers 405 with Allow for other methods', async () => {
    const response = await admin('calls', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, DELETE');
    expect((await admin('nothing')).status).toBe(404);
  });
});

describe('/__emulator/faults', () => {
  it('validates rules with messages naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [
        { rules: [{ operation: 'SSOAdmin.ListInstance', error: 'ThrottlingException' }] },
        'rules[0].operation',
      ],
      [{ rules: [{ operation: '*', error: 'Throttled' }] }, 'rules[0].error'],
      [
        { rules: [{ operation: '*', error: 'ThrottlingException', errorRate: 1.5 }] },
        'rules[0].errorRate',
      ],
      [{ rules: [{ operation: '*', latencyMs: -1 }] }, 'rules[0].latencyMs'],
      [{ rules: [{ operation: '*' }] }, 'rules[0] does nothing'],
      [{ rules: [{ operation: '*', latency: 5 }] }, 'unknown field(s) latency'],
      [{ rule: [] }, '{ "rules": [ ... ] }'],
    ];
    for (const [body, fragment] of cases) {
      const response = await putFaults(emulator, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain(fragment);
    }
    const malformed = await admin('faults', { method: 'PUT', body: '{not json' });
    expect(malformed.status).toBe(400);
    expect(await (await admin('faults')).json()).toEqual({ rules: [] });
  });

  it('injects a throttle that the SDK retries; every attempt is counted', async () => {
    const put = await putFaults(emulator, {
      rules: [{ operation: 'SSOAdmin.ListInstances', error: 'ThrottlingException', errorRate: 1 }],
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({
      rules: [
        {
          operation: 'SSOAdmin.ListInstances',
          latencyMs: 0,
          errorRate: 1,
          error: 'ThrottlingException',
        },
      ],
    });
    const sso = new SSOAdminClient({
      endpoint: emulator.endpoint,
      region: 'us-east-1',
      credentials,
      retryStrategy: new ConfiguredRetryStrategy(4, () => 5),
    });
    try {
      const error = await rejectionOf(sso.send(new ListInstancesCommand({})));
      expect(error).toBeInstanceOf(ThrottlingException);
      expect(error.$metadata).toMatchObject({ httpStatusCode: 429, attempts: 4 });
      expect(error.message).toBe('Rate exceeded');
      expect((await calls(emulator))['SSOAdmin.ListInstances']).toBe(4);

      // Once the fault is gone the same client succeeds on the first attempt.
      expect((await admin('faults', { method: 'DELETE' })).status).toBe(204);
      const ok = await sso.send(new ListInstancesCommand({}));
      expect(ok.$metadata.attempts).toBe(1);
      expect((await calls(emulator))['SSOAdmin.ListInstances']).toBe(5);
    } finally {
      sso.destroy();
    }
  });

  it('encodes injected errors with the status the service model gives them', async () => {
    await putFaults(emulator, {
      rules: [
        {
          operation: 'IoTManagedIntegrations.ListAccountAssociations',
          error: 'InternalServerException',
        },
        {
          operation: 'Proton.ListEnvironmentAccountConnections',
          error: 'ServiceUnavailableException',
        },
      ],
    });
    const iot = iotClient(emulator);
    const proton = protonClient(emulator);
    try {
      const internal = await rejectionOf(iot.send(new ListAccountAssociationsCommand({})));
      expect(internal).toBeInstanceOf(InternalServerException);
      expect(internal.$metadata.httpStatusCode).toBe(500);
      const unavailable = await rejectionOf(
        proton.send(
          new ListEnvironmentAccountConnectionsCommand({ requestedBy: 'MANAGEMENT_ACCOUNT' }),
        ),
      );
      // Proton's model has no ServiceUnavailableException: it arrives as AWS's generic 503 error.
      expect(unavailable).toBeInstanceOf(ProtonServiceException);
      expect(unavailable.name).toBe('ServiceUnavailableException');
      expect(unavailable.$metadata.httpStatusCode).toBe(503);
    } finally {
      iot.destroy();
      proton.destroy();
    }
  });

  it('adds latency, applies the first matching rule, and fails at about the configured rate', async () => {
    // 400 requests at once are over Proton's quota; only the fault rules are under test here.
    expect((await admin('quotas', { method: 'DELETE' })).status).toBe(204);
    await putFaults(emulator, {
      rules: [
        { operation: 'SSOAdmin.ListInstances', latencyMs: 150 },
        { operation: '*', error: 'ThrottlingException', errorRate: 0.5 },
      ],
    });
    const sso = ssoAdminClient(emulator);
    const proton = protonClient(emulator, { maxSockets: 100 });
    try {
      const started = Date.now();
      await sso.send(new ListInstancesCommand({}));
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);

      const results = await Promise.allSettled(
        Array.from({ length: 400 }, () =>
          proton.send(
            new ListEnvironmentAccountConnectionsCommand({
              requestedBy: 'MANAGEMENT_ACCOUNT',
              maxResults: 1,
            }),
          ),
        ),
      );
      const failed = results.filter((r) => r.status === 'rejected').length;
      // Binomial(400, 0.5): 200 ± 10 standard deviation; this band is 6 of them.
      expect(failed).toBeGreaterThan(140);
      expect(failed).toBeLessThan(260);
      expect((await calls(emulator))['Proton.ListEnvironmentAccountConnections']).toBe(400);
    } finally {
      sso.destroy();
      proton.destroy();
    }
  });
});

describe('/__emulator/reset', () => {
  it('restores the seed and clears counters and faults', async () => {
    const proton = protonClient(emulator);
    try {
      const { environmentAccountConnection } = await proton.send(
        new CreateEnvironmentAccountConnectionCommand({
          managementAccountId: '444455556666',
          environmentName: 'temp',
          roleArn: 'arn:aws:iam::123456789012:role/ProtonEnvironmentRole',
        }),
      );
      await putFaults(emulator, { rules: [{ operation: '*', latencyMs: 10 }] });
      const response = await admin('reset', { method: 'POST' });
      expect(response.status).toBe(204);
      expect(response.headers.get('x-amzn-requestid')).toEqual(expect.any(String));
      expect(await calls(emulator)).toEqual({});
      expect(await (await admin('faults')).json()).toEqual({ rules: [] });
      const gone = await rejectionOf(
        proton.send(
          new GetEnvironmentAccountConnectionCommand({ id: environmentAccountConnection!.id }),
        ),
      );
      expect(gone.name).toBe('ResourceNotFoundException');
      const seeded = await proton.send(
        new GetEnvironmentAccountConnectionCommand({ id: EMULATOR_SEED.proton.connections[1].id }),
      );
      expect(seeded.environmentAccountConnection!.status).toBe('PENDING');
    } finally {
      proton.destroy();
    }
  });
});

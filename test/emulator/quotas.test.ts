// Request-rate quotas: per service, per account and region, over any sliding second.
import { isThrottlingError } from '@smithy/core/retry';
import {
  ListEnvironmentAccountConnectionsCommand,
  ThrottlingException as ProtonThrottlingException,
} from '@aws-sdk/client-proton';
import {
  DescribePermissionSetCommand,
  ListInstancesCommand,
  ListPermissionSetsCommand,
  ThrottlingException as SsoThrottlingException,
} from '@aws-sdk/client-sso-admin';
import type { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import {
  GetAccountAssociationCommand,
  ThrottlingException as IotThrottlingException,
} from '../../src/aws/iot-managed-integrations';
import { AWS_TPS_QUOTAS, EMULATOR_SEED, startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { emulatorOptionsFromEnv } from '../../src/emulator/envOptions';
import { PeakRates } from '../../src/emulator/quotas/PeakRates';
import { RateQuotas } from '../../src/emulator/quotas/RateQuotas';
import {
  BurstHandler,
  calls,
  iotClient,
  protonClient,
  putFaults,
  rejectionOf,
  sleep,
  ssoAdminClient,
} from './support';
import type { CaughtError } from './support';

const { instanceArn, permissionSetArns } = EMULATOR_SEED.ssoAdmin;
const association = EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0].id;
const NO_LIMITS = { SSOAdmin: null, IoTManagedIntegrations: null, Proton: null };
const NO_PEAKS = { SSOAdmin: 0, IoTManagedIntegrations: 0, Proton: 0 };

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

const admin = (path: string, init?: RequestInit, target: RunningEmulator = emulator) =>
  fetch(`${target.endpoint}/__emulator/${path}`, init);
const read = async (path: string, target: RunningEmulator = emulator): Promise<unknown> =>
  (await admin(path, undefined, target)).json();
const putQuotas = (body: unknown, target: RunningEmulator = emulator) =>
  admin(
    'quotas',
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
    target,
  );

interface Outcomes {
  readonly succeeded: number;
  readonly errors: CaughtError[];
}

/** Splits settled SDK calls into the number that succeeded and the errors of the others. */
function outcomes(results: readonly PromiseSettledResult<unknown>[]): Outcomes {
  return {
    succeeded: results.filter((r) => r.status === 'fulfilled').length,
    errors: results
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map((r) => r.reason as CaughtError),
  };
}

/**
 * Sends `count` calls at once: `handler` (the client's) holds them until all are signed, so they
 * reach the emulator together however busy the machine is.
 */
async function burst(
  handler: BurstHandler,
  count: number,
  send: () => Promise<unknown>,
): Promise<Outcomes> {
  handler.hold(count);
  return outcomes(await Promise.allSettled(Array.from({ length: count }, send)));
}

/** What the SDK's retry strategy sees of a quota's answer: a client-side throttle, HTTP 429. */
function expectThrottle(error: CaughtError, type: abstract new (...args: never[]) => unknown) {
  expect(error).toBeInstanceOf(type);
  expect(error.name).toBe('ThrottlingException');
  expect(error.message).toBe('Rate exceeded');
  expect(error.$metadata.httpStatusCode).toBe(429);
  expect(error.$fault).toBe('client');
  expect(isThrottlingError(error as Parameters<typeof isThrottlingError>[0])).toBe(true);
}

describe("AWS's quotas (the default)", () => {
  it('GET /__emulator/quotas lists them: SSO Admin 20, IoT managed integrations and Proton 100', async () => {
    expect(AWS_TPS_QUOTAS).toEqual({ SSOAdmin: 20, IoTManagedIntegrations: 100, Proton: 100 });
    expect(await read('quotas')).toEqual({
      tps: { SSOAdmin: 20, IoTManagedIntegrations: 100, Proton: 100 },
    });
  });

  it('accepts 20 SSO Admin requests in a second and answers the other 5 ThrottlingException', async () => {
    const handler = new BurstHandler();
    const sso = ssoAdminClient(emulator, { requestHandler: handler });
    try {
      const { succeeded, errors } = await burst(handler, 25, () =>
        sso.send(new ListInstancesCommand({})),
      );
      expect(succeeded).toBe(20);
      expect(errors).toHaveLength(5);
      for (const error of errors) {
        expectThrottle(error, SsoThrottlingException);
        expect(error.$metadata.attempts).toBe(1);
      }
      expect(await read('throttled')).toEqual({ 'SSOAdmin.ListInstances': 5 });
      expect(await calls(emulator)).toEqual({ 'SSOAdmin.ListInstances': 25 });
      expect(await read('peaks')).toEqual({ ...NO_PEAKS, SSOAdmin: 25 });
    } finally {
      sso.destroy();
    }
  });

  it('answers IoT managed integrations over 100 per second with its restJson1 ThrottlingException', async () => {
    const handler = new BurstHandler();
    const iot = iotClient(emulator, { requestHandler: handler });
    try {
      const { succeeded, errors } = await burst(handler, 104, () =>
        iot.send(new GetAccountAssociationCommand({ AccountAssociationId: association })),
      );
      expect(succeeded).toBe(100);
      expect(errors).toHaveLength(4);
      for (const error of errors) expectThrottle(error, IotThrottlingException);
      expect(await read('throttled')).toEqual({
        'IoTManagedIntegrations.GetAccountAssociation': 4,
      });
    } finally {
      iot.destroy();
    }
  });

  it('answers Proton over 100 per second with its awsJson1_0 ThrottlingException, retryable as a throttle', async () => {
    const handler = new BurstHandler();
    const proton = protonClient(emulator, { requestHandler: handler });
    try {
      const { succeeded, errors } = await burst(handler, 103, () =>
        proton.send(
          new ListEnvironmentAccountConnectionsCommand({
            requestedBy: 'MANAGEMENT_ACCOUNT',
            maxResults: 1,
          }),
        ),
      );
      expect(succeeded).toBe(100);
      expect(errors).toHaveLength(3);
      for (const error of errors) {
        expectThrottle(error, ProtonThrottlingException);
        // Proton's model marks ThrottlingException @retryable(throttling: true); the SDK copies it.
        expect(error.$retryable).toEqual({ throttling: true });
      }
      expect(await read('throttled')).toEqual({ 'Proton.ListEnvironmentAccountConnections': 3 });
    } finally {
      proton.destroy();
    }
  });

  it('keeps each service to its own quota', async () => {
    const ssoHandler = new BurstHandler();
    const sso = ssoAdminClient(emulator, { requestHandler: ssoHandler });
    const proton = protonClient(emulator);
    try {
      const ssoResults = await burst(ssoHandler, 22, () => sso.send(new ListInstancesCommand({})));
      expect(ssoResults.succeeded).toBe(20);
      const protonResults = outcomes(
        await Promise.allSettled(
          Array.from({ length: 30 }, () =>
            proton.send(
              new ListEnvironmentAccountConnectionsCommand({ requestedBy: 'MANAGEMENT_ACCOUNT' }),
            ),
          ),
        ),
      );
      expect(protonResults.errors.map(String)).toEqual([]);
      expect(await read('throttled')).toEqual({ 'SSOAdmin.ListInstances': 2 });
    } finally {
      sso.destroy();
      proton.destroy();
    }
  });
});

describe('the sliding window', () => {
  let sso: SSOAdminClient;
  beforeEach(() => {
    sso = ssoAdminClient(emulator);
  });
  afterEach(() => sso.destroy());

  it('counts every SSO Admin operation against the one quota', async () => {
    expect((await putQuotas({ tps: { SSOAdmin: 3 } })).status).toBe(200);
    await sso.send(new ListInstancesCommand({}));
    await sso.send(new ListPermissionSetsCommand({ InstanceArn: instanceArn }));
    await sso.send(
      new DescribePermissionSetCommand({
        InstanceArn: instanceArn,
        PermissionSetArn: permissionSetArns.AdministratorAccess,
      }),
    );
    expectThrottle(
      await rejectionOf(sso.send(new ListPermissionSetsCommand({ InstanceArn: instanceArn }))),
      SsoThrottlingException,
    );
    expect(await read('throttled')).toEqual({ 'SSOAdmin.ListPermissionSets': 1 });
  });

  it('lets requests through again once a second has passed, however often throttled ones came in between', async () => {
    await putQuotas({ tps: { SSOAdmin: 2 } });
    await sso.send(new ListInstancesCommand({}));
    await sso.send(new ListInstancesCommand({}));

    // Keep knocking: were throttled requests to enter the window, it would never empty.
    let throttled = 0;
    const deadline = Date.now() + 5000;
    for (;;) {
      const result = await sso.send(new ListInstancesCommand({})).catch((error: CaughtError) => {
        expectThrottle(error, SsoThrottlingException);
        return undefined;
      });
      if (result) break;
      throttled++;
      if (Date.now() > deadline) throw new Error(`still throttled after ${throttled} attempts`);
      await sleep(25);
    }
    expect(throttled).toBeGreaterThan(0);
    expect(await read('throttled')).toEqual({ 'SSOAdmin.ListInstances': throttled });
    expect(await calls(emulator)).toEqual({ 'SSOAdmin.ListInstances': throttled + 3 });

    // A generous pause empties the window: the full quota is available again, and no more.
    await sleep(1500);
    await sso.send(new ListInstancesCommand({}));
    await sso.send(new ListInstancesCommand({}));
    expectThrottle(
      await rejectionOf(sso.send(new ListInstancesCommand({}))),
      SsoThrottlingException,
    );
  });

  it('counts per region, as AWS does per account and region', async () => {
    const west = ssoAdminClient(emulator, { region: 'eu-west-1' });
    try {
      await putQuotas({ tps: { SSOAdmin: 1 } });
      await sso.send(new ListInstancesCommand({}));
      expectThrottle(
        await rejectionOf(sso.send(new ListInstancesCommand({}))),
        SsoThrottlingException,
      );
      await west.send(new ListInstancesCommand({}));
      expectThrottle(
        await rejectionOf(west.send(new ListInstancesCommand({}))),
        SsoThrottlingException,
      );
      expect(await read('throttled')).toEqual({ 'SSOAdmin.ListInstances': 2 });
    } finally {
      west.destroy();
    }
  });
});

describe('the wire encoding of a quota throttle', () => {
  const authorization = (service: string) =>
    `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000`;
  const twice = async (send: () => Promise<Response>): Promise<Response> => {
    expect((await send()).status).toBe(200);
    return send();
  };

  beforeEach(async () => {
    await putQuotas({ tps: { SSOAdmin: 1, IoTManagedIntegrations: 1, Proton: 1 } });
  });

  it('is the awsJson error of each awsJson service', async () => {
    const awsJson = (target: string, version: string, service: string) => () =>
      fetch(`${emulator.endpoint}/`, {
        method: 'POST',
        headers: {
          'content-type': `application/x-amz-json-${version}`,
          'x-amz-target': target,
          authorization: authorization(service),
        },
        body: JSON.stringify({ requestedBy: 'MANAGEMENT_ACCOUNT' }),
      });
    const sso = await twice(awsJson('SWBExternalService.ListInstances', '1.1', 'sso'));
    expect(sso.status).toBe(429);
    expect(sso.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(await sso.json()).toEqual({ __type: 'ThrottlingException', Message: 'Rate exceeded' });
    const proton = await twice(
      awsJson('AwsProton20200720.ListEnvironmentAccountConnections', '1.0', 'proton'),
    );
    expect(proton.status).toBe(429);
    expect(proton.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(await proton.json()).toEqual({
      __type: 'ThrottlingException',
      message: 'Rate exceeded',
    });
  });

  it('is the restJson1 error of IoT managed integrations, typed by X-Amzn-ErrorType', async () => {
    const response = await twice(() =>
      fetch(`${emulator.endpoint}/account-associations/${association}`, {
        headers: { authorization: authorization('iotmanagedintegrations') },
      }),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('x-amzn-errortype')).toBe('ThrottlingException');
    expect(await response.json()).toEqual({ Message: 'Rate exceeded' });
  });
});

describe('/__emulator/quotas', () => {
  it('PUT replaces the table (services not named: no limit), "aws" restores, DELETE lifts all', async () => {
    const put = await putQuotas({ tps: { SSOAdmin: 5, Proton: null } });
    expect(put.status).toBe(200);
    const replaced = { tps: { SSOAdmin: 5, IoTManagedIntegrations: null, Proton: null } };
    expect(await put.json()).toEqual(replaced);
    expect(await read('quotas')).toEqual(replaced);

    expect(await (await putQuotas({ tps: 'aws' })).json()).toEqual({ tps: AWS_TPS_QUOTAS });
    expect(await read('quotas')).toEqual({ tps: AWS_TPS_QUOTAS });

    const deleted = await admin('quotas', { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await read('quotas')).toEqual({ tps: NO_LIMITS });
  });

  it('with every quota lifted, throttles nothing', async () => {
    await admin('quotas', { method: 'DELETE' });
    const sso = ssoAdminClient(emulator);
    try {
      const { errors } = outcomes(
        await Promise.allSettled(
          Array.from({ length: 30 }, () => sso.send(new ListInstancesCommand({}))),
        ),
      );
      expect(errors.map(String)).toEqual([]);
      expect(await read('throttled')).toEqual({});
    } finally {
      sso.destroy();
    }
  });

  it.each<[string, unknown, string]>([
    ['malformed JSON', '{"tps": ', 'request body is not valid JSON; expected { "tps": {'],
    ['an array', [], 'expected a JSON object { "tps": {'],
    ['no tps', {}, 'expected a JSON object { "tps": {'],
    ['an extra field', { tps: 'aws', rules: [] }, 'unknown field(s) rules; expected { "tps"'],
    ['a number for the table', { tps: 20 }, 'tps must be "aws", "off", or an object'],
    ['an unknown mode', { tps: 'on' }, 'got "on"'],
    [
      'an unknown service',
      { tps: { SSO: 20 } },
      'tps.SSO is not an emulated service; expected one of SSOAdmin, IoTManagedIntegrations, Proton',
    ],
    [
      'zero',
      { tps: { SSOAdmin: 0 } },
      'tps.SSOAdmin must be a whole number of requests per second from 1 to 1000000, or null for no limit; got 0',
    ],
    ['a negative number', { tps: { Proton: -5 } }, 'tps.Proton must be a whole number'],
    ['a fraction', { tps: { SSOAdmin: 2.5 } }, 'got 2.5'],
    ['a string', { tps: { SSOAdmin: '20' } }, 'got "20"'],
    ['an absurd number', { tps: { IoTManagedIntegrations: 1e12 } }, 'got 1000000000000'],
  ])('PUT refuses %s with a 400 saying what it expects', async (_case, body, message) => {
    const response = await putQuotas(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(message);
    expect(await read('quotas')).toEqual({ tps: AWS_TPS_QUOTAS });
  });

  it.each([
    ['quotas', 'POST', 'GET, PUT, DELETE'],
    ['throttled', 'PUT', 'GET, DELETE'],
    ['peaks', 'POST', 'GET, DELETE'],
  ])('/__emulator/%s answers %s with 405 and Allow', async (path, method, allow) => {
    const response = await admin(path, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allow);
  });
});

describe('/__emulator/throttled and /__emulator/peaks', () => {
  it('count quota throttles only, not throttles injected by a fault rule', async () => {
    await putFaults(emulator, {
      rules: [{ operation: 'SSOAdmin.ListInstances', error: 'ThrottlingException' }],
    });
    const sso = ssoAdminClient(emulator);
    try {
      expectThrottle(
        await rejectionOf(sso.send(new ListInstancesCommand({}))),
        SsoThrottlingException,
      );
      expect(await read('throttled')).toEqual({});
      expect(await calls(emulator)).toEqual({ 'SSOAdmin.ListInstances': 1 });
    } finally {
      sso.destroy();
    }
  });

  it('peaks count every request received, whatever its answer; DELETE /__emulator/calls clears both', async () => {
    await putQuotas({ tps: { Proton: 2 } });
    const proton = protonClient(emulator);
    const sso = ssoAdminClient(emulator);
    try {
      for (let i = 0; i < 4; i++) {
        await proton
          .send(new ListEnvironmentAccountConnectionsCommand({ requestedBy: 'MANAGEMENT_ACCOUNT' }))
          .catch(() => undefined);
      }
      // A validation error is received too.
      await rejectionOf(sso.send(new ListPermissionSetsCommand({ InstanceArn: 'not-an-arn' })));
      expect(await read('throttled')).toEqual({ 'Proton.ListEnvironmentAccountConnections': 2 });
      expect(await read('peaks')).toEqual({ ...NO_PEAKS, Proton: 4, SSOAdmin: 1 });

      expect((await admin('throttled', { method: 'DELETE' })).status).toBe(204);
      expect(await read('throttled')).toEqual({});
      expect(await read('peaks')).toEqual({ ...NO_PEAKS, Proton: 4, SSOAdmin: 1 });

      await proton
        .send(new ListEnvironmentAccountConnectionsCommand({ requestedBy: 'MANAGEMENT_ACCOUNT' }))
        .catch(() => undefined);
      expect(await read('throttled')).toEqual({ 'Proton.ListEnvironmentAccountConnections': 1 });
      expect((await admin('calls', { method: 'DELETE' })).status).toBe(204);
      expect(await read('throttled')).toEqual({});
      expect(await read('peaks')).toEqual(NO_PEAKS);
      expect(await calls(emulator)).toEqual({});

      // Clearing the counters does not empty the quota's window.
      expectThrottle(
        await rejectionOf(
          proton.send(
            new ListEnvironmentAccountConnectionsCommand({ requestedBy: 'MANAGEMENT_ACCOUNT' }),
          ),
        ),
        ProtonThrottlingException,
      );
      expect(await read('peaks')).toEqual({ ...NO_PEAKS, Proton: 1 });

      expect((await admin('peaks', { method: 'DELETE' })).status).toBe(204);
      expect(await read('peaks')).toEqual(NO_PEAKS);
    } finally {
      proton.destroy();
      sso.destroy();
    }
  });
});

describe('start-up quotas', () => {
  it('startEmulator({ quotas }) sets the table that POST /__emulator/reset comes back to', async () => {
    const custom = await startEmulator({ quotas: { SSOAdmin: 2 } });
    const sso = ssoAdminClient(custom);
    try {
      const startUp = { tps: { ...NO_LIMITS, SSOAdmin: 2 } };
      expect(await read('quotas', custom)).toEqual(startUp);
      await sso.send(new ListInstancesCommand({}));
      await sso.send(new ListInstancesCommand({}));
      await rejectionOf(sso.send(new ListInstancesCommand({})));
      await putQuotas({ tps: { Proton: 7 } }, custom);

      const reset = await admin('reset', { method: 'POST' }, custom);
      expect(reset.status).toBe(204);
      expect(await read('quotas', custom)).toEqual(startUp);
      expect(await read('throttled', custom)).toEqual({});
      expect(await read('peaks', custom)).toEqual(NO_PEAKS);
      // The window is empty again: the full quota at once.
      await sso.send(new ListInstancesCommand({}));
      await sso.send(new ListInstancesCommand({}));
      expectThrottle(
        await rejectionOf(sso.send(new ListInstancesCommand({}))),
        SsoThrottlingException,
      );
    } finally {
      sso.destroy();
      await custom.stop();
    }
  });

  it('EMULATOR_QUOTAS=off starts without limits', async () => {
    const options = emulatorOptionsFromEnv({ EMULATOR_QUOTAS: 'off', EMULATOR_PORT: '0' });
    expect(options.quotas).toBe('off');
    const unlimited = await startEmulator(options);
    const handler = new BurstHandler();
    const sso = ssoAdminClient(unlimited, { requestHandler: handler });
    try {
      expect(await read('quotas', unlimited)).toEqual({ tps: NO_LIMITS });
      const { errors } = await burst(handler, 25, () => sso.send(new ListInstancesCommand({})));
      expect(errors.map(String)).toEqual([]);
      expect(await read('throttled', unlimited)).toEqual({});
      expect(await read('peaks', unlimited)).toEqual({ ...NO_PEAKS, SSOAdmin: 25 });
    } finally {
      sso.destroy();
      await unlimited.stop();
    }
  });

  it('EMULATOR_QUOTAS=aws is the default, anything else is refused naming the variable', () => {
    expect(emulatorOptionsFromEnv({ EMULATOR_QUOTAS: 'aws' }).quotas).toBe('aws');
    expect(emulatorOptionsFromEnv({}).quotas).toBeUndefined();
    expect(() => emulatorOptionsFromEnv({ EMULATOR_QUOTAS: '20' })).toThrow(
      'EMULATOR_QUOTAS must be one of aws, off; got "20"',
    );
  });

  it('refuses a bad quotas option naming it', async () => {
    await expect(startEmulator({ quotas: { SSOAdmin: 0 } })).rejects.toThrow(
      new TypeError(
        'quotas.SSOAdmin must be a whole number of requests per second from 1 to 1000000, or null for no limit; got 0',
      ),
    );
    await expect(startEmulator({ quotas: 'on' as unknown as 'aws' })).rejects.toThrow(
      'quotas must be "aws", "off", or an object',
    );
  });
});

describe('windows on a controlled clock', () => {
  it('accepts at most the quota in any second, each slot coming back 1000 ms after it was taken', () => {
    let now = 0;
    const quotas = new RateQuotas({ ...NO_LIMITS, SSOAdmin: 2 }, () => now);
    const admit = (at: number) => {
      now = at;
      return quotas.admit('SSOAdmin', 'us-east-1');
    };
    expect([admit(0), admit(400), admit(999)]).toEqual([true, true, false]);
    // The slot taken at 0 is free from 1000 on, the one taken at 400 from 1400 on.
    expect([admit(1000), admit(1399), admit(1400), admit(1401)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(quotas.admit('Proton', 'us-east-1')).toBe(true);
    quotas.set({ ...NO_LIMITS, SSOAdmin: 3 });
    expect(admit(1401)).toBe(true);
    expect(admit(1402)).toBe(false);
  });

  it('finds the busiest second of received requests, wherever it starts', () => {
    let now = 0;
    const peaks = new PeakRates(() => now);
    const receive = (service: 'SSOAdmin' | 'Proton', times: number[]) => {
      for (const at of times) {
        now = at;
        peaks.record(service);
      }
    };
    // A window is (t - 1000, t]: 0 and 1000 are never in the same one.
    receive('SSOAdmin', [0, 500, 1000]);
    // Calendar seconds would see 3 and 3; the second ending at 1099 holds 5.
    receive('Proton', [0, 100, 900, 1000, 1050, 1099, 5000]);
    expect(peaks.snapshot()).toEqual({ ...NO_PEAKS, SSOAdmin: 2, Proton: 5 });
    peaks.clear();
    receive('Proton', [5001]);
    expect(peaks.snapshot()).toEqual({ ...NO_PEAKS, Proton: 1 });
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { GetEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton';
import { DescribeAccountAssignmentCreationStatusCommand } from '@aws-sdk/client-sso-admin';

import { createAwsClients } from '../../src/aws/clients';
import { GetAccountAssociationCommand } from '../../src/aws/iot-managed-integrations';
import { loadConfig } from '../../src/config';
import { classifyUpstreamError } from '../../src/errors';
import { EMULATOR_SEED, startEmulator } from '../../src/emulator';

const credentials = { accessKeyId: 'AKIATEST', secretAccessKey: 'secret' };
const describe1 = () =>
  new DescribeAccountAssignmentCreationStatusCommand({
    InstanceArn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef',
    AccountAssignmentCreationRequestId: '00000000-0000-4000-8000-000000000000',
  });

/** A fake SSO Admin endpoint that records how many requests it holds at once. */
async function slowServer(delayMs: number | null) {
  let open = 0;
  let peak = 0;
  let total = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    open++;
    total++;
    peak = Math.max(peak, open);
    if (delayMs === null) return; // never answers
    setTimeout(() => {
      open--;
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify({ AccountAssignmentCreationStatus: { Status: 'SUCCEEDED' } }));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stats: () => ({ peak, total }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('createAwsClients', () => {
  test('caps requests in flight per service (UPSTREAM_MAX_IN_FLIGHT)', async () => {
    const upstream = await slowServer(30);
    const clients = createAwsClients(loadConfig({ UPSTREAM_MAX_IN_FLIGHT: '4' }).upstream, {
      endpoint: upstream.endpoint,
      credentials,
    });
    try {
      const outputs = await Promise.all(
        Array.from({ length: 20 }, () => clients.ssoAdmin.send(describe1())),
      );
      expect(outputs.every((o) => o.AccountAssignmentCreationStatus?.Status === 'SUCCEEDED')).toBe(
        true,
      );
      expect(upstream.stats()).toEqual({ peak: 4, total: 20 });
    } finally {
      clients.destroy();
      await upstream.close();
    }
  });

  test("leaves out the SDK's logger middleware, which filters every answer for a no-op logger", () => {
    const clients = createAwsClients(loadConfig({}).upstream, { credentials });
    try {
      for (const client of [clients.iot, clients.ssoAdmin, clients.proton]) {
        const stack = client.middlewareStack.identify().join('\n');
        expect(stack).toContain('inFlightLimitMiddleware');
        expect(stack).not.toContain('loggerMiddleware');
      }
    } finally {
      clients.destroy();
    }
  });

  test('aborts an attempt after UPSTREAM_TIMEOUT_MS (throwOnRequestTimeout) and retries it', async () => {
    const upstream = await slowServer(null);
    const config = loadConfig({ UPSTREAM_TIMEOUT_MS: '150', UPSTREAM_MAX_ATTEMPTS: '2' });
    const clients = createAwsClients(config.upstream, { endpoint: upstream.endpoint, credentials });
    try {
      const started = performance.now();
      const error = await clients.ssoAdmin.send(describe1()).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as Error).name).toBe('TimeoutError');
      expect(classifyUpstreamError(error)).toBe('UPSTREAM_UNAVAILABLE');
      expect(upstream.stats().total).toBe(2);
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      clients.destroy();
      await upstream.close();
    }
  });

  test('BACKEND=aws honours AWS_ENDPOINT_URL and env credentials for all three services', async () => {
    const emulator = await startEmulator({ port: 0 });
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: emulator.endpoint,
      AWS_ACCESS_KEY_ID: 'AKIAENVTEST',
      AWS_SECRET_ACCESS_KEY: 'env-secret',
    });
    const clients = createAwsClients(
      loadConfig({ BACKEND: 'aws', AWS_REGION: 'us-east-1' }).upstream,
    );
    try {
      const seed = EMULATOR_SEED;
      const association = await clients.iot.send(
        new GetAccountAssociationCommand({
          AccountAssociationId: seed.iotManagedIntegrations.accountAssociations[0].id,
        }),
      );
      const status = await clients.ssoAdmin.send(
        new DescribeAccountAssignmentCreationStatusCommand({
          InstanceArn: seed.ssoAdmin.instanceArn,
          AccountAssignmentCreationRequestId: seed.ssoAdmin.assignmentRequests[0].requestId,
        }),
      );
      const connection = await clients.proton.send(
        new GetEnvironmentAccountConnectionCommand({ id: seed.proton.connections[0].id }),
      );
      expect(association.AccountAssociationId).toBe(
        seed.iotManagedIntegrations.accountAssociations[0].id,
      );
      expect(status.AccountAssignmentCreationStatus?.RequestId).toBe(
        seed.ssoAdmin.assignmentRequests[0].requestId,
      );
      expect(connection.environmentAccountConnection?.id).toBe(seed.proton.connections[0].id);
      const calls = (await (await fetch(`${emulator.endpoint}/__emulator/calls`)).json()) as Record<
        string,
        number
      >;
      expect(calls).toEqual({
        'IoTManagedIntegrations.GetAccountAssociation': 1,
        'SSOAdmin.DescribeAccountAssignmentCreationStatus': 1,
        'Proton.GetEnvironmentAccountConnection': 1,
      });
    } finally {
      process.env = saved;
      clients.destroy();
      await emulator.stop();
    }
  });
});

import type { AddressInfo } from 'node:net';

import { mockClient } from 'aws-sdk-client-mock';
import pino from 'pino';

import { createAwsClients } from '../../src/aws/clients';
import { loadConfig } from '../../src/config';
import { createServer } from '../../src/server';
import type { Data } from '../integration/gatewayStack';

/**
 * The real gateway over HTTP with its three SDK clients mocked by aws-sdk-client-mock: for
 * shapes AWS may send that the emulator never does (new enum values, short pages).
 */
export async function startMockedGateway() {
  const config = loadConfig({
    NODE_ENV: 'test',
    CURSOR_SECRET: 'mocked-gateway-cursor-secret-0123456789',
    // Each test gives the mocks new answers: none may come from an earlier test's request.
    CACHE: 'off',
  });
  const clients = createAwsClients(config.upstream, {
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'secret' },
  });
  const mocks = {
    iot: mockClient(clients.iot),
    ssoAdmin: mockClient(clients.ssoAdmin),
    proton: mockClient(clients.proton),
  };
  const logger = pino({ level: 'silent' });
  const gateway = await createServer(config, { clients, logger });
  await new Promise<void>((resolve) => gateway.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(gateway.httpServer.address() as AddressInfo).port}/graphql`;

  return {
    mocks,
    async graphql(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Data | null; errors?: Data[] };
    },
    async stop() {
      await gateway.stop();
      mocks.iot.restore();
      mocks.ssoAdmin.restore();
      mocks.proton.restore();
      clients.destroy();
    },
  };
}

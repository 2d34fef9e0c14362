import { Readable } from 'node:stream';

import { HttpResponse, type HttpRequest } from '@smithy/core/protocols';

import {
  IoTManagedIntegrationsClient,
  ListAccountAssociationsCommand,
  type IoTManagedIntegrationsClientConfig,
} from '../../../src/aws/iot-managed-integrations';
import { startRecordingServer } from './support/recordingServer';
import { testCredentials } from './support/testClient';

const endpointVariables = ['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS'];
const savedEnvironment = new Map<string, string | undefined>();

beforeEach(() => {
  for (const name of endpointVariables) {
    savedEnvironment.set(name, process.env[name]);
    delete process.env[name];
  }
});

afterEach(() => {
  for (const [name, value] of savedEnvironment) {
    if (value === undefined) {
      delete process.env[name];
    } else {
      process.env[name] = value;
    }
  }
});

/**
 * Sends one ListAccountAssociations call through a request handler that records the fully
 * resolved, signed request instead of opening a connection, and returns that request.
 */
async function resolvedRequest(config: IoTManagedIntegrationsClientConfig): Promise<HttpRequest> {
  const requests: HttpRequest[] = [];
  const client = new IoTManagedIntegrationsClient({
    credentials: testCredentials,
    ...config,
    requestHandler: {
      handle: (request: HttpRequest) => {
        requests.push(request);
        const response = new HttpResponse({
          statusCode: 200,
          headers: { 'content-type': 'application/json' },
          body: Readable.from([Buffer.from('{"Items":[]}')]),
        });
        return Promise.resolve({ response });
      },
    },
  });
  await client.send(new ListAccountAssociationsCommand({}));
  client.destroy();
  expect(requests).toHaveLength(1);
  return requests[0];
}

test('resolves the dual-stack regional endpoint from the region', async () => {
  const request = await resolvedRequest({ region: 'eu-west-1' });

  expect(`${request.protocol}//${request.hostname}${request.path}`).toBe(
    'https://api.iotmanagedintegrations.eu-west-1.api.aws/account-associations',
  );
  expect(request.headers.host).toBe('api.iotmanagedintegrations.eu-west-1.api.aws');
  expect(request.headers.authorization).toContain('/eu-west-1/iotmanagedintegrations/aws4_request');
});

test('resolves the FIPS endpoint when useFipsEndpoint is set', async () => {
  const request = await resolvedRequest({ region: 'us-east-1', useFipsEndpoint: true });

  expect(request.hostname).toBe('api.iotmanagedintegrations-fips.us-east-1.api.aws');
});

test('rejects FIPS together with a custom endpoint, as the rule set says', async () => {
  await expect(
    resolvedRequest({
      region: 'us-east-1',
      useFipsEndpoint: true,
      endpoint: 'http://127.0.0.1:1',
    }),
  ).rejects.toThrow('FIPS and custom endpoint are not supported');
});

test('uses an explicit endpoint and still signs for the configured region', async () => {
  const request = await resolvedRequest({
    region: 'ap-southeast-2',
    endpoint: 'http://localhost:4566/base',
  });

  expect(`${request.protocol}//${request.hostname}:${request.port}${request.path}`).toBe(
    'http://localhost:4566/base/account-associations',
  );
  expect(request.headers.authorization).toContain(
    '/ap-southeast-2/iotmanagedintegrations/aws4_request',
  );
});

describe('AWS_ENDPOINT_URL_* environment convention', () => {
  test.each(['AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS', 'AWS_ENDPOINT_URL'])(
    'sends requests to %s when no endpoint is configured',
    async (variable) => {
      const server = await startRecordingServer();
      process.env[variable] = server.endpoint;
      const client = new IoTManagedIntegrationsClient({
        region: 'eu-west-1',
        credentials: testCredentials,
      });
      server.reply({ status: 200, body: { Items: [] } });

      const output = await client.send(new ListAccountAssociationsCommand({ MaxResults: 5 }));

      expect(output.Items).toEqual([]);
      expect(server.requests.map((request) => request.path)).toEqual(['/account-associations']);
      client.destroy();
      await server.stop();
    },
  );

  test('prefers the service-specific variable over AWS_ENDPOINT_URL', async () => {
    process.env.AWS_ENDPOINT_URL = 'http://generic.invalid:1';
    process.env.AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS = 'http://service.invalid:2';

    const request = await resolvedRequest({ region: 'eu-west-1' });

    expect(request.hostname).toBe('service.invalid');
  });

  test('lets an explicit endpoint win over the environment', async () => {
    process.env.AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS = 'http://service.invalid:2';

    const request = await resolvedRequest({
      region: 'eu-west-1',
      endpoint: 'http://explicit.invalid:3',
    });

    expect(request.hostname).toBe('explicit.invalid');
  });
});

import {
  IoTManagedIntegrationsClient,
  type IoTManagedIntegrationsClientConfig,
} from '../../../../src/aws/iot-managed-integrations';

/** Static credentials, so no credential chain lookup happens in tests. */
export const testCredentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

/** A client pointed at a local endpoint in eu-west-1 with static credentials. */
export function createTestClient(
  endpoint: string,
  config: IoTManagedIntegrationsClientConfig = {},
): IoTManagedIntegrationsClient {
  return new IoTManagedIntegrationsClient({
    region: 'eu-west-1',
    endpoint,
    credentials: testCredentials,
    ...config,
  });
}

/** SigV4 Authorization header scoped to the service's signing name in eu-west-1. */
export const sigV4Authorization =
  /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/iotmanagedintegrations\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$/;

import { ProtonClient } from '@aws-sdk/client-proton';
import { SSOAdminClient } from '@aws-sdk/client-sso-admin';

import { IoTManagedIntegrationsClient } from '../../src/aws/iot-managed-integrations';

/** The three SDK clients the naive peer and the floor call directly. */
export interface UpstreamClients {
  iot: IoTManagedIntegrationsClient;
  sso: SSOAdminClient;
  proton: ProtonClient;
}

/**
 * Builds SDK clients from the standard AWS environment (`AWS_REGION`, `AWS_ENDPOINT_URL`, the
 * credential chain), exactly as the gateway is configured in the benchmark, so every contender pays
 * the same SDK costs: SigV4 signing, retries, the default keep-alive socket pool.
 */
export function createUpstreamClients(env: NodeJS.ProcessEnv = process.env): UpstreamClients {
  const region = env.AWS_REGION;
  if (!region) throw new Error('AWS_REGION must be set (e.g. us-east-1)');
  const endpoint = env.AWS_ENDPOINT_URL;
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  const common = {
    region,
    ...(endpoint ? { endpoint } : {}),
    // Explicit when given, so a caller's `env` wins over the process's own credential chain.
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  };
  return {
    iot: new IoTManagedIntegrationsClient(common),
    sso: new SSOAdminClient(common),
    proton: new ProtonClient(common),
  };
}

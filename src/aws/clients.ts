import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

import { ProtonClient } from '@aws-sdk/client-proton';
import { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { NodeHttpHandler } from '@smithy/node-http-handler';

import type { UpstreamConfig } from '../config';
import { InFlightLimiter, inFlightLimitPlugin } from './inFlightLimit';
import { IoTManagedIntegrationsClient } from './iot-managed-integrations';

/** The three AWS clients the gateway uses, created once per process. */
export interface AwsClients {
  readonly iot: IoTManagedIntegrationsClient;
  readonly ssoAdmin: SSOAdminClient;
  readonly proton: ProtonClient;
  /** The per-service limiters, exposed for readiness reporting and tests. */
  readonly limiters: Readonly<Record<'iot' | 'ssoAdmin' | 'proton', InFlightLimiter>>;
  /** Closes every client's sockets. */
  destroy(): void;
}

export interface AwsClientTarget {
  /**
   * Send every service here (the embedded emulator). `undefined` uses the standard AWS endpoint
   * resolution, including `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_<SERVICE>`.
   */
  endpoint?: string;
  /** Fixed credentials (the emulator needs a SigV4 header, not real keys); otherwise the default chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/**
 * Creates the IoT managed integrations, SSO Admin and Proton clients from one configuration.
 *
 * Timeouts are deliberate: `connectionTimeout` bounds the TCP/TLS handshake, and `requestTimeout`
 * bounds each attempt from sending to the last response byte. The SDK only aborts on
 * `requestTimeout` when `throwOnRequestTimeout` is set (otherwise it merely logs a warning); the
 * abort surfaces as a retryable `TimeoutError`, so the worst case for one call is about
 * `maxAttempts × (requestTimeout + back-off)`.
 */
export function createAwsClients(config: UpstreamConfig, target: AwsClientTarget = {}): AwsClients {
  const limiters = {
    iot: new InFlightLimiter(config.maxInFlight),
    ssoAdmin: new InFlightLimiter(config.maxInFlight),
    proton: new InFlightLimiter(config.maxInFlight),
  };

  const common = () => ({
    region: config.region,
    maxAttempts: config.maxAttempts,
    retryMode: 'standard',
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    ...(target.credentials ? { credentials: target.credentials } : {}),
    requestHandler: new NodeHttpHandler({
      connectionTimeout: config.connectTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      throwOnRequestTimeout: true,
      // Sockets match the in-flight cap, so a request holding a slot never queues for a socket.
      httpAgent: new HttpAgent({ keepAlive: true, maxSockets: config.maxInFlight }),
      httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: config.maxInFlight }),
    }),
  });

  const iot = new IoTManagedIntegrationsClient(common());
  const ssoAdmin = new SSOAdminClient(common());
  const proton = new ProtonClient(common());
  iot.middlewareStack.use(inFlightLimitPlugin(limiters.iot));
  ssoAdmin.middlewareStack.use(inFlightLimitPlugin(limiters.ssoAdmin));
  proton.middlewareStack.use(inFlightLimitPlugin(limiters.proton));

  return {
    iot,
    ssoAdmin,
    proton,
    limiters,
    destroy() {
      iot.destroy();
      ssoAdmin.destroy();
      proton.destroy();
    },
  };
}

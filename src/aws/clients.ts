import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

import { ProtonClient } from '@aws-sdk/client-proton';
import { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import type { MetadataBearer, Pluggable } from '@smithy/types';

import type { UpstreamConfig } from '../config';
import { CancellableHttpHandler } from './callContext';
import {
  ADMITTED_PER_SLOT,
  admitCalls,
  InFlightLimiter,
  inFlightLimitPlugin,
  type InFlightGauges,
} from './inFlightLimit';
import { awsQuotaPlugin } from './quotaPlugin';
import * as iotModel from '../generated/aws/iot-managed-integrations';
import * as protonModel from '../generated/aws/proton';
import * as ssoAdminModel from '../generated/aws/sso-admin';
import type { StructureTable } from './constraints';
import { IoTManagedIntegrationsClient } from './iot-managed-integrations';
import { upstreamOperationPlugin, type AwsService } from './upstreamOperation';

/** What every client constructor here accepts (the common subset of SDK client configuration). */
type CommonClientConfig = ReturnType<typeof commonClientConfig>;

/** The generated tables of one service's AWS model (src/generated/aws/<service>.ts). */
export interface ServiceModelTables {
  readonly operations: Readonly<Record<string, { readonly output: string }>>;
  readonly structures: Readonly<Record<string, StructureTable>>;
}

/**
 * The AWS clients the gateway uses, one line per service: its key on `AwsClients`, the service name
 * the error policy and the emulator's call counters use, its model tables, and how to construct
 * it. Adding a service means adding a line here (and a domain module that uses it).
 */
const CLIENT_FACTORIES = {
  iot: {
    service: 'IoTManagedIntegrations',
    model: iotModel,
    create: (c: CommonClientConfig) => new IoTManagedIntegrationsClient(c),
  },
  ssoAdmin: {
    service: 'SSOAdmin',
    model: ssoAdminModel,
    create: (c: CommonClientConfig) => new SSOAdminClient(c),
  },
  proton: {
    service: 'Proton',
    model: protonModel,
    create: (c: CommonClientConfig) => new ProtonClient(c),
  },
} as const satisfies Record<
  string,
  {
    service: AwsService;
    model: ServiceModelTables;
    create: (config: CommonClientConfig) => unknown;
  }
>;

/** The key of one client on `AwsClients`. */
export type AwsClientKey = keyof typeof CLIENT_FACTORIES;
type ClientOf<K extends AwsClientKey> = ReturnType<(typeof CLIENT_FACTORIES)[K]['create']>;

/** The service name (as in the error policy and `/__emulator/calls`) behind each client key. */
export function serviceOf(key: AwsClientKey): AwsService {
  return CLIENT_FACTORIES[key].service;
}

/** The model tables of the service behind a client key. */
export function modelOf(key: AwsClientKey): ServiceModelTables {
  return CLIENT_FACTORIES[key].model;
}

/** The gateway's AWS clients, created once per process and shared by every request. */
export type AwsClients = { readonly [K in AwsClientKey]: ClientOf<K> } & {
  /** The per-service limiters, exposed for readiness reporting and tests. */
  readonly limiters: Readonly<Record<AwsClientKey, InFlightLimiter>>;
  /** Closes every client's sockets. */
  destroy(): void;
};

export interface AwsClientTarget {
  /**
   * Send every service here (the embedded emulator). `undefined` uses the standard AWS endpoint
   * resolution, including `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_<SERVICE>`.
   */
  endpoint?: string;
  /** Fixed credentials (the emulator needs a SigV4 header, not real keys); otherwise the default chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Watches every client's attempts (metrics, traces): `Observability` in src/observability. */
export interface ClientObserver {
  /** Middleware for the client of `service` (whose model operations are `operations`), if any. */
  observeClient<Input extends object, Output extends MetadataBearer>(
    service: AwsService,
    operations: readonly string[],
    limiter: InFlightGauges,
  ): Pluggable<Input, Output> | undefined;
}

/**
 * Timeouts are deliberate: `connectionTimeout` bounds the TCP/TLS handshake, and `requestTimeout`
 * bounds each attempt from sending to the last response byte. The SDK only aborts on
 * `requestTimeout` when `throwOnRequestTimeout` is set (otherwise it merely logs a warning); the
 * abort surfaces as a retryable `TimeoutError`, so the worst case for one call is about
 * `maxAttempts × (requestTimeout + back-off)`.
 */
function commonClientConfig(config: UpstreamConfig, target: AwsClientTarget) {
  return {
    region: config.region,
    maxAttempts: config.maxAttempts,
    retryMode: 'standard',
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    ...(target.credentials ? { credentials: target.credentials } : {}),
    // Each command class's middleware is resolved once, not cloned and sorted on every call; the
    // request's flow, quota gate and abort signal reach the middleware through
    // `sendWithContext` and the handler through `CancellableHttpHandler` (src/aws/callContext.ts).
    cacheMiddleware: true,
    requestHandler: new CancellableHttpHandler({
      connectionTimeout: config.connectTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      throwOnRequestTimeout: true,
      // Sockets match the in-flight cap, so a request holding a slot never queues for a socket.
      httpAgent: new HttpAgent({ keepAlive: true, maxSockets: config.maxInFlight }),
      httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: config.maxInFlight }),
    }),
  };
}

/**
 * Creates every client of `CLIENT_FACTORIES` from one configuration, each with the same
 * middleware: the per-service in-flight cap, the AWS quota gate, the tag that names the failing
 * service and operation on every error, and the `observer`'s per-attempt measurements.
 */
export function createAwsClients(
  config: UpstreamConfig,
  target: AwsClientTarget = {},
  observer?: ClientObserver,
): AwsClients {
  const keys = Object.keys(CLIENT_FACTORIES) as AwsClientKey[];
  const clients = {} as Record<AwsClientKey, { destroy(): void }>;
  const limiters = {} as Record<AwsClientKey, InFlightLimiter>;
  for (const key of keys) {
    const { service, model, create } = CLIENT_FACTORIES[key];
    const client = create(commonClientConfig(config, target));
    limiters[key] = new InFlightLimiter(config.maxInFlight);
    const admission = new InFlightLimiter(config.maxInFlight * ADMITTED_PER_SLOT);
    admitCalls(client, admission);
    // The SDK's logger middleware runs even with its default no-op logger: every call walks the
    // whole input and output through the model's sensitive-data filter for a log line nobody
    // writes. The gateway logs its AWS calls itself (request log, metrics, traces).
    client.middlewareStack.remove('loggerMiddleware');
    client.middlewareStack.use(upstreamOperationPlugin(service));
    client.middlewareStack.use(inFlightLimitPlugin(limiters[key]));
    client.middlewareStack.use(awsQuotaPlugin(service));
    // Innermost, after the quota gate: one measurement per attempt actually sent.
    const wire = limiters[key];
    const gauges: InFlightGauges = {
      get active() {
        return wire.active;
      },
      get queued() {
        return wire.queued + admission.queued;
      },
      limit: wire.limit,
    };
    const observed = observer?.observeClient(service, Object.keys(model.operations), gauges);
    if (observed !== undefined) client.middlewareStack.use(observed);
    clients[key] = client;
  }
  return {
    ...(clients as { [K in AwsClientKey]: ClientOf<K> }),
    limiters,
    destroy() {
      for (const key of keys) clients[key].destroy();
    },
  };
}

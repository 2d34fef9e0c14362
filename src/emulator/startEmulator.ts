import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REGION_PATTERN } from '../shared/env';
import { ADMIN_PREFIX, createAdminApi } from './admin/adminApi';
import { CallCounter } from './admin/CallCounter';
import { FaultInjector } from './admin/FaultInjector';
import { createDispatcher } from './dispatch';
import type { EmulatorRequest, EmulatorResponse } from './http/types';
import { readBody, RequestTooLargeError } from './http/readBody';
import { DevIssuer } from './oidc/DevIssuer';
import { createOidcApi, isOidcPath } from './oidc/oidcApi';
import { PageTokens } from './pagination/PageTokens';
import type { QuotaSetting, QuotaTable } from './quotas/AWS_TPS_QUOTAS';
import { PeakRates } from './quotas/PeakRates';
import { parseQuotas, QuotaError } from './quotas/parseQuotas';
import { RateQuotas } from './quotas/RateQuotas';
import { Router } from './router';
import { emulatedService } from './services/EmulatedService';
import { iotManagedIntegrationsService } from './services/iotManagedIntegrations';
import { protonService } from './services/proton';
import type { EmulatorSettings } from './services/ServiceDefinition';
import { ssoAdminService } from './services/ssoAdmin';
import { Sleeper } from './Sleeper';

export interface EmulatorOptions {
  /** TCP port; 0 (the default) picks a free ephemeral port. */
  port?: number;
  /** Interface to bind; default `127.0.0.1` (loopback only). */
  host?: string;
  /** The AWS account the emulator acts as; default `123456789012`. */
  accountId?: string;
  /** Region the demo seed is loaded into; default `us-east-1`. */
  defaultRegion?: string;
  /** Load the deterministic demo seed into the default region; default true. */
  seed?: boolean;
  /** How long a new account association stays `ASSOCIATION_IN_PROGRESS` (and a deletion `ASSOCIATION_DELETING`); default 2000 ms. */
  associationDelayMs?: number;
  /** How long an account assignment creation request stays `IN_PROGRESS`; default 2000 ms. */
  assignmentDelayMs?: number;
  /**
   * Request-rate quotas per account and region, over any sliding second: `aws` (the default,
   * `AWS_TPS_QUOTAS`), `off`, or requests per second by service (services not named: no limit).
   * Requests beyond a quota are answered `ThrottlingException`. `POST /__emulator/reset` comes back
   * to this table.
   */
  quotas?: QuotaSetting;
}

export interface RunningEmulator {
  /** Base URL for SDK clients and the admin API, e.g. `http://127.0.0.1:4610`. */
  readonly endpoint: string;
  readonly port: number;
  /** Closes the server and every open (keep-alive) connection, and cancels pending timers. */
  stop(): Promise<void>;
  /**
   * The development OIDC issuer's `iss`, `<endpoint>/__emulator/oidc` (discovery below it). Any caller
   * can mint any token from it: for local development and tests only.
   */
  readonly oidcIssuer: string;
  /**
   * State back to the seed, call, throttled and peak counts and fault rules cleared, the start-up
   * quotas restored with empty windows (as `POST /__emulator/reset`). The OIDC signing key is kept,
   * so tokens already minted stay valid.
   */
  reset(): void;
}

export const DEFAULT_ACCOUNT_ID = '123456789012';
export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_DELAY_MS = 2000;

function settingsFrom(options: EmulatorOptions): EmulatorSettings {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  if (!/^\d{12}$/.test(accountId)) {
    throw new TypeError(`accountId must be 12 digits, got ${JSON.stringify(accountId)}`);
  }
  const defaultRegion = options.defaultRegion ?? DEFAULT_REGION;
  if (!REGION_PATTERN.test(defaultRegion)) {
    throw new TypeError(
      `defaultRegion must be an AWS region name like us-east-1, got ${JSON.stringify(defaultRegion)}`,
    );
  }
  const delay = (name: string, value: number | undefined): number => {
    const ms = value ?? DEFAULT_DELAY_MS;
    if (!Number.isInteger(ms) || ms < 0) {
      throw new TypeError(
        `${name} must be a non-negative integer of milliseconds, got ${String(value)}`,
      );
    }
    return ms;
  };
  return {
    accountId,
    defaultRegion,
    seed: options.seed ?? true,
    associationDelayMs: delay('associationDelayMs', options.associationDelayMs),
    assignmentDelayMs: delay('assignmentDelayMs', options.assignmentDelayMs),
  };
}

/** The `quotas` option as a table; a bad one is a `TypeError` naming the option, like the others. */
export function quotaTableFrom(setting: QuotaSetting | undefined): QuotaTable {
  try {
    return parseQuotas(setting ?? 'aws', 'quotas');
  } catch (error) {
    if (error instanceof QuotaError) throw new TypeError(error.message);
    throw error;
  }
}

function write(res: ServerResponse, response: EmulatorResponse, requestId: string): void {
  const body = response.body ?? '';
  res.writeHead(response.status, {
    ...response.headers,
    'x-amzn-RequestId': requestId,
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** Starts the emulator of IoT managed integrations, SSO Admin and Proton on one HTTP endpoint. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`port must be an integer from 0 to 65535, got ${String(options.port)}`);
  }
  const host = options.host ?? '127.0.0.1';
  const settings = settingsFrom(options);
  const quotaTable = quotaTableFrom(options.quotas);

  const tokens = new PageTokens();
  const services = [
    emulatedService(iotManagedIntegrationsService, settings, tokens),
    emulatedService(ssoAdminService, settings, tokens),
    emulatedService(protonService, settings, tokens),
  ];
  const calls = new CallCounter();
  const faults = new FaultInjector();
  const quotas = new RateQuotas(quotaTable);
  const throttled = new CallCounter();
  const peaks = new PeakRates();
  const sleeper = new Sleeper();
  const reset = (): void => {
    services.forEach((service) => service.reset());
    calls.clear();
    faults.clear();
    quotas.reset();
    throttled.clear();
    peaks.clear();
  };
  const admin = createAdminApi({ calls, faults, quotas, throttled, peaks, services, reset });
  // The issuer's URL contains the bound port, known only once the server listens.
  let endpoint = '';
  const issuer = new DevIssuer(() => endpoint);
  const oidc = createOidcApi(issuer);
  const dispatch = createDispatcher({
    router: new Router(services),
    calls,
    faults,
    quotas,
    throttled,
    peaks,
    sleeper,
    onInternalError: (error) =>
      console.error('emulator: unexpected error while handling a request', error),
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    try {
      const url = new URL(req.url ?? '/', 'http://emulator');
      const request: EmulatorRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: await readBody(req),
      };
      const response = isOidcPath(request.path)
        ? await oidc(request)
        : request.path.startsWith(ADMIN_PREFIX)
          ? admin(request)
          : await dispatch(request);
      write(res, response, requestId);
    } catch (error) {
      const status = error instanceof RequestTooLargeError ? 413 : 500;
      if (status === 500) console.error('emulator: failed to handle a request', error);
      if (!res.headersSent && !res.destroyed) {
        write(
          res,
          {
            status,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              message: error instanceof Error ? error.message : 'internal error',
            }),
          },
          requestId,
        );
      }
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: boundPort } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  endpoint = `http://${urlHost}:${boundPort}`;

  let stopping: Promise<void> | undefined;
  return {
    endpoint,
    port: boundPort,
    oidcIssuer: issuer.issuer,
    reset,
    stop() {
      stopping ??= new Promise<void>((resolve, reject) => {
        sleeper.cancelAll();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return stopping;
    },
  };
}

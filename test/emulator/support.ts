import { Agent } from 'node:http';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpRequest } from '@smithy/protocol-http';
import type { HttpHandlerOptions } from '@smithy/types';
import { ProtonClient } from '@aws-sdk/client-proton';
import { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { IoTManagedIntegrationsClient } from '../../src/aws/iot-managed-integrations';
import type { RunningEmulator } from '../../src/emulator';

export const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

export interface ClientOptions {
  region?: string;
  maxAttempts?: number;
  maxSockets?: number;
  /** Default: a keep-alive `NodeHttpHandler` with `maxSockets` sockets. */
  requestHandler?: NodeHttpHandler;
}

function clientConfig(emulator: RunningEmulator, options: ClientOptions) {
  return {
    endpoint: emulator.endpoint,
    region: options.region ?? 'us-east-1',
    credentials,
    maxAttempts: options.maxAttempts ?? 1,
    requestHandler:
      options.requestHandler ??
      new NodeHttpHandler({
        httpAgent: new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 50 }),
      }),
  };
}

/**
 * A request handler that can hold a burst back until every request of it is signed and ready, then
 * send them all at once. On a busy machine the SDK's own work per request could otherwise spread a
 * burst of a hundred requests over more than the one-second window a quota test is about.
 */
export class BurstHandler extends NodeHttpHandler {
  private held: { readonly size: number; readonly waiting: Array<() => void> } | undefined;

  constructor() {
    super({ httpAgent: new Agent({ keepAlive: true, maxSockets: 500 }) });
  }

  /** The next `size` requests wait for each other; later ones go straight out. */
  hold(size: number): void {
    this.held = { size, waiting: [] };
  }

  override async handle(request: HttpRequest, options?: HttpHandlerOptions) {
    const held = this.held;
    if (held) {
      await new Promise<void>((resolve) => {
        held.waiting.push(resolve);
        if (held.waiting.length === held.size) {
          this.held = undefined;
          held.waiting.forEach((release) => release());
        }
      });
    }
    return super.handle(request, options);
  }
}

export const ssoAdminClient = (
  emulator: RunningEmulator,
  options: ClientOptions = {},
): SSOAdminClient => new SSOAdminClient(clientConfig(emulator, options));

export const protonClient = (
  emulator: RunningEmulator,
  options: ClientOptions = {},
): ProtonClient => new ProtonClient(clientConfig(emulator, options));

export const iotClient = (
  emulator: RunningEmulator,
  options: ClientOptions = {},
): IoTManagedIntegrationsClient =>
  new IoTManagedIntegrationsClient(clientConfig(emulator, options));

export async function calls(emulator: RunningEmulator): Promise<Record<string, number>> {
  const response = await fetch(`${emulator.endpoint}/__emulator/calls`);
  return (await response.json()) as Record<string, number>;
}

export async function putFaults(emulator: RunningEmulator, rules: unknown): Promise<Response> {
  return fetch(`${emulator.endpoint}/__emulator/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rules),
  });
}

/** An SDK service exception as tests inspect it. */
export type CaughtError = Error & {
  readonly $metadata: {
    readonly httpStatusCode?: number;
    readonly attempts?: number;
    readonly requestId?: string;
  };
  readonly [member: string]: unknown;
};

/** Captures the error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<CaughtError> {
  try {
    await promise;
  } catch (error) {
    return error as CaughtError;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `read` until `done` holds (or the deadline passes) and returns the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 3000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(20);
    value = await read();
  }
  return value;
}

import type { HttpRequest as SmithyHttpRequest } from '@smithy/types';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandlerOptions } from '@smithy/types';

import type { Flow } from './inFlightLimit';
import type { QuotaContext } from './quotaPlugin';

/**
 * What one AWS call carries to the client's middleware: the GraphQL request it is for (its flow
 * in the in-flight limiter, its trace) and the quota gate that admits its attempts.
 */
export interface CallContext {
  readonly flow?: Flow;
  readonly quota?: QuotaContext;
}

/**
 * The calls on their way, by their command's input object. The SDK hands a command's `input` to
 * every middleware step unchanged (`args.input`), so a middleware finds its call here.
 *
 * Why not the handler context or per-command middleware: the clients are built with
 * `cacheMiddleware`, which resolves each command class's middleware stack once and then shares
 * that handler, and its context object, between all calls of the class; a per-command middleware,
 * or any `client.send` options, would make the SDK clone and sort the stack again on every call
 * (a fifth of the bytes allocated per AWS call, measured). And not AsyncLocalStorage: on Node 20
 * it turns on a promise hook for every promise in the process.
 */
const calls = new WeakMap<object, CallContext>();

/**
 * Sends `command` by `send`, with `context` visible to the middleware through `callContextOf`.
 * A command whose input is already on its way (sent twice at once) is sent as a copy, so each
 * call keeps its own context.
 */
export async function sendWithContext<C extends { input: object }, T>(
  command: C,
  context: CallContext,
  send: (command: C) => Promise<T>,
): Promise<T> {
  const own = calls.has(command.input) ? copyOf(command) : command;
  const input = own.input;
  calls.set(input, context);
  try {
    return await send(own);
  } finally {
    calls.delete(input);
  }
}

/** The context `sendWithContext` gave the call whose input is `input`. */
export function callContextOf(input: unknown): CallContext | undefined {
  return typeof input === 'object' && input !== null ? calls.get(input) : undefined;
}

function copyOf<C extends { input: object }>(command: C): C {
  const Command = command.constructor as new (input: object) => C;
  return new Command({ ...command.input });
}

/** The abort signal of each attempt on its way, by its signed HTTP request. */
const attemptSignals = new WeakMap<SmithyHttpRequest, AbortSignal>();

/**
 * Makes the attempt `request` stop when `signal` aborts: `CancellableHttpHandler` passes the
 * signal to the socket. Called by the in-flight middleware, the last to see the request before the
 * handler (the quota and telemetry middleware after it pass it on unchanged).
 */
export function cancelAttemptWith(request: unknown, signal: AbortSignal | undefined): void {
  if (signal !== undefined && typeof request === 'object' && request !== null) {
    attemptSignals.set(request as SmithyHttpRequest, signal);
  }
}

/**
 * The SDK's Node.js HTTP handler, aborting each attempt with its call's signal. With
 * `cacheMiddleware` the SDK passes the handler no per-call options, so the signal travels with the
 * request instead (see `cancelAttemptWith`).
 */
export class CancellableHttpHandler extends NodeHttpHandler {
  override handle(
    request: Parameters<NodeHttpHandler['handle']>[0],
    options: HttpHandlerOptions = {},
  ) {
    const abortSignal = attemptSignals.get(request);
    return super.handle(
      request,
      abortSignal === undefined || options.abortSignal !== undefined
        ? options
        : { ...options, abortSignal },
    );
  }
}

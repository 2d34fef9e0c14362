import type { FinalizeRequestMiddleware, MetadataBearer, Pluggable } from '@smithy/types';

import { callContextOf, cancelAttemptWith } from './callContext';
import { abortError } from '../shared/abortError';

/** Who an AWS attempt is for: one GraphQL request. Attempts of the same flow queue together. */
export interface Flow {
  /** Aborted when the request's deadline passes or its client goes away: its waiting attempts leave the queue. */
  readonly signal?: AbortSignal;
}

/** The flow of attempts sent outside any request (start-up checks, tests). */
const NO_FLOW: Flow = {};

/**
 * A counting semaphore that queues per flow (per GraphQL request): at most `limit` holders at once;
 * when all slots are taken, each freed slot goes to the waiting flow with the fewest attempts
 * queued, the oldest such flow on a tie, first come first served within a flow. So a request with
 * one call waiting is served next, after about one upstream round trip, however many calls a big
 * request has queued; and requests with equal queues are served in the order they came, so under
 * saturation they finish one after another rather than all late together (which plain round robin
 * would do). This is shortest-queue-first, which keeps the mean latency low; a big request cannot
 * be starved for long, as its deadline bounds it anyway. Per-request caps would also protect small
 * requests but would slow a big one down when nobody else is waiting; this only reorders under
 * contention.
 */
export class InFlightLimiter {
  #active = 0;
  #queued = 0;
  // Insertion-ordered: a flow's place is when it first had to wait.
  readonly #queues = new Map<Flow, { resolve: () => void; reject: (e: unknown) => void }[]>();

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`in-flight limit must be a positive integer; got ${limit}`);
    }
  }

  /** Requests currently holding a slot. */
  get active(): number {
    return this.#active;
  }

  /** Requests waiting for a slot. */
  get queued(): number {
    return this.#queued;
  }

  async run<T>(task: () => Promise<T>, flow: Flow = NO_FLOW): Promise<T> {
    if (this.#active >= this.limit) {
      await this.#wait(flow);
    } else {
      this.#active++;
    }
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  #wait(flow: Flow): Promise<void> {
    const signal = flow.signal;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        reject,
      };
      const onAbort = () => {
        const queue = this.#queues.get(flow);
        const index = queue?.indexOf(waiter) ?? -1;
        if (queue && index >= 0) {
          queue.splice(index, 1);
          this.#queued--;
          if (queue.length === 0) this.#queues.delete(flow);
          reject(abortError(signal!));
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      let queue = this.#queues.get(flow);
      if (!queue) this.#queues.set(flow, (queue = []));
      queue.push(waiter);
      this.#queued++;
    });
  }

  #release(): void {
    // The flow with the shortest queue; the Map's insertion order makes the first one found the
    // oldest among equals.
    let chosen: Flow | undefined;
    let shortest = Number.POSITIVE_INFINITY;
    for (const [flow, queue] of this.#queues) {
      if (queue.length < shortest) {
        chosen = flow;
        shortest = queue.length;
      }
    }
    if (chosen === undefined) {
      this.#active--;
      return;
    }
    const queue = this.#queues.get(chosen)!;
    const waiter = queue.shift()!;
    this.#queued--;
    if (queue.length === 0) this.#queues.delete(chosen);
    // Hand the slot straight to the waiter so a newcomer cannot overtake it.
    waiter.resolve();
  }
}

/** What the in-flight gauges report of one service's limits (`accountgraph_upstream_in_flight`…). */
export interface InFlightGauges {
  /** Attempts on the wire. */
  readonly active: number;
  /** Calls and attempts waiting for their turn. */
  readonly queued: number;
  /** UPSTREAM_MAX_IN_FLIGHT. */
  readonly limit: number;
}

/**
 * Caps the AWS requests one service has on the wire. The SDK has no such option: the HTTP agent's
 * `maxSockets` only queues sockets per agent (and warns when its queue grows), it cannot be shared
 * between client instances and it does not tell retries from first attempts. A dozen lines of
 * middleware is simpler than a dependency. It sits in the finalizeRequest step after the retry and
 * signing middleware, so each attempt holds a slot only while it is on the wire (never during a
 * retry back-off), and the slot covers reading and parsing the response. The request an attempt
 * belongs to (its flow, for fair queuing) comes from its call's context (`sendWithContext`), and
 * the attempt is bound to that request's abort signal here.
 */
export function inFlightLimitPlugin<Input extends object, Output extends MetadataBearer>(
  limiter: InFlightLimiter,
): Pluggable<Input, Output> {
  const middleware: FinalizeRequestMiddleware<Input, Output> = (next) => (args) => {
    const flow = callContextOf(args.input)?.flow;
    cancelAttemptWith(args.request, flow?.signal);
    return limiter.run(() => next(args), flow);
  };
  return {
    applyToStack(stack) {
      stack.add(middleware, {
        step: 'finalizeRequest',
        priority: 'low',
        name: 'inFlightLimitMiddleware',
        override: true,
      });
    },
  };
}

/** How many calls per in-flight slot may be inside the SDK at once (see `admitCalls`). */
export const ADMITTED_PER_SLOT = 2;

/**
 * Admits whole calls into `client.send` through `admission`, queued fairly per request like the
 * attempts on the wire. Without it, every call of a big burst (64 requests of 51 calls: 3,264)
 * would go through the SDK's serialize, endpoint and signing steps at once and wait at the
 * in-flight slot with all that state built, which is most of the live heap under load. With
 * `ADMITTED_PER_SLOT` calls per slot admitted, the next attempts are always built and waiting when
 * a slot frees, and the rest wait as a closure each. Scenario 3 at 64 connections (bench/): peak
 * RSS 169 against 197 MB, throughput 1.12× (0.95–1.31, 4 interleaved rounds). Callback-style
 * sends pass through unadmitted (the gateway never uses them).
 */
export function admitCalls(
  client: { send(command: { input: object }, ...rest: unknown[]): unknown },
  admission: InFlightLimiter,
): void {
  const send = client.send.bind(client);
  client.send = (command, ...rest) =>
    rest.some((arg) => typeof arg === 'function')
      ? send(command, ...rest)
      : admission.run(
          () => send(command, ...rest) as Promise<unknown>,
          callContextOf(command.input)?.flow,
        );
}

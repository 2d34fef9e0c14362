import type {
  FinalizeRequestMiddleware,
  HandlerExecutionContext,
  MetadataBearer,
  Pluggable,
} from '@smithy/types';

/** Who an AWS attempt is for: one GraphQL request. Attempts of the same flow queue together. */
export interface Flow {
  /** Aborted when the request's deadline passes or its client goes away: its waiting attempts leave the queue. */
  readonly signal?: AbortSignal;
}

/** The flow of attempts sent outside any request (start-up checks, tests). */
const NO_FLOW: Flow = {};

/** The context key the per-command middleware of `Upstream.send` stores the request's flow under. */
export const FLOW_CONTEXT_KEY = 'accountGraphFlow';

/**
 * A counting semaphore with fair queuing across flows: at most `limit` holders at once; when all
 * slots are taken, waiters queue per flow and each freed slot goes to the next flow in turn
 * (round robin), first come first served within a flow. So one request with a thousand calls
 * queued cannot make another request's single call wait behind all of them: the small request
 * waits for one slot to free, about one upstream round trip, whatever the big one has queued.
 * Per-request caps would do the same but would also slow the big request down when nobody else
 * is waiting; fair queuing only reorders when there is contention.
 */
export class InFlightLimiter {
  #active = 0;
  #queued = 0;
  // Insertion-ordered: the first key is the flow whose turn it is.
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
    const next = this.#queues.entries().next();
    if (next.done) {
      this.#active--;
      return;
    }
    const [flow, queue] = next.value;
    const waiter = queue.shift()!;
    this.#queued--;
    // Round robin: this flow goes to the back of the line, or leaves it when it has no one left.
    this.#queues.delete(flow);
    if (queue.length > 0) this.#queues.set(flow, queue);
    // Hand the slot straight to the waiter so a newcomer cannot overtake it.
    waiter.resolve();
  }
}

function abortError(signal: AbortSignal): Error {
  const error = new Error(
    signal.reason instanceof Error ? signal.reason.message : 'The request was cancelled',
  );
  error.name = 'AbortError';
  return error;
}

/**
 * Caps the AWS requests one service has on the wire. The SDK has no such option: the HTTP agent's
 * `maxSockets` only queues sockets per agent (and warns when its queue grows), it cannot be shared
 * between client instances and it does not tell retries from first attempts. A dozen lines of
 * middleware is simpler than a dependency. It sits in the finalizeRequest step after the retry and
 * signing middleware, so each attempt holds a slot only while it is on the wire (never during a
 * retry back-off), and the slot covers reading and parsing the response. The request an attempt
 * belongs to (its flow, for fair queuing) comes from the handler context.
 */
export function inFlightLimitPlugin<Input extends object, Output extends MetadataBearer>(
  limiter: InFlightLimiter,
): Pluggable<Input, Output> {
  const middleware: FinalizeRequestMiddleware<Input, Output> = (next, context) => (args) =>
    limiter.run(() => next(args), flowOf(context));
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

function flowOf(context: HandlerExecutionContext): Flow | undefined {
  return (context as Record<string, unknown>)[FLOW_CONTEXT_KEY] as Flow | undefined;
}

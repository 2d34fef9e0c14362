import type { FinalizeRequestMiddleware, MetadataBearer, Pluggable } from '@smithy/types';

/**
 * A counting semaphore: at most `limit` holders at once, the rest wait in FIFO order.
 */
export class InFlightLimiter {
  #active = 0;
  readonly #waiting: (() => void)[] = [];

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
    return this.#waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#active >= this.limit) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#active++;
    }
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      // Hand the slot straight to the next waiter so a newcomer cannot overtake it.
      if (next) next();
      else this.#active--;
    }
  }
}

/**
 * Caps the AWS requests one service has on the wire. The SDK has no such option: the HTTP agent's
 * `maxSockets` only queues sockets per agent (and warns when its queue grows), it cannot be shared
 * between client instances and it does not tell retries from first attempts. A dozen lines of
 * middleware is simpler than a dependency. It sits in the finalizeRequest step after the retry and
 * signing middleware, so each attempt holds a slot only while it is on the wire (never during a
 * retry back-off), and the slot covers reading and parsing the response.
 */
export function inFlightLimitPlugin<Input extends object, Output extends MetadataBearer>(
  limiter: InFlightLimiter,
): Pluggable<Input, Output> {
  const middleware: FinalizeRequestMiddleware<Input, Output> = (next) => (args) =>
    limiter.run(() => next(args));
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

import { setMaxListeners } from 'node:events';

/**
 * A process-wide cap on AWS requests that stay outstanding after their call returns: IAM Identity
 * Center accepts a CreateAccountAssignment at once and works on it asynchronously, and allows 15
 * such requests in progress per account. A slot is taken before the call and given back when the
 * request is known to have finished (or the call failed), so the gateway never has more than
 * `limit` of them at AWS. Waiters are served in arrival order.
 *
 * Per process: replicas each keep their own count, so a fleet of N replicas should be given
 * `limit / N` each (a Redis-backed count would make it fleet-wide).
 */
export class OutstandingLimit {
  #held = 0;
  readonly #waiters: { grant: () => void; refuse: (reason: Error) => void }[] = [];
  readonly #closed = new AbortController();

  constructor(readonly limit: number) {
    // Each slot's holder may wait on `closed`: up to `limit` listeners by design.
    setMaxListeners(limit + 10, this.#closed.signal);
  }

  /** Slots in use. */
  get outstanding(): number {
    return this.#held;
  }

  /** Aborted by `close`: background work holding slots stops. */
  get closed(): AbortSignal {
    return this.#closed.signal;
  }

  /**
   * Takes a slot, waiting for one in arrival order. Resolves to the function that gives it back
   * (calling it again does nothing); rejects with `signal`'s reason when it aborts first, or when
   * the limit is closed.
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.#closed.signal.aborted) return Promise.reject(new Error('shutting down'));
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (this.#held < this.limit && this.#waiters.length === 0) {
      this.#held++;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) this.#waiters.splice(index, 1);
        reject(abortReason(signal));
      };
      const waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(this.#releaser());
        },
        refuse: (reason: Error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(reason);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  /** Refuses every waiter and aborts `closed`; slots still held are simply forgotten. */
  close(): void {
    this.#closed.abort(new Error('shutting down'));
    for (const waiter of this.#waiters.splice(0)) waiter.refuse(new Error('shutting down'));
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the oldest waiter, so a newcomer cannot overtake it.
      const next = this.#waiters.shift();
      if (next) next.grant();
      else this.#held--;
    };
  }
}

function abortReason(signal: AbortSignal | undefined): Error {
  return signal?.reason instanceof Error ? signal.reason : new Error('aborted');
}

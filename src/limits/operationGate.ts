import { abortError } from '../shared/abortError';

/**
 * Bounds how much AWS work the process has started at once, counted in the AWS calls the executing
 * GraphQL operations planned (`estimateAwsCalls`). An operation starts executing while the plans
 * of those already executing leave room for its own; otherwise it waits, in arrival order, before
 * a single resolver runs.
 *
 * Why: the in-flight cap (UPSTREAM_MAX_IN_FLIGHT) bounds the calls on the wire, not the operations
 * behind them. Without this gate every request that arrives starts executing at once and builds
 * all its calls, which then wait for a slot: 64 requests of a 51-call page hold 3,264 waiting
 * calls, each with its loaders, promises and SDK command, most of the process's memory under load
 * (about 10 KB per call, measured in a heap snapshot) and all of it promoted to V8's old
 * generation by the time it is sent. A waiting operation holds only its parsed request. With the
 * default budget, four times the in-flight cap, the executing operations keep every slot busy, so
 * the wire stays as full as before while memory no longer grows with the number of connections.
 *
 * An operation counts for its plan, but never for more than half the budget: one big operation
 * (a page of 100 items, or more than the budget allows) leaves room for small ones beside it, which
 * then start at once, as they did without the gate. Those that do not fit wait in arrival order, so
 * none is overtaken forever (a request's deadline bounds its wait anyway); once started, the
 * in-flight limiter still serves the request with the fewest calls waiting first. Plans of 0
 * (introspection, answers known without AWS) never wait.
 *
 * Hand-written: semaphores on npm (p-limit, async-sema) count tasks, not weighted permits with
 * withdrawal of a waiter whose request ended, and this is a few dozen lines.
 */
export class OperationGate {
  #executing = 0;
  #operations = 0;
  readonly #waiting: Waiter[] = [];
  /** What one operation counts for at most: half the budget. */
  readonly #maxWeight: number;

  /** `maxPlannedCalls`: UPSTREAM_MAX_PLANNED_CALLS. */
  constructor(readonly maxPlannedCalls: number) {
    if (!Number.isInteger(maxPlannedCalls) || maxPlannedCalls < 1) {
      throw new RangeError(
        `the planned-calls budget must be a positive integer; got ${maxPlannedCalls}`,
      );
    }
    this.#maxWeight = Math.max(1, Math.floor(maxPlannedCalls / 2));
  }

  /** AWS calls planned by the operations executing now. */
  get executingPlannedCalls(): number {
    return this.#executing;
  }

  /** Operations executing now (admitted and not yet released) that planned any AWS call. */
  get executingOperations(): number {
    return this.#operations;
  }

  /** Operations waiting to start. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * Asks to start an operation planning `plannedCalls`. `admitted` resolves when it may execute and
   * rejects with an `AbortError` if `signal` aborts first (it then leaves the queue). `release()`
   * must be called once the operation has finished or given up, admitted or not; later calls do
   * nothing.
   */
  enter(plannedCalls: number, signal?: AbortSignal): GateTicket {
    const weight = Math.min(Math.max(0, Math.ceil(plannedCalls)), this.#maxWeight);
    if (weight === 0) return ADMITTED_FOR_FREE;
    if (this.#waiting.length === 0 && this.#fits(weight)) {
      this.#take(weight);
      return this.#ticket(weight, undefined, Promise.resolve());
    }
    if (signal?.aborted) {
      return {
        queued: true,
        admitted: Promise.reject(abortError(signal)),
        release: () => undefined,
      };
    }
    let waiter!: Waiter;
    const admitted = new Promise<void>((resolve, reject) => {
      waiter = { weight, resolve, reject, signal, onAbort: undefined, state: 'waiting' };
    });
    if (signal !== undefined) {
      waiter.onAbort = () => {
        if (this.#withdraw(waiter)) waiter.reject(abortError(signal));
      };
      signal.addEventListener('abort', waiter.onAbort, { once: true });
    }
    this.#waiting.push(waiter);
    return this.#ticket(weight, waiter, admitted);
  }

  #ticket(weight: number, waiter: Waiter | undefined, admitted: Promise<void>): GateTicket {
    let released = false;
    return {
      queued: waiter !== undefined,
      admitted,
      release: () => {
        if (released) return;
        released = true;
        // Never let in (still waiting, or gone with its signal): it holds none of the budget.
        if (waiter !== undefined && waiter.state !== 'admitted') {
          this.#withdraw(waiter);
          return;
        }
        this.#executing -= weight;
        this.#operations--;
        this.#admitWaiting();
      },
    };
  }

  #fits(weight: number): boolean {
    return this.#executing + weight <= this.maxPlannedCalls;
  }

  #take(weight: number): void {
    this.#executing += weight;
    this.#operations++;
  }

  #admitWaiting(): void {
    while (this.#waiting.length > 0 && this.#fits(this.#waiting[0].weight)) {
      const next = this.#waiting.shift()!;
      next.signal?.removeEventListener('abort', next.onAbort!);
      next.state = 'admitted';
      this.#take(next.weight);
      next.resolve();
    }
  }

  /** Takes `waiter` out of the queue; `false` when it was no longer there (admitted or gone). */
  #withdraw(waiter: Waiter): boolean {
    if (waiter.state !== 'waiting') return false;
    const index = this.#waiting.indexOf(waiter);
    if (index === -1) return false;
    this.#waiting.splice(index, 1);
    waiter.state = 'gone';
    if (waiter.onAbort !== undefined) waiter.signal?.removeEventListener('abort', waiter.onAbort);
    // Whoever waited behind it may fit now.
    if (index === 0) this.#admitWaiting();
    return true;
  }
}

/** One operation's place at the gate. */
export interface GateTicket {
  /** Whether it had to wait: `false` when it was let in at once (`admitted` already resolved). */
  readonly queued: boolean;
  /** Resolves when the operation may execute; rejects (AbortError) when its signal aborted first. */
  readonly admitted: Promise<void>;
  /** Gives back its share of the budget, or its place in the queue. Idempotent. */
  release(): void;
}

interface Waiter {
  readonly weight: number;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  readonly signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  state: 'waiting' | 'admitted' | 'gone';
}

const ADMITTED_FOR_FREE: GateTicket = {
  queued: false,
  admitted: Promise.resolve(),
  release: () => undefined,
};

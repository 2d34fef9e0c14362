import { setMaxListeners } from 'node:events';

import { GraphQLError } from 'graphql';

import type { Flow } from '../aws/inFlightLimit';
import type { UpstreamOperation } from '../aws/upstreamOperation';
import { ErrorCode } from '../errors';

export interface RequestLimits {
  /** AWS calls one request may make (QUERY_MAX_AWS_CALLS). */
  readonly maxAwsCalls: number;
  /** Milliseconds the whole request may take, queueing and retries included (REQUEST_DEADLINE_MS). */
  readonly deadlineMs: number;
}

/**
 * What bounds one GraphQL request's AWS calls: its deadline, its client still being there, and its
 * budget of calls. Every domain's `Upstream` of the request shares it; the in-flight limiter uses
 * it as the request's flow for fair queuing.
 */
export class RequestScope implements Flow {
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  #calls = 0;
  /** Epoch milliseconds at which the request's deadline passes. */
  readonly deadlineAt: number;

  constructor(readonly limits: RequestLimits) {
    // Every AWS call of the request listens on this one signal (up to QUERY_MAX_AWS_CALLS of them
    // at once): that is by design, not the leak Node's default limit of 10 listeners warns about.
    setMaxListeners(limits.maxAwsCalls + 10, this.#controller.signal);
    this.deadlineAt = Date.now() + limits.deadlineMs;
    this.#timer = setTimeout(
      () => this.cancel(`the request's deadline of ${limits.deadlineMs} ms passed`),
      limits.deadlineMs,
    );
    this.#timer.unref();
  }

  /** Aborted at the deadline or when the client goes away; pending and queued AWS calls stop. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** AWS calls this request has made (commands sent; the SDK's retries are not counted again). */
  get awsCalls(): number {
    return this.#calls;
  }

  cancel(reason: string): void {
    if (!this.#controller.signal.aborted) this.#controller.abort(new Error(reason));
  }

  /** The request is answered: nothing is left to cancel. */
  finish(): void {
    clearTimeout(this.#timer);
  }

  /** Counts one AWS call, refusing it once the request has made `maxAwsCalls`. */
  charge(op: UpstreamOperation): void {
    if (this.#calls >= this.limits.maxAwsCalls) {
      throw new GraphQLError(
        `This request reached its budget of ${this.limits.maxAwsCalls} AWS calls (QUERY_MAX_AWS_CALLS); ${op.service}.${op.operation} was not sent`,
        {
          extensions: {
            code: ErrorCode.CostActualTooExpensive,
            service: op.service,
            operation: op.operation,
          },
        },
      );
    }
    this.#calls++;
  }

  /** The error for a call cut short by `cancel`. */
  cancelled(op: UpstreamOperation): GraphQLError {
    const reason = this.signal.reason instanceof Error ? this.signal.reason.message : 'cancelled';
    return new GraphQLError(`${op.service}.${op.operation} did not complete: ${reason}`, {
      extensions: {
        code: ErrorCode.UpstreamUnavailable,
        service: op.service,
        operation: op.operation,
      },
    });
  }
}

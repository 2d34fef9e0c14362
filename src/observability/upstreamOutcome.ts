import { isThrottlingError } from '@smithy/core/retry';
import type { SdkError } from '@smithy/types';

/** How one HTTP attempt to AWS ended (the `outcome` label of `accountgraph_upstream_requests_total`). */
export type UpstreamOutcome = 'ok' | 'throttled' | 'client_error' | 'server_error' | 'timeout';

export const UPSTREAM_OUTCOMES: readonly UpstreamOutcome[] = [
  'ok',
  'throttled',
  'client_error',
  'server_error',
  'timeout',
];

// The attempt was cut short: UPSTREAM_TIMEOUT_MS (`TimeoutError`), the request's deadline or its
// client leaving (`AbortError`), or a socket timeout.
const TIMEOUT_NAMES: ReadonlySet<string> = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'AbortError',
]);

/**
 * The outcome of a failed attempt. Throttling is told apart the way the SDK's retry strategy tells
 * it (HTTP 429, the throttling error names, the `@retryable(throttling)` trait); other HTTP 4xx
 * answers are the caller's (`client_error`); 5xx answers and connections that failed without an
 * answer are the upstream's (`server_error`).
 */
export function upstreamOutcomeOf(error: unknown): Exclude<UpstreamOutcome, 'ok'> {
  if (typeof error !== 'object' || error === null) return 'server_error';
  const shape = error as SdkError & { code?: unknown };
  if (isThrottlingError(shape)) return 'throttled';
  if (TIMEOUT_NAMES.has(shape.name) || shape.code === 'ETIMEDOUT') return 'timeout';
  const status = shape.$metadata?.httpStatusCode ?? shape.$response?.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return 'client_error';
  return 'server_error';
}

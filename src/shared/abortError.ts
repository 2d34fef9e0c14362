/**
 * The error a queue rejects a waiter with when the waiter's request is cancelled: an `AbortError`
 * carrying the cancellation's reason (the deadline passed, the client disconnected).
 */
export function abortError(signal: AbortSignal): Error {
  const error = new Error(
    signal.reason instanceof Error ? signal.reason.message : 'The request was cancelled',
  );
  error.name = 'AbortError';
  return error;
}

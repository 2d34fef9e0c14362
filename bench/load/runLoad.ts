import autocannon from 'autocannon';

import { percentile } from './percentile';

/** One HTTP request the load generator repeats. */
export interface LoadRequest {
  path: string;
  body: string;
}

export interface LoadOptions {
  /** Origin of the server under test, e.g. `http://127.0.0.1:4000`. */
  origin: string;
  /** Each connection sends these in turn (one request: the same one repeatedly). */
  requests: readonly LoadRequest[];
  connections: number;
  /** Run for this long… */
  durationSeconds?: number;
  /** …or until this many requests have completed (takes precedence). */
  amount?: number;
  /** Returns false for a 2xx body that is not a correct answer (e.g. GraphQL `errors`). */
  verifyBody?: (body: string) => boolean;
  /** Called with the running count of completed responses (for RSS sampling against requests). */
  onResponse?: (completed: number) => void;
}

/** What one load run measured. */
export interface LoadResult {
  /** Completed responses (any status). */
  requests: number;
  durationSeconds: number;
  /** 2xx responses per second of wall-clock time. */
  requestsPerSecond: number;
  /** Exact latencies of 2xx responses, in milliseconds. */
  latencyMs: { p50: number; p99: number; mean: number; max: number };
  /** Every 2xx response's latency, in milliseconds, to pool rounds. */
  latenciesMs: number[];
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** 2xx responses whose body failed `verifyBody`. */
  mismatches: number;
}

/**
 * Drives load with autocannon from this process. Latencies are recorded from autocannon's per-response
 * event, which carries the exact duration; its own histogram rounds to whole milliseconds.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let completed = 0;
  let non2xx = 0;
  const verifyBody = options.verifyBody;
  const startedAt = process.hrtime.bigint();
  let finish: (error: unknown, result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(asError(error)) : resolve(result));
  });
  const autocannonOptions: autocannon.Options = {
    url: options.origin,
    requests: options.requests.map((request) => ({
      method: 'POST',
      path: request.path,
      headers: { 'content-type': 'application/json' },
      body: request.body,
    })),
    connections: options.connections,
    pipelining: 1,
    timeout: 30,
    ...(options.amount !== undefined
      ? { amount: options.amount }
      : { duration: options.durationSeconds ?? 5 }),
    ...(verifyBody
      ? {
          verifyBody: (body: string | Buffer | undefined) =>
            verifyBody(typeof body === 'string' ? body : (body?.toString('utf8') ?? '')),
        }
      : {}),
  };
  const instance = autocannon(autocannonOptions, (error, result) => finish(error, result));
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    completed++;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else non2xx++;
    options.onResponse?.(completed);
  });
  const result = await done;
  const durationSeconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  return {
    requests: completed,
    durationSeconds,
    requestsPerSecond: latencies.length / durationSeconds,
    latencyMs: {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      mean: latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length),
      max: latencies.reduce((max, value) => Math.max(max, value), 0),
    },
    latenciesMs: latencies,
    non2xx,
    errors: result.errors + result.timeouts,
    mismatches: result.mismatches,
  };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

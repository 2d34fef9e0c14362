/** Options for {@link waitForHttp}. */
export interface WaitForHttpOptions {
  /** Give up after this long (default 30 s). */
  timeoutMs?: number;
  /** Polling interval (default 100 ms). */
  intervalMs?: number;
  /** Extra request headers (e.g. Apollo's CSRF-prevention preflight header). */
  headers?: Record<string, string>;
  /** Checked between attempts: a process that already died will never become ready. */
  isAlive?: () => boolean;
}

/** Polls `url` with GET until it answers 2xx. Throws when the timeout passes or `isAlive` turns false. */
export async function waitForHttp(url: string, options: WaitForHttpOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const intervalMs = options.intervalMs ?? 100;
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no attempt made';
  while (Date.now() < deadline) {
    if (options.isAlive && !options.isAlive()) {
      throw new Error(`process exited before ${url} became ready (last attempt: ${lastProblem})`);
    }
    try {
      const response = await fetch(url, {
        headers: options.headers ?? {},
        signal: AbortSignal.timeout(2_000),
      });
      await response.arrayBuffer();
      if (response.ok) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(
    `${url} did not answer 2xx within ${timeoutMs} ms (last attempt: ${lastProblem})`,
  );
}

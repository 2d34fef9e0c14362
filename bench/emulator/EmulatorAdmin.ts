/** Upstream call counts by `<Service>.<Operation>`, as the emulator reports them. */
export type CallCounts = Record<string, number>;

/** Client for the emulator's admin API (DESIGN.md, "Emulator admin API"). */
export class EmulatorAdmin {
  constructor(private readonly endpoint: string) {}

  /** State back to the seed; counters and faults cleared. */
  async reset(): Promise<void> {
    await this.call('POST', '/__emulator/reset');
  }

  async clearCalls(): Promise<void> {
    await this.call('DELETE', '/__emulator/calls');
  }

  async calls(): Promise<CallCounts> {
    return (await this.call('GET', '/__emulator/calls')) as CallCounts;
  }

  /**
   * Resolves once the call counters stop moving. A duration-bound load run ends with requests still in
   * flight on the server (the load tool stops waiting for them), and their upstream calls must not be
   * counted against the next run.
   */
  async waitForQuiet(settleMs = 150, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let previous = total(await this.calls());
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      const current = total(await this.calls());
      if (current === previous) return;
      previous = current;
    }
    throw new Error(`upstream calls were still being made ${timeoutMs} ms after the load stopped`);
  }

  /** Adds `latencyMs` to every upstream operation. */
  async setLatency(latencyMs: number): Promise<void> {
    await this.call('PUT', '/__emulator/faults', { rules: [{ operation: '*', latencyMs }] });
  }

  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/__emulator/faults');
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.endpoint}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`emulator admin ${method} ${path} answered ${response.status}: ${text}`);
    }
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }
}

function total(counts: CallCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

import type { ServiceName } from '../services/ServiceDefinition';
import type { QuotaTable } from './AWS_TPS_QUOTAS';
import { SlidingWindow } from './SlidingWindow';

/**
 * Enforces the request-rate quotas: a service accepts at most its quota of requests in any sliding
 * window of one second, per region (the emulator acts as one account, so per account and region as
 * AWS counts). A refused request does not enter the window, so a client that keeps retrying gets
 * through as soon as the window has room. Accepted requests are remembered even for services without
 * a limit, so a quota set later applies to the traffic of the last second at once.
 */
export class RateQuotas {
  private table: QuotaTable;
  private readonly windows = new Map<string, SlidingWindow>();

  constructor(
    private readonly initial: QuotaTable,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.table = initial;
  }

  /** The quota table in force. */
  get(): QuotaTable {
    return this.table;
  }

  /** Replaces the quota table; the windows are kept. */
  set(table: QuotaTable): void {
    this.table = table;
  }

  /** Whether a request to `service` in `region` is accepted now; an accepted request is counted. */
  admit(service: ServiceName, region: string): boolean {
    const key = `${service} ${region}`;
    let window = this.windows.get(key);
    if (!window) {
      window = new SlidingWindow();
      this.windows.set(key, window);
    }
    const now = this.now();
    const limit = this.table[service];
    if (limit !== null && window.count(now) >= limit) return false;
    window.add(now);
    return true;
  }

  /** Back to the start-up table, with every window empty. */
  reset(): void {
    this.table = this.initial;
    this.windows.clear();
  }
}

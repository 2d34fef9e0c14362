import type { ServiceName } from '../services/ServiceDefinition';
import { SERVICE_NAMES } from './AWS_TPS_QUOTAS';
import { SlidingWindow } from './SlidingWindow';

/**
 * The most requests each service received (accepted or throttled, all regions together) in any
 * sliding one-second window, for `GET /__emulator/peaks`. That maximum is always reached by a window
 * ending at some request's arrival, so checking the window at each arrival finds it exactly.
 */
export class PeakRates {
  private readonly windows = new Map<ServiceName, SlidingWindow>();
  private readonly peaks = new Map<ServiceName, number>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  record(service: ServiceName): void {
    let window = this.windows.get(service);
    if (!window) {
      window = new SlidingWindow();
      this.windows.set(service, window);
    }
    const now = this.now();
    window.add(now);
    this.peaks.set(service, Math.max(this.peaks.get(service) ?? 0, window.count(now)));
  }

  /** Every service's peak, 0 for those that received nothing since the last `clear()`. */
  snapshot(): Record<ServiceName, number> {
    return Object.fromEntries(
      SERVICE_NAMES.map((service) => [service, this.peaks.get(service) ?? 0]),
    ) as Record<ServiceName, number>;
  }

  /** Forgets peaks and the requests of the last second, so a new measurement starts clean. */
  clear(): void {
    this.windows.clear();
    this.peaks.clear();
  }
}

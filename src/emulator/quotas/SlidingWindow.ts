/** The span of every request-rate window: AWS's quotas are per second. */
export const WINDOW_MS = 1000;

/**
 * Timestamps of the last `WINDOW_MS`: a timestamp `t` is inside the window ending at `now` when
 * `now - WINDOW_MS < t <= now`. Old entries are dropped lazily, when the window is next read.
 */
export class SlidingWindow {
  private readonly times: number[] = [];
  private start = 0;

  /** How many timestamps fall inside the window ending at `now`. */
  count(now: number): number {
    const cutoff = now - WINDOW_MS;
    while (this.start < this.times.length && this.times[this.start] <= cutoff) this.start++;
    // Compact once the dropped prefix dominates, so the array stays about one window long.
    if (this.start > 64 && this.start * 2 > this.times.length) {
      this.times.splice(0, this.start);
      this.start = 0;
    }
    return this.times.length - this.start;
  }

  /** Adds a timestamp; timestamps must come in non-decreasing order (a monotonic clock). */
  add(now: number): void {
    this.times.push(now);
  }
}

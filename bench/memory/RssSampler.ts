import { readProcessMemory } from './readProcessMemory';

/** One reading of a process's resident memory. */
export interface RssSample {
  /** Milliseconds since sampling started. */
  elapsedMs: number;
  /** Requests completed by the load generator when the sample was taken. */
  requests: number;
  rssBytes: number;
}

/**
 * Samples a process's RSS at a fixed interval and keeps its peak (the larger of the sampled maxima and
 * the kernel's VmHWM). `requestsDone` lets samples be placed on a requests axis for trend analysis.
 */
export class RssSampler {
  private readonly samples: RssSample[] = [];
  private peakBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private startedAt = 0;

  constructor(
    private readonly pid: number,
    private readonly intervalMs: number,
    private readonly requestsDone: () => number = () => 0,
  ) {}

  start(): void {
    this.startedAt = Date.now();
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  /** Stops sampling (after one last sample) and returns what was seen. */
  stop(): { samples: RssSample[]; peakRssBytes: number } {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.sample();
    return { samples: [...this.samples], peakRssBytes: this.peakBytes };
  }

  private sample(): void {
    const memory = readProcessMemory(this.pid);
    if (!memory) return;
    this.peakBytes = Math.max(this.peakBytes, memory.peakRssBytes, memory.rssBytes);
    this.samples.push({
      elapsedMs: Date.now() - this.startedAt,
      requests: this.requestsDone(),
      rssBytes: memory.rssBytes,
    });
  }
}

/** Counts requests per `<Service>.<Operation>`, for `GET /__emulator/calls`. */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  record(operationKey: string): void {
    this.counts.set(operationKey, (this.counts.get(operationKey) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  clear(): void {
    this.counts.clear();
  }
}

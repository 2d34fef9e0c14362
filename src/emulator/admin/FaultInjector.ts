/** One fault rule, as accepted by `PUT /__emulator/faults`. */
export interface FaultRule {
  /** `<Service>.<Operation>` or `*` for every operation. */
  readonly operation: string;
  /** Added before the request is answered. */
  readonly latencyMs: number;
  /** Probability (0..1) that the request is answered with `error`. */
  readonly errorRate: number;
  /** AWS error code to answer, e.g. `ThrottlingException`. */
  readonly error: string | undefined;
}

export interface FaultDecision {
  readonly latencyMs: number;
  readonly error: string | undefined;
}

/**
 * The active fault rules. For each request the first rule whose `operation` matches (the exact
 * `<Service>.<Operation>` or `*`) applies, so specific rules go before a catch-all.
 */
export class FaultInjector {
  private rules: readonly FaultRule[] = [];

  set(rules: readonly FaultRule[]): void {
    this.rules = rules;
  }

  list(): readonly FaultRule[] {
    return this.rules;
  }

  clear(): void {
    this.rules = [];
  }

  decide(operationKey: string, random: () => number = Math.random): FaultDecision | undefined {
    const rule = this.rules.find((r) => r.operation === '*' || r.operation === operationKey);
    if (!rule) return undefined;
    const fails = rule.error !== undefined && rule.errorRate > 0 && random() < rule.errorRate;
    return { latencyMs: rule.latencyMs, error: fails ? rule.error : undefined };
  }
}

/**
 * Per-principal rate limits measured in AWS calls: each request is charged the calls its operation
 * plans (`estimateAwsCalls`), not 1, so a client cannot spend the account's AWS quota through a few
 * large queries while staying under a request count.
 *
 * Token buckets, kept as GCRA (generic cell rate algorithm) state: one number per key, the
 * "theoretical arrival time" `tat` at which the bucket is full again. A bucket whose `tat` has
 * passed is full, exactly as if it had no state at all, so full buckets are deleted for free; and
 * the one number maps onto a single Redis key updated by one script (read `tat`, decide, `SET ...
 * PX` with the time until full as its expiry) in one atomic round trip.
 */

/** A bucket's shape: at most `capacity` tokens, refilled continuously at `refillPerSecond`. */
export interface RateLimitRule {
  capacity: number;
  refillPerSecond: number;
}

export interface RateLimitTake {
  allowed: boolean;
  /** Whole tokens left after this take (before it, when refused). */
  remaining: number;
  /**
   * 0 when allowed; otherwise the milliseconds after which the same take would be allowed (rounded
   * up), or `Infinity` when it never can (`cost` above `capacity`).
   */
  retryAfterMs: number;
}

/**
 * Where buckets live. `take` is one atomic step (check and consume together) so that a shared store
 * (Redis) needs one round trip per request and concurrent requests cannot both spend the last
 * tokens. A refused take consumes nothing. `now` (epoch milliseconds) is for tests; a shared store
 * may use its own clock instead.
 */
export interface RateLimitStore {
  take(key: string, cost: number, rule: RateLimitRule, now?: number): Promise<RateLimitTake>;
  /**
   * Gives back `amount` tokens taken earlier (never beyond a full bucket): what a request was
   * charged for but did not spend.
   */
  refund(key: string, amount: number, rule: RateLimitRule, now?: number): Promise<void>;
}

/** The default key cap of `MemoryRateLimitStore`: about 20 MB of heap with 50-character keys. */
export const DEFAULT_MAX_KEYS = 100_000;

/** How many of the least recently charged buckets each take checks for being full again. */
const SWEEP_PER_TAKE = 2;

/**
 * Absorbs floating-point noise in millisecond arithmetic on epoch-sized numbers (about 1e-4 ms at
 * current dates), so a take that fits exactly is not refused by a rounding error.
 */
const EPSILON_MS = 1e-3;

/** One principal's bucket, linked in charge order (least recently charged first). */
interface Bucket {
  readonly key: string;
  tat: number;
  older: Bucket | undefined;
  newer: Bucket | undefined;
}

/**
 * Buckets in one process's memory, bounded two ways:
 * - a full bucket equals no bucket, so each charge also deletes up to two of the least recently
 *   charged buckets that have refilled (an incremental sweep: O(1) per take, no timer);
 * - a hard cap (`maxKeys`, default 100,000): beyond it the least recently charged bucket is dropped,
 *   which resets it to full (an LRU). A client minting principal ids therefore cannot grow memory;
 *   at worst, once it has filled the cap, it shortens the memory of the principals idle longest.
 * Only a charge creates or refreshes an entry: refused and free takes never do.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly buckets = new Map<string, Bucket>();
  // An explicit list rather than the Map's own insertion order: V8 keeps deleted Map entries as
  // holes until it rehashes, so repeatedly reading the "first" entry after deleting from the front
  // walks all the holes, which made every take slower as keys churned.
  private oldest: Bucket | undefined;
  private newest: Bucket | undefined;
  private readonly maxKeys: number;

  constructor(options: { maxKeys?: number } = {}) {
    const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
    if (!Number.isInteger(maxKeys) || maxKeys < 1) {
      throw new RangeError(`maxKeys must be a positive integer, got ${maxKeys}`);
    }
    this.maxKeys = maxKeys;
  }

  /** Buckets currently held (those not yet known to be full). */
  get size(): number {
    return this.buckets.size;
  }

  take(
    key: string,
    cost: number,
    rule: RateLimitRule,
    now: number = Date.now(),
  ): Promise<RateLimitTake> {
    // Inside the executor, a thrown RangeError becomes a rejection, as a remote store's would.
    return new Promise((resolve) => resolve(this.takeNow(key, cost, rule, now)));
  }

  private takeNow(key: string, cost: number, rule: RateLimitRule, now: number): RateLimitTake {
    checkRule(rule);
    if (Number.isNaN(cost) || cost < 0) {
      throw new RangeError(`cost must be a non-negative number, got ${cost}`);
    }
    // Milliseconds per token, and the debt (in ms) a bucket may carry: `capacity` tokens' worth.
    const interval = 1000 / rule.refillPerSecond;
    const tolerance = rule.capacity * interval;
    const bucket = this.buckets.get(key);
    const tat = bucket !== undefined && bucket.tat > now ? bucket.tat : now;
    const tokensBefore = wholeTokens(tolerance - (tat - now), interval);

    if (cost > rule.capacity) {
      return { allowed: false, remaining: tokensBefore, retryAfterMs: Number.POSITIVE_INFINITY };
    }
    if (cost === 0) return { allowed: true, remaining: tokensBefore, retryAfterMs: 0 };

    const nextTat = tat + cost * interval;
    const excess = nextTat - now - tolerance;
    if (excess > EPSILON_MS) {
      return {
        allowed: false,
        remaining: tokensBefore,
        retryAfterMs: Math.ceil(excess - EPSILON_MS),
      };
    }
    this.charge(bucket, key, nextTat);
    this.evict(now);
    return { allowed: true, remaining: wholeTokens(-excess, interval), retryAfterMs: 0 };
  }

  refund(
    key: string,
    amount: number,
    rule: RateLimitRule,
    now: number = Date.now(),
  ): Promise<void> {
    const bucket = this.buckets.get(key);
    if (bucket !== undefined && amount > 0) {
      bucket.tat -= amount * (1000 / rule.refillPerSecond);
      // Full again: the same as no bucket at all.
      if (bucket.tat <= now) this.remove(bucket);
    }
    return Promise.resolve();
  }

  /** Stores the new state and makes the bucket the most recently charged. */
  private charge(bucket: Bucket | undefined, key: string, tat: number): void {
    if (bucket === undefined) {
      bucket = { key, tat, older: undefined, newer: undefined };
      this.buckets.set(key, bucket);
    } else {
      bucket.tat = tat;
      if (bucket === this.newest) return;
      this.unlink(bucket);
    }
    bucket.older = this.newest;
    if (this.newest !== undefined) this.newest.newer = bucket;
    this.newest = bucket;
    this.oldest ??= bucket;
  }

  private evict(now: number): void {
    while (this.buckets.size > this.maxKeys && this.oldest !== undefined) {
      this.remove(this.oldest);
    }
    for (let i = 0; i < SWEEP_PER_TAKE; i++) {
      const oldest = this.oldest;
      if (oldest === undefined || oldest.tat > now) return;
      this.remove(oldest);
    }
  }

  private remove(bucket: Bucket): void {
    this.buckets.delete(bucket.key);
    this.unlink(bucket);
  }

  private unlink(bucket: Bucket): void {
    if (bucket.older !== undefined) bucket.older.newer = bucket.newer;
    else this.oldest = bucket.newer;
    if (bucket.newer !== undefined) bucket.newer.older = bucket.older;
    else this.newest = bucket.older;
    bucket.older = undefined;
    bucket.newer = undefined;
  }
}

function wholeTokens(spareMs: number, interval: number): number {
  return Math.max(0, Math.floor(spareMs / interval + EPSILON_MS / interval));
}

function checkRule(rule: RateLimitRule): void {
  if (!(Number.isFinite(rule.capacity) && rule.capacity > 0)) {
    throw new RangeError(`capacity must be a positive number, got ${rule.capacity}`);
  }
  if (!(Number.isFinite(rule.refillPerSecond) && rule.refillPerSecond > 0)) {
    throw new RangeError(`refillPerSecond must be a positive number, got ${rule.refillPerSecond}`);
  }
}

export interface RateLimitConfig {
  /** AWS calls a principal may plan per minute, sustained. */
  callsPerMinute: number;
  /** Calls a principal may spend at once after being idle; defaults to `callsPerMinute`. */
  burst?: number;
}

export type RateLimitDecision =
  | {
      allowed: true;
      tooLarge: false;
      remaining: number;
      retryAfterMs: 0;
      /** The bucket's capacity, for rate-limit response headers. */
      limit: number;
    }
  | {
      /** Over the budget now; the same request will pass after `retryAfterMs`. */
      allowed: false;
      tooLarge: false;
      remaining: number;
      retryAfterMs: number;
      limit: number;
    }
  | {
      /**
       * The request plans more calls than the bucket ever holds: waiting cannot help, so answer
       * "operation too expensive (`plannedCalls` > `limit`)" rather than "retry later".
       */
      allowed: false;
      tooLarge: true;
      remaining: number;
      /** Always `Infinity`. */
      retryAfterMs: number;
      limit: number;
      plannedCalls: number;
    };

/** Charges each principal the AWS calls its requests plan, against one bucket per principal. */
export class RateLimiter {
  readonly rule: RateLimitRule;

  constructor(
    config: RateLimitConfig,
    private readonly store: RateLimitStore = new MemoryRateLimitStore(),
    private readonly clock: () => number = Date.now,
  ) {
    const { callsPerMinute, burst } = config;
    if (!(Number.isFinite(callsPerMinute) && callsPerMinute > 0)) {
      throw new RangeError(`callsPerMinute must be a positive number, got ${callsPerMinute}`);
    }
    if (burst !== undefined && !(Number.isFinite(burst) && burst >= 1)) {
      throw new RangeError(`burst must be a number of at least 1, got ${burst}`);
    }
    this.rule = { capacity: burst ?? callsPerMinute, refillPerSecond: callsPerMinute / 60 };
  }

  /**
   * Charges `plannedCalls` to `principalKey` if its bucket holds them. A request planning no call
   * (introspection, `__typename`) always passes and leaves no state behind.
   */
  /** Gives back calls `principalKey` was charged for but did not make. */
  refund(principalKey: string, unusedCalls: number): Promise<void> {
    if (unusedCalls <= 0) return Promise.resolve();
    return this.store.refund(principalKey, unusedCalls, this.rule, this.clock());
  }

  async check(principalKey: string, plannedCalls: number): Promise<RateLimitDecision> {
    const limit = this.rule.capacity;
    const take = await this.store.take(principalKey, plannedCalls, this.rule, this.clock());
    if (take.allowed) {
      return { allowed: true, tooLarge: false, remaining: take.remaining, retryAfterMs: 0, limit };
    }
    if (plannedCalls > limit) {
      return {
        allowed: false,
        tooLarge: true,
        remaining: take.remaining,
        retryAfterMs: Number.POSITIVE_INFINITY,
        limit,
        plannedCalls,
      };
    }
    return {
      allowed: false,
      tooLarge: false,
      remaining: take.remaining,
      retryAfterMs: take.retryAfterMs,
      limit,
    };
  }
}

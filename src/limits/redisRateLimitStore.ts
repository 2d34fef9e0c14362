import type { RedisConnection } from '../redis/connection';
import {
  MemoryRateLimitStore,
  type RateLimitRule,
  type RateLimitStore,
  type RateLimitTake,
} from './rateLimiter';

// The same GCRA step as MemoryRateLimitStore, on Redis's clock, in one atomic round trip: read the
// theoretical arrival time, decide, store the new one with the time until the bucket is full as its
// expiry (a full bucket is no key at all). Returns { allowed, remaining, retryAfterMs (-1: never) }.
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local cost = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local interval = 1000 / tonumber(ARGV[3])
local epsilon = 0.001
local tolerance = capacity * interval
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local function whole(spare) return math.max(0, math.floor(spare / interval + epsilon / interval)) end
local before = whole(tolerance - (tat - now))
if cost > capacity then return { 0, before, -1 } end
if cost == 0 then return { 1, before, 0 } end
local nextTat = tat + cost * interval
local excess = nextTat - now - tolerance
if excess > epsilon then return { 0, before, math.ceil(excess - epsilon) } end
redis.call('SET', KEYS[1], tostring(nextTat), 'PX', math.max(1, math.ceil(nextTat - now)))
return { 1, whole(-excess), 0 }`;

// Moves the theoretical arrival time back by the refunded tokens; a bucket full again is deleted.
const REFUND = `
local stored = redis.call('GET', KEYS[1])
if not stored then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local tat = tonumber(stored) - tonumber(ARGV[1]) * 1000 / tonumber(ARGV[2])
if tat <= now then redis.call('DEL', KEYS[1]) return 1 end
redis.call('SET', KEYS[1], tostring(tat), 'PX', math.max(1, math.ceil(tat - now)))
return 1`;

/**
 * Per-principal buckets shared by every replica. While Redis fails, each process limits on its own
 * buckets (a request is never refused or delayed because Redis is down); the shared state resumes
 * when Redis is back.
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #fallback = new MemoryRateLimitStore();

  constructor(private readonly redis: RedisConnection) {
    redis.client.defineCommand('accountGraphRateTake', { numberOfKeys: 1, lua: TAKE });
    redis.client.defineCommand('accountGraphRateRefund', { numberOfKeys: 1, lua: REFUND });
  }

  async refund(key: string, amount: number, rule: RateLimitRule): Promise<void> {
    if (!(amount > 0)) return;
    const client = this.redis.client as unknown as {
      accountGraphRateRefund(key: string, amount: number, refillPerSecond: number): Promise<number>;
    };
    try {
      await client.accountGraphRateRefund(
        `${this.redis.keyPrefix}rate:${key}`,
        amount,
        rule.refillPerSecond,
      );
    } catch {
      await this.#fallback.refund(key, amount, rule);
    }
  }

  async take(key: string, cost: number, rule: RateLimitRule): Promise<RateLimitTake> {
    if (Number.isNaN(cost) || cost < 0) {
      throw new RangeError(`cost must be a non-negative number, got ${cost}`);
    }
    const client = this.redis.client as unknown as {
      accountGraphRateTake(
        key: string,
        cost: number,
        capacity: number,
        refillPerSecond: number,
      ): Promise<[number, number, number]>;
    };
    try {
      const [allowed, remaining, retryAfterMs] = await client.accountGraphRateTake(
        `${this.redis.keyPrefix}rate:${key}`,
        cost,
        rule.capacity,
        rule.refillPerSecond,
      );
      return {
        allowed: allowed === 1,
        remaining,
        retryAfterMs: retryAfterMs < 0 ? Number.POSITIVE_INFINITY : retryAfterMs,
      };
    } catch {
      return this.#fallback.take(key, cost, rule);
    }
  }
}

import {
  DEFAULT_MAX_KEYS,
  MemoryRateLimitStore,
  RateLimiter,
  type RateLimitRule,
} from '../../src/limits/rateLimiter';

const T0 = 1_767_225_600_000; // 2026-01-01T00:00:00Z: epoch-sized times, as in production.

/** 60 calls per minute: one token per second, 60 at most. */
const PER_MINUTE_60: RateLimitRule = { capacity: 60, refillPerSecond: 1 };

function limiterWithClock(config: { callsPerMinute: number; burst?: number }): {
  limiter: RateLimiter;
  store: MemoryRateLimitStore;
  advance: (ms: number) => void;
} {
  let now = T0;
  const store = new MemoryRateLimitStore();
  const limiter = new RateLimiter(config, store, () => now);
  return { limiter, store, advance: (ms) => (now += ms) };
}

describe('MemoryRateLimitStore', () => {
  test('a new principal starts full and each take spends its cost', async () => {
    const store = new MemoryRateLimitStore();
    expect(await store.take('p', 10, PER_MINUTE_60, T0)).toEqual({
      allowed: true,
      remaining: 50,
      retryAfterMs: 0,
    });
    expect(await store.take('p', 50, PER_MINUTE_60, T0)).toEqual({
      allowed: true,
      remaining: 0,
      retryAfterMs: 0,
    });
    expect((await store.take('p', 1, PER_MINUTE_60, T0)).allowed).toBe(false);
  });

  test('tokens refill continuously at the rule’s rate, up to the capacity', async () => {
    const store = new MemoryRateLimitStore();
    await store.take('p', 60, PER_MINUTE_60, T0);
    expect((await store.take('p', 1, PER_MINUTE_60, T0 + 999)).allowed).toBe(false);
    expect(await store.take('p', 1, PER_MINUTE_60, T0 + 1000)).toEqual({
      allowed: true,
      remaining: 0,
      retryAfterMs: 0,
    });
    // Thirty seconds later, thirty tokens.
    expect((await store.take('p', 30, PER_MINUTE_60, T0 + 31_000)).remaining).toBe(0);
    // An hour idle refills to the capacity, not beyond.
    expect((await store.take('p', 1, PER_MINUTE_60, T0 + 3_600_000)).remaining).toBe(59);
  });

  test('a refused take consumes nothing', async () => {
    const store = new MemoryRateLimitStore();
    await store.take('p', 55, PER_MINUTE_60, T0);
    for (let i = 0; i < 100; i++) {
      expect((await store.take('p', 10, PER_MINUTE_60, T0)).allowed).toBe(false);
    }
    // The 5 tokens left are all still there.
    expect(await store.take('p', 5, PER_MINUTE_60, T0)).toEqual({
      allowed: true,
      remaining: 0,
      retryAfterMs: 0,
    });
  });

  test('retryAfterMs is exact: one millisecond earlier is refused, then it passes', async () => {
    const store = new MemoryRateLimitStore();
    await store.take('p', 58, PER_MINUTE_60, T0);
    await store.take('p', 2, PER_MINUTE_60, T0 + 250);
    // 0.25 tokens back at T0 + 250: 4 more need 3.75 s.
    const refused = await store.take('p', 4, PER_MINUTE_60, T0 + 250);
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterMs: 3750 });
    expect((await store.take('p', 4, PER_MINUTE_60, T0 + 250 + 3749)).allowed).toBe(false);
    expect((await store.take('p', 4, PER_MINUTE_60, T0 + 250 + 3750)).allowed).toBe(true);
  });

  test('retryAfterMs is exact at rates that are not whole milliseconds per token', async () => {
    // 7 per minute: one token every 8571.43 ms.
    const rule = { capacity: 7, refillPerSecond: 7 / 60 };
    const store = new MemoryRateLimitStore();
    await store.take('p', 7, rule, T0);
    const refused = await store.take('p', 2, rule, T0);
    expect(refused.retryAfterMs).toBe(Math.ceil((2 * 60_000) / 7));
    expect((await store.take('p', 2, rule, T0 + refused.retryAfterMs - 1)).allowed).toBe(false);
    expect((await store.take('p', 2, rule, T0 + refused.retryAfterMs)).allowed).toBe(true);
    // Draining and refilling many times does not drift: after a full minute, 7 tokens again.
    let now = T0 + refused.retryAfterMs;
    for (let i = 0; i < 1000; i++) {
      now += 60_000;
      expect((await store.take('p', 7, rule, now)).allowed).toBe(true);
    }
  });

  test('principals are independent', async () => {
    const store = new MemoryRateLimitStore();
    await store.take('alice', 60, PER_MINUTE_60, T0);
    expect((await store.take('alice', 1, PER_MINUTE_60, T0)).allowed).toBe(false);
    expect(await store.take('bob', 60, PER_MINUTE_60, T0)).toEqual({
      allowed: true,
      remaining: 0,
      retryAfterMs: 0,
    });
  });

  test('a cost above the capacity is refused forever and leaves no state', async () => {
    const store = new MemoryRateLimitStore();
    expect(await store.take('p', 61, PER_MINUTE_60, T0)).toEqual({
      allowed: false,
      remaining: 60,
      retryAfterMs: Number.POSITIVE_INFINITY,
    });
    expect((await store.take('p', Number.POSITIVE_INFINITY, PER_MINUTE_60, T0)).allowed).toBe(
      false,
    );
    expect(store.size).toBe(0);
  });

  test('free takes pass and leave no state', async () => {
    const store = new MemoryRateLimitStore();
    expect(await store.take('p', 0, PER_MINUTE_60, T0)).toEqual({
      allowed: true,
      remaining: 60,
      retryAfterMs: 0,
    });
    expect(store.size).toBe(0);
  });

  test('nonsense costs and rules are programming errors', async () => {
    const store = new MemoryRateLimitStore();
    await expect(store.take('p', -1, PER_MINUTE_60, T0)).rejects.toThrow(RangeError);
    await expect(store.take('p', Number.NaN, PER_MINUTE_60, T0)).rejects.toThrow(RangeError);
    await expect(store.take('p', 1, { capacity: 0, refillPerSecond: 1 }, T0)).rejects.toThrow(
      'capacity',
    );
    await expect(store.take('p', 1, { capacity: 1, refillPerSecond: 0 }, T0)).rejects.toThrow(
      'refillPerSecond',
    );
    expect(() => new MemoryRateLimitStore({ maxKeys: 0 })).toThrow('maxKeys');
  });

  test('a million distinct principals never hold more than the key cap', async () => {
    const store = new MemoryRateLimitStore();
    let peak = 0;
    // All at the same instant: no bucket refills, so only the cap can bound the map.
    for (let i = 0; i < 1_000_000; i++) {
      await store.take(`minted-${i}`, 1, PER_MINUTE_60, T0);
      if (store.size > peak) peak = store.size;
    }
    expect(peak).toBe(DEFAULT_MAX_KEYS);
    // The most recently charged principals are the ones kept.
    expect((await store.take('minted-999999', 59, PER_MINUTE_60, T0)).allowed).toBe(true);
    expect((await store.take('minted-999999', 1, PER_MINUTE_60, T0)).allowed).toBe(false);
    // A few seconds of work on a busy machine: more than the default timeout allows.
  }, 120_000);

  test('refilled buckets are swept as time passes, long before the cap', async () => {
    const store = new MemoryRateLimitStore({ maxKeys: 1_000_000 });
    // One new principal per millisecond, each full again one second after its take.
    let peak = 0;
    for (let i = 0; i < 100_000; i++) {
      await store.take(`p-${i}`, 1, PER_MINUTE_60, T0 + i);
      if (store.size > peak) peak = store.size;
    }
    expect(peak).toBeLessThanOrEqual(1001);
    expect(peak).toBeGreaterThanOrEqual(999);
  });

  test('a small cap drops the least recently charged principal, which starts full again', async () => {
    const store = new MemoryRateLimitStore({ maxKeys: 2 });
    await store.take('a', 60, PER_MINUTE_60, T0);
    await store.take('b', 60, PER_MINUTE_60, T0);
    await store.take('a', 0, PER_MINUTE_60, T0); // free: does not count as a charge
    await store.take('c', 60, PER_MINUTE_60, T0);
    expect(store.size).toBe(2);
    expect((await store.take('a', 60, PER_MINUTE_60, T0)).allowed).toBe(true);
    expect((await store.take('c', 1, PER_MINUTE_60, T0)).allowed).toBe(false);
  });
});

describe('RateLimiter', () => {
  test('capacity defaults to the per-minute figure and refills over a minute', async () => {
    const { limiter, advance } = limiterWithClock({ callsPerMinute: 120 });
    expect(limiter.rule).toEqual({ capacity: 120, refillPerSecond: 2 });
    expect(await limiter.check('p', 120)).toEqual({
      allowed: true,
      tooLarge: false,
      remaining: 0,
      retryAfterMs: 0,
      limit: 120,
    });
    expect(await limiter.check('p', 3)).toEqual({
      allowed: false,
      tooLarge: false,
      remaining: 0,
      retryAfterMs: 1500,
      limit: 120,
    });
    advance(1500);
    expect((await limiter.check('p', 3)).allowed).toBe(true);
  });

  test('burst sets the capacity; the refill stays callsPerMinute / 60', async () => {
    const { limiter, advance } = limiterWithClock({ callsPerMinute: 60, burst: 200 });
    expect(limiter.rule).toEqual({ capacity: 200, refillPerSecond: 1 });
    expect((await limiter.check('p', 200)).allowed).toBe(true);
    advance(10_000);
    expect((await limiter.check('p', 10)).remaining).toBe(0);
    expect((await limiter.check('p', 1)).retryAfterMs).toBe(1000);
  });

  test('a request planning more calls than the capacity is too large, not “retry later”', async () => {
    const { limiter, store } = limiterWithClock({ callsPerMinute: 60 });
    expect(await limiter.check('p', 61)).toEqual({
      allowed: false,
      tooLarge: true,
      remaining: 60,
      retryAfterMs: Number.POSITIVE_INFINITY,
      limit: 60,
      plannedCalls: 61,
    });
    expect(store.size).toBe(0);
    // Exactly the capacity is not too large.
    expect((await limiter.check('p', 60)).allowed).toBe(true);
    const later = await limiter.check('p', 60);
    expect(later).toMatchObject({ allowed: false, tooLarge: false, retryAfterMs: 60_000 });
  });

  test('refusals do not consume and principals do not share a bucket', async () => {
    const { limiter } = limiterWithClock({ callsPerMinute: 10 });
    expect((await limiter.check('alice', 8)).allowed).toBe(true);
    expect((await limiter.check('alice', 3)).allowed).toBe(false);
    expect((await limiter.check('alice', 3)).allowed).toBe(false);
    expect((await limiter.check('alice', 2)).allowed).toBe(true);
    expect((await limiter.check('bob', 10)).allowed).toBe(true);
  });

  test('operations planning no AWS call always pass', async () => {
    const { limiter, store } = limiterWithClock({ callsPerMinute: 1 });
    await limiter.check('p', 1);
    expect((await limiter.check('p', 0)).allowed).toBe(true);
    expect(store.size).toBe(1);
  });

  test('a bad configuration is refused, naming the setting', () => {
    expect(() => new RateLimiter({ callsPerMinute: 0 })).toThrow('callsPerMinute');
    expect(() => new RateLimiter({ callsPerMinute: Number.NaN })).toThrow('callsPerMinute');
    expect(() => new RateLimiter({ callsPerMinute: 60, burst: 0.5 })).toThrow('burst');
  });
});

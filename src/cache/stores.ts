import { LRUCache } from 'lru-cache';

import type { RedisConnection } from '../redis/connection';

/**
 * Where cached AWS answers live. `get` resolves `undefined` on a miss and rejects when the store
 * cannot be reached (the cache then reads from AWS); `set` never overwrites a tombstone left by
 * `invalidate`, so an answer read before a write and stored after it cannot bring the old state back.
 */
export interface CacheStore {
  readonly kind: 'memory' | 'redis';
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Drops `keys` and blocks `set` on them for `tombstoneMs`. */
  invalidate(keys: readonly string[], tombstoneMs: number): Promise<void>;
}

const TOMBSTONE = '\u0000tombstone';
const TOMBSTONE_BOX: object = Object.freeze({ tombstone: TOMBSTONE });

/**
 * One process's cache: an LRU bounded by entry count, with a time to live per entry. Values are
 * kept as the objects AWS's answers were parsed into and handed out shared, so nothing may mutate
 * them (mappers only read).
 */
export class MemoryCacheStore implements CacheStore {
  readonly kind = 'memory';
  readonly #entries: LRUCache<string, object>;

  constructor(maxEntries: number) {
    this.#entries = new LRUCache<string, object>({ max: maxEntries, ttlAutopurge: false });
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): Promise<unknown> {
    const value = this.#entries.get(key);
    return Promise.resolve(value === TOMBSTONE_BOX ? undefined : value);
  }

  set(key: string, value: unknown, ttlMs: number): Promise<void> {
    if (this.#entries.get(key) !== TOMBSTONE_BOX && typeof value === 'object' && value !== null) {
      this.#entries.set(key, value, { ttl: ttlMs });
    }
    return Promise.resolve();
  }

  invalidate(keys: readonly string[], tombstoneMs: number): Promise<void> {
    for (const key of keys) this.#entries.set(key, TOMBSTONE_BOX, { ttl: tombstoneMs });
    return Promise.resolve();
  }
}

// SET unless the key holds the tombstone, in one step (a GET then SET could interleave with a write).
const SET_UNLESS_TOMBSTONE = `
if redis.call('GET', KEYS[1]) == ARGV[3] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

/**
 * The fleet's cache in Redis: every replica reads what any replica stored, and an invalidation by
 * one replica is seen by all before the mutation that made it answers. Values are JSON with dates
 * kept as dates (AWS answers carry `Date` members).
 */
export class RedisCacheStore implements CacheStore {
  readonly kind = 'redis';

  constructor(private readonly redis: RedisConnection) {
    redis.client.defineCommand('accountGraphCacheSet', {
      numberOfKeys: 1,
      lua: SET_UNLESS_TOMBSTONE,
    });
  }

  async get(key: string): Promise<unknown> {
    const raw = await this.redis.client.get(this.#key(key));
    if (raw === null || raw === TOMBSTONE) return undefined;
    return JSON.parse(raw, reviveDates);
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    const client = this.redis.client as unknown as {
      accountGraphCacheSet(key: string, value: string, ttl: number, tomb: string): Promise<number>;
    };
    await client.accountGraphCacheSet(
      this.#key(key),
      JSON.stringify(value, replaceDates),
      Math.max(1, Math.round(ttlMs)),
      TOMBSTONE,
    );
  }

  async invalidate(keys: readonly string[], tombstoneMs: number): Promise<void> {
    if (keys.length === 0) return;
    const pipeline = this.redis.client.multi();
    for (const key of keys) pipeline.set(this.#key(key), TOMBSTONE, 'PX', Math.max(1, tombstoneMs));
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error !== null);
    if (results === null || failed) throw failed?.[0] ?? new Error('Redis transaction aborted');
  }

  #key(key: string): string {
    return `${this.redis.keyPrefix}cache:${key}`;
  }
}

const DATE_TAG = '$date';

/** JSON replacer keeping `Date` members as `{ "$date": iso }` (no AWS shape has a `$date` member). */
function replaceDates(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? { [DATE_TAG]: raw.toISOString() } : value;
}

function reviveDates(_key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const tagged = (value as Record<string, unknown>)[DATE_TAG];
    if (typeof tagged === 'string' && Object.keys(value).length === 1) return new Date(tagged);
  }
  return value;
}

/**
 * CACHE=redis as deployed: Redis while it answers; while it does not, this process's own memory,
 * so an outage does not turn every read into an AWS call (which AWS's quotas could not absorb for
 * a busy fleet). During an outage read-your-writes holds through the replica that wrote; another
 * replica may serve its own copy until the entity's TTL ends. The memory copies are dropped when
 * Redis is back, and never read while it answers.
 */
export class RedisWithFallbackCacheStore implements CacheStore {
  readonly kind = 'redis';
  readonly #redis: RedisCacheStore;
  #local: MemoryCacheStore;

  constructor(
    private readonly connection: RedisConnection,
    private readonly maxLocalEntries: number,
  ) {
    this.#redis = new RedisCacheStore(connection);
    this.#local = new MemoryCacheStore(maxLocalEntries);
    connection.client.on('ready', () => {
      this.#local = new MemoryCacheStore(this.maxLocalEntries);
    });
  }

  async get(key: string): Promise<unknown> {
    if (this.connection.ready) {
      try {
        return await this.#redis.get(key);
      } catch {
        // fall through to this process's copy
      }
    }
    return this.#local.get(key);
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    if (this.connection.ready) {
      try {
        return await this.#redis.set(key, value, ttlMs);
      } catch {
        // fall through
      }
    }
    return this.#local.set(key, value, ttlMs);
  }

  async invalidate(keys: readonly string[], tombstoneMs: number): Promise<void> {
    await this.#local.invalidate(keys, tombstoneMs);
    await this.#redis.invalidate(keys, tombstoneMs);
  }
}

import type { Logger } from 'pino';

import type { CacheStore } from './stores';

/**
 * What a cached AWS answer is, which decides how long it may be served (DESIGN.md's TTL table).
 * List pages are never cached: their contents and next tokens change with every write.
 */
export type CacheEntity =
  | 'AccountAssociation'
  | 'ConnectorDestination'
  | 'AssignmentStatusInProgress'
  | 'AssignmentStatusTerminal'
  | 'EnvironmentAccountConnection'
  | 'PermissionSet'
  | 'SsoInstance';

export const CACHE_ENTITIES: readonly CacheEntity[] = [
  'AccountAssociation',
  'ConnectorDestination',
  'AssignmentStatusInProgress',
  'AssignmentStatusTerminal',
  'EnvironmentAccountConnection',
  'PermissionSet',
  'SsoInstance',
];

/**
 * Default time to live per entity, from what AWS guarantees: an assignment request that reached
 * SUCCEEDED or FAILED never changes again, so a day is safe; one in progress changes within
 * seconds. Associations change through the gateway's own mutations (which invalidate them) but
 * also through AWS's OAuth flow, so they are kept briefly.
 */
export const DEFAULT_TTL_MS: Readonly<Record<CacheEntity, number>> = {
  AssignmentStatusTerminal: 24 * 60 * 60 * 1000,
  AssignmentStatusInProgress: 1_000,
  ConnectorDestination: 60_000,
  PermissionSet: 300_000,
  SsoInstance: 300_000,
  AccountAssociation: 5_000,
  EnvironmentAccountConnection: 15_000,
};

export type CacheMode = 'off' | 'memory' | 'redis';

export interface CacheConfig {
  readonly mode: CacheMode;
  /** Milliseconds each entity may be served from the cache. */
  readonly ttlMs: Readonly<Record<CacheEntity, number>>;
  /** Entries one process keeps in memory (CACHE=memory). */
  readonly maxEntries: number;
  /**
   * Milliseconds a written entity is kept out of the cache after its invalidation: covers reads
   * that started before the write and finish after it (the request deadline bounds them).
   */
  readonly tombstoneMs: number;
}

/** Lookups per entity and result, for metrics and tests. */
export type CacheLookups = Record<CacheEntity, { hit: number; miss: number }>;

interface Flight {
  readonly promise: Promise<unknown>;
  /** The signal of the request whose call it is: if that request is cancelled, joiners call again. */
  readonly signal: AbortSignal | undefined;
}

/**
 * The cross-request entity cache behind the per-request loaders (DESIGN.md, "Shared cache, AWS
 * quotas and several replicas"):
 * - a hit is served without an AWS call (and is not charged to the request's AWS-call budget);
 * - concurrent misses for the same key in this process share one AWS call (coalescing), each
 *   caller still bounded by its own request's deadline;
 * - a store that fails (Redis down, slow) is a miss, never a failed request: the answer comes from
 *   AWS and the store is tried again on the next read;
 * - errors are never cached.
 * With CACHE=off there is neither caching nor coalescing: every request makes its own calls.
 */
export class EntityCache {
  readonly #flights = new Map<string, Flight>();
  readonly #lookups: CacheLookups;

  constructor(
    readonly config: CacheConfig,
    private readonly store: CacheStore | undefined,
    private readonly logger: Logger,
  ) {
    this.#lookups = Object.fromEntries(
      CACHE_ENTITIES.map((entity) => [entity, { hit: 0, miss: 0 }]),
    ) as CacheLookups;
  }

  get enabled(): boolean {
    return this.store !== undefined;
  }

  /** Hits and misses so far, per entity (a copy). */
  lookups(): CacheLookups {
    return structuredClone(this.#lookups);
  }

  /**
   * The value under `key`: from the store, else from a call already in flight for it in this
   * process, else from `load` (whose answer is stored for the TTL of `entityOf(answer)`).
   * `entity` names the lookup for the hit/miss counts before the answer is known.
   */
  async read<T>(
    key: string,
    entity: CacheEntity,
    entityOf: (value: T) => CacheEntity,
    load: () => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    const store = this.store;
    if (store === undefined) return load();
    let cached: unknown;
    try {
      cached = await store.get(key);
    } catch (error) {
      this.#storeFailed('read', error);
    }
    if (cached !== undefined) {
      this.#lookups[entity].hit++;
      return cached as T;
    }
    this.#lookups[entity].miss++;

    const flight = this.#flights.get(key);
    if (flight !== undefined) {
      try {
        return (await abortable(flight.promise, signal)) as T;
      } catch (error) {
        // The leader's request was cancelled (deadline, client gone); this one was not.
        if (flight.signal?.aborted && !signal?.aborted) return load();
        throw error;
      }
    }

    const promise = load().then((value) => {
      const ttlMs = this.config.ttlMs[entityOf(value)];
      if (ttlMs > 0) {
        store.set(key, value, ttlMs).catch((error: unknown) => this.#storeFailed('write', error));
      }
      return value;
    });
    const own: Flight = { promise, signal };
    this.#flights.set(key, own);
    const forget = () => {
      if (this.#flights.get(key) === own) this.#flights.delete(key);
    };
    promise.then(forget, forget);
    return promise;
  }

  /**
   * Drops `keys` from the cache (on every replica when the store is Redis) before the write that
   * changed them answers. Calls in flight for them are no longer joined.
   */
  async invalidate(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.#flights.delete(key);
    if (this.store === undefined) return;
    try {
      await this.store.invalidate(keys, this.config.tombstoneMs);
    } catch (error) {
      // The write happened; stale entries expire with their TTL.
      this.#storeFailed('invalidate', error);
    }
  }

  #storeFailed(action: string, error: unknown): void {
    this.logger.debug(
      { err: { message: error instanceof Error ? error.message : String(error) }, action },
      'cache store unavailable',
    );
  }
}

/** `promise`, or a rejection as soon as `signal` aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: Error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The cache key of an AWS read: service, operation and the input with its members in a fixed
 * order, so a write can name the same key from a command it builds itself.
 */
export function cacheKey(service: string, operation: string, input: unknown): string {
  return `${service}:${operation}:${canonicalJson(input)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

import type { EnvReader } from '../shared/env';
import {
  CACHE_ENTITIES,
  DEFAULT_TTL_MS,
  type CacheConfig,
  type CacheEntity,
  type CacheMode,
} from './entityCache';

const CACHE_MODES: readonly CacheMode[] = ['off', 'memory', 'redis'];
const MAX_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** `AccountAssociation` → `CACHE_TTL_ACCOUNT_ASSOCIATION_MS`. */
export function ttlVariable(entity: CacheEntity): string {
  return `CACHE_TTL_${entity.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_MS`;
}

/**
 * CACHE (default `redis` when REDIS_URL is set, else `memory`), CACHE_MAX_ENTRIES and one
 * CACHE_TTL_<ENTITY>_MS per entity (0: never cached). CACHE=redis needs REDIS_URL.
 */
export function loadCacheConfig(
  read: EnvReader,
  redisConfigured: boolean,
  requestDeadlineMs: number,
): CacheConfig {
  const mode = read.oneOf('CACHE', CACHE_MODES, redisConfigured ? 'redis' : 'memory');
  if (mode === 'redis' && !redisConfigured) {
    read.problem('CACHE=redis needs REDIS_URL (the Redis the replicas share)');
  }
  const ttlMs = Object.fromEntries(
    CACHE_ENTITIES.map((entity) => [
      entity,
      read.integer(ttlVariable(entity), { min: 0, max: MAX_TTL_MS }, DEFAULT_TTL_MS[entity]),
    ]),
  ) as Record<CacheEntity, number>;
  return {
    mode,
    ttlMs,
    maxEntries: read.integer('CACHE_MAX_ENTRIES', { min: 1, max: 10_000_000 }, 10_000),
    // A read that began before a write ends by its request's deadline at the latest.
    tombstoneMs: requestDeadlineMs,
  };
}

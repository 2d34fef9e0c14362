import type { Logger } from 'pino';

import { EntityCache } from './cache/entityCache';
import { MemoryCacheStore, RedisWithFallbackCacheStore, type CacheStore } from './cache/stores';
import type { Config } from './config';
import { OutstandingLimit } from './domains/OutstandingLimit';
import { PROTON_SWITCHED_OFF } from './domains/proton/endOfSupport';
import type { SharedUpstreamState } from './domains/upstream';
import { AwsQuotaGate, MemoryQuotaStore, RedisQuotaStore } from './limits/awsQuota';
import { OperationGate } from './limits/operationGate';
import { MemoryRateLimitStore, type RateLimitStore } from './limits/rateLimiter';
import { RedisRateLimitStore } from './limits/redisRateLimitStore';
import { connectRedis, type RedisConnection } from './redis/connection';

/**
 * What requests share beyond their own loaders: the entity cache, the AWS quota gate and the
 * per-principal rate-limit buckets. With REDIS_URL they live in Redis and are shared by every
 * replica; without it, in this process.
 */
export interface SharedState extends SharedUpstreamState {
  readonly cache: EntityCache;
  readonly quotas: AwsQuotaGate;
  readonly rateLimitStore: RateLimitStore;
  /** Lets operations start executing while the AWS calls planned by those executing allow. */
  readonly operationGate: OperationGate;
  readonly redis: RedisConnection | undefined;
  close(): Promise<void>;
}

export function createSharedState(config: Config, logger: Logger): SharedState {
  const redis = config.redis === undefined ? undefined : connectRedis(config.redis, logger);
  let store: CacheStore | undefined;
  if (config.cache.mode === 'memory') store = new MemoryCacheStore(config.cache.maxEntries);
  else if (config.cache.mode === 'redis' && redis !== undefined) {
    store = new RedisWithFallbackCacheStore(redis, config.cache.maxEntries);
  }
  const quotas = new AwsQuotaGate(
    config.upstream.quotasTps,
    redis === undefined ? new MemoryQuotaStore() : new RedisQuotaStore(redis),
    // Quotas are per account and region; replicas sharing a Redis share an account and region.
    config.upstream.region ?? 'default-region',
    logger,
  );
  const outstandingAssignments = new OutstandingLimit(config.upstream.outstandingAssignments);
  return {
    cache: new EntityCache(config.cache, store, logger.child({ component: 'cache' })),
    quotas,
    outstandingAssignments,
    switchedOff: config.proton === 'off' ? new Map([['Proton', PROTON_SWITCHED_OFF]]) : undefined,
    operationGate: new OperationGate(config.upstream.maxPlannedCalls),
    rateLimitStore:
      redis === undefined ? new MemoryRateLimitStore() : new RedisRateLimitStore(redis),
    redis,
    async close() {
      outstandingAssignments.close();
      await redis?.close();
    },
  };
}

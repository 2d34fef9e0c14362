import { Redis } from 'ioredis';
import type { Logger } from 'pino';

import type { RedisConfig } from './redisConfig';

/**
 * One Redis connection per process, shared by the entity cache, the AWS quota limiter and the
 * per-principal rate limits. Redis is an accelerator here, never a dependency a request waits on:
 * - no offline queue: while disconnected every command fails at once, and callers fall back
 *   (the cache to AWS, the limiters to their in-process state);
 * - every command has a timeout (REDIS_TIMEOUT_MS), so a slow or half-dead Redis costs a request
 *   at most that long per command;
 * - it reconnects forever in the background, backing off to two seconds, so the cache is used
 *   again as soon as Redis is back;
 * - the process starts whether or not Redis is up.
 */
export interface RedisConnection {
  readonly client: Redis;
  readonly keyPrefix: string;
  /** Whether commands can be sent now (connected and ready). */
  readonly ready: boolean;
  close(): Promise<void>;
}

export function connectRedis(config: RedisConfig, logger: Logger): RedisConnection {
  const client = new Redis(config.url, {
    enableOfflineQueue: false,
    commandTimeout: config.commandTimeoutMs,
    connectTimeout: Math.max(config.commandTimeoutMs, 1_000),
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
    // A failed command is the caller's to handle; reconnecting is this connection's.
    reconnectOnError: () => false,
    lazyConnect: false,
  });
  const log = logger.child({ component: 'redis' });
  // Logs the transitions only, not every failed reconnect attempt.
  let down = false;
  client.on('ready', () => {
    down = false;
    log.info('connected to Redis: shared cache and fleet-wide limits in use');
  });
  client.on('error', (error: Error) => {
    if (!down) {
      down = true;
      log.warn(
        { err: { message: error.message } },
        'Redis is unreachable: reading from AWS and limiting per process until it is back',
      );
    }
  });
  return {
    client,
    keyPrefix: config.keyPrefix,
    get ready() {
      return client.status === 'ready';
    },
    async close() {
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}

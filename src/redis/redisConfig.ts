import type { EnvReader } from '../shared/env';

/** How the gateway reaches the Redis its replicas share (DESIGN.md, "Shared cache, AWS quotas…"). */
export interface RedisConfig {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…` (TLS). */
  readonly url: string;
  /** Milliseconds one Redis command may take before the gateway goes on without it. */
  readonly commandTimeoutMs: number;
  /** Prefix of every key the gateway writes, so several deployments can share one Redis. */
  readonly keyPrefix: string;
}

/** REDIS_URL, REDIS_TIMEOUT_MS and REDIS_KEY_PREFIX; `undefined` when REDIS_URL is unset. */
export function loadRedisConfig(read: EnvReader): RedisConfig | undefined {
  const url = read.optional('REDIS_URL', { trim: true });
  const commandTimeoutMs = read.integer('REDIS_TIMEOUT_MS', { min: 1, max: 60_000 }, 100);
  const keyPrefix = read.matching(
    'REDIS_KEY_PREFIX',
    /^[A-Za-z0-9:._-]{1,64}$/,
    'up to 64 letters, digits or : . _ -',
    'accountgraph:',
  );
  if (url === undefined) return undefined;
  let valid = false;
  try {
    const parsed = new URL(url);
    valid = (parsed.protocol === 'redis:' || parsed.protocol === 'rediss:') && parsed.host !== '';
  } catch {
    // reported below
  }
  if (!valid) {
    // Never echo the value: it may hold a password.
    read.problem(
      'REDIS_URL must be a URL such as redis://127.0.0.1:6379 or rediss://user:password@host:6380/0',
    );
    return undefined;
  }
  return { url, commandTimeoutMs, keyPrefix };
}

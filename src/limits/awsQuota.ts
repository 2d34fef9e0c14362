import { setTimeout as sleep } from 'node:timers/promises';

import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';

import type { AwsService, UpstreamOperation } from '../aws/upstreamOperation';
import { ErrorCode } from '../errors';
import type { RedisConnection } from '../redis/connection';

/**
 * AWS's request-rate quotas per service and account, as requests per second. IAM Identity Center
 * documents 20 TPS across all its APIs per account (raisable only through a support case). AWS
 * publishes no request-rate figure for IoT managed integrations or Proton; 100 per second lets one
 * request's fan-out of 100 Gets through at once.
 */
export const DEFAULT_AWS_QUOTAS_TPS: Readonly<Record<AwsService, number>> = {
  SSOAdmin: 20,
  IoTManagedIntegrations: 100,
  Proton: 100,
};

/** The variable that sets each service's quota. */
export const QUOTA_VARIABLES: Readonly<Record<AwsService, string>> = {
  SSOAdmin: 'AWS_QUOTA_SSO_ADMIN_TPS',
  IoTManagedIntegrations: 'AWS_QUOTA_IOT_MANAGED_INTEGRATIONS_TPS',
  Proton: 'AWS_QUOTA_PROTON_TPS',
};

/**
 * How far apart in time the gateway keeps `tps` calls, beyond one second: an attempt is admitted
 * here a moment before AWS receives it, and that moment varies (connection reuse, queueing in the
 * socket), so a window of exactly one second here could count 21 in one second there.
 */
export const QUOTA_WINDOW_MS = 1_100;

/**
 * A sliding-window log: at most `limit` admissions in any `windowMs`. Unlike a token bucket it has
 * no burst beyond the limit, so "never more than N calls in any one second" holds exactly, which
 * is how AWS's per-second quotas are observed by whoever is throttled.
 */
export interface QuotaStore {
  /** Admits one call under `key` (0) or says in how many milliseconds to try again. */
  acquire(key: string, limit: number, windowMs: number): Promise<number>;
}

/** One process's windows. */
export class MemoryQuotaStore implements QuotaStore {
  readonly #windows = new Map<string, number[]>();

  acquire(key: string, limit: number, windowMs: number, now = Date.now()): Promise<number> {
    let times = this.#windows.get(key);
    if (times === undefined) this.#windows.set(key, (times = []));
    let expired = 0;
    while (expired < times.length && times[expired] <= now - windowMs) expired++;
    if (expired > 0) times.splice(0, expired);
    if (times.length < limit) {
      times.push(now);
      return Promise.resolve(0);
    }
    return Promise.resolve(Math.max(1, times[0] + windowMs - now));
  }
}

// The window as a sorted set scored by Redis's own clock (every replica agrees on it), trimmed,
// counted and added to in one atomic step. Members are unique: microsecond time plus a counter.
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  local seq = redis.call('INCR', KEYS[1] .. ':seq')
  redis.call('ZADD', KEYS[1], now, t[1] .. t[2] .. ':' .. seq)
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('PEXPIRE', KEYS[1] .. ':seq', window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)`;

/** The fleet's windows in Redis; while Redis fails, each process falls back to its own windows. */
export class RedisQuotaStore implements QuotaStore {
  readonly #fallback = new MemoryQuotaStore();

  constructor(private readonly redis: RedisConnection) {
    redis.client.defineCommand('accountGraphQuotaAcquire', { numberOfKeys: 1, lua: ACQUIRE });
  }

  async acquire(key: string, limit: number, windowMs: number): Promise<number> {
    const client = this.redis.client as unknown as {
      accountGraphQuotaAcquire(key: string, limit: number, windowMs: number): Promise<number>;
    };
    try {
      return Number(
        await client.accountGraphQuotaAcquire(
          `${this.redis.keyPrefix}quota:${key}`,
          limit,
          windowMs,
        ),
      );
    } catch {
      return this.#fallback.acquire(key, limit, windowMs);
    }
  }
}

/** What bounds the wait of one attempt: its request's deadline and cancellation. */
export interface QuotaWaiter {
  readonly signal?: AbortSignal;
  /** Epoch milliseconds after which the request no longer wants an answer. */
  readonly deadlineAt?: number;
}

/** Told of the gate's waits and refusals (metrics); it cannot change what the gate decides. */
export interface AwsQuotaObserver {
  /** An attempt found the budget taken and was admitted after waiting `ms` milliseconds. */
  waited(service: AwsService, ms: number): void;
  /** An attempt was refused with THROTTLED: the wait would have outlasted its request's deadline. */
  refused(service: AwsService): void;
}

/**
 * Admits each AWS attempt against its service's quota, waiting while the window is full. A wait
 * that would end after the request's deadline is not started: the call fails at once with
 * THROTTLED and AWS is not called.
 */
export class AwsQuotaGate {
  constructor(
    readonly tps: Readonly<Record<AwsService, number>>,
    private readonly store: QuotaStore,
    /** Separates the windows of different accounts/regions sharing one Redis. */
    private readonly scopeKey: string,
    private readonly logger?: Logger,
  ) {}

  /** Told of waits and refusals, if set. */
  observer: AwsQuotaObserver | undefined;

  async acquire(op: UpstreamOperation, waiter: QuotaWaiter = {}): Promise<void> {
    const limit = this.tps[op.service];
    const key = `${this.scopeKey}:${op.service}`;
    let waitingSince: number | undefined;
    for (;;) {
      const waitMs = await this.store.acquire(key, limit, QUOTA_WINDOW_MS);
      if (waitMs === 0) {
        if (waitingSince !== undefined) {
          this.observer?.waited(op.service, performance.now() - waitingSince);
        }
        return;
      }
      waitingSince ??= performance.now();
      // A little jitter, so the callers woken together do not all retry in the same millisecond.
      const delay = waitMs + Math.floor(Math.random() * Math.max(1, QUOTA_WINDOW_MS / limit));
      if (waiter.deadlineAt !== undefined && Date.now() + delay >= waiter.deadlineAt) {
        this.logger?.debug({ service: op.service, waitMs }, 'AWS quota wait beyond the deadline');
        this.observer?.refused(op.service);
        throw quotaExhausted(op, limit);
      }
      await sleep(delay, undefined, waiter.signal ? { signal: waiter.signal } : {});
    }
  }
}

function quotaExhausted(op: UpstreamOperation, limit: number): GraphQLError {
  return new GraphQLError(
    `${op.service} allows ${limit} requests per second (${QUOTA_VARIABLES[op.service]}) and that budget is taken until after this request's deadline; ${op.service}.${op.operation} was not sent, retry later`,
    { extensions: { code: ErrorCode.Throttled, service: op.service, operation: op.operation } },
  );
}

/** One AWS_QUOTA_<SERVICE>_TPS per service, defaulting to `DEFAULT_AWS_QUOTAS_TPS`. */
export function loadAwsQuotas(read: {
  integer(name: string, range: { min: number; max: number }, fallback: number): number;
}): Record<AwsService, number> {
  const services = Object.keys(DEFAULT_AWS_QUOTAS_TPS) as AwsService[];
  return Object.fromEntries(
    services.map((service) => [
      service,
      read.integer(
        QUOTA_VARIABLES[service],
        { min: 1, max: 1_000_000 },
        DEFAULT_AWS_QUOTAS_TPS[service],
      ),
    ]),
  ) as Record<AwsService, number>;
}

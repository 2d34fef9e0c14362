import { GraphQLError } from 'graphql';
import pino from 'pino';

import {
  AwsQuotaGate,
  MemoryQuotaStore,
  QUOTA_WINDOW_MS,
  RedisQuotaStore,
  loadAwsQuotas,
  type QuotaStore,
} from '../../src/limits/awsQuota';
import { MemoryRateLimitStore } from '../../src/limits/rateLimiter';
import { RedisRateLimitStore } from '../../src/limits/redisRateLimitStore';
import { connectRedis, type RedisConnection } from '../../src/redis/connection';
import { EnvReader } from '../../src/shared/env';
import { startRedis, type RunningRedis } from '../support/redisServer';

const logger = pino({ level: 'silent' });
const DESCRIBE = {
  service: 'SSOAdmin',
  operation: 'DescribeAccountAssignmentCreationStatus',
} as const;
const TPS = { SSOAdmin: 20, IoTManagedIntegrations: 100, Proton: 100 };

let redis: RunningRedis;
let connection: RedisConnection;
let prefix = 0;

async function connected(url: string, keyPrefix = `q${++prefix}:`): Promise<RedisConnection> {
  const conn = connectRedis({ url, commandTimeoutMs: 200, keyPrefix }, logger);
  for (let i = 0; i < 100 && !conn.ready; i++) await new Promise((r) => setTimeout(r, 20));
  return conn;
}

beforeAll(async () => {
  redis = await startRedis();
  connection = await connected(redis.url);
});

afterAll(async () => {
  await connection.close();
  await redis.stop();
});

describe.each([
  ['memory', (): QuotaStore => new MemoryQuotaStore()],
  ['redis', (): QuotaStore => new RedisQuotaStore(connection)],
])('the AWS quota window on a %s store', (_kind, makeStore) => {
  it('admits the quota at once, then says how long until the oldest leaves the window', async () => {
    const store = makeStore();
    const key = `k${Math.random()}`;
    const waits: number[] = [];
    for (let i = 0; i < 22; i++) waits.push(await store.acquire(key, 20, QUOTA_WINDOW_MS));
    expect(waits.slice(0, 20).every((w) => w === 0)).toBe(true);
    for (const wait of waits.slice(20)) {
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(QUOTA_WINDOW_MS);
    }
  });

  it('a request whose deadline comes before the next free slot is THROTTLED without waiting', async () => {
    const gate = new AwsQuotaGate(TPS, makeStore(), `deadline${Math.random()}`);
    for (let i = 0; i < 20; i++) await gate.acquire(DESCRIBE);
    const refused = gate.acquire(DESCRIBE, { deadlineAt: Date.now() + 200 });
    await expect(refused).rejects.toBeInstanceOf(GraphQLError);
    await expect(refused).rejects.toMatchObject({
      extensions: { code: 'THROTTLED', service: 'SSOAdmin' },
      message: expect.stringContaining('AWS_QUOTA_SSO_ADMIN_TPS'),
    });
  });

  it('a request with time to spare waits for the window and then goes', async () => {
    const gate = new AwsQuotaGate({ ...TPS, SSOAdmin: 2 }, makeStore(), `wait${Math.random()}`);
    await gate.acquire(DESCRIBE);
    await gate.acquire(DESCRIBE);
    const started = Date.now();
    await gate.acquire(DESCRIBE, { deadlineAt: Date.now() + 5_000 });
    // It was admitted only once the first call left the window.
    expect(Date.now() - started).toBeGreaterThanOrEqual(QUOTA_WINDOW_MS - 100);
  });

  it('a cancelled request stops waiting', async () => {
    const gate = new AwsQuotaGate({ ...TPS, SSOAdmin: 1 }, makeStore(), `abort${Math.random()}`);
    await gate.acquire(DESCRIBE);
    const controller = new AbortController();
    const waiting = gate.acquire(DESCRIBE, { signal: controller.signal });
    controller.abort(new Error('client went away'));
    await expect(waiting).rejects.toThrow();
  });
});

describe('the quota on Redis', () => {
  it('is one budget for every replica', async () => {
    // Two connections with one prefix: two processes of one deployment.
    const other = await connected(redis.url, connection.keyPrefix);
    try {
      const a = new RedisQuotaStore(connection);
      const b = new RedisQuotaStore(other);
      const key = `shared${Math.random()}`;
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          (i % 2 === 0 ? a : b).acquire(key, 20, QUOTA_WINDOW_MS),
        ),
      );
      expect(results.filter((w) => w === 0)).toHaveLength(20);
    } finally {
      await other.close();
    }
  });

  it('falls back to the process window while Redis is down', async () => {
    const server = await startRedis();
    const conn = await connected(server.url);
    try {
      const store = new RedisQuotaStore(conn);
      await server.kill();
      const waits = [];
      for (let i = 0; i < 3; i++) waits.push(await store.acquire('fallback', 2, QUOTA_WINDOW_MS));
      expect(waits[0]).toBe(0);
      expect(waits[1]).toBe(0);
      expect(waits[2]).toBeGreaterThan(0);
    } finally {
      await conn.close();
      await server.stop();
    }
  });
});

describe('per-principal buckets on Redis', () => {
  it('decide as the in-memory buckets do', async () => {
    const shared = new RedisRateLimitStore(connection);
    const local = new MemoryRateLimitStore();
    const rule = { capacity: 10, refillPerSecond: 1 };
    const key = `principal${Math.random()}`;
    for (const cost of [4, 4, 3, 2, 0, 11]) {
      const [fromRedis, fromMemory] = await Promise.all([
        shared.take(key, cost, rule),
        local.take(key, cost, rule),
      ]);
      expect(fromRedis.allowed).toBe(fromMemory.allowed);
      expect(fromRedis.remaining).toBe(fromMemory.remaining);
      expect(Number.isFinite(fromRedis.retryAfterMs)).toBe(
        Number.isFinite(fromMemory.retryAfterMs),
      );
      if (Number.isFinite(fromMemory.retryAfterMs)) {
        expect(Math.abs(fromRedis.retryAfterMs - fromMemory.retryAfterMs)).toBeLessThan(50);
      }
    }
  });

  it('are shared by replicas and never refuse because Redis is down', async () => {
    const server = await startRedis();
    const a = await connected(server.url);
    try {
      const first = new RedisRateLimitStore(a);
      const rule = { capacity: 5, refillPerSecond: 0.01 };
      expect((await first.take('p', 5, rule)).allowed).toBe(true);
      expect((await first.take('p', 1, rule)).allowed).toBe(false);
      await server.kill();
      expect((await first.take('p', 1, rule)).allowed).toBe(true);
    } finally {
      await a.close();
      await server.stop();
    }
  });
});

describe('loadAwsQuotas', () => {
  it('defaults to AWS documented figures and reads AWS_QUOTA_<SERVICE>_TPS', () => {
    const read = new EnvReader({ AWS_QUOTA_SSO_ADMIN_TPS: '40', AWS_QUOTA_PROTON_TPS: '0' });
    expect(loadAwsQuotas(read)).toEqual({ SSOAdmin: 40, IoTManagedIntegrations: 100, Proton: 100 });
    expect(read.problems).toEqual([expect.stringContaining('AWS_QUOTA_PROTON_TPS')]);
  });
});

describe('refunds', () => {
  test.each([
    ['memory', () => new MemoryRateLimitStore()],
    ['redis', () => new RedisRateLimitStore(connection)],
  ])(
    'give back unspent tokens on the %s store, never beyond a full bucket',
    async (_kind, make) => {
      const store = make();
      const rule = { capacity: 5, refillPerSecond: 0.01 };
      const key = `refund${Math.random()}`;
      expect((await store.take(key, 5, rule)).allowed).toBe(true);
      expect((await store.take(key, 1, rule)).allowed).toBe(false);
      await store.refund(key, 3, rule);
      expect((await store.take(key, 3, rule)).allowed).toBe(true);
      expect((await store.take(key, 1, rule)).allowed).toBe(false);
      await store.refund(key, 100, rule);
      expect((await store.take(key, 5, rule)).remaining).toBe(0);
      expect((await store.take(key, 1, rule)).allowed).toBe(false);
    },
  );
});

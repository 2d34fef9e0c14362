import pino from 'pino';

import {
  DEFAULT_TTL_MS,
  EntityCache,
  cacheKey,
  type CacheConfig,
} from '../../src/cache/entityCache';
import { MemoryCacheStore, RedisCacheStore, type CacheStore } from '../../src/cache/stores';
import { connectRedis, type RedisConnection } from '../../src/redis/connection';
import { startRedis, type RunningRedis } from '../support/redisServer';

const logger = pino({ level: 'silent' });
const config: CacheConfig = {
  mode: 'memory',
  ttlMs: { ...DEFAULT_TTL_MS, AccountAssociation: 60_000, AssignmentStatusInProgress: 0 },
  maxEntries: 100,
  tombstoneMs: 200,
};

/** A load function that counts its calls and answers after `delayMs`. */
function counted<T>(value: () => T, delayMs = 0) {
  const fn = async () => {
    fn.calls++;
    const answer = value(); // what AWS had when the call reached it
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return answer;
  };
  fn.calls = 0;
  return fn;
}

let redis: RunningRedis;
let connection: RedisConnection;

beforeAll(async () => {
  redis = await startRedis();
  connection = connectRedis(
    { url: redis.url, commandTimeoutMs: 200, keyPrefix: `test${process.pid}:` },
    logger,
  );
  await connection.client.ping().catch(() => undefined);
  for (let i = 0; i < 50 && !connection.ready; i++) await new Promise((r) => setTimeout(r, 20));
});

afterAll(async () => {
  await connection.close();
  await redis.stop();
});

describe.each([
  ['memory', (): CacheStore => new MemoryCacheStore(100)],
  ['redis', (): CacheStore => new RedisCacheStore(connection)],
])('the entity cache on a %s store', (_kind, makeStore) => {
  let key = 0;
  const nextKey = () => cacheKey('IoTManagedIntegrations', 'GetAccountAssociation', { id: ++key });

  it('serves a second read from the cache, with its dates still dates', async () => {
    const cache = new EntityCache(config, makeStore(), logger);
    const k = nextKey();
    const load = counted(() => ({ Name: 'a', CreatedAt: new Date('2026-01-02T03:04:05Z') }));
    const first = await cache.read(k, 'AccountAssociation', () => 'AccountAssociation', load);
    const second = await cache.read(k, 'AccountAssociation', () => 'AccountAssociation', load);
    expect(load.calls).toBe(1);
    expect(second).toEqual(first);
    expect(second.CreatedAt).toBeInstanceOf(Date);
    expect(cache.lookups().AccountAssociation).toEqual({ hit: 1, miss: 1 });
  });

  it('never stores an entity whose TTL is 0, and never an error', async () => {
    const cache = new EntityCache(config, makeStore(), logger);
    const k = nextKey();
    const load = counted(() => ({ Status: 'IN_PROGRESS' }));
    await cache.read(k, 'AssignmentStatusInProgress', () => 'AssignmentStatusInProgress', load);
    await cache.read(k, 'AssignmentStatusInProgress', () => 'AssignmentStatusInProgress', load);
    expect(load.calls).toBe(2);

    const failing = jest.fn().mockRejectedValue(new Error('AccessDenied'));
    const k2 = nextKey();
    await expect(
      cache.read(k2, 'AccountAssociation', () => 'AccountAssociation', failing),
    ).rejects.toThrow('AccessDenied');
    await expect(
      cache.read(k2, 'AccountAssociation', () => 'AccountAssociation', failing),
    ).rejects.toThrow('AccessDenied');
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('shares one call between concurrent identical reads', async () => {
    const cache = new EntityCache(config, makeStore(), logger);
    const k = nextKey();
    const load = counted(() => ({ Name: 'shared' }), 30);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        cache.read(k, 'AccountAssociation', () => 'AccountAssociation', load),
      ),
    );
    expect(load.calls).toBe(1);
    expect(answers.every((a) => a.Name === 'shared')).toBe(true);
  });

  it('lets a joiner call again when the request it joined was cancelled', async () => {
    const cache = new EntityCache(config, makeStore(), logger);
    const k = nextKey();
    const leader = new AbortController();
    const leaderLoad = () =>
      new Promise<{ Name: string }>((_resolve, reject) => {
        leader.signal.addEventListener('abort', () => reject(new Error('cancelled')));
      });
    const leading = cache.read(
      k,
      'AccountAssociation',
      () => 'AccountAssociation',
      leaderLoad,
      leader.signal,
    );
    const ownLoad = counted(() => ({ Name: 'own' }));
    const joining = cache.read(k, 'AccountAssociation', () => 'AccountAssociation', ownLoad);
    await new Promise((resolve) => setTimeout(resolve, 10));
    leader.abort(new Error('deadline'));
    await expect(leading).rejects.toThrow('cancelled');
    await expect(joining).resolves.toEqual({ Name: 'own' });
    expect(ownLoad.calls).toBe(1);
  });

  it('a joiner whose own request is cancelled stops waiting at once', async () => {
    const cache = new EntityCache(config, makeStore(), logger);
    const k = nextKey();
    const slow = counted(() => ({ Name: 'slow' }), 300);
    const leading = cache.read(k, 'AccountAssociation', () => 'AccountAssociation', slow);
    const joiner = new AbortController();
    const joining = cache.read(
      k,
      'AccountAssociation',
      () => 'AccountAssociation',
      slow,
      joiner.signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    joiner.abort(new Error('client went away'));
    await expect(joining).rejects.toThrow('client went away');
    await expect(leading).resolves.toEqual({ Name: 'slow' });
    expect(slow.calls).toBe(1);
  });

  it('after invalidate, reads go to AWS, and a read begun before the write cannot store the old state', async () => {
    const cache = new EntityCache(config, makeStore(), logger);
    const k = nextKey();
    let version = 1;
    const load = counted(() => ({ Name: `v${version}` }), 40);
    // A read in flight (it will answer v1) when the write lands.
    const stale = cache.read(k, 'AccountAssociation', () => 'AccountAssociation', load);
    await new Promise((resolve) => setTimeout(resolve, 5));
    version = 2;
    await cache.invalidate([k]);
    await expect(stale).resolves.toEqual({ Name: 'v1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const after = await cache.read(k, 'AccountAssociation', () => 'AccountAssociation', load);
    expect(after).toEqual({ Name: 'v2' });
    expect(load.calls).toBe(2);
    // Once the tombstone expires the entity is cached again.
    await new Promise((resolve) => setTimeout(resolve, config.tombstoneMs + 50));
    await cache.read(k, 'AccountAssociation', () => 'AccountAssociation', load);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await cache.read(k, 'AccountAssociation', () => 'AccountAssociation', load);
    expect(load.calls).toBe(3);
  });
});

describe('the cache while Redis is down', () => {
  it('reads from AWS without failing or waiting, and uses Redis again once it is back', async () => {
    const server = await startRedis();
    const conn = connectRedis(
      { url: server.url, commandTimeoutMs: 100, keyPrefix: 'outage:' },
      logger,
    );
    try {
      for (let i = 0; i < 50 && !conn.ready; i++) await new Promise((r) => setTimeout(r, 20));
      const cache = new EntityCache(
        { ...config, mode: 'redis' },
        new RedisCacheStore(conn),
        logger,
      );
      const k = cacheKey('Proton', 'GetEnvironmentAccountConnection', { id: 'c1' });
      const load = counted(() => ({ id: 'c1' }));
      await cache.read(
        k,
        'EnvironmentAccountConnection',
        () => 'EnvironmentAccountConnection',
        load,
      );
      await new Promise((r) => setTimeout(r, 20));
      await cache.read(
        k,
        'EnvironmentAccountConnection',
        () => 'EnvironmentAccountConnection',
        load,
      );
      expect(load.calls).toBe(1);

      await server.kill();
      const started = Date.now();
      for (let i = 0; i < 5; i++) {
        await expect(
          cache.read(k, 'EnvironmentAccountConnection', () => 'EnvironmentAccountConnection', load),
        ).resolves.toEqual({ id: 'c1' });
      }
      // Each read went to AWS, none waited for Redis's command timeout five times over.
      expect(load.calls).toBe(6);
      expect(Date.now() - started).toBeLessThan(5 * 100 + 1_000);
      await expect(cache.invalidate([k])).resolves.toBeUndefined();

      await server.restart();
      for (let i = 0; i < 150 && !conn.ready; i++) await new Promise((r) => setTimeout(r, 20));
      expect(conn.ready).toBe(true);
      await cache.read(
        k,
        'EnvironmentAccountConnection',
        () => 'EnvironmentAccountConnection',
        load,
      );
      await new Promise((r) => setTimeout(r, 20));
      await cache.read(
        k,
        'EnvironmentAccountConnection',
        () => 'EnvironmentAccountConnection',
        load,
      );
      expect(load.calls).toBe(7);
    } finally {
      await conn.close();
      await server.stop();
    }
  });
});

describe('cacheKey', () => {
  it('does not depend on the order of the input members', () => {
    expect(cacheKey('S', 'Op', { b: 1, a: { d: 2, c: [3] } })).toBe(
      cacheKey('S', 'Op', { a: { c: [3], d: 2 }, b: 1, z: undefined }),
    );
    expect(cacheKey('S', 'Op', { a: 1 })).not.toBe(cacheKey('S', 'Other', { a: 1 }));
  });
});

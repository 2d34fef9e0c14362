import Redis from 'ioredis';

import { startRedis, type RunningRedis } from './redisServer';

/** A client that fails at once instead of queueing commands and reconnecting. */
function client(url: string): Redis {
  return new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
}

/** Whether a process with this pid exists (signal 0 only checks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startRedis', () => {
  let redis: RunningRedis;
  const clients: Redis[] = [];
  const connected = async (): Promise<Redis> => {
    const c = client(redis.url);
    clients.push(c);
    await c.connect();
    return c;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    // Clients of a killed server have ended on their own (no retries); the others say QUIT.
    await Promise.all(clients.filter((c) => c.status === 'ready').map((c) => c.quit()));
    await redis.stop();
  });

  it('serves a real client on 127.0.0.1', async () => {
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
    const c = await connected();
    await c.set('greeting', 'hello');
    await expect(c.get('greeting')).resolves.toBe('hello');
    // No persistence: nothing would survive a restart.
    await expect(c.config('GET', 'save')).resolves.toEqual(['save', '']);
    await expect(c.config('GET', 'appendonly')).resolves.toEqual(['appendonly', 'no']);
  });

  it('kill() is an outage: the process is gone and connections are refused', async () => {
    const pid = redis.pid;
    await redis.kill();
    expect(isRunning(pid)).toBe(false);
    await expect(redis.exited).resolves.toEqual({ code: null, signal: 'SIGKILL' });
    const c = client(redis.url);
    const errors: NodeJS.ErrnoException[] = [];
    c.on('error', (error: NodeJS.ErrnoException) => errors.push(error));
    await expect(c.connect()).rejects.toThrow();
    expect(errors.map((error) => error.code)).toContain('ECONNREFUSED');
  });

  it('restart() brings it back on the same port, empty', async () => {
    const { port, pid } = redis;
    await redis.restart();
    expect(redis.port).toBe(port);
    expect(redis.pid).not.toBe(pid);
    const c = await connected();
    await expect(c.get('greeting')).resolves.toBeNull();
    await c.set('greeting', 'again');
    await expect(c.get('greeting')).resolves.toBe('again');
  });

  it('restart() also replaces a running server', async () => {
    const pid = redis.pid;
    await redis.restart();
    expect(isRunning(pid)).toBe(false);
    const c = await connected();
    await expect(c.ping()).resolves.toBe('PONG');
  });

  it('stop() shuts it down cleanly and waits for the exit', async () => {
    const other = await startRedis();
    expect(other.port).not.toBe(redis.port);
    const pid = other.pid;
    await other.stop();
    await expect(other.exited).resolves.toEqual({ code: 0, signal: null });
    expect(isRunning(pid)).toBe(false);
  });

  it('starts on a given port, and refuses one another server holds', async () => {
    const port = redis.port;
    const taken = await startRedis({ port }).then(
      async (second) => {
        await second.stop();
        return undefined;
      },
      (error: unknown) => error,
    );
    expect(taken).toEqual(new Error(`port ${port} is already in use`));
  });

  it('tells how to install redis-server when it is missing', async () => {
    await expect(startRedis({ command: 'redis-server-not-installed' })).rejects.toThrow(
      'redis-server-not-installed is not on PATH: install it with `apt-get install -y redis-server`',
    );
  });
});

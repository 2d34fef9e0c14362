import { OutstandingLimit } from '../../src/domains/OutstandingLimit';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('OutstandingLimit', () => {
  test('grants up to the limit at once, then in arrival order as slots come back', async () => {
    const limit = new OutstandingLimit(2);
    const first = await limit.acquire();
    await limit.acquire();
    const granted: string[] = [];
    void limit.acquire().then(() => granted.push('third'));
    void limit.acquire().then(() => granted.push('fourth'));
    await tick();
    expect(granted).toEqual([]);
    expect(limit.outstanding).toBe(2);

    first();
    first(); // giving a slot back twice frees it once
    await tick();
    expect(granted).toEqual(['third']);
    expect(limit.outstanding).toBe(2);
  });

  test('a newcomer does not overtake a waiter when a slot comes back', async () => {
    const limit = new OutstandingLimit(1);
    const release = await limit.acquire();
    const order: string[] = [];
    void limit.acquire().then(() => order.push('waiting'));
    release();
    void limit.acquire().then(() => order.push('newcomer'));
    await tick();
    expect(order).toEqual(['waiting']);
  });

  test('a waiter whose signal aborts leaves the line with the signal’s reason', async () => {
    const limit = new OutstandingLimit(1);
    const release = await limit.acquire();
    const controller = new AbortController();
    const waiting = limit.acquire(controller.signal);
    const after = limit.acquire();
    controller.abort(new Error('deadline passed'));
    await expect(waiting).rejects.toThrow('deadline passed');
    release();
    await expect(after).resolves.toEqual(expect.any(Function));
    expect(limit.outstanding).toBe(1);
  });

  test('close refuses the waiters and aborts `closed`', async () => {
    const limit = new OutstandingLimit(1);
    await limit.acquire();
    const waiting = limit.acquire();
    limit.close();
    await expect(waiting).rejects.toThrow('shutting down');
    expect(limit.closed.aborted).toBe(true);
    await expect(limit.acquire()).rejects.toThrow('shutting down');
  });
});

import { InFlightLimiter } from '../../src/aws/inFlightLimit';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('InFlightLimiter', () => {
  test('runs at most `limit` tasks at once and all of them eventually', async () => {
    const limiter = new InFlightLimiter(3);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 2));
          running--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(limiter.active).toBe(0);
    expect(limiter.queued).toBe(0);
  });

  test('hands slots out in FIFO order and frees the slot of a failing task', async () => {
    const limiter = new InFlightLimiter(1);
    const order: string[] = [];
    let releaseFirst!: () => void;
    const first = limiter.run(
      () =>
        new Promise<void>((_, reject) => {
          releaseFirst = () => reject(new Error('boom'));
        }),
    );
    const second = limiter.run(() => {
      order.push('second');
      return Promise.resolve();
    });
    const third = limiter.run(() => {
      order.push('third');
      return Promise.resolve();
    });
    await tick();
    expect(limiter.active).toBe(1);
    expect(limiter.queued).toBe(2);
    releaseFirst();
    await expect(first).rejects.toThrow('boom');
    await Promise.all([second, third]);
    expect(order).toEqual(['second', 'third']);
    expect(limiter.active).toBe(0);
  });

  test('refuses a non-positive limit', () => {
    expect(() => new InFlightLimiter(0)).toThrow(RangeError);
  });
});

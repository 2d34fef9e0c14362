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

describe('InFlightLimiter queuing across flows (requests)', () => {
  /** Starts `count` tasks of `flow` that each wait for `gate`, recording their order of start. */
  function occupy(
    limiter: InFlightLimiter,
    flow: object,
    label: string,
    count: number,
    order: string[],
    gate: Promise<void>,
  ) {
    return Array.from({ length: count }, (_, i) =>
      limiter.run(async () => {
        order.push(`${label}${i}`);
        await gate;
      }, flow),
    );
  }

  test('a flow with one waiting call is served before a flow with many, whatever came first', async () => {
    const limiter = new InFlightLimiter(2);
    const order: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const heavy = {};
    const small = {};
    const running = [
      ...occupy(limiter, heavy, 'h', 6, order, gate),
      ...occupy(limiter, small, 's', 1, order, gate),
    ];
    await tick();
    expect(order).toEqual(['h0', 'h1']);
    open();
    await Promise.all(running);
    // The first freed slot went to the small flow, not to the heavy flow's third call.
    expect(order.indexOf('s0')).toBe(2);
  });

  test('flows with equal queues are served in the order they started waiting', async () => {
    const limiter = new InFlightLimiter(1);
    const order: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const running = [
      ...occupy(limiter, {}, 'a', 2, order, gate),
      ...occupy(limiter, {}, 'b', 2, order, gate),
      ...occupy(limiter, {}, 'c', 2, order, gate),
    ];
    open();
    await Promise.all(running);
    expect(order).toEqual(['a0', 'a1', 'b0', 'b1', 'c0', 'c1']);
  });

  test('an aborted flow leaves the queue at once and its waiting calls fail', async () => {
    const limiter = new InFlightLimiter(1);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const holder = limiter.run(() => gate);
    const controller = new AbortController();
    const waiting = limiter
      .run(() => Promise.resolve('ran'), { signal: controller.signal })
      .catch((error: Error) => error.name);
    await tick();
    expect(limiter.queued).toBe(1);
    controller.abort(new Error('the client disconnected'));
    expect(await waiting).toBe('AbortError');
    expect(limiter.queued).toBe(0);
    open();
    await holder;
    expect(limiter.active).toBe(0);
  });
});

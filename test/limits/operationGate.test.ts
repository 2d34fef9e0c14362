import { OperationGate, type GateTicket } from '../../src/limits/operationGate';

/** Whether `ticket` has been admitted once pending callbacks have run. */
async function isAdmitted(ticket: GateTicket): Promise<boolean> {
  let admitted = false;
  ticket.admitted.then(
    () => {
      admitted = true;
    },
    () => undefined,
  );
  await new Promise((resolve) => setImmediate(resolve));
  return admitted;
}

describe('OperationGate', () => {
  test('operations start while their plans fit the budget; the next waits for a release', async () => {
    const gate = new OperationGate(100);
    const a = gate.enter(40);
    const b = gate.enter(40);
    const c = gate.enter(30);
    expect(await isAdmitted(a)).toBe(true);
    expect(await isAdmitted(b)).toBe(true);
    expect(await isAdmitted(c)).toBe(false);
    expect([a.queued, b.queued, c.queued]).toEqual([false, false, true]);
    expect(gate.executingPlannedCalls).toBe(80);
    expect(gate.waiting).toBe(1);

    a.release();
    expect(await isAdmitted(c)).toBe(true);
    expect(gate.executingPlannedCalls).toBe(70);
    expect(gate.waiting).toBe(0);
  });

  test('waiting operations start in arrival order: a small one does not overtake a big one', async () => {
    const gate = new OperationGate(100);
    const running = [gate.enter(50), gate.enter(40)];
    const big = gate.enter(30);
    const small = gate.enter(1);
    expect(await isAdmitted(big)).toBe(false);
    // 91 of 100 taken: the small one would fit, but the big one came first.
    expect(await isAdmitted(small)).toBe(false);

    running[1].release();
    expect(await isAdmitted(big)).toBe(true);
    expect(await isAdmitted(small)).toBe(true);
    expect(gate.executingPlannedCalls).toBe(81);
  });

  test('an operation counts for half the budget at most, so a small one starts beside a huge one', async () => {
    const gate = new OperationGate(16);
    const huge = gate.enter(400);
    const small = gate.enter(1);
    expect(await isAdmitted(huge)).toBe(true);
    expect(await isAdmitted(small)).toBe(true);
    expect(gate.executingPlannedCalls).toBe(9);
    // A second huge one fills the budget; a third waits for one of them.
    const second = gate.enter(400);
    const third = gate.enter(400);
    expect(await isAdmitted(second)).toBe(false);
    small.release();
    expect(await isAdmitted(second)).toBe(true);
    expect(await isAdmitted(third)).toBe(false);
    huge.release();
    expect(await isAdmitted(third)).toBe(true);
  });

  test('a plan of no AWS calls never waits', async () => {
    const gate = new OperationGate(2);
    const full = gate.enter(1);
    const queued = [gate.enter(1), gate.enter(1)];
    expect(await isAdmitted(queued[1])).toBe(false);
    const free = gate.enter(0);
    expect(await isAdmitted(free)).toBe(true);
    expect(gate.executingPlannedCalls).toBe(2);
    full.release();
  });

  test('a request that aborts while waiting leaves the queue with an AbortError, and those behind it move up', async () => {
    const gate = new OperationGate(10);
    const running = gate.enter(5);
    const half = gate.enter(5);
    const controller = new AbortController();
    const first = gate.enter(5, controller.signal);
    const second = gate.enter(2);
    expect(await isAdmitted(first)).toBe(false);

    controller.abort(new Error("the request's deadline of 1500 ms passed"));
    await expect(first.admitted).rejects.toMatchObject({
      name: 'AbortError',
      message: "the request's deadline of 1500 ms passed",
    });
    expect(gate.waiting).toBe(1);
    half.release();
    expect(await isAdmitted(second)).toBe(true);
    // The aborted one never held any of the budget; releasing it changes nothing.
    first.release();
    expect(gate.executingPlannedCalls).toBe(7);
    running.release();
    second.release();
    expect(gate.executingPlannedCalls).toBe(0);
    expect(gate.executingOperations).toBe(0);
  });

  test('an already aborted signal is refused at once without taking a place', async () => {
    const gate = new OperationGate(4);
    const full = gate.enter(2);
    gate.enter(2);
    const controller = new AbortController();
    controller.abort(new Error('the client disconnected'));
    const ticket = gate.enter(1, controller.signal);
    await expect(ticket.admitted).rejects.toMatchObject({ name: 'AbortError' });
    expect(gate.waiting).toBe(0);
    full.release();
  });

  test('releasing a waiting ticket withdraws it without giving back budget it never held', async () => {
    const gate = new OperationGate(10);
    const running = gate.enter(5);
    const other = gate.enter(5);
    const waiting = gate.enter(5);
    const behind = gate.enter(5);
    waiting.release();
    expect(gate.waiting).toBe(1);
    expect(gate.executingPlannedCalls).toBe(10);
    running.release();
    expect(await isAdmitted(behind)).toBe(true);
    expect(await isAdmitted(waiting)).toBe(false);
    expect(gate.executingPlannedCalls).toBe(10);
    other.release();
    behind.release();
    expect(gate.executingPlannedCalls).toBe(0);
  });

  test('release is idempotent', async () => {
    const gate = new OperationGate(10);
    const a = gate.enter(5);
    const b = gate.enter(5);
    a.release();
    a.release();
    expect(gate.executingPlannedCalls).toBe(5);
    expect(gate.executingOperations).toBe(1);
    expect(await isAdmitted(b)).toBe(true);
    b.release();
    expect(gate.executingPlannedCalls).toBe(0);
  });

  test.each([0, -1, 1.5, Number.NaN])('a budget of %p is refused', (budget) => {
    expect(() => new OperationGate(budget)).toThrow(RangeError);
  });
});

import pino from 'pino';

import { EMULATOR_SEED } from '../../src/emulator';
import type { GateTicket } from '../../src/limits/operationGate';
import { createSharedState, type SharedState } from '../../src/sharedState';
import { count, sendAndLeave, startStack, type Stack } from './gatewayStack';

const associations = EMULATOR_SEED.iotManagedIntegrations.accountAssociations;
const GET = 'IoTManagedIntegrations.GetAccountAssociation';
const ONE = `query ($id: ID!) { accountAssociation(accountAssociationId: $id) { name } }`;
const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
const globalId = (id: string) => Buffer.from(`AccountAssociation:${id}`).toString('base64url');
const ids = (from: number, n: number) =>
  associations.slice(from, from + n).map((a) => globalId(a.id));

describe('operations wait for AWS capacity before they execute (UPSTREAM_MAX_PLANNED_CALLS)', () => {
  let stack: Stack;
  let shared: SharedState;
  /** Operations the test lets in by hand to take the budget. */
  let held: GateTicket[] = [];
  const fillBudget = () => {
    // 16 planned calls: two operations of half the budget each.
    held = [shared.operationGate.enter(8), shared.operationGate.enter(8)];
  };
  const releaseBudget = () => {
    for (const ticket of held) ticket.release();
    held = [];
  };

  beforeAll(async () => {
    stack = await startStack({
      env: {
        REQUEST_DEADLINE_MS: '1500',
        UPSTREAM_MAX_IN_FLIGHT: '4',
        UPSTREAM_MAX_PLANNED_CALLS: '16',
      },
      shared: (config) => (shared = createSharedState(config, pino({ level: 'silent' }))),
    });
  });
  afterAll(async () => {
    await stack.stop();
    await shared.close();
  });
  beforeEach(async () => {
    await stack.clearFaults();
    await stack.resetCalls();
  });
  afterEach(releaseBudget);

  test('heavy operations beyond the budget wait their turn, and every one is answered', async () => {
    await stack.setFaults([{ operation: GET, latencyMs: 50 }]);
    const pages = await Promise.all(
      [0, 8, 16, 24].map((from) => stack.graphql(NODES, { ids: ids(from, 8) })),
    );
    for (const [i, page] of pages.entries()) {
      expect(page.body.errors).toBeUndefined();
      expect(page.body.data!.nodes).toEqual(ids(i * 8, 8).map((id) => ({ id })));
    }
    expect(count(await stack.calls(), GET)).toBe(32);
    expect(shared.operationGate.executingPlannedCalls).toBe(0);
    expect(shared.operationGate.waiting).toBe(0);
  });

  test('an operation still waiting when its deadline passes is answered 503 UPSTREAM_UNAVAILABLE, with no AWS call', async () => {
    fillBudget();
    const started = Date.now();
    const { status, headers, body } = await stack.graphql(ONE, { id: associations[0].id });
    const elapsed = Date.now() - started;
    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('1');
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toEqual({
      code: 'UPSTREAM_UNAVAILABLE',
      retryAfterSeconds: 1,
    });
    expect(body.errors![0].message).toMatch(
      /^The gateway is busy: .*UPSTREAM_MAX_PLANNED_CALLS=16.*deadline of 1500 ms passed; retry shortly$/,
    );
    expect(elapsed).toBeGreaterThanOrEqual(1_400);
    expect(await stack.calls()).toEqual({});
    expect(shared.operationGate.waiting).toBe(0);

    // Once there is room, the same request is answered.
    releaseBudget();
    const again = await stack.graphql(ONE, { id: associations[0].id });
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual({ accountAssociation: { name: associations[0].name } });
  });

  test('a client that leaves while its operation waits costs no AWS call and gives up its place', async () => {
    fillBudget();
    await sendAndLeave(stack.graphqlUrl, { query: NODES, variables: { ids: ids(0, 4) } }, 300, () =>
      expect(shared.operationGate.waiting).toBe(1),
    );
    // The server sees the connection close a moment later.
    for (let i = 0; i < 50 && shared.operationGate.waiting > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(shared.operationGate.waiting).toBe(0);
    releaseBudget();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await stack.calls()).toEqual({});
    expect(shared.operationGate.executingPlannedCalls).toBe(0);
  });

  test('an operation without AWS calls never waits', async () => {
    fillBudget();
    const { status, body } = await stack.graphql('{ __typename }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });
});

import { randomUUID } from 'node:crypto';

import { CreateAccountAssignmentCommand } from '@aws-sdk/client-sso-admin';

import { EMULATOR_SEED } from '../../src/emulator';
import { count, startStack, type Data, type Stack } from './gatewayStack';

const sso = EMULATOR_SEED.ssoAdmin;
const LIST = 'SSOAdmin.ListAccountAssignmentCreationStatus';
const DESCRIBE = 'SSOAdmin.DescribeAccountAssignmentCreationStatus';
const DESCRIBE_PERMISSION_SET = 'SSOAdmin.DescribePermissionSet';
const CREATE = 'SSOAdmin.CreateAccountAssignment';
const SHARED_SETS = ['AdministratorAccess', 'ReadOnlyAccess', 'Billing'] as const;

const principalId = () => `${sso.identityStoreId.slice(2)}-${randomUUID()}`;
const assignment = (permissionSet: string = sso.permissionSetArns.ReadOnlyAccess) => ({
  instanceArn: sso.instanceArn,
  targetId: sso.targetAccountIds[0],
  permissionSetArn: permissionSet,
  principalType: 'USER',
  principalId: principalId(),
});

const PAGE = `query ($arn: String!, $status: AssignmentStatusValue, $first: Int, $after: String) {
  assignmentStatuses(instanceArn: $arn, status: $status, first: $first, after: $after) {
    edges { cursor node { requestId status createdDate } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

const CREATE_MUTATION = `mutation ($input: CreateAccountAssignmentInput!) {
  createAccountAssignment(input: $input) {
    assignmentStatus { id instanceArn requestId status targetId permissionSetArn principalType principalId createdDate }
  }
}`;

const STATUS = `query ($arn: String!, $r: ID!) {
  assignmentStatus(instanceArn: $arn, requestId: $r) { status failureReason }
}`;

const codes = (body: { errors?: { extensions?: Data }[] }) =>
  (body.errors ?? []).map((e): unknown => e.extensions?.code);

async function outstanding(stack: Stack): Promise<{ current: number; peak: number }> {
  const response = await fetch(`${stack.emulator.endpoint}/__emulator/outstanding`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as Record<string, { current: number; peak: number }>;
  return body[CREATE];
}

/** Polls `assignmentStatus` through the gateway until the request leaves IN_PROGRESS. */
async function settled(stack: Stack, requestId: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const { body } = await stack.graphql(STATUS, { arn: sso.instanceArn, r: requestId });
    expect(body.errors).toBeUndefined();
    const { status } = body.data!.assignmentStatus as { status: string };
    if (status !== 'IN_PROGRESS') return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`request ${requestId} still IN_PROGRESS`);
}

describe('assignment statuses and the permission-set edge against the emulator', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      // Call counts of one request are the subject here, not AWS's request rate.
      emulator: { quotas: 'off' },
      env: { AWS_QUOTA_SSO_ADMIN_TPS: '10000' },
    });
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.emulator.reset());

  test('a page of 25 requests sharing 3 permission sets, with targetId and permissionSet: 1 List + 25 Describe + 3 DescribePermissionSet', async () => {
    // 25 new requests after the 60 seeded ones, cycling over three permission sets.
    const created: { requestId: string; permissionSet: string }[] = [];
    for (let i = 0; i < 25; i++) {
      const name = SHARED_SETS[i % SHARED_SETS.length];
      const { AccountAssignmentCreationStatus } = await stack.clients.ssoAdmin.send(
        new CreateAccountAssignmentCommand({
          InstanceArn: sso.instanceArn,
          TargetId: sso.targetAccountIds[i % sso.targetAccountIds.length],
          TargetType: 'AWS_ACCOUNT',
          PermissionSetArn: sso.permissionSetArns[name],
          PrincipalType: 'USER',
          PrincipalId: principalId(),
        }),
      );
      created.push({ requestId: AccountAssignmentCreationStatus!.RequestId!, permissionSet: name });
    }
    const seeded = await stack.graphql(PAGE, { arn: sso.instanceArn, first: 60 });
    expect(seeded.body.errors).toBeUndefined();
    const after = seeded.body.data!.assignmentStatuses.pageInfo.endCursor as string;

    await stack.resetCalls();
    const { body } = await stack.graphql(
      `query ($arn: String!, $after: String) {
        assignmentStatuses(instanceArn: $arn, first: 25, after: $after) {
          nodes { requestId targetId permissionSet { name permissionSetArn } }
          pageInfo { hasNextPage }
        }
      }`,
      { arn: sso.instanceArn, after },
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.assignmentStatuses.nodes as {
      requestId: string;
      targetId: string;
      permissionSet: { name: string; permissionSetArn: string };
    }[];
    expect(nodes.map((n) => [n.requestId, n.permissionSet.name])).toEqual(
      created.map((c) => [c.requestId, c.permissionSet]),
    );
    expect(nodes.every((n) => /^\d{12}$/.test(n.targetId))).toBe(true);
    expect(body.data!.assignmentStatuses.pageInfo.hasNextPage).toBe(false);
    expect(await stack.calls()).toEqual({
      [LIST]: 1,
      [DESCRIBE]: 25,
      [DESCRIBE_PERMISSION_SET]: 3,
    });
  });

  test('a page selecting only status, requestId and createdDate costs one List', async () => {
    const { body } = await stack.graphql(PAGE, { arn: sso.instanceArn, first: 25 });
    expect(body.errors).toBeUndefined();
    const edges = body.data!.assignmentStatuses.edges as {
      node: { requestId: string; status: string; createdDate: string };
    }[];
    expect(edges.map((e) => e.node.requestId)).toEqual(
      sso.assignmentRequests.slice(0, 25).map((r) => r.requestId),
    );
    expect(edges.map((e) => e.node.status)).toEqual(
      sso.assignmentRequests.slice(0, 25).map((r) => r.status),
    );
    expect(edges[0].node.createdDate).toBe('2025-09-01T08:00:00.000Z');
    expect(await stack.calls()).toEqual({ [LIST]: 1 });
  });

  test('the status filter walks every SUCCEEDED request once, with exact hasNextPage', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { body } = await stack.graphql(PAGE, {
        arn: sso.instanceArn,
        status: 'SUCCEEDED',
        first: 15,
        after,
      });
      expect(body.errors).toBeUndefined();
      const connection = body.data!.assignmentStatuses;
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(connection.edges.length).toBeGreaterThan(0);
      for (const edge of connection.edges as { node: Data }[]) {
        expect(edge.node.status).toBe('SUCCEEDED');
        seen.push(edge.node.requestId as string);
      }
      pages++;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(
      sso.assignmentRequests.filter((r) => r.status === 'SUCCEEDED').map((r) => r.requestId),
    );
    expect(count(await stack.calls(), LIST)).toBe(3);
  });

  test('a page of 100 crosses AWS’s 100-item page limit without an error', async () => {
    const { body } = await stack.graphql(PAGE, { arn: sso.instanceArn, first: 100 });
    expect(body.errors).toBeUndefined();
    expect(body.data!.assignmentStatuses.edges).toHaveLength(60);
    expect(body.data!.assignmentStatuses.pageInfo.hasNextPage).toBe(false);
  });

  test('a cursor is bound to its filter; UNKNOWN and a bad instance ARN are BAD_USER_INPUT without a call', async () => {
    const first = await stack.graphql(PAGE, { arn: sso.instanceArn, status: 'FAILED', first: 2 });
    const after = first.body.data!.assignmentStatuses.pageInfo.endCursor as string;
    await stack.resetCalls();
    for (const [variables, argument] of [
      [{ arn: sso.instanceArn, status: 'SUCCEEDED', after }, 'after'],
      [{ arn: sso.instanceArn, after }, 'after'],
      [{ arn: sso.instanceArn, status: 'UNKNOWN' }, 'status'],
      [{ arn: 'arn:aws:sso:::instance/not-an-instance' }, 'instanceArn'],
    ] as const) {
      const { body } = await stack.graphql(PAGE, variables);
      // The connection is non-null: its error nulls the whole response's data.
      expect(body.data).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: argument,
      });
    }
    expect(await stack.calls()).toEqual({});
  });

  test('a failing permission set nulls only its own field', async () => {
    const failed = sso.assignmentRequests.find((r) => r.status === 'FAILED')!;
    const succeeded = sso.assignmentRequests.find((r) => r.status === 'SUCCEEDED')!;
    const { body } = await stack.graphql(
      `query ($arn: String!, $f: ID!, $s: ID!) {
        failed: assignmentStatus(instanceArn: $arn, requestId: $f) { status permissionSetArn permissionSet { name } }
        succeeded: assignmentStatus(instanceArn: $arn, requestId: $s) { status permissionSet { name } }
      }`,
      { arn: sso.instanceArn, f: failed.requestId, s: succeeded.requestId },
    );
    expect(body.data!.failed).toEqual({
      status: 'FAILED',
      permissionSetArn: sso.deletedPermissionSetArn,
      permissionSet: null,
    });
    expect(body.data!.succeeded.permissionSet.name).toEqual(expect.any(String));
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      path: ['failed', 'permissionSet'],
      extensions: { code: 'NOT_FOUND', operation: 'DescribePermissionSet' },
    });
  });

  test('permissionSet by ARN and by global id; aliases share one DescribePermissionSet', async () => {
    const { body } = await stack.graphql(
      `query ($arn: String!, $ps: String!) {
        a: permissionSet(instanceArn: $arn, permissionSetArn: $ps) { id name sessionDuration relayState }
        b: permissionSet(instanceArn: $arn, permissionSetArn: $ps) { description createdDate instanceArn }
      }`,
      { arn: sso.instanceArn, ps: sso.permissionSetArns.Billing },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.a).toMatchObject({
      name: 'Billing',
      sessionDuration: 'PT2H',
      relayState: 'https://console.aws.amazon.com/billing/home',
    });
    expect(body.data!.b.instanceArn).toBe(sso.instanceArn);
    expect(await stack.calls()).toEqual({ [DESCRIBE_PERMISSION_SET]: 1 });

    const node = await stack.graphql(
      `query ($id: ID!) { node(id: $id) { __typename ... on PermissionSet { permissionSetArn name } } }`,
      { id: body.data!.a.id },
    );
    expect(node.body.data!.node).toEqual({
      __typename: 'PermissionSet',
      permissionSetArn: sso.permissionSetArns.Billing,
      name: 'Billing',
    });

    const missing = await stack.graphql(
      `query ($arn: String!, $ps: String!) { permissionSet(instanceArn: $arn, permissionSetArn: $ps) { name } }`,
      { arn: sso.instanceArn, ps: sso.deletedPermissionSetArn },
    );
    expect(missing.body.data!.permissionSet).toBeNull();
    expect(codes(missing.body)).toEqual(['NOT_FOUND']);
  });

  test('ssoInstances lists the instance with every field from one ListInstances', async () => {
    const { body } = await stack.graphql(
      `{ ssoInstances { nodes { instanceArn identityStoreId name status ownerAccountId createdDate } pageInfo { hasNextPage hasPreviousPage } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.ssoInstances).toEqual({
      nodes: [
        {
          instanceArn: sso.instanceArn,
          identityStoreId: sso.identityStoreId,
          name: 'account-graph-demo',
          status: 'ACTIVE',
          ownerAccountId: '123456789012',
          createdDate: '2025-06-02T09:30:00.000Z',
        },
      ],
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
    });
    expect(await stack.calls()).toEqual({ 'SSOAdmin.ListInstances': 1 });
  });

  describe('createAccountAssignment', () => {
    test('answers IN_PROGRESS from the Create answer alone; polling reaches SUCCEEDED', async () => {
      const input = assignment();
      const { body } = await stack.graphql(CREATE_MUTATION, { input });
      expect(body.errors).toBeUndefined();
      const status = body.data!.createAccountAssignment.assignmentStatus;
      expect(status).toMatchObject({
        instanceArn: sso.instanceArn,
        status: 'IN_PROGRESS',
        targetId: input.targetId,
        permissionSetArn: input.permissionSetArn,
        principalType: 'USER',
        principalId: input.principalId,
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
      expect(await stack.calls()).toEqual({ [CREATE]: 1 });
      expect(await settled(stack, status.requestId as string)).toBe('SUCCEEDED');
    });

    test('a request read in the same document after the create is the new one (read-your-writes)', async () => {
      const { body } = await stack.graphql(
        `mutation ($input: CreateAccountAssignmentInput!) {
          createAccountAssignment(input: $input) { assignmentStatus { requestId status permissionSet { name } } }
        }`,
        { input: assignment(sso.permissionSetArns.Billing) },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.createAccountAssignment.assignmentStatus).toMatchObject({
        status: 'IN_PROGRESS',
        permissionSet: { name: 'Billing' },
      });
      // Describe calls may come from the gateway watching earlier requests: counted apart.
      const calls = await stack.calls();
      expect([count(calls, CREATE), count(calls, DESCRIBE_PERMISSION_SET)]).toEqual([1, 1]);
      const page = await stack.graphql(PAGE, { arn: sso.instanceArn, first: 61 });
      expect(page.body.data!.assignmentStatuses.edges[60].node.requestId).toBe(
        body.data!.createAccountAssignment.assignmentStatus.requestId,
      );
    });

    test('a missing permission set is accepted and fails asynchronously, as in AWS', async () => {
      const { body } = await stack.graphql(CREATE_MUTATION, {
        input: assignment(sso.deletedPermissionSetArn),
      });
      expect(body.errors).toBeUndefined();
      const { requestId } = body.data!.createAccountAssignment.assignmentStatus as {
        requestId: string;
      };
      expect(await settled(stack, requestId)).toBe('FAILED');
    });

    test('input breaking AWS’s constraints is BAD_USER_INPUT naming the field, with no AWS call', async () => {
      for (const [change, argument] of [
        [{ targetId: '12345' }, 'input.targetId'],
        [{ permissionSetArn: 'arn:aws:sso:::permissionSet/nope' }, 'input.permissionSetArn'],
        [{ principalId: 'alice' }, 'input.principalId'],
        [{ instanceArn: 'arn:aws:sso:::instance/x' }, 'input.instanceArn'],
        [{ principalType: 'UNKNOWN' }, 'input.principalType'],
      ] as const) {
        const { body } = await stack.graphql(CREATE_MUTATION, {
          input: { ...assignment(), ...change },
        });
        expect(body.data).toBeNull();
        expect(body.errors![0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argumentName: argument,
        });
      }
      // Nothing sent for these requests (the gateway may still be watching earlier ones).
      const calls = await stack.calls();
      expect(Object.keys(calls).filter((operation) => operation !== DESCRIBE)).toEqual([]);
    });

    test('an instance that does not exist is NOT_FOUND', async () => {
      const { body } = await stack.graphql(CREATE_MUTATION, {
        input: { ...assignment(), instanceArn: 'arn:aws:sso:::instance/ssoins-0000000000000000' },
      });
      expect(body.data).toBeNull();
      expect(body.errors![0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        service: 'SSOAdmin',
        operation: 'CreateAccountAssignment',
      });
    });

    test.each([
      ['ThrottlingException', 'THROTTLED'],
      ['InternalServerException', 'UPSTREAM_UNAVAILABLE'],
      ['AccessDeniedException', 'FORBIDDEN'],
      ['ConflictException', 'CONFLICT'],
    ])('AWS answering %s is %s', async (error, code) => {
      await stack.setFaults([{ operation: CREATE, error, errorRate: 1 }]);
      const { body } = await stack.graphql(CREATE_MUTATION, { input: assignment() });
      expect(body.data).toBeNull();
      expect(body.errors![0].extensions).toMatchObject({
        code,
        service: 'SSOAdmin',
        operation: 'CreateAccountAssignment',
      });
      await stack.clearFaults();
    });
  });
});

describe('createAccountAssignment respects the outstanding-request quota', () => {
  test('20 concurrent creates: at most 15 in progress at AWS at any moment, none lost', async () => {
    const stack = await startStack({
      // Each request stays in progress for a second: without the limit all 20 would overlap.
      emulator: { quotas: 'off', assignmentDelayMs: 1_000 },
      env: { AWS_QUOTA_SSO_ADMIN_TPS: '10000' },
    });
    try {
      const inputs = Array.from({ length: 20 }, () => assignment());
      const answers = await Promise.all(
        inputs.map((input) => stack.graphql(CREATE_MUTATION, { input })),
      );
      for (const { body } of answers) expect(body.errors).toBeUndefined();
      const requestIds = answers.map(
        ({ body }) => body.data!.createAccountAssignment.assignmentStatus.requestId as string,
      );
      expect(new Set(requestIds).size).toBe(20);
      expect(
        answers.map(
          ({ body }) => body.data!.createAccountAssignment.assignmentStatus.principalId as string,
        ),
      ).toEqual(inputs.map((input) => input.principalId));
      expect(count(await stack.calls(), CREATE)).toBe(20);
      // The limit was reached (so the test can fail) and never passed.
      expect((await outstanding(stack)).peak).toBe(15);
      for (const requestId of requestIds) expect(await settled(stack, requestId)).toBe('SUCCEEDED');
      expect(await outstanding(stack)).toEqual({ current: 0, peak: 15 });
    } finally {
      await stack.stop();
    }
  });

  test('a create AWS refused gives its slot back at once', async () => {
    const stack = await startStack({
      emulator: { quotas: 'off', assignmentDelayMs: 30_000 },
      env: { AWS_QUOTA_SSO_ADMIN_OUTSTANDING: '1', REQUEST_DEADLINE_MS: '1000' },
    });
    try {
      await stack.setFaults([{ operation: CREATE, error: 'InternalServerException' }]);
      const refused = await stack.graphql(CREATE_MUTATION, { input: assignment() });
      expect(codes(refused.body)).toEqual(['UPSTREAM_UNAVAILABLE']);
      await stack.clearFaults();
      const next = await stack.graphql(CREATE_MUTATION, { input: assignment() });
      expect(next.body.errors).toBeUndefined();
      expect(count(await stack.calls(), CREATE)).toBe(2);
    } finally {
      await stack.stop();
    }
  });

  test('with every slot held past the deadline, a create is THROTTLED without calling AWS', async () => {
    const stack = await startStack({
      emulator: { quotas: 'off', assignmentDelayMs: 30_000 },
      env: { AWS_QUOTA_SSO_ADMIN_OUTSTANDING: '1', REQUEST_DEADLINE_MS: '1000' },
    });
    try {
      const first = await stack.graphql(CREATE_MUTATION, { input: assignment() });
      expect(first.body.errors).toBeUndefined();
      const second = await stack.graphql(CREATE_MUTATION, { input: assignment() });
      expect(second.body.data).toBeNull();
      expect(second.body.errors![0].extensions).toMatchObject({
        code: 'THROTTLED',
        service: 'SSOAdmin',
        operation: 'CreateAccountAssignment',
      });
      expect(second.body.errors![0].message).toMatch(/AWS_QUOTA_SSO_ADMIN_OUTSTANDING/);
      expect(count(await stack.calls(), CREATE)).toBe(1);
      expect(await outstanding(stack)).toEqual({ current: 1, peak: 1 });
    } finally {
      await stack.stop();
    }
  });
});

import { EMULATOR_SEED } from '../../src/emulator';
import { startStack, type Stack } from './gatewayStack';

const { accountAssociations, connectorDestinations } = EMULATOR_SEED.iotManagedIntegrations;
const sso = EMULATOR_SEED.ssoAdmin;
const GET = 'IoTManagedIntegrations.GetAccountAssociation';
const DESCRIBE = 'SSOAdmin.DescribeAccountAssignmentCreationStatus';

const ASSOCIATION = `query ($id: ID!) { accountAssociation(accountAssociationId: $id) { accountAssociationId name } }`;

describe('the entity cache in one process (CACHE=memory)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { CACHE: 'memory' } });
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.resetCalls());

  test('a second request for the same association is answered without calling AWS', async () => {
    const id = accountAssociations[5].id;
    const first = await stack.graphql(ASSOCIATION, { id });
    const second = await stack.graphql(ASSOCIATION, { id });
    expect(second.body).toEqual(first.body);
    expect(first.body.data?.accountAssociation.name).toBe(accountAssociations[5].name);
    expect(await stack.calls()).toEqual({ [GET]: 1 });
  });

  test('concurrent requests for the same resources share one call per resource', async () => {
    const requests = sso.assignmentRequests.slice(0, 3);
    const query = `query ($arn: String!, $r0: ID!, $r1: ID!, $r2: ID!) {
      s0: assignmentStatus(instanceArn: $arn, requestId: $r0) { status }
      s1: assignmentStatus(instanceArn: $arn, requestId: $r1) { status }
      s2: assignmentStatus(instanceArn: $arn, requestId: $r2) { status }
    }`;
    const variables = {
      arn: sso.instanceArn,
      r0: requests[0].requestId,
      r1: requests[1].requestId,
      r2: requests[2].requestId,
    };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => stack.graphql(query, variables)),
    );
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.s0.status).toBe(requests[0].status);
    }
    expect(await stack.calls()).toEqual({ [DESCRIBE]: 3 });
  });

  test('a list page is never cached: each request lists again', async () => {
    const query = `query ($d: ID) { accountAssociations(connectorDestinationId: $d, first: 3) { nodes { accountAssociationId } } }`;
    const variables = { d: connectorDestinations[0].id };
    await stack.graphql(query, variables);
    await stack.graphql(query, variables);
    expect(await stack.calls()).toEqual({ 'IoTManagedIntegrations.ListAccountAssociations': 2 });
  });

  test('a created association is read back at once', async () => {
    const created = await stack.graphql(
      `mutation ($input: CreateAccountAssociationInput!) {
        createAccountAssociation(input: $input) { accountAssociation { accountAssociationId name } }
      }`,
      { input: { connectorDestinationId: connectorDestinations[0].id, name: 'cached-later' } },
    );
    const id = created.body.data?.createAccountAssociation.accountAssociation
      .accountAssociationId as string;
    const read = await stack.graphql(ASSOCIATION, { id });
    expect(read.body.data?.accountAssociation).toEqual({
      accountAssociationId: id,
      name: 'cached-later',
    });
  });
});

describe('the AWS quota gate (AWS_QUOTA_SSO_ADMIN_TPS)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: { CACHE: 'off', AWS_QUOTA_SSO_ADMIN_TPS: '2', REQUEST_DEADLINE_MS: '400' },
    });
  });
  afterAll(() => stack.stop());

  test('calls beyond the quota that could not be sent before the deadline are THROTTLED without reaching AWS', async () => {
    await stack.resetCalls();
    const requests = sso.assignmentRequests.slice(0, 5);
    const query = `query ($arn: String!, ${requests.map((_, i) => `$r${i}: ID!`).join(', ')}) {
      ${requests.map((_, i) => `s${i}: assignmentStatus(instanceArn: $arn, requestId: $r${i}) { requestId }`).join('\n')}
    }`;
    const variables: Record<string, string> = { arn: sso.instanceArn };
    requests.forEach((r, i) => (variables[`r${i}`] = r.requestId));
    const { body } = await stack.graphql(query, variables);
    const answered = Object.values(body.data ?? {}).filter((v) => v !== null);
    expect(answered).toHaveLength(2);
    expect(body.errors).toHaveLength(3);
    for (const error of body.errors!) {
      expect(error.extensions).toMatchObject({ code: 'THROTTLED', service: 'SSOAdmin' });
      expect(error.message).toContain('AWS_QUOTA_SSO_ADMIN_TPS');
    }
    // Only what the quota admitted reached AWS; AWS throttled nothing.
    expect(await stack.calls()).toEqual({ [DESCRIBE]: 2 });
  });
});

describe('the per-principal budget counts AWS calls made', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: { CACHE: 'memory', RATE_LIMIT_AWS_CALLS_PER_MINUTE: '3', RATE_LIMIT_BURST: '3' },
    });
  });
  afterAll(() => stack.stop());

  test('answers from the cache are given back, so polling cached data is not throttled', async () => {
    const id = accountAssociations[7].id;
    for (let i = 0; i < 10; i++) {
      const { status, body } = await stack.graphql(ASSOCIATION, { id });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
    // Three distinct associations spend the budget of three calls; the fourth is refused.
    for (const association of accountAssociations.slice(8, 10)) {
      expect((await stack.graphql(ASSOCIATION, { id: association.id })).status).toBe(200);
    }
    const refused = await stack.graphql(ASSOCIATION, { id: accountAssociations[10].id });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('THROTTLED');
  });
});

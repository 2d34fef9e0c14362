import { EMULATOR_SEED } from '../../src/emulator';
import { count, startStack, type Stack } from './gatewayStack';

const association = EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0];
const destination = EMULATOR_SEED.iotManagedIntegrations.connectorDestinations[0].id;
const sso = EMULATOR_SEED.ssoAdmin;
const connection = EMULATOR_SEED.proton.connections[0];
const GET = 'IoTManagedIntegrations.GetAccountAssociation';
const PROTON_GET = 'Proton.GetEnvironmentAccountConnection';

const ONE = `query ($id: ID!) { accountAssociation(accountAssociationId: $id) { name } }`;

describe('error policy: each code from the real emulator', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { UPSTREAM_MAX_ATTEMPTS: '2', UPSTREAM_TIMEOUT_MS: '300' } });
  });
  afterAll(() => stack.stop());
  beforeEach(async () => {
    await stack.clearFaults();
    await stack.resetCalls();
  });

  async function failOne(error: string) {
    await stack.setFaults([{ operation: GET, errorRate: 1, error }]);
    const { body } = await stack.graphql(ONE, { id: association.id });
    expect(body.data).toEqual({ accountAssociation: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].path).toEqual(['accountAssociation']);
    return body.errors![0];
  }

  test('BAD_USER_INPUT from gateway-side validation: names the argument and rule, no AWS call', async () => {
    const { body } = await stack.graphql(ONE, { id: 'has spaces!' });
    expect(body.errors![0]).toMatchObject({
      path: ['accountAssociation'],
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'accountAssociationId' },
    });
    expect(body.errors![0].message).toBe(
      'Argument "accountAssociationId" must match ^[0-9a-zA-Z]+$ (letters and digits); got "has spaces!"',
    );
    expect(await stack.calls()).toEqual({});
  });

  test('BAD_USER_INPUT from an AWS ValidationException', async () => {
    const error = await failOne('ValidationException');
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      service: 'IoTManagedIntegrations',
      operation: 'GetAccountAssociation',
    });
    expect(error.extensions!.requestId).toEqual(expect.any(String));
  });

  test('NOT_FOUND for an association that does not exist', async () => {
    const { body } = await stack.graphql(ONE, { id: 'doesnotexist000000000000' });
    expect(body.data).toEqual({ accountAssociation: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      service: 'IoTManagedIntegrations',
      operation: 'GetAccountAssociation',
      requestId: expect.any(String),
    });
  });

  test('NOT_FOUND for an assignment request and a Proton connection that do not exist', async () => {
    const { body } = await stack.graphql(
      `query ($arn: String!) {
        assignmentStatus(instanceArn: $arn, requestId: "00000000-0000-4000-8000-000000000000") { status }
        environmentAccountConnection(environmentAccountConnectionId: "00000000-0000-4000-8000-000000000000") { status }
      }`,
      { arn: sso.instanceArn },
    );
    expect(body.data).toEqual({ assignmentStatus: null, environmentAccountConnection: null });
    const codes = Object.fromEntries(body.errors!.map((e) => [e.path![0], e.extensions!.code]));
    expect(codes).toEqual({
      assignmentStatus: 'NOT_FOUND',
      environmentAccountConnection: 'NOT_FOUND',
    });
  });

  test('FORBIDDEN from AccessDeniedException, without echoing AWS’s message', async () => {
    const error = await failOne('AccessDeniedException');
    expect(error.extensions!.code).toBe('FORBIDDEN');
    expect(error.message).toBe(
      'The gateway is not authorized to call IoTManagedIntegrations.GetAccountAssociation (AccessDeniedException)',
    );
  });

  test('CONFLICT from ConflictException', async () => {
    await stack.setFaults([
      {
        operation: 'IoTManagedIntegrations.CreateAccountAssociation',
        errorRate: 1,
        error: 'ConflictException',
      },
    ]);
    const { body } = await stack.graphql(
      `mutation ($d: ID!) { createAccountAssociation(input: { connectorDestinationId: $d }) { clientToken } }`,
      { d: destination },
    );
    expect(body.data).toBeNull();
    expect(body.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      operation: 'CreateAccountAssociation',
    });
  });

  test('THROTTLED only after the SDK retried (every attempt reaches the emulator)', async () => {
    const error = await failOne('ThrottlingException');
    expect(error.extensions!.code).toBe('THROTTLED');
    expect(error.message).toContain('still throttled after 2 attempts');
    expect(count(await stack.calls(), GET)).toBe(2);
  });

  test('a throttled call that succeeds on retry is not an error at all', async () => {
    await stack.setFaults([{ operation: GET, errorRate: 0.5, error: 'ThrottlingException' }]);
    // With two attempts each call fails only when both are throttled; retry until one call needed a retry.
    for (let i = 0; i < 20; i++) {
      await stack.resetCalls();
      const { body } = await stack.graphql(ONE, { id: association.id });
      if (count(await stack.calls(), GET) === 2 && !body.errors) {
        expect(body.data!.accountAssociation.name).toBe(association.name);
        return;
      }
    }
    throw new Error('no retried-then-successful call in 20 tries');
  });

  test.each(['ServiceUnavailableException', 'InternalServerException'])(
    'UPSTREAM_UNAVAILABLE from %s (5xx, retried first)',
    async (awsError) => {
      const error = await failOne(awsError);
      expect(error.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        service: 'IoTManagedIntegrations',
      });
      expect(count(await stack.calls(), GET)).toBe(2);
    },
  );

  test('UPSTREAM_UNAVAILABLE when AWS does not answer within UPSTREAM_TIMEOUT_MS', async () => {
    await stack.setFaults([{ operation: GET, latencyMs: 1_000 }]);
    const started = performance.now();
    const { body } = await stack.graphql(ONE, { id: association.id });
    const elapsed = performance.now() - started;
    expect(body.errors![0].extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(body.errors![0].message).toContain('did not answer');
    // Two attempts of 300 ms each (plus back-off), well before the emulator's 1 s answers.
    expect(elapsed).toBeLessThan(1_000);
  });

  test('INTERNAL_SERVER_ERROR for an unexpected AWS error: message masked, no stack, call identified', async () => {
    await stack.setFaults([
      { operation: PROTON_GET, errorRate: 1, error: 'ServiceQuotaExceededException' },
    ]);
    const { body } = await stack.graphql(
      `query ($id: ID!) { environmentAccountConnection(environmentAccountConnectionId: $id) { status } }`,
      { id: connection.id },
    );
    expect(body.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 20 }],
        path: ['environmentAccountConnection'],
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          service: 'Proton',
          operation: 'GetEnvironmentAccountConnection',
          requestId: expect.any(String),
        },
      },
    ]);
  });

  describe('partial results', () => {
    const DASHBOARD = `query ($a: ID!, $arn: String!, $r: ID!, $p: ID!) {
      accountAssociation(accountAssociationId: $a) { name }
      assignmentStatus(instanceArn: $arn, requestId: $r) { requestId status }
      environmentAccountConnection(environmentAccountConnectionId: $p) { status }
    }`;
    const variables = {
      a: association.id,
      arn: sso.instanceArn,
      r: sso.assignmentRequests[0].requestId,
      p: connection.id,
    };

    test('a Proton outage nulls only the Proton field', async () => {
      await stack.setFaults([
        { operation: PROTON_GET, errorRate: 1, error: 'ServiceUnavailableException' },
      ]);
      const { status, body } = await stack.graphql(DASHBOARD, variables);
      expect(status).toBe(200);
      expect(body.data!.accountAssociation).toEqual({ name: association.name });
      expect(body.data!.assignmentStatus.requestId).toBe(variables.r);
      expect(body.data!.environmentAccountConnection).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]).toMatchObject({
        path: ['environmentAccountConnection'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'Proton' },
      });
    });

    test('nodes: a missing and a malformed id null only their own entries', async () => {
      const { body: ids } = await stack.graphql(
        `query ($a: ID!, $p: ID!) {
          accountAssociation(accountAssociationId: $a) { id }
          environmentAccountConnection(environmentAccountConnectionId: $p) { id }
        }`,
        { a: association.id, p: connection.id },
      );
      const missing = Buffer.from('AccountAssociation:doesnotexist').toString('base64url');
      const { body } = await stack.graphql(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`,
        {
          ids: [
            ids.data!.accountAssociation.id,
            missing,
            'garbage!',
            ids.data!.environmentAccountConnection.id,
          ],
        },
      );
      expect(body.data!.nodes).toEqual([
        { id: ids.data!.accountAssociation.id, __typename: 'AccountAssociation' },
        null,
        null,
        {
          id: ids.data!.environmentAccountConnection.id,
          __typename: 'EnvironmentAccountConnection',
        },
      ]);
      const byPath = Object.fromEntries(
        body.errors!.map((e) => [e.path!.join('.'), e.extensions!.code]),
      );
      expect(byPath).toEqual({ 'nodes.1': 'NOT_FOUND', 'nodes.2': 'BAD_USER_INPUT' });
    });

    test('failing tags Gets null each item’s tags but keep the page and its list fields', async () => {
      await stack.setFaults([
        { operation: GET, errorRate: 1, error: 'ServiceUnavailableException' },
      ]);
      const { body } = await stack.graphql(
        `query ($d: ID) { accountAssociations(connectorDestinationId: $d, first: 3) { nodes { name tags { key } } } }`,
        { d: destination },
      );
      const nodes = body.data!.accountAssociations.nodes as { name: string; tags: unknown }[];
      expect(nodes).toHaveLength(3);
      for (const node of nodes) {
        expect(node.name).toEqual(expect.any(String));
        expect(node.tags).toBeNull();
      }
      expect(body.errors!.map((e) => e.path)).toEqual(
        [0, 1, 2].map((i) => ['accountAssociations', 'nodes', i, 'tags']),
      );
    });
  });
});

describe('error policy when AWS cannot be reached', () => {
  test('UPSTREAM_UNAVAILABLE when the connection is refused', async () => {
    const stack = await startStack();
    try {
      await stack.emulator.stop();
      const { status, body } = await stack.graphql(ONE, { id: association.id });
      expect(status).toBe(200);
      expect(body.errors![0].extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        service: 'IoTManagedIntegrations',
      });
    } finally {
      await stack.gateway.stop();
      stack.clients.destroy();
    }
  });
});

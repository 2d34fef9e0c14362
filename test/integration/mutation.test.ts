import { EMULATOR_SEED } from '../../src/emulator';
import { count, startStack, type Stack } from './gatewayStack';

const destination = EMULATOR_SEED.iotManagedIntegrations.connectorDestinations[2].id;
const CREATE = 'IoTManagedIntegrations.CreateAccountAssociation';
const GET = 'IoTManagedIntegrations.GetAccountAssociation';

const MUTATION = `mutation Create($input: CreateAccountAssociationInput!) {
  createAccountAssociation(input: $input) {
    clientToken
    accountAssociation { id accountAssociationId associationState oauthAuthorizationUrl arn }
  }
}`;

describe('createAccountAssociation against the emulator', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.resetCalls());

  async function countForDestination(): Promise<number> {
    let total = 0;
    let after: string | null = null;
    for (;;) {
      const { body } = await stack.graphql(
        `query ($d: ID, $after: String) { accountAssociations(connectorDestinationId: $d, first: 100, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }`,
        { d: destination, after },
      );
      total += body.data!.accountAssociations.edges.length;
      if (!body.data!.accountAssociations.pageInfo.hasNextPage) return total;
      after = body.data!.accountAssociations.pageInfo.endCursor;
    }
  }

  test('returns the new association with state and OAuth URL from the Create answer alone', async () => {
    const { body } = await stack.graphql(MUTATION, {
      input: {
        connectorDestinationId: destination,
        name: 'Kitchen hub',
        clientToken: 'token-state-url',
      },
    });
    expect(body.errors).toBeUndefined();
    const payload = body.data!.createAccountAssociation;
    expect(payload.clientToken).toBe('token-state-url');
    expect(payload.accountAssociation).toMatchObject({
      accountAssociationId: expect.stringMatching(/^[0-9a-zA-Z]+$/),
      associationState: 'ASSOCIATION_IN_PROGRESS',
      oauthAuthorizationUrl: expect.stringMatching(/^https:\/\//),
    });
    expect(await stack.calls()).toEqual({ [CREATE]: 1 });
  });

  test('fields Create does not return are fetched lazily with one Get', async () => {
    const { body } = await stack.graphql(
      `mutation ($input: CreateAccountAssociationInput!) {
        createAccountAssociation(input: $input) {
          accountAssociation { associationState name description connectorDestinationId tags { key value } }
        }
      }`,
      {
        input: {
          connectorDestinationId: destination,
          name: 'Garage door',
          description: 'Opener in the garage',
          tags: [
            { key: 'site', value: 'home' },
            { key: 'floor', value: '0' },
          ],
        },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.createAccountAssociation.accountAssociation).toEqual({
      associationState: 'ASSOCIATION_IN_PROGRESS',
      name: 'Garage door',
      description: 'Opener in the garage',
      connectorDestinationId: destination,
      tags: [
        { key: 'floor', value: '0' },
        { key: 'site', value: 'home' },
      ],
    });
    expect(await stack.calls()).toEqual({ [CREATE]: 1, [GET]: 1 });
  });

  test('without a clientToken the gateway generates one and returns it; retrying with it creates nothing new', async () => {
    const before = await countForDestination();
    const first = await stack.graphql(MUTATION, {
      input: { connectorDestinationId: destination, name: 'Retry me' },
    });
    const token = first.body.data!.createAccountAssociation.clientToken as string;
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const retry = await stack.graphql(MUTATION, {
      input: { connectorDestinationId: destination, name: 'Retry me', clientToken: token },
    });
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data!.createAccountAssociation.accountAssociation.accountAssociationId).toBe(
      first.body.data!.createAccountAssociation.accountAssociation.accountAssociationId,
    );
    expect(await countForDestination()).toBe(before + 1);
  });

  test('the same clientToken twice → one association (checked with List)', async () => {
    const before = await countForDestination();
    const input = {
      connectorDestinationId: destination,
      name: 'Idempotent',
      clientToken: 'same-token-twice',
    };
    const a = await stack.graphql(MUTATION, { input });
    const b = await stack.graphql(MUTATION, { input });
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    expect(b.body.data!.createAccountAssociation.accountAssociation.id).toBe(
      a.body.data!.createAccountAssociation.accountAssociation.id,
    );
    expect(count(await stack.calls(), CREATE)).toBe(2);
    expect(await countForDestination()).toBe(before + 1);
  });

  test('the same clientToken with different input is CONFLICT', async () => {
    await stack.graphql(MUTATION, {
      input: { connectorDestinationId: destination, name: 'One', clientToken: 'conflicting' },
    });
    const { body } = await stack.graphql(MUTATION, {
      input: { connectorDestinationId: destination, name: 'Two', clientToken: 'conflicting' },
    });
    expect(body.data).toBeNull();
    expect(body.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      operation: 'CreateAccountAssociation',
    });
  });

  test('the new association is visible through node() and settles to ASSOCIATION_SUCCEEDED', async () => {
    const created = await stack.graphql(MUTATION, {
      input: { connectorDestinationId: destination },
    });
    const id = created.body.data!.createAccountAssociation.accountAssociation.id as string;
    await new Promise((resolve) => setTimeout(resolve, 120)); // emulator delay is 50 ms in tests
    const { body } = await stack.graphql(
      `query ($id: ID!) { node(id: $id) { ... on AccountAssociation { associationState } } }`,
      { id },
    );
    expect(body.data!.node.associationState).toBe('ASSOCIATION_SUCCEEDED');
  });

  test('an unknown connector destination is NOT_FOUND', async () => {
    const { body } = await stack.graphql(MUTATION, {
      input: { connectorDestinationId: 'no-such-destination' },
    });
    expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  test.each([
    ['a name with forbidden characters', { name: 'Kitchen/Hub' }, 'input.name', 'must match'],
    ['an empty name', { name: '' }, 'input.name', '1 to 128 characters'],
    [
      'a 4097-character description',
      { description: 'x'.repeat(4097) },
      'input.description',
      '1 to 4096',
    ],
    ['a clientToken with spaces', { clientToken: 'a b' }, 'input.clientToken', 'must match'],
    ['a 65-character clientToken', { clientToken: 'a'.repeat(65) }, 'input.clientToken', '1 to 64'],
    [
      'a connectorDestinationId with dots',
      { connectorDestinationId: 'a.b' },
      'input.connectorDestinationId',
      'must match',
    ],
    [
      'a repeated tag key',
      {
        tags: [
          { key: 'k', value: '1' },
          { key: 'k', value: '2' },
        ],
      },
      'input.tags[1].key',
      'must not repeat a key',
    ],
    [
      '51 tags',
      { tags: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: '' })) },
      'input.tags',
      'at most 50',
    ],
    [
      'a 257-character tag value',
      { tags: [{ key: 'k', value: 'v'.repeat(257) }] },
      'input.tags[0].value',
      '0 to 256',
    ],
  ])('%s is BAD_USER_INPUT before any AWS call', async (_what, override, argumentName, rule) => {
    const { body } = await stack.graphql(MUTATION, {
      input: { connectorDestinationId: destination, ...override },
    });
    expect(body.data).toBeNull();
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(body.errors![0].message).toContain(rule);
    expect(await stack.calls()).toEqual({});
  });
});

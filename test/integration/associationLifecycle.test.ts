import { EMULATOR_SEED } from '../../src/emulator';
import { count, startStack, type Data, type GraphQLResponse, type Stack } from './gatewayStack';

const associations = EMULATOR_SEED.iotManagedIntegrations.accountAssociations;
const succeeded = associations.filter((a) => a.state === 'ASSOCIATION_SUCCEEDED');
const failed = associations.find((a) => a.state === 'ASSOCIATION_FAILED')!;
const deleting = associations.find((a) => a.state === 'ASSOCIATION_DELETING')!;
const destination = EMULATOR_SEED.iotManagedIntegrations.connectorDestinations[1].id;
const MISSING = 'doesnotexist0000000000';

const GET = 'IoTManagedIntegrations.GetAccountAssociation';
const UPDATE = 'IoTManagedIntegrations.UpdateAccountAssociation';
const DELETE = 'IoTManagedIntegrations.DeleteAccountAssociation';
const REFRESH = 'IoTManagedIntegrations.StartAccountAssociationRefresh';
const CREATE = 'IoTManagedIntegrations.CreateAccountAssociation';

const UPDATE_MUTATION = `mutation ($input: UpdateAccountAssociationInput!) {
  updateAccountAssociation(input: $input) {
    accountAssociation { id accountAssociationId name description associationState }
  }
}`;
const DELETE_MUTATION = `mutation ($input: DeleteAccountAssociationInput!) {
  deleteAccountAssociation(input: $input) { deletedAccountAssociationId deletedId }
}`;
const REFRESH_MUTATION = `mutation ($input: StartAccountAssociationRefreshInput!) {
  startAccountAssociationRefresh(input: $input) {
    oauthAuthorizationUrl
    accountAssociation { accountAssociationId associationState oauthAuthorizationUrl }
  }
}`;
const READ = `query ($id: ID!) {
  accountAssociation(accountAssociationId: $id) { id name description associationState oauthAuthorizationUrl }
}`;

const codes = (body: { errors?: { extensions?: Data }[] }) =>
  (body.errors ?? []).map((e): unknown => e.extensions?.code);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads the association until AWS has finished deleting it (the emulator takes 50 or 500 ms). */
async function readUntilGone(stack: Stack, id: string): Promise<GraphQLResponse['body']> {
  for (let i = 0; i < 200; i++) {
    const { body } = await stack.graphql(READ, { id });
    if (body.data?.accountAssociation === null) return body;
    expect(body.data!.accountAssociation.associationState).toBe('ASSOCIATION_DELETING');
    await sleep(25);
  }
  throw new Error(`association ${id} was never deleted`);
}

describe('the association lifecycle mutations against the emulator', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Long enough for two requests to see a state before AWS moves it on, even on a busy machine.
    stack = await startStack({ emulator: { associationDelayMs: 500 } });
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.emulator.reset());

  describe('updateAccountAssociation', () => {
    test('changes name and description; the payload reads them back from AWS (1 Update + 1 Get)', async () => {
      const target = succeeded[0];
      const { body } = await stack.graphql(UPDATE_MUTATION, {
        input: {
          accountAssociationId: target.id,
          name: 'Front door',
          description: 'Main entrance',
        },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data!.updateAccountAssociation.accountAssociation).toMatchObject({
        accountAssociationId: target.id,
        name: 'Front door',
        description: 'Main entrance',
        associationState: 'ASSOCIATION_SUCCEEDED',
      });
      expect(await stack.calls()).toEqual({ [UPDATE]: 1, [GET]: 1 });
      // The next request sees it too.
      const read = await stack.graphql(READ, { id: target.id });
      expect(read.body.data!.accountAssociation).toMatchObject({
        name: 'Front door',
        description: 'Main entrance',
      });
    });

    test('a field left out keeps its value, and an association read earlier in the same request is read again', async () => {
      const target = succeeded[1];
      const { body } = await stack.graphql(
        `mutation ($id: ID!) {
          first: updateAccountAssociation(input: { accountAssociationId: $id, name: "Renamed once" }) {
            accountAssociation { name description }
          }
          second: updateAccountAssociation(input: { accountAssociationId: $id, description: "Described" }) {
            accountAssociation { name description }
          }
        }`,
        { id: target.id },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.first.accountAssociation.name).toBe('Renamed once');
      expect(body.data!.second.accountAssociation).toEqual({
        name: 'Renamed once',
        description: 'Described',
      });
      expect(body.data!.first.accountAssociation.description).not.toBe('Described');
      expect(await stack.calls()).toEqual({ [UPDATE]: 2, [GET]: 2 });
    });

    test('repeating the same update answers the same association', async () => {
      const input = { accountAssociationId: succeeded[2].id, name: 'Same name' };
      const first = await stack.graphql(UPDATE_MUTATION, { input });
      const again = await stack.graphql(UPDATE_MUTATION, { input });
      expect(again.body.errors).toBeUndefined();
      expect(again.body.data).toEqual(first.body.data);
    });

    test('NOT_FOUND for an association that does not exist; CONFLICT while it is being deleted', async () => {
      const missing = await stack.graphql(UPDATE_MUTATION, {
        input: { accountAssociationId: MISSING, name: 'x' },
      });
      expect(missing.body.data).toBeNull();
      expect(missing.body.errors![0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        service: 'IoTManagedIntegrations',
        operation: 'UpdateAccountAssociation',
      });
      const conflict = await stack.graphql(UPDATE_MUTATION, {
        input: { accountAssociationId: deleting.id, name: 'x' },
      });
      expect(codes(conflict.body)).toEqual(['CONFLICT']);
    });

    test('input breaking AWS’s constraints is BAD_USER_INPUT naming the field, with no AWS call', async () => {
      for (const [input, argument] of [
        [{ accountAssociationId: 'not-an-id!', name: 'x' }, 'input.accountAssociationId'],
        [{ accountAssociationId: succeeded[0].id, name: 'Kitchen #2' }, 'input.name'],
        [{ accountAssociationId: succeeded[0].id, name: 'x'.repeat(129) }, 'input.name'],
        [{ accountAssociationId: succeeded[0].id, description: '' }, 'input.description'],
      ] as const) {
        const { body } = await stack.graphql(UPDATE_MUTATION, { input });
        expect(body.data).toBeNull();
        expect(body.errors![0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argumentName: argument,
        });
      }
      expect(await stack.calls()).toEqual({});
    });

    test.each([
      ['ThrottlingException', 'THROTTLED'],
      ['InternalServerException', 'UPSTREAM_UNAVAILABLE'],
      ['AccessDeniedException', 'FORBIDDEN'],
    ])('AWS answering %s is %s', async (error, code) => {
      await stack.setFaults([{ operation: UPDATE, error }]);
      const { body } = await stack.graphql(UPDATE_MUTATION, {
        input: { accountAssociationId: succeeded[0].id, name: 'Never' },
      });
      expect(body.data).toBeNull();
      expect(body.errors![0].extensions).toMatchObject({
        code,
        service: 'IoTManagedIntegrations',
        operation: 'UpdateAccountAssociation',
      });
    });
  });

  describe('deleteAccountAssociation', () => {
    test('answers the AWS id and the global id its `id` field had', async () => {
      const target = succeeded[3];
      const before = await stack.graphql(READ, { id: target.id });
      const { body } = await stack.graphql(DELETE_MUTATION, {
        input: { accountAssociationId: target.id },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data!.deleteAccountAssociation).toEqual({
        deletedAccountAssociationId: target.id,
        deletedId: before.body.data!.accountAssociation.id,
      });
      expect(count(await stack.calls(), DELETE)).toBe(1);
    });

    test('delete then read: ASSOCIATION_DELETING while AWS deletes it, then NOT_FOUND, and gone from its list', async () => {
      const target = succeeded[4];
      await stack.graphql(DELETE_MUTATION, { input: { accountAssociationId: target.id } });
      const gone = await readUntilGone(stack, target.id);
      expect(codes(gone)).toEqual(['NOT_FOUND']);
      const list = await stack.graphql(
        `query ($d: ID) { accountAssociations(connectorDestinationId: $d, first: 100) { nodes { accountAssociationId } } }`,
        { d: target.connectorDestinationId },
      );
      const ids = (list.body.data!.accountAssociations.nodes as Data[]).map(
        (n) => n.accountAssociationId as string,
      );
      expect(ids).not.toContain(target.id);
    });

    test('deleting again while AWS deletes succeeds; once gone it is NOT_FOUND', async () => {
      const input = { accountAssociationId: succeeded[5].id };
      expect((await stack.graphql(DELETE_MUTATION, { input })).body.errors).toBeUndefined();
      const again = await stack.graphql(DELETE_MUTATION, { input });
      expect(again.body.errors).toBeUndefined();
      await readUntilGone(stack, input.accountAssociationId);
      const gone = await stack.graphql(DELETE_MUTATION, { input });
      expect(gone.body.data).toBeNull();
      expect(gone.body.errors![0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        operation: 'DeleteAccountAssociation',
      });
    });

    test('a malformed id is BAD_USER_INPUT with no AWS call; AWS throttling is THROTTLED', async () => {
      const bad = await stack.graphql(DELETE_MUTATION, { input: { accountAssociationId: 'a-b' } });
      expect(bad.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'input.accountAssociationId',
      });
      expect(await stack.calls()).toEqual({});
      await stack.setFaults([{ operation: DELETE, error: 'ThrottlingException' }]);
      const throttled = await stack.graphql(DELETE_MUTATION, {
        input: { accountAssociationId: succeeded[0].id },
      });
      expect(codes(throttled.body)).toEqual(['THROTTLED']);
      await stack.clearFaults();
      const still = await stack.graphql(READ, { id: succeeded[0].id });
      expect(still.body.data!.accountAssociation.associationState).toBe('ASSOCIATION_SUCCEEDED');
    });
  });

  describe('startAccountAssociationRefresh', () => {
    test('issues a new URL; a failed association goes back to ASSOCIATION_IN_PROGRESS', async () => {
      const before = await stack.graphql(READ, { id: failed.id });
      await stack.resetCalls();
      const { body } = await stack.graphql(REFRESH_MUTATION, {
        input: { accountAssociationId: failed.id },
      });
      expect(body.errors).toBeUndefined();
      const payload = body.data!.startAccountAssociationRefresh;
      expect(payload.oauthAuthorizationUrl).toMatch(/^https:\/\//);
      expect(payload.oauthAuthorizationUrl).not.toBe(
        before.body.data!.accountAssociation.oauthAuthorizationUrl,
      );
      expect(payload.accountAssociation).toEqual({
        accountAssociationId: failed.id,
        associationState: 'ASSOCIATION_IN_PROGRESS',
        oauthAuthorizationUrl: payload.oauthAuthorizationUrl,
      });
      expect(await stack.calls()).toEqual({ [REFRESH]: 1, [GET]: 1 });
    });

    test('two refreshes in one request: each payload has its own URL', async () => {
      const { body } = await stack.graphql(
        `mutation ($id: ID!) {
          a: startAccountAssociationRefresh(input: { accountAssociationId: $id }) {
            oauthAuthorizationUrl accountAssociation { oauthAuthorizationUrl name }
          }
          b: startAccountAssociationRefresh(input: { accountAssociationId: $id }) {
            oauthAuthorizationUrl accountAssociation { oauthAuthorizationUrl name }
          }
        }`,
        { id: succeeded[6].id },
      );
      expect(body.errors).toBeUndefined();
      const { a, b } = body.data!;
      expect(a.oauthAuthorizationUrl).not.toBe(b.oauthAuthorizationUrl);
      expect(a.accountAssociation.oauthAuthorizationUrl).toBe(a.oauthAuthorizationUrl);
      expect(b.accountAssociation.oauthAuthorizationUrl).toBe(b.oauthAuthorizationUrl);
      const read = await stack.graphql(READ, { id: succeeded[6].id });
      expect(read.body.data!.accountAssociation.oauthAuthorizationUrl).toBe(
        b.oauthAuthorizationUrl,
      );
    });

    test('NOT_FOUND when it does not exist; BAD_USER_INPUT (AWS ValidationException) while it is being deleted', async () => {
      const missing = await stack.graphql(REFRESH_MUTATION, {
        input: { accountAssociationId: MISSING },
      });
      expect(codes(missing.body)).toEqual(['NOT_FOUND']);
      const deletingNow = await stack.graphql(REFRESH_MUTATION, {
        input: { accountAssociationId: deleting.id },
      });
      expect(deletingNow.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        operation: 'StartAccountAssociationRefresh',
      });
    });

    test('a malformed id is BAD_USER_INPUT with no AWS call; an AWS outage is UPSTREAM_UNAVAILABLE', async () => {
      const bad = await stack.graphql(REFRESH_MUTATION, { input: { accountAssociationId: '' } });
      expect(bad.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'input.accountAssociationId',
      });
      expect(await stack.calls()).toEqual({});
      await stack.setFaults([{ operation: REFRESH, error: 'ServiceUnavailableException' }]);
      const down = await stack.graphql(REFRESH_MUTATION, {
        input: { accountAssociationId: failed.id },
      });
      expect(codes(down.body)).toEqual(['UPSTREAM_UNAVAILABLE']);
    });
  });

  describe('createAccountAssociation with General Authorization', () => {
    const CREATE_MUTATION = `mutation ($input: CreateAccountAssociationInput!) {
      createAccountAssociation(input: $input) {
        clientToken
        accountAssociation { accountAssociationId generalAuthorization { authMaterialName } }
      }
    }`;

    test('names the authorization material; it reads back, and a retry with the token is the same association', async () => {
      const input = {
        connectorDestinationId: destination,
        name: 'Hub with key',
        generalAuthorization: { authMaterialName: 'vendor-key_1/v2+=' },
        clientToken: 'general-authorization-1',
      };
      const { body } = await stack.graphql(CREATE_MUTATION, { input });
      expect(body.errors).toBeUndefined();
      const created = body.data!.createAccountAssociation.accountAssociation;
      expect(created.generalAuthorization).toEqual({ authMaterialName: 'vendor-key_1/v2+=' });
      const again = await stack.graphql(CREATE_MUTATION, { input });
      expect(again.body.data!.createAccountAssociation.accountAssociation).toEqual(created);
      expect(count(await stack.calls(), CREATE)).toBe(2);

      const conflict = await stack.graphql(CREATE_MUTATION, {
        input: { ...input, generalAuthorization: { authMaterialName: 'another-key' } },
      });
      expect(codes(conflict.body)).toEqual(['CONFLICT']);
      const oauth = await stack.graphql(
        READ.replace('oauthAuthorizationUrl', 'generalAuthorization { authMaterialName }'),
        {
          id: succeeded[0].id,
        },
      );
      expect(oauth.body.data!.accountAssociation.generalAuthorization).toBeNull();
    });

    test('a material name breaking AWS’s pattern is BAD_USER_INPUT naming it, with no AWS call', async () => {
      const { body } = await stack.graphql(CREATE_MUTATION, {
        input: {
          connectorDestinationId: destination,
          generalAuthorization: { authMaterialName: 'has spaces' },
        },
      });
      expect(body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'input.generalAuthorization.authMaterialName',
      });
      expect(await stack.calls()).toEqual({});
    });
  });
});

describe('read-your-writes through the shared cache', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { CACHE: 'memory' } });
  });
  afterAll(() => stack.stop());

  test('an update, a refresh and a delete are seen by the next request, not the cached answer', async () => {
    const [a, b, c] = [succeeded[7], failed, succeeded[8]];
    const cached = await stack.graphql(
      `query ($a: ID!, $b: ID!, $c: ID!) {
        a: accountAssociation(accountAssociationId: $a) { name }
        b: accountAssociation(accountAssociationId: $b) { oauthAuthorizationUrl associationState }
        c: accountAssociation(accountAssociationId: $c) { name }
      }`,
      { a: a.id, b: b.id, c: c.id },
    );
    expect(cached.body.errors).toBeUndefined();
    // Served from the cache now: no call.
    await stack.resetCalls();
    await stack.graphql(READ, { id: a.id });
    expect(await stack.calls()).toEqual({});

    await stack.graphql(UPDATE_MUTATION, {
      input: { accountAssociationId: a.id, name: 'Cached no more' },
    });
    const refreshed = await stack.graphql(REFRESH_MUTATION, {
      input: { accountAssociationId: b.id },
    });
    await stack.graphql(DELETE_MUTATION, { input: { accountAssociationId: c.id } });

    const after = await stack.graphql(
      `query ($a: ID!, $b: ID!, $c: ID!) {
        a: accountAssociation(accountAssociationId: $a) { name }
        b: accountAssociation(accountAssociationId: $b) { oauthAuthorizationUrl associationState }
        c: accountAssociation(accountAssociationId: $c) { name associationState }
      }`,
      { a: a.id, b: b.id, c: c.id },
    );
    expect(after.body.data!.a.name).toBe('Cached no more');
    expect(after.body.data!.b.oauthAuthorizationUrl).toBe(
      refreshed.body.data!.startAccountAssociationRefresh.oauthAuthorizationUrl,
    );
    // Not the cached ASSOCIATION_FAILED: the refresh restarted it (and AWS may be done already).
    expect(['ASSOCIATION_IN_PROGRESS', 'ASSOCIATION_SUCCEEDED']).toContain(
      after.body.data!.b.associationState,
    );
    // AWS is still deleting it (or is done): either way not the cached ASSOCIATION_SUCCEEDED.
    if (after.body.data!.c === null) expect(codes(after.body)).toEqual(['NOT_FOUND']);
    else expect(after.body.data!.c.associationState).toBe('ASSOCIATION_DELETING');
    expect((await readUntilGone(stack, c.id)).data!.accountAssociation).toBeNull();
  });
});

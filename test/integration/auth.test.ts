import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { buildASTSchema, concatAST, isObjectType } from 'graphql';
import { SignJWT, base64url } from 'jose';

import { SCOPES, type Scope } from '../../src/auth/principal';
import { EMULATOR_SEED } from '../../src/emulator';
import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { startStack, type GraphQLResponse, type Stack } from './gatewayStack';

const iot = EMULATOR_SEED.iotManagedIntegrations;
const [destA, destB] = iot.connectorDestinations;
const assocA = iot.accountAssociations.find((a) => a.connectorDestinationId === destA.id)!;
const assocB = iot.accountAssociations.find((a) => a.connectorDestinationId === destB.id)!;
const sso = EMULATOR_SEED.ssoAdmin;
const connection = EMULATOR_SEED.proton.connections[0];
const OTHER_INSTANCE = 'arn:aws:sso:::instance/ssoins-0000000000000000';
// Associations the write mutations of the matrix change, apart from those the tenant tests read.
const [renamed, refreshed, deleted] = iot.accountAssociations.slice(-3);
const principalId = `${sso.identityStoreId.slice(2)}-0f1e2d3c-4b5a-4697-8877-665544332211`;

const globalId = (...parts: string[]) =>
  Buffer.from(parts.map(encodeURIComponent).join(':')).toString('base64url');

/** One operation per root field and mutation, with the scope it must require. */
const ROOT_FIELDS: Record<string, { scope: Scope; query: string }> = {
  'Query.accountAssociation': {
    scope: 'associations:read',
    query: `{ accountAssociation(accountAssociationId: "${assocA.id}") { name } }`,
  },
  'Query.accountAssociations': {
    scope: 'associations:read',
    query: '{ accountAssociations(first: 2) { nodes { name } } }',
  },
  'Query.assignmentStatus': {
    scope: 'assignments:read',
    query: `{ assignmentStatus(instanceArn: "${sso.instanceArn}", requestId: "${sso.assignmentRequests[0].requestId}") { status } }`,
  },
  'Query.environmentAccountConnection': {
    scope: 'connections:read',
    query: `{ environmentAccountConnection(environmentAccountConnectionId: "${connection.id}") { status } }`,
  },
  'Mutation.createAccountAssociation': {
    scope: 'associations:write',
    query: `mutation { createAccountAssociation(input: { connectorDestinationId: "${destA.id}", clientToken: "scope-matrix" }) { clientToken } }`,
  },
  'Query.connectorDestination': {
    scope: 'associations:read',
    query: `{ connectorDestination(connectorDestinationId: "${destA.id}") { name } }`,
  },
  'Query.connectorDestinations': {
    scope: 'associations:read',
    query: '{ connectorDestinations(first: 2) { nodes { name } } }',
  },
  'Query.assignmentStatuses': {
    scope: 'assignments:read',
    query: `{ assignmentStatuses(instanceArn: "${sso.instanceArn}", first: 2) { nodes { status } } }`,
  },
  'Query.ssoInstances': {
    scope: 'assignments:read',
    query: '{ ssoInstances { nodes { instanceArn } } }',
  },
  'Query.permissionSet': {
    scope: 'assignments:read',
    query: `{ permissionSet(instanceArn: "${sso.instanceArn}", permissionSetArn: "${sso.permissionSetArns.Billing}") { name } }`,
  },
  'Query.environmentAccountConnections': {
    scope: 'connections:read',
    query:
      '{ environmentAccountConnections(requestedBy: MANAGEMENT_ACCOUNT, first: 2) { nodes { status } } }',
  },
  'Mutation.updateAccountAssociation': {
    scope: 'associations:write',
    query: `mutation { updateAccountAssociation(input: { accountAssociationId: "${renamed.id}", name: "${renamed.name}" }) { accountAssociation { name } } }`,
  },
  'Mutation.deleteAccountAssociation': {
    scope: 'associations:write',
    query: `mutation { deleteAccountAssociation(input: { accountAssociationId: "${deleted.id}" }) { deletedId } }`,
  },
  'Mutation.startAccountAssociationRefresh': {
    scope: 'associations:write',
    query: `mutation { startAccountAssociationRefresh(input: { accountAssociationId: "${refreshed.id}" }) { oauthAuthorizationUrl } }`,
  },
  'Mutation.createAccountAssignment': {
    scope: 'assignments:write',
    query: `mutation { createAccountAssignment(input: { instanceArn: "${sso.instanceArn}", targetId: "${sso.targetAccountIds[0]}", permissionSetArn: "${sso.permissionSetArns.Billing}", principalType: USER, principalId: "${principalId}" }) { assignmentStatus { status } } }`,
  },
};
/** `node` checks the scope of the type it returns. */
const NODE_TYPES: Record<string, { scope: Scope; id: string }> = {
  AccountAssociation: { scope: 'associations:read', id: globalId('AccountAssociation', assocA.id) },
  ConnectorDestination: {
    scope: 'associations:read',
    id: globalId('ConnectorDestination', destA.id),
  },
  AssignmentStatus: {
    scope: 'assignments:read',
    id: globalId('AssignmentStatus', sso.instanceArn, sso.assignmentRequests[0].requestId),
  },
  EnvironmentAccountConnection: {
    scope: 'connections:read',
    id: globalId('EnvironmentAccountConnection', connection.id),
  },
  PermissionSet: {
    scope: 'assignments:read',
    id: globalId('PermissionSet', sso.instanceArn, sso.permissionSetArns.Billing),
  },
};

function codes(body: GraphQLResponse['body']): unknown[] {
  return (body.errors ?? []).map((e): unknown => e.extensions?.code);
}

describe('authentication and authorization (JWT from the emulator’s development issuer)', () => {
  let stack: Stack;
  let keysDir: string;
  const API_KEY = 'agk_live_0123456789abcdefghijklmnop';
  const TENANT_KEY = 'agk_live_tenant_abcdefghijklmnopqrs';

  beforeAll(async () => {
    keysDir = mkdtempSync(join(tmpdir(), 'account-graph-keys-'));
    const sha = (key: string) => createHash('sha256').update(key).digest('hex');
    writeFileSync(
      join(keysDir, 'keys.json'),
      JSON.stringify({
        keys: [
          { id: 'reporting', sha256: sha(API_KEY), scopes: ['associations:read'] },
          {
            id: 'vendor-a',
            sha256: sha(TENANT_KEY),
            scopes: ['associations:read', 'associations:write'],
            connectorDestinationIds: [destA.id],
          },
        ],
      }),
    );
    stack = await startStack({
      // Assignments are created finished: no request stays in progress for the gateway to watch,
      // so no background call lands in the tests' counts.
      emulator: { assignmentDelayMs: 0 },
      env: {
        AUTH_JWT_ISSUER: 'emulator',
        AUTH_JWT_AUDIENCE: 'account-graph',
        // Refetch the key set on every unknown kid, so a rotation is seen at once.
        AUTH_JWKS_COOLDOWN_MS: '0',
        AUTH_API_KEYS_FILE: join(keysDir, 'keys.json'),
      },
    });
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.resetCalls());

  async function token(request: Record<string, unknown> = {}): Promise<string> {
    const response = await fetch(`${stack.emulator.oidcIssuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { access_token: string }).access_token;
  }
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

  describe('scopes', () => {
    test('the matrix covers every root field and mutation of the schema', () => {
      const schema = buildASTSchema(concatAST(loadTypeDefs()));
      const roots = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
        Object.keys(type.getFields()).map((field) => `${type.name}.${field}`),
      );
      const nodeTypes = Object.values(schema.getTypeMap())
        .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'))
        .map((t) => t.name);
      expect(roots.filter((f) => !['Query.node', 'Query.nodes'].includes(f)).sort()).toEqual(
        Object.keys(ROOT_FIELDS).sort(),
      );
      expect(nodeTypes.sort()).toEqual(Object.keys(NODE_TYPES).sort());
    });

    test.each(Object.entries(ROOT_FIELDS))(
      '%s: allowed with its scope, FORBIDDEN without it and no AWS call',
      async (_field, { scope, query }) => {
        const allowed = await stack.graphql(query, undefined, bearer(await token({ scope })));
        expect(allowed.status).toBe(200);
        expect(codes(allowed.body)).toEqual([]);

        await stack.resetCalls();
        const others = SCOPES.filter((s) => s !== scope).join(' ');
        const refused = await stack.graphql(
          query,
          undefined,
          bearer(await token({ scope: others })),
        );
        expect(codes(refused.body)).toEqual(['FORBIDDEN']);
        expect(refused.body.errors![0].extensions).toMatchObject({ requiredScope: scope });
        // The field is null (a non-null list field nulls `data` itself).
        expect(Object.values(refused.body.data ?? {})).toEqual(refused.body.data ? [null] : []);
        expect(await stack.calls()).toEqual({});
      },
    );

    test.each(Object.entries(NODE_TYPES))(
      'node and nodes of a %s: allowed with its scope, FORBIDDEN without it and no AWS call',
      async (typeName, { scope, id }) => {
        const query = `query ($id: ID!) { node(id: $id) { __typename } nodes(ids: [$id]) { __typename } }`;
        const allowed = await stack.graphql(query, { id }, bearer(await token({ scope })));
        expect(allowed.body).toEqual({
          data: { node: { __typename: typeName }, nodes: [{ __typename: typeName }] },
        });

        await stack.resetCalls();
        const others = SCOPES.filter((s) => s !== scope).join(' ');
        const refused = await stack.graphql(query, { id }, bearer(await token({ scope: others })));
        expect(refused.body.data).toEqual({ node: null, nodes: [null] });
        expect(codes(refused.body)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
        expect(await stack.calls()).toEqual({});
      },
    );

    test('scopes may come as an `scp` array claim too', async () => {
      const t = await token({ scope: 'connections:read', claims: { scp: ['associations:read'] } });
      const { body } = await stack.graphql(
        ROOT_FIELDS['Query.accountAssociation'].query,
        undefined,
        bearer(t),
      );
      expect(codes(body)).toEqual([]);
    });
  });

  describe('bad credentials: HTTP 401, WWW-Authenticate, one UNAUTHENTICATED error, no AWS call', () => {
    const QUERY = ROOT_FIELDS['Query.accountAssociation'].query;

    async function expectRejected(headers: Record<string, string>) {
      const response = await stack.graphql(QUERY, undefined, headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="account-graph"/);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(response.body.data).toBeUndefined();
      expect(await stack.calls()).toEqual({});
      return response;
    }

    test('no credentials', async () => {
      const response = await expectRejected({});
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="account-graph"');
    });

    test('a malformed token, and a header that is not Bearer', async () => {
      await expectRejected({ authorization: 'Bearer not-a-jwt' });
      await expectRejected({ authorization: 'Basic dXNlcjpwYXNz' });
    });

    test('an expired token (60 s past, beyond the 60 s skew allowance)', async () => {
      const response = await expectRejected(bearer(await token({ expiresIn: -60 })));
      expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    });

    test('a token not valid yet', async () => {
      const nbf = Math.floor(Date.now() / 1000) + 300;
      await expectRejected(bearer(await token({ claims: { nbf } })));
    });

    test('a wrong issuer and a wrong audience', async () => {
      await expectRejected(bearer(await token({ claims: { iss: 'https://issuer.example.com' } })));
      await expectRejected(bearer(await token({ aud: 'another-service' })));
    });

    test('alg none, and HS256 signed with the issuer’s public key', async () => {
      const good = await token();
      const [, payload] = good.split('.');
      const none = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
      await expectRejected(bearer(`${none}.${payload}.`));

      const jwks = (await (await fetch(`${stack.emulator.oidcIssuer}/jwks`)).json()) as {
        keys: { kid: string }[];
      };
      const publicKeyAsSecret = new TextEncoder().encode(JSON.stringify(jwks.keys[0]));
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
        string,
        unknown
      >;
      const hs256 = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', kid: jwks.keys[0].kid })
        .sign(publicKeyAsSecret);
      await expectRejected(bearer(hs256));
    });

    test('a tampered payload', async () => {
      const [header, payload, signature] = (await token({ scope: 'connections:read' })).split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
        string,
        unknown
      >;
      const widened = base64url.encode(JSON.stringify({ ...claims, scope: SCOPES.join(' ') }));
      await expectRejected(bearer(`${header}.${widened}.${signature}`));
    });

    test('a token of a key the issuer rotated out; a token of the new key works', async () => {
      const old = await token();
      expect((await stack.graphql(QUERY, undefined, bearer(old))).status).toBe(200);
      const rotated = await fetch(`${stack.emulator.oidcIssuer}/rotate`, { method: 'POST' });
      expect(rotated.status).toBe(200);
      // The new key's unknown kid makes the gateway fetch the issuer's keys again…
      const fresh = await stack.graphql(QUERY, undefined, bearer(await token()));
      expect(fresh.status).toBe(200);
      expect(codes(fresh.body)).toEqual([]);
      // …after which the rotated-out key is unknown too.
      await stack.resetCalls();
      await expectRejected(bearer(old));
    });

    test('an unknown or revoked API key, and two credentials at once', async () => {
      await expectRejected({ 'x-api-key': 'agk_live_revoked_or_never_issued_0000' });
      await expectRejected({ 'x-api-key': API_KEY, ...bearer(await token()) });
    });

    test('a known API key works, with its own scopes only', async () => {
      const ok = await stack.graphql(QUERY, undefined, { 'x-api-key': API_KEY });
      expect(codes(ok.body)).toEqual([]);
      const refused = await stack.graphql(
        ROOT_FIELDS['Query.environmentAccountConnection'].query,
        undefined,
        { 'x-api-key': API_KEY },
      );
      expect(codes(refused.body)).toEqual(['FORBIDDEN']);
    });

    test('the Sandbox page itself loads without credentials', async () => {
      const response = await fetch(stack.graphqlUrl, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('embeddable-sandbox');
    });
  });

  describe('tenant scoping by connector_destination_ids / sso_instance_arns', () => {
    let tenant: Record<string, string>;
    beforeAll(async () => {
      tenant = bearer(
        await token({
          claims: { connector_destination_ids: [destA.id], sso_instance_arns: [OTHER_INSTANCE] },
        }),
      );
    });

    test('single objects of other tenants are NOT_FOUND, as if they did not exist', async () => {
      const query = `query ($id: ID!) { accountAssociation(accountAssociationId: $id) { accountAssociationId } }`;
      const own = await stack.graphql(query, { id: assocA.id }, tenant);
      expect(own.body).toEqual({
        data: { accountAssociation: { accountAssociationId: assocA.id } },
      });

      const other = await stack.graphql(query, { id: assocB.id }, tenant);
      const missing = await stack.graphql(query, { id: 'doesnotexist0000000000' }, tenant);
      expect(other.body.data).toEqual({ accountAssociation: null });
      expect(codes(other.body)).toEqual(['NOT_FOUND']);
      // Same words whether it exists elsewhere or not at all (up to the id).
      expect(other.body.errors![0].message.replace(assocB.id, 'ID')).toBe(
        missing.body.errors![0].message.replace('doesnotexist0000000000', 'ID'),
      );
      expect(other.body.errors![0].extensions).toEqual(missing.body.errors![0].extensions);
    });

    test('lists: unfiltered or of another destination is FORBIDDEN before any AWS call', async () => {
      const query = `query ($d: ID) { accountAssociations(connectorDestinationId: $d, first: 3) { nodes { connectorDestinationId } } }`;
      for (const d of [null, destB.id]) {
        await stack.resetCalls();
        const { body } = await stack.graphql(query, { d }, tenant);
        expect(codes(body)).toEqual(['FORBIDDEN']);
        expect(await stack.calls()).toEqual({});
      }
      const own = await stack.graphql(query, { d: destA.id }, tenant);
      expect(codes(own.body)).toEqual([]);
      for (const node of own.body.data!.accountAssociations.nodes) {
        expect(node.connectorDestinationId).toBe(destA.id);
      }
    });

    test('nodes with ids of other tenants: each NOT_FOUND, the own one served', async () => {
      const ids = [
        globalId('AccountAssociation', assocB.id),
        globalId('ConnectorDestination', destB.id),
        globalId('AssignmentStatus', sso.instanceArn, sso.assignmentRequests[0].requestId),
        globalId('AccountAssociation', assocA.id),
      ];
      const { body } = await stack.graphql(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
        { ids },
        tenant,
      );
      expect(body.data!.nodes).toEqual([
        null,
        null,
        null,
        { __typename: 'AccountAssociation', id: ids[3] },
      ]);
      const byIndex = Object.fromEntries(body.errors!.map((e) => [e.path![1], e.extensions!.code]));
      expect(byIndex).toEqual({ 0: 'NOT_FOUND', 1: 'NOT_FOUND', 2: 'NOT_FOUND' });
      // The destination and the assignment were refused without asking AWS.
      const calls = await stack.calls();
      expect(calls['IoTManagedIntegrations.GetConnectorDestination']).toBeUndefined();
      expect(calls['SSOAdmin.DescribeAccountAssignmentCreationStatus']).toBeUndefined();
    });

    test('a cursor minted for another tenant is refused', async () => {
      const query = `query ($d: ID, $after: String) { accountAssociations(connectorDestinationId: $d, first: 1, after: $after) { pageInfo { endCursor } } }`;
      const foreign = await stack.graphql(query, { d: destB.id }, bearer(await token()));
      const cursor = foreign.body.data!.accountAssociations.pageInfo.endCursor as string;
      await stack.resetCalls();
      const sameFilter = await stack.graphql(query, { d: destB.id, after: cursor }, tenant);
      expect(codes(sameFilter.body)).toEqual(['FORBIDDEN']);
      const ownFilter = await stack.graphql(query, { d: destA.id, after: cursor }, tenant);
      expect(codes(ownFilter.body)).toEqual(['BAD_USER_INPUT']);
      expect(await stack.calls()).toEqual({});
    });

    test('creating outside the tenant is FORBIDDEN with no AWS call (API key with a tenant too)', async () => {
      const create = `mutation ($d: ID!) { createAccountAssociation(input: { connectorDestinationId: $d }) { clientToken } }`;
      for (const headers of [tenant, { 'x-api-key': TENANT_KEY }]) {
        await stack.resetCalls();
        const { body } = await stack.graphql(create, { d: destB.id }, headers);
        expect(codes(body)).toEqual(['FORBIDDEN']);
        expect(await stack.calls()).toEqual({});
      }
    });

    test('connector destinations: another tenant’s is NOT_FOUND, listing them all FORBIDDEN, no AWS call', async () => {
      const one = `query ($d: ID!) { connectorDestination(connectorDestinationId: $d) { name } }`;
      const own = await stack.graphql(one, { d: destA.id }, tenant);
      expect(own.body).toEqual({ data: { connectorDestination: { name: destA.name } } });
      await stack.resetCalls();
      const other = await stack.graphql(one, { d: destB.id }, tenant);
      expect(other.body.data).toEqual({ connectorDestination: null });
      expect(codes(other.body)).toEqual(['NOT_FOUND']);
      const all = await stack.graphql('{ connectorDestinations { nodes { name } } }', {}, tenant);
      expect(codes(all.body)).toEqual(['FORBIDDEN']);
      expect(await stack.calls()).toEqual({});
    });

    test('changing another tenant’s association is NOT_FOUND, and nothing is written', async () => {
      for (const mutation of [
        `mutation ($id: ID!) { updateAccountAssociation(input: { accountAssociationId: $id, name: "Taken" }) { accountAssociation { name } } }`,
        `mutation ($id: ID!) { deleteAccountAssociation(input: { accountAssociationId: $id }) { deletedId } }`,
        `mutation ($id: ID!) { startAccountAssociationRefresh(input: { accountAssociationId: $id }) { oauthAuthorizationUrl } }`,
      ]) {
        await stack.resetCalls();
        const { body } = await stack.graphql(mutation, { id: assocB.id }, tenant);
        expect(codes(body)).toEqual(['NOT_FOUND']);
        // Only the read that found it outside the tenant.
        expect(await stack.calls()).toEqual({ 'IoTManagedIntegrations.GetAccountAssociation': 1 });
      }
      const unchanged = await stack.graphql(
        `query ($id: ID!) { accountAssociation(accountAssociationId: $id) { name associationState } }`,
        { id: assocB.id },
        bearer(await token()),
      );
      expect(unchanged.body.data!.accountAssociation).toEqual({
        name: assocB.name,
        associationState: assocB.state,
      });
    });

    test('IAM Identity Center outside sso_instance_arns: lists FORBIDDEN, a permission set NOT_FOUND, a create FORBIDDEN, no AWS call', async () => {
      await stack.resetCalls();
      for (const [query, code] of [
        [ROOT_FIELDS['Query.assignmentStatuses'].query, 'FORBIDDEN'],
        [ROOT_FIELDS['Query.ssoInstances'].query, 'FORBIDDEN'],
        [ROOT_FIELDS['Query.permissionSet'].query, 'NOT_FOUND'],
        [ROOT_FIELDS['Mutation.createAccountAssignment'].query, 'FORBIDDEN'],
      ]) {
        const { body } = await stack.graphql(query, undefined, tenant);
        expect(codes(body)).toEqual([code]);
      }
      expect(await stack.calls()).toEqual({});
    });

    test('an assignment request of another IAM Identity Center instance is NOT_FOUND without an AWS call', async () => {
      const { body } = await stack.graphql(
        ROOT_FIELDS['Query.assignmentStatus'].query,
        undefined,
        tenant,
      );
      expect(codes(body)).toEqual(['NOT_FOUND']);
      expect(await stack.calls()).toEqual({});
    });
  });
});

describe('per-principal budgets of AWS calls', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: {
        AUTH_JWT_ISSUER: 'emulator',
        AUTH_JWT_AUDIENCE: 'account-graph',
        RATE_LIMIT_AWS_CALLS_PER_MINUTE: '6',
      },
    });
  });
  afterAll(() => stack.stop());

  async function tokenFor(sub: string): Promise<Record<string, string>> {
    const response = await fetch(`${stack.emulator.oidcIssuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sub }),
    });
    const { access_token } = (await response.json()) as { access_token: string };
    return { authorization: `Bearer ${access_token}` };
  }

  test('a principal over its budget is THROTTLED with Retry-After; another is unaffected', async () => {
    const alice = await tokenFor('alice');
    const bob = await tokenFor('bob');
    // Three distinct associations cost 3 calls: two such requests spend Alice's 6. (Calls a request
    // plans but does not make, such as three aliases of one Get, are given back when it ends.)
    const [x, y, z] = iot.accountAssociations.slice(0, 3).map((a) => a.id);
    const query = `{ a: accountAssociation(accountAssociationId: "${x}") { name } b: accountAssociation(accountAssociationId: "${y}") { name } c: accountAssociation(accountAssociationId: "${z}") { name } }`;
    for (let i = 0; i < 2; i++) {
      expect(codes((await stack.graphql(query, undefined, alice)).body)).toEqual([]);
    }
    await stack.resetCalls();
    const throttled = await stack.graphql(query, undefined, alice);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(codes(throttled.body)).toEqual(['THROTTLED']);
    expect(throttled.body.errors![0].extensions).toMatchObject({ plannedAwsCalls: 3, limit: 6 });
    expect(await stack.calls()).toEqual({});

    const other = await stack.graphql(query, undefined, bob);
    expect(other.status).toBe(200);
    expect(codes(other.body)).toEqual([]);
  });

  test('an operation planning more calls than the whole budget says so instead of "retry later"', async () => {
    const carol = await tokenFor('carol');
    const { status, body } = await stack.graphql(
      '{ accountAssociations(first: 10) { nodes { tags { key } } } }',
      undefined,
      carol,
    );
    expect(status).toBe(429);
    expect(body.errors![0].message).toContain('more than this credential may cause per minute');
    expect(body.errors![0].extensions!.retryAfterSeconds).toBeUndefined();
  });
});

describe('trusted documents through the gateway (TRUSTED_DOCUMENTS=require)', () => {
  const LISTED = `query One($id: ID!) { accountAssociation(accountAssociationId: $id) { name } }`;
  const hash = createHash('sha256').update(LISTED).digest('hex');
  let stack: Stack;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'account-graph-documents-'));
    writeFileSync(join(dir, 'persisted-documents.json'), JSON.stringify({ [hash]: LISTED }));
    stack = await startStack({
      env: {
        TRUSTED_DOCUMENTS: 'require',
        TRUSTED_DOCUMENTS_FILE: join(dir, 'persisted-documents.json'),
      },
    });
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.resetCalls());

  async function post(body: unknown) {
    const response = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
  }

  test('an unlisted document is refused before any AWS call', async () => {
    const { status, body } = await post({
      query: `{ accountAssociation(accountAssociationId: "${assocA.id}") { name tags { key } } }`,
    });
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(await stack.calls()).toEqual({});
  });

  test('a listed document runs, by documentId and by its APQ hash', async () => {
    for (const body of [
      { documentId: `sha256:${hash}`, variables: { id: assocA.id } },
      {
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
        variables: { id: assocA.id },
      },
    ]) {
      const response = await post(body);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { accountAssociation: { name: assocA.name } } });
    }
    expect(await stack.calls()).toEqual({ 'IoTManagedIntegrations.GetAccountAssociation': 2 });
  });
});

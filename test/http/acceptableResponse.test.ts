import { EMULATOR_SEED } from '../../src/emulator';
import { acceptsAny } from '../../src/plugins/acceptableResponse';
import { startStack, type Stack } from '../integration/gatewayStack';

const JSON_TYPES = ['application/graphql-response+json', 'application/json'];
const destination = EMULATOR_SEED.iotManagedIntegrations.connectorDestinations[2].id;

describe('acceptsAny', () => {
  test.each([
    'application/json',
    'application/graphql-response+json',
    'application/*',
    '*/*',
    'text/html, */*;q=0.1',
    'APPLICATION/JSON; charset=utf-8',
    'application/json;q=0, */*',
    'text/html, application/json;q=0.5',
  ])('admits %j', (header) => {
    expect(acceptsAny(header, JSON_TYPES)).toBe(true);
  });

  test.each([
    'text/html',
    'text/*',
    'image/png, text/plain',
    'application/xml',
    'application/json;q=0',
    '*/*;q=0',
    'application/*;q=0, text/html',
    '*/*, application/json;q=0, application/graphql-response+json;q=0',
    'nonsense',
  ])('refuses %j', (header) => {
    expect(acceptsAny(header, JSON_TYPES)).toBe(false);
  });
});

describe('a request whose Accept header admits no JSON', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.resetCalls());

  const post = (accept: string, query: string, variables?: Record<string, unknown>) =>
    fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify({ query, variables }),
    });

  test('a mutation is answered 406 and not executed', async () => {
    const response = await post(
      'text/html',
      'mutation ($input: CreateAccountAssociationInput!) { createAccountAssociation(input: $input) { clientToken } }',
      { input: { connectorDestinationId: destination, clientToken: 'accept-header-406' } },
    );
    expect(response.status).toBe(406);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(await stack.calls()).toEqual({});
  });

  test('a query is answered 406 without its AWS calls', async () => {
    const response = await post('image/png', '{ accountAssociations { edges { cursor } } }');
    expect(response.status).toBe(406);
    expect(await stack.calls()).toEqual({});
  });

  test('a wildcard or JSON Accept header runs the operation', async () => {
    const response = await post(
      'text/html, */*;q=0.1',
      '{ accountAssociations(first: 1) { edges { cursor } } }',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(await stack.calls()).toEqual({ 'IoTManagedIntegrations.ListAccountAssociations': 1 });
  });
});

import { ApolloServer } from '@apollo/server';
import {
  buildASTSchema,
  concatAST,
  getIntrospectionQuery,
  parse,
  validate,
  type GraphQLSchema,
} from 'graphql';

import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { costLimitRule, knownOperationTypesRule, queryLimits } from '../../src/plugins/queryLimits';
import { startStack, type Stack } from '../integration/gatewayStack';

const schema: GraphQLSchema = buildASTSchema(concatAST(loadTypeDefs()));

/** The cost the rule reports for `query`, or 0 when it is within `maxCost`. */
function costOf(query: string, maxCost = 0, variables = ''): number {
  const errors = validate(schema, parse(variables + query), [costLimitRule(maxCost)]);
  if (errors.length === 0) return 0;
  const found = /found (\d+)/.exec(errors[0].message);
  if (found === null) throw new Error(`unexpected message: ${errors[0].message}`);
  return Number(found[1]);
}

const PAGE_FIELDS = 'edges { cursor node { id name arn associationState } }';

describe('cost limit (QUERY_MAX_COST)', () => {
  test('a page size above the maximum costs what the maximum costs', () => {
    const at100 = costOf(`{ accountAssociations(first: 100) { ${PAGE_FIELDS} } }`);
    expect(at100).toBeGreaterThan(0);
    expect(costOf(`{ accountAssociations(first: 1000) { ${PAGE_FIELDS} } }`)).toBe(at100);
    expect(costOf(`{ accountAssociations(first: 2147483647) { ${PAGE_FIELDS} } }`)).toBe(at100);
  });

  test('the page size multiplies the cost; absent or from a variable it is the default (20)', () => {
    const at10 = costOf(`{ accountAssociations(first: 10) { ${PAGE_FIELDS} } }`);
    const at20 = costOf(`{ accountAssociations(first: 20) { ${PAGE_FIELDS} } }`);
    expect(at20).toBeGreaterThan(at10 * 1.9);
    expect(costOf(`{ accountAssociations { ${PAGE_FIELDS} } }`)).toBe(at20);
    expect(costOf(`query ($n: Int) { accountAssociations(first: $n) { ${PAGE_FIELDS} } }`)).toBe(
      at20,
    );
    // A literal default of the variable is known while validating.
    expect(
      costOf(`query ($n: Int = 10) { accountAssociations(first: $n) { ${PAGE_FIELDS} } }`),
    ).toBe(at10);
  });

  test('nested pages multiply; one page of 100 with every list field is within the default', () => {
    const nested = `{ accountAssociations(first: 100) { nodes { connectorDestination {
      accountAssociations(first: 100) { nodes { name } } } } } }`;
    expect(costOf(nested, 5000)).toBeGreaterThan(100 * 100);
    const fullPage = `{ accountAssociations(first: 100) {
      edges { cursor node { id accountAssociationId associationState associationStateRaw
        errorMessage connectorDestinationId name description arn } }
      pageInfo { hasNextPage endCursor } } }`;
    expect(costOf(fullPage, 5000)).toBe(0);
  });

  test('fragments count where they are spread, without walking them exponentially often', () => {
    const inline = costOf(`{ accountAssociations(first: 5) { ${PAGE_FIELDS} } }`);
    const spread = costOf(
      `{ accountAssociations(first: 5) { ...Page } } fragment Page on AccountAssociationConnection { ${PAGE_FIELDS} }`,
    );
    expect(spread).toBe(inline);

    // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^40 expansions if each were walked.
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const document = parse(`{ ...F0 } ${fragments} fragment F40 on Query { __typename }`);
    const started = performance.now();
    const errors = validate(schema, document, [costLimitRule(5000)]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors[0]?.message).toMatch(/^Query cost limit of 5000 exceeded/);
  });

  test('a fragment cycle does not hang the rule', () => {
    const document = parse('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(validate(schema, document, [costLimitRule(5000)])).toEqual([]);
  });

  test('introspection is exempt', () => {
    expect(costOf(getIntrospectionQuery(), 1)).toBe(0);
  });

  test('the message names the limit, its variable and what to change, never "Syntax Error"', () => {
    const [error] = validate(
      schema,
      parse(`{ accountAssociations(first: 100) { ${PAGE_FIELDS} } }`),
      [costLimitRule(10)],
    );
    expect(error?.message).toMatch(
      /^Query cost limit of 10 exceeded, found \d+ \(QUERY_MAX_COST\); select fewer fields, fewer nested lists or smaller pages \(`first`\)$/,
    );
  });
});

describe('operation types the schema lacks', () => {
  test('a subscription is a validation error; queries and mutations are not', () => {
    const check = (source: string) =>
      validate(schema, parse(source), [knownOperationTypesRule]).map((e) => e.message);
    expect(check('subscription { __typename }')).toEqual([
      'This schema has no subscription operations; send a query or a mutation',
    ]);
    expect(check('query { __typename }')).toEqual([]);
    expect(check('mutation { __typename }')).toEqual([]);
  });
});

describe('parser limits', () => {
  test('a document nested too deeply for the parser is a parse error saying so', async () => {
    // With a token limit this high, the parser's recursion exhausts the stack first.
    const limits = queryLimits({
      maxDepth: 8,
      maxAliases: 30,
      maxCost: 5000,
      maxAwsCalls: 300,
      maxTokens: 1_000_000,
    });
    const server = new ApolloServer({
      typeDefs: 'type Query { f(a: [[Int]]): Int }',
      plugins: limits.plugins,
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
    });
    await server.start();
    try {
      const response = await server.executeOperation({
        query: `{ f(a: ${'['.repeat(200_000)}) }`,
      });
      expect(response.body.kind).toBe('single');
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
      expect(errors).toEqual([
        expect.objectContaining({
          message:
            'The document is nested too deeply to parse; nest lists, objects and selections less deeply',
          extensions: expect.objectContaining({ code: 'GRAPHQL_PARSE_FAILED' }),
        }),
      ]);
      expect(response.http.status).toBe(400);
    } finally {
      await server.stop();
    }
  });
});

describe('query limits over HTTP', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { QUERY_MAX_TOKENS: '1000' } });
  });
  afterAll(() => stack.stop());

  test('`first` above 100 is BAD_USER_INPUT naming `first`, from the resolver, before any AWS call', async () => {
    await stack.resetCalls();
    for (const first of [101, 1000, 2_147_483_647]) {
      const { status, body } = await stack.graphql(
        `{ accountAssociations(first: ${first}) { edges { cursor node { id name arn description } } } }`,
      );
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: `Argument "first" must be an integer from 1 to 100; got ${first}`,
          path: ['accountAssociations'],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
        }),
      ]);
    }
    expect(await stack.calls()).toEqual({});
  });

  test('the same from a variable', async () => {
    const { body } = await stack.graphql(
      'query ($n: Int) { accountAssociations(first: $n) { edges { cursor } } }',
      { n: 1000 },
    );
    expect(body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  test.each([
    [
      'depth',
      `{ accountAssociations(first: 1) { edges { node { connectorDestination { accountAssociations(first: 1) { edges { node { connectorDestination { name } } } } } } } } }`,
      'GRAPHQL_VALIDATION_FAILED',
      /^Query depth limit of 8 exceeded, found 9 \(QUERY_MAX_DEPTH\); select fewer nested levels$/,
    ],
    [
      'aliases',
      `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: node(id: "x") { id }`).join(' ')} }`,
      'GRAPHQL_VALIDATION_FAILED',
      /^Aliases limit of 30 exceeded, found 31 \(QUERY_MAX_ALIASES\); use fewer aliases/,
    ],
    [
      'directives',
      `{ __typename ${'@skip(if: false) '.repeat(51)}}`,
      'GRAPHQL_VALIDATION_FAILED',
      /^Directives limit of 50 exceeded, found 51; use fewer directives$/,
    ],
    [
      'cost',
      `{ accountAssociations(first: 100) { nodes { connectorDestination { accountAssociations(first: 100) { nodes { name } } } } } }`,
      'GRAPHQL_VALIDATION_FAILED',
      /^Query cost limit of 5000 exceeded, found \d+ \(QUERY_MAX_COST\)/,
    ],
    [
      'tokens',
      `{ ${'__typename '.repeat(1_100)}}`,
      'GRAPHQL_PARSE_FAILED',
      /^Token limit of 1000 exceeded \(QUERY_MAX_TOKENS\); send a shorter document/,
    ],
  ])(
    'the %s limit answers 400 naming the limit, never "Syntax Error"',
    async (_limit, query, code, message) => {
      await stack.resetCalls();
      const { status, body } = await stack.graphql(query);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors![0].extensions!.code).toBe(code);
      expect(body.errors![0].message).toMatch(message);
      for (const error of body.errors!) expect(error.message).not.toContain('Syntax Error');
      expect(await stack.calls()).toEqual({});
    },
  );
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  buildASTSchema,
  buildSchema,
  concatAST,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  validate,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

import { createResolvers } from '../../src/graphql/resolvers';
import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { declaredAwsCallCosts, estimateAwsCalls } from '../../src/limits/awsCallEstimate';

const schema = buildASTSchema(concatAST(loadTypeDefs()));

/** Validates first, as the gateway does: the estimator only ever sees valid documents. */
function estimate(
  source: string,
  variables?: Record<string, unknown>,
  operationName?: string,
  against: GraphQLSchema = schema,
): number {
  const document = parse(source);
  expect(validate(against, document)).toEqual([]);
  return estimateAwsCalls(against, document, operationName, variables);
}

const benchQuery = (file: string): string =>
  readFileSync(join(__dirname, '..', '..', 'bench', 'queries', file), 'utf8');

const PAGE_FIELDS = `
  edges {
    cursor
    node { id accountAssociationId name description associationState errorMessage connectorDestinationId arn }
  }
  pageInfo { hasNextPage endCursor }
`;

describe('estimateAwsCalls on the real schema', () => {
  test('a single Get is one call', () => {
    expect(estimate('{ accountAssociation(accountAssociationId: "a1") { id name arn } }')).toBe(1);
    expect(
      estimate(
        'query ($id: ID!) { environmentAccountConnection(environmentAccountConnectionId: $id) { id status } }',
        {
          id: 'c1',
        },
      ),
    ).toBe(1);
    expect(estimate('{ assignmentStatus(instanceArn: "arn", requestId: "r") { status } }')).toBe(1);
  });

  test('a page of list fields only is one call, whatever its size', () => {
    expect(estimate(`{ accountAssociations(first: 25) { ${PAGE_FIELDS} } }`)).toBe(1);
    expect(estimate(`{ accountAssociations { ${PAGE_FIELDS} } }`)).toBe(1);
    expect(estimate(benchQuery('2-page-list-fields.graphql'), { first: 50 })).toBe(1);
  });

  test('tags on a page of 25 add one Get per item: 26', () => {
    const query = `{ accountAssociations(first: 25) { edges { node { id tags { key value } } } } }`;
    expect(estimate(query)).toBe(26);
    expect(estimate(benchQuery('3-page-with-tags.graphql'), { first: 50 })).toBe(51);
  });

  test('connection `nodes` are sized like `edges`, and both count when both are selected', () => {
    expect(estimate('{ accountAssociations(first: 10) { nodes { oauthAuthorizationUrl } } }')).toBe(
      11,
    );
    expect(
      estimate(
        '{ accountAssociations(first: 10) { nodes { tags { key } } edges { node { tags { key } } } } }',
      ),
    ).toBe(21);
  });

  test('without `first` the page is the assumed 20', () => {
    expect(estimate('{ accountAssociations { nodes { tags { key } } } }')).toBe(21);
    expect(estimate('{ accountAssociations(first: null) { nodes { tags { key } } } }')).toBe(21);
  });

  test('three aliases of a Get are three calls', () => {
    const query = `{
      a: accountAssociation(accountAssociationId: "a1") { id }
      b: accountAssociation(accountAssociationId: "a1") { name }
      c: accountAssociation(accountAssociationId: "a2") { arn }
    }`;
    expect(estimate(query)).toBe(3);
  });

  test('nodes(ids:) costs one call per id, from variables or literals', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `id${i}`);
    expect(estimate('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids })).toBe(40);
    expect(estimate('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
    expect(estimate('query ($x: ID!) { nodes(ids: [$x, "b"]) { id } }', { x: 'a' })).toBe(2);
    // A single value is coerced to a one-element list.
    expect(estimate('{ nodes(ids: "a") { id } }')).toBe(1);
  });

  test('nodes(ids:) multiplies what each node selects', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `id${i}`);
    const query = `query ($ids: [ID!]!) {
      nodes(ids: $ids) { ... on AccountAssociation { tags { key } } }
    }`;
    expect(estimate(query, { ids })).toBe(80);
  });

  test('`first` from variables, from the operation default, and the assumed size when missing', () => {
    const query = `query Page($n: Int) { accountAssociations(first: $n) { nodes { tags { key } } } }`;
    expect(estimate(query, { n: 7 })).toBe(8);
    expect(estimate(query, { n: 100 })).toBe(101);
    expect(estimate(query, {})).toBe(21);
    expect(estimate(query, undefined)).toBe(21);
    expect(estimate(query, { n: null })).toBe(21);
    const withDefault = `query Page($n: Int = 3) { accountAssociations(first: $n) { nodes { tags { key } } } }`;
    expect(estimate(withDefault, {})).toBe(4);
    expect(estimate(withDefault, { n: 9 })).toBe(10);
  });

  test('`first` over the maximum counts as the maximum (the resolver refuses it, naming `first`)', () => {
    const query = `query ($n: Int) { accountAssociations(first: $n) { nodes { tags { key } } } }`;
    expect(estimate(query, { n: 5000 })).toBe(101);
    expect(estimate(query, { n: 1e308 })).toBe(101);
    expect(estimate(query, { n: -4 })).toBe(1);
  });

  test('named and inline fragments are followed', () => {
    const query = `
      query {
        accountAssociations(first: 4) { ...Page }
        one: accountAssociation(accountAssociationId: "a") { ...Card ... on AccountAssociation { oauthAuthorizationUrl } }
      }
      fragment Page on AccountAssociationConnection { nodes { ...Card } }
      fragment Card on AccountAssociation { id tags { key } }
    `;
    // Page: 1 List + 4 tags; one: 1 Get + tags + oauthAuthorizationUrl.
    expect(estimate(query)).toBe(5 + 3);
  });

  test('@skip and @include are honoured, with literals and variables', () => {
    const query = `query ($withTags: Boolean!, $skipOther: Boolean!) {
      accountAssociations(first: 10) { nodes { id tags @include(if: $withTags) { key } } }
      other: accountAssociation(accountAssociationId: "a") @skip(if: $skipOther) { id }
      never: accountAssociation(accountAssociationId: "b") @include(if: false) { id }
      fragmented: accountAssociations(first: 10) { nodes { ...Tags @skip(if: $skipOther) } }
    }
    fragment Tags on AccountAssociation { tags { key } }`;
    expect(estimate(query, { withTags: true, skipOther: false })).toBe(11 + 1 + 11);
    expect(estimate(query, { withTags: false, skipOther: true })).toBe(1 + 1);
  });

  test('a field returning an interface costs its dearest implementation', () => {
    const query = `{
      node(id: "x") {
        id
        ... on AccountAssociation { tags { key } oauthAuthorizationUrl }
        ... on ConnectorDestination { accountAssociations(first: 30) { nodes { tags { key } } } }
        ... on Node { ... on AssignmentStatus { status } }
      }
    }`;
    // The connector destination branch: 1 Get + 1 List + 30 tags.
    expect(estimate(query)).toBe(32);
  });

  test('nested lists multiply', () => {
    const query = `{
      accountAssociations(first: 10) {
        nodes { connectorDestination { accountAssociations(first: 5) { edges { node { tags { key } } } } } }
      }
    }`;
    // 1 List + 10 × (1 GetConnectorDestination + 1 List + 5 Gets).
    expect(estimate(query)).toBe(1 + 10 * 7);
  });

  test('the mutation is one call, plus the Gets its payload needs', () => {
    expect(estimate(benchQuery('5-create-association.graphql'), { input: {} })).toBe(2);
    expect(
      estimate(
        'mutation { createAccountAssociation(input: { connectorDestinationId: "d" }) { clientToken } }',
      ),
    ).toBe(1);
  });

  test('introspection costs nothing', () => {
    expect(estimate(getIntrospectionQuery())).toBe(0);
    expect(estimate('{ __typename __type(name: "Query") { name } }')).toBe(0);
    expect(estimate('{ accountAssociations(first: 50) { __typename nodes { __typename } } }')).toBe(
      1,
    );
  });

  test('the operation is picked by name; an ambiguous or unknown one costs 0', () => {
    const source = `
      query One { accountAssociation(accountAssociationId: "a") { id } }
      query Two { a: accountAssociation(accountAssociationId: "a") { id } b: accountAssociation(accountAssociationId: "b") { id } }
    `;
    expect(estimate(source, undefined, 'One')).toBe(1);
    expect(estimate(source, undefined, 'Two')).toBe(2);
    expect(estimateAwsCalls(schema, parse(source), undefined, undefined)).toBe(0);
    expect(estimateAwsCalls(schema, parse(source), 'Three', undefined)).toBe(0);
  });

  test('an invalid document degrades to 0 for what it cannot resolve, never throws', () => {
    const document = parse(`
      { nope { x } accountAssociation(accountAssociationId: "a") { ...Missing id } }
    `);
    expect(estimateAwsCalls(schema, document, undefined, undefined)).toBe(1);
    const cyclic = parse(`
      { accountAssociations { nodes { ...A } } }
      fragment A on AccountAssociation { tags { key } ...B }
      fragment B on AccountAssociation { oauthAuthorizationUrl ...A }
    `);
    expect(estimateAwsCalls(schema, cyclic, undefined, undefined)).toBeGreaterThan(0);
  });

  test('the dashboard bounds the benchmark minimum (7 calls)', () => {
    const variables = {
      featuredId: 'a1',
      otherId: 'a2',
      instanceArn: 'arn:aws:sso:::instance/ssoins-1',
      firstRequestId: 'r1',
      secondRequestId: 'r2',
      firstConnectionId: 'c1',
      secondConnectionId: 'c2',
    };
    const calls = estimate(benchQuery('4-dashboard.graphql'), variables);
    expect(calls).toBeGreaterThanOrEqual(7);
    // 3 association Gets (+1 for the featured tags) + 1 page + 3 statuses + 3 connections: every
    // alias is counted, the loaders' sharing of identical ids is not.
    expect(calls).toBe(11);
  });

  test('fragments spread many times are walked once each (no exponential blow-up)', () => {
    // Each level spreads the next twice under two aliases: 2^20 leaf resolutions when expanded.
    const levels = 20;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on AccountAssociation { tags { key } }`
        : `fragment F${i} on AccountAssociation { a: connectorDestination { accountAssociations(first: 1) { nodes { ...F${i + 1} } } } b: connectorDestination { accountAssociations(first: 1) { nodes { ...F${i + 1} } } } }`,
    ).join('\n');
    const document = parse(
      `{ accountAssociation(accountAssociationId: "a") { ...F0 } } ${fragments}`,
    );
    const started = process.hrtime.bigint();
    const calls = estimateAwsCalls(schema, document, undefined, undefined);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    // Per level, 2 × (GetConnectorDestination + List) then the level below: c(n) = 4 + 2 c(n+1).
    let expected = 1;
    for (let i = levels - 2; i >= 0; i--) expected = 4 + 2 * expected;
    expect(calls).toBe(1 + expected);
    expect(elapsedMs).toBeLessThan(2000);
  });
});

describe('the cost annotations', () => {
  test('the expected fields carry their weights and sizes', () => {
    const costs = declaredAwsCallCosts(schema);
    const weighted = [...costs].filter(([, cost]) => cost.weight > 0).map(([name]) => name);
    expect(weighted.sort()).toEqual(
      [
        'AccountAssociation.connectorDestination',
        'AccountAssociation.generalAuthorization',
        'AccountAssociation.oauthAuthorizationUrl',
        'AccountAssociation.tags',
        'AssignmentStatus.permissionSet',
        'ConnectorDestination.accountAssociations',
        'EnvironmentAccountConnection.codebuildRoleArn',
        'Mutation.createAccountAssignment',
        'Mutation.createAccountAssociation',
        'Mutation.deleteAccountAssociation',
        'Mutation.startAccountAssociationRefresh',
        'Mutation.updateAccountAssociation',
        'Query.accountAssociation',
        'Query.accountAssociations',
        'Query.assignmentStatus',
        'Query.assignmentStatuses',
        'Query.connectorDestination',
        'Query.connectorDestinations',
        'Query.environmentAccountConnection',
        'Query.environmentAccountConnections',
        'Query.node',
        'Query.nodes',
        'Query.permissionSet',
        'Query.ssoInstances',
      ].sort(),
    );
    expect(costs.get('Query.accountAssociations')?.listSize).toEqual({
      assumedSize: 20,
      slicingArguments: [{ name: 'first', isList: false, defaultValue: undefined }],
      sizedFields: ['edges', 'nodes'],
    });
    expect(costs.get('Query.nodes')?.listSize?.slicingArguments).toEqual([
      { name: 'ids', isList: true, defaultValue: undefined },
    ]);
  });

  test('every list whose items can cost AWS calls is sized', () => {
    // An unsized list would multiply its items' calls by 1: the estimate would stop being a bound.
    const costs = declaredAwsCallCosts(schema);
    const costly = new Map<string, boolean>();
    const canCost = (type: GraphQLNamedType, seen = new Set<string>()): boolean => {
      const known = costly.get(type.name);
      if (known !== undefined) return known;
      if (seen.has(type.name)) return false;
      seen.add(type.name);
      const runtime = isInterfaceType(type)
        ? schema.getPossibleTypes(type)
        : isObjectType(type)
          ? [type]
          : [];
      const result = runtime.some((object) =>
        Object.values(object.getFields()).some(
          (field) =>
            (costs.get(`${object.name}.${field.name}`)?.weight ?? 0) > 0 ||
            canCost(getNamedType(field.type), seen),
        ),
      );
      costly.set(type.name, result);
      return result;
    };
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type)) || !canCost(getNamedType(field.type)))
          continue;
        const own = costs.get(`${type.name}.${field.name}`)?.listSize;
        const viaParent = Object.values(schema.getTypeMap()).some(
          (parent) =>
            isObjectType(parent) &&
            Object.values(parent.getFields()).some(
              (f) =>
                getNamedType(f.type) === type &&
                costs.get(`${parent.name}.${f.name}`)?.listSize?.sizedFields.includes(field.name),
            ),
        );
        if (own === undefined && !viaParent) unsized.push(`${type.name}.${field.name}`);
      }
    }
    expect(unsized).toEqual([]);
  });

  test('malformed annotations fail loudly, naming the field', () => {
    const directives = `
      directive @cost(weight: String!) on FIELD_DEFINITION
      directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
    `;
    expect(() =>
      declaredAwsCallCosts(
        buildSchema(`${directives} type Query { a: Int @cost(weight: "lots") }`),
      ),
    ).toThrow('Query.a: @cost(weight:) must be a non-negative number');
    expect(() =>
      declaredAwsCallCosts(
        buildSchema(
          `${directives} type Query { a(first: Int): [Int] @listSize(slicingArguments: ["last"]) }`,
        ),
      ),
    ).toThrow('Query.a: @listSize slicing argument "last" is not an argument');
    expect(() =>
      declaredAwsCallCosts(
        buildSchema(
          `${directives} type C { edges: Int } type Query { a: C @listSize(assumedSize: 2, sizedFields: ["edges"]) }`,
        ),
      ),
    ).toThrow('Query.a: @listSize sized field "edges" is not a list field');
  });

  test('an implementation inherits its interface field’s cost', () => {
    const small = buildSchema(`
      directive @cost(weight: String!) on FIELD_DEFINITION
      interface I { x: Int @cost(weight: "2") }
      type A implements I { x: Int }
      type Query { i: I a: A }
    `);
    expect(estimate('{ i { x } a { x } }', undefined, undefined, small)).toBe(4);
  });

  test('the schema Apollo Server serves carries the annotations', async () => {
    let served: GraphQLSchema | undefined;
    const capture: ApolloServerPlugin = {
      serverWillStart: ({ schema: started }) => {
        served = started;
        return Promise.resolve();
      },
    };
    const server = new ApolloServer({
      typeDefs: loadTypeDefs(),
      resolvers: createResolvers(),
      plugins: [capture],
    });
    await server.start();
    try {
      expect(served).toBeDefined();
      const query = parse('{ accountAssociations(first: 25) { nodes { tags { key } } } }');
      expect(estimateAwsCalls(served as GraphQLSchema, query, undefined, undefined)).toBe(26);
    } finally {
      await server.stop();
    }
  });
});

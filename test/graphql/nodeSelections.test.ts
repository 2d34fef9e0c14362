import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  buildASTSchema,
  concatAST,
  getNamedType,
  isObjectType,
  parse,
  validate,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';

import { loadTypeDefs } from '../../src/graphql/typeDefs';

/**
 * A frontend refetches any object through `node`/`nodes` with one fragment per type. GraphQL's
 * overlapping-fields rule refuses such a document when two types' same-named fields differ in type
 * or nullability, so those must agree; the README documents the aliases for the one field whose
 * types must differ (`status`, an enum of its own per type).
 */
const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const DOCUMENTED_ALIASES: Record<string, string> = {
  'AssignmentStatus.status': 'assignmentStatus',
  'EnvironmentAccountConnection.status': 'connectionStatus',
};

const schema = buildASTSchema(concatAST(loadTypeDefs()));
const nodeTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType =>
    isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'),
);

function selection(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, alias: boolean) {
  const name = alias ? DOCUMENTED_ALIASES[`${type.name}.${field.name}`] : undefined;
  const head = name === undefined ? field.name : `${name}: ${field.name}`;
  const args = field.args.some((a) => a.name === 'first') ? '(first: 1)' : '';
  return isObjectType(getNamedType(field.type))
    ? `${head}${args} { __typename }`
    : `${head}${args}`;
}

function everyField(alias: boolean): string {
  const fragments = nodeTypes.map(
    (type) =>
      `... on ${type.name} { ${Object.values(type.getFields())
        .filter((field) => field.args.every((a) => !String(a.type).endsWith('!')))
        .map((field) => selection(type, field, alias))
        .join(' ')} }`,
  );
  return `query Everything($ids: [ID!]!) { nodes(ids: $ids) { id ${fragments.join(' ')} } }`;
}

describe('one node/nodes selection over every Node type', () => {
  test('covers five Node types', () => {
    expect(nodeTypes.map((t) => t.name).sort()).toEqual([
      'AccountAssociation',
      'AssignmentStatus',
      'ConnectorDestination',
      'EnvironmentAccountConnection',
      'PermissionSet',
    ]);
  });

  test('selecting every field of every Node type validates, with the documented aliases', () => {
    expect(validate(schema, parse(everyField(true))).map((e) => e.message)).toEqual([]);
  });

  test('without aliases, only `status` conflicts, and the README shows its aliases', () => {
    const conflicts = validate(schema, parse(everyField(false))).map((e) => e.message);
    expect(conflicts.length).toBeGreaterThan(0);
    for (const message of conflicts) expect(message).toMatch(/^Fields "status" conflict/);
    for (const alias of Object.values(DOCUMENTED_ALIASES))
      expect(README).toContain(`${alias}: status`);
  });
});

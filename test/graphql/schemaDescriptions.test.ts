import {
  buildASTSchema,
  buildSchema,
  concatAST,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';

import { loadTypeDefs } from '../../src/graphql/typeDefs';

// Schema descriptions are the frontend's documentation (Sandbox, IDE hovers, codegen comments):
// every type, field, argument and enum value a client can see must have one.
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!type.description?.trim()) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}

describe('schema documentation', () => {
  const schema = buildASTSchema(concatAST(loadTypeDefs()));

  test('every type, field, argument and enum value has a description', () => {
    expect(undocumented(schema)).toEqual([]);
  });

  test('the check names what lacks a description', () => {
    const partial = buildSchema(`
      "Root." type Query { "Documented." a(x: Int): E  b: Int }
      "An enum." enum E { "One." ONE TWO }
    `);
    expect(undocumented(partial)).toEqual(['Query.a(x)', 'Query.b', 'E.TWO']);
  });

  test('the Proton type states AWS Proton’s end of support', () => {
    const type = schema.getType('EnvironmentAccountConnection');
    expect(type?.description).toMatch(/end of support/i);
    expect(type?.description).toContain('2026-10-07');
  });
});

import { nodeResolvers } from '../domains/nodeResolvers';
import { DOMAINS } from '../domains/registry';
import type { GraphQLFieldResolver, GraphQLScalarType } from 'graphql';

import { withScopeCheck } from '../auth/scopes';
import type { GraphQLContext } from '../context';

import type { Resolvers } from '../generated/graphql';
import { DateTimeScalar } from './dateTime';

/** Every domain's resolvers merged into one map (each domain owns distinct type and field names). */
export function createResolvers(): Resolvers {
  const domains: Resolvers[] = [nodeResolvers, ...Object.values(DOMAINS).map((d) => d.resolvers)];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const domain of domains) {
    for (const [typeName, fields] of Object.entries(domain)) {
      const target = (merged[typeName] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`Resolver ${typeName}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  // Root fields check the scope their schema definition declares before anything else runs.
  for (const root of ['Query', 'Mutation']) {
    for (const [field, resolve] of Object.entries(merged[root] ?? {})) {
      merged[root][field] = withScopeCheck(
        resolve as GraphQLFieldResolver<unknown, GraphQLContext>,
      );
    }
  }
  return { ...(merged as Resolvers), DateTime: behaviourOnly(DateTimeScalar) };
}

/**
 * A scalar's behaviour without its name and description. Apollo copies every own property of a
 * scalar resolver onto the SDL's scalar, so passing the `GraphQLScalarType` itself would replace
 * the SDL description (what Sandbox and client codegen show) with `undefined`.
 */
function behaviourOnly(scalar: GraphQLScalarType): GraphQLScalarType {
  const { serialize, parseValue, parseLiteral } = scalar.toConfig();
  // The resolver map's type asks for a GraphQLScalarType; Apollo accepts any object with these.
  return { serialize, parseValue, parseLiteral } as unknown as GraphQLScalarType;
}

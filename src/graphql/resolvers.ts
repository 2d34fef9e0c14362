import { accountAssociationResolvers } from '../domains/account-associations/resolvers';
import { assignmentStatusResolvers } from '../domains/assignment-status/resolvers';
import { environmentAccountConnectionResolvers } from '../domains/environment-account-connections/resolvers';
import { nodeResolvers } from '../domains/node/resolvers';
import type { Resolvers } from '../generated/graphql';
import { DateTimeScalar } from './dateTime';

/** Every domain's resolvers merged into one map (each domain owns distinct type and field names). */
export function createResolvers(): Resolvers {
  const domains: Resolvers[] = [
    nodeResolvers,
    accountAssociationResolvers,
    assignmentStatusResolvers,
    environmentAccountConnectionResolvers,
  ];
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
  return { ...(merged as Resolvers), DateTime: DateTimeScalar };
}

import { nodeResolvers } from '../domains/nodeResolvers';
import { DOMAINS } from '../domains/registry';
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
  return { ...(merged as Resolvers), DateTime: DateTimeScalar };
}

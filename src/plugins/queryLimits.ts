import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

import type { QueryLimitsConfig } from '../config';

export interface QueryLimits {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
}

/**
 * Rejects operations that are too deep, use too many aliases, cost too much or are too long, before
 * any resolver runs (GraphQL Armor's validation rules). Aliases matter most here: every alias of a
 * root field can be its own AWS call, so an unbounded alias count would let one request spend the
 * account's API quota. Introspection is exempt from the depth and cost limits (Sandbox needs it).
 * Field suggestions are handled separately (off in production).
 *
 * Defaults (see `loadConfig`): depth 8 (a leaf field under `accountAssociations { edges { node {`
 * is depth 4), 30 aliases, cost 5,000, 2,000 tokens.
 */
export function queryLimits(limits: QueryLimitsConfig): QueryLimits {
  const armor = new ApolloArmor({
    // The limits are no secret: naming them in the error tells a client what to change.
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      exposeLimits: true,
    },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, exposeLimits: true },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    maxDirectives: { n: 50, exposeLimits: true },
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules };
}

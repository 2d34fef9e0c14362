import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

import type { GraphQLContext } from '../context';
import { ErrorCode } from '../errors';
import { declaredAwsCallCosts, estimateAwsCalls } from '../limits/awsCallEstimate';
import type { RateLimiter } from '../limits/rateLimiter';

/**
 * Charges each request the AWS calls its operation plans (`@cost` / `@listSize` in the schema)
 * against its principal's per-minute budget, after validation and before execution: a principal
 * over budget gets `THROTTLED` (HTTP 429 with `Retry-After`) and its request makes no AWS call;
 * other principals are unaffected.
 */
export function awsCallBudgetPlugin(limiter: RateLimiter): ApolloServerPlugin<GraphQLContext> {
  return {
    serverWillStart({ schema }) {
      // A malformed annotation fails the start, not the first request.
      declaredAwsCallCosts(schema);
      return Promise.resolve();
    },
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          const planned = estimateAwsCalls(schema, document, operationName, request.variables);
          const decision = await limiter.check(contextValue.rateLimitKey, planned);
          if (decision.allowed) return;
          if (decision.tooLarge) {
            throw new GraphQLError(
              `This operation may cause up to ${planned} AWS calls, more than this credential may cause per minute (${decision.limit}); ask for fewer items or fewer aliases`,
              {
                extensions: {
                  code: ErrorCode.Throttled,
                  plannedAwsCalls: planned,
                  limit: decision.limit,
                  http: { status: 429 },
                },
              },
            );
          }
          const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
          throw new GraphQLError(
            `Rate limit reached: this credential may cause ${decision.limit} AWS calls per minute and this operation plans ${planned}; retry in ${retryAfterSeconds} s`,
            {
              extensions: {
                code: ErrorCode.Throttled,
                retryAfterSeconds,
                plannedAwsCalls: planned,
                limit: decision.limit,
                http: {
                  status: 429,
                  headers: new Map([['retry-after', String(retryAfterSeconds)]]),
                },
              },
            },
          );
        },
      });
    },
  };
}

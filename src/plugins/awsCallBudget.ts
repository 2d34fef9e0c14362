import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';

import type { GraphQLContext } from '../context';
import { ErrorCode } from '../errors';
import { declaredAwsCallCosts, estimateAwsCalls } from '../limits/awsCallEstimate';
import type { GateTicket, OperationGate } from '../limits/operationGate';
import type { RateLimiter } from '../limits/rateLimiter';

/**
 * Plans each operation's AWS calls from the schema's `@cost` / `@listSize` annotations after
 * validation and before execution, then:
 * - refuses an operation planning more than `maxAwsCalls` (QUERY_MAX_AWS_CALLS) with
 *   `COST_ESTIMATED_TOO_EXPENSIVE` (HTTP 400), naming the estimate and the budget (the request's
 *   `RequestScope` also stops sending past the budget at run time, should the plan be short);
 * - charges the plan against the principal's per-minute budget: over it, `THROTTLED` (HTTP 429 with
 *   `Retry-After`) and no AWS call; other principals are unaffected. When the request ends, what
 *   it was charged for but did not send (answers from the entity cache, calls shared with another
 *   request, fields never reached) is given back, so the budget counts AWS calls made;
 * - with a `gate` (UPSTREAM_MAX_PLANNED_CALLS), waits until the operations already executing leave
 *   room for its plan before it executes (src/limits/operationGate.ts); a request whose deadline
 *   passes, or whose client leaves, while it waits is answered `UPSTREAM_UNAVAILABLE` (HTTP 503
 *   with `Retry-After`) without any AWS call;
 * - reports `{ estimated, actual, max }` in the response's `extensions.awsCalls` when the request
 *   asks with `"extensions": { "awsCalls": "measure" }`.
 */
export function awsCallBudgetPlugin(
  limiter: RateLimiter,
  maxAwsCalls: number,
  gate?: OperationGate,
): ApolloServerPlugin<GraphQLContext> {
  return {
    serverWillStart({ schema }) {
      // A malformed annotation fails the start, not the first request.
      declaredAwsCallCosts(schema);
      return Promise.resolve();
    },
    requestDidStart() {
      let planned: number | undefined;
      let charged = false;
      let ticket: GateTicket | undefined;
      return Promise.resolve({
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          planned = estimate(schema, document, operationName, request.variables);
          if (planned > maxAwsCalls) {
            throw new GraphQLError(
              `This operation may cause up to ${planned} AWS calls, more than the ${maxAwsCalls} one request may make (QUERY_MAX_AWS_CALLS); ask for fewer items (first), fewer ids or fewer aliases`,
              {
                extensions: {
                  code: ErrorCode.CostEstimatedTooExpensive,
                  estimatedAwsCalls: planned,
                  maxAwsCalls,
                  http: { status: 400 },
                },
              },
            );
          }
          const decision = await limiter.check(contextValue.rateLimitKey, planned);
          if (decision.allowed) {
            charged = true;
            if (gate !== undefined) {
              ticket = gate.enter(planned, contextValue.scope.signal);
              if (ticket.queued) {
                await ticket.admitted.catch((error: unknown) => {
                  throw busy(error, gate);
                });
              }
            }
            return;
          }
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
        willSendResponse({ request, response, contextValue }) {
          // Answered (or refused, or gone while it waited): the next operation may start.
          ticket?.release();
          if (charged && planned !== undefined) {
            // A store that fails leaves the charge in place: the budget errs on the safe side.
            limiter
              .refund(contextValue.rateLimitKey, planned - contextValue.scope.awsCalls)
              .catch(() => undefined);
          }
          if (request.extensions?.awsCalls !== 'measure' || response.body.kind !== 'single') {
            return Promise.resolve();
          }
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            awsCalls: {
              estimated: planned ?? null,
              actual: contextValue.scope.awsCalls,
              max: maxAwsCalls,
            },
          };
          return Promise.resolve();
        },
      });
    },
  };
}

/** The answer to an operation whose request ended while it waited at the gate. */
function busy(error: unknown, gate: OperationGate): GraphQLError {
  const reason = error instanceof Error ? error.message : 'the request was cancelled';
  return new GraphQLError(
    `The gateway is busy: this operation waited for other operations' AWS calls (UPSTREAM_MAX_PLANNED_CALLS=${gate.maxPlannedCalls}) and did not start: ${reason}; retry shortly`,
    {
      extensions: {
        code: ErrorCode.UpstreamUnavailable,
        retryAfterSeconds: 1,
        http: { status: 503, headers: new Map([['retry-after', '1']]) },
      },
    },
  );
}

/** Estimates kept per operation: the variable values clients sent most recently. */
const ESTIMATES_PER_OPERATION = 64;

/** One operation's estimates, by the values of the variables they depend on. */
interface OperationEstimates {
  /** The variables any of its estimates looked at. */
  readonly read: Set<string>;
  readonly byValues: Map<string, number>;
}

const estimates = new WeakMap<
  GraphQLSchema,
  WeakMap<DocumentNode, Map<string, OperationEstimates>>
>();

/**
 * `estimateAwsCalls`, remembered per parsed document (Apollo keeps one per query text), operation
 * and values of the variables the estimate looks at (`first`, `ids`, `@include` conditions: not
 * an id asked for), on which alone it depends: a client sends the same operation over and over,
 * mostly with the same sizes.
 */
function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
  variables: Record<string, unknown> | undefined,
): number {
  let bySchema = estimates.get(schema);
  if (bySchema === undefined) {
    bySchema = new WeakMap();
    estimates.set(schema, bySchema);
  }
  let byOperation = bySchema.get(document);
  if (byOperation === undefined) {
    byOperation = new Map();
    bySchema.set(document, byOperation);
  }
  let known = byOperation.get(operationName ?? '');
  if (known === undefined) {
    known = { read: new Set(), byValues: new Map() };
    byOperation.set(operationName ?? '', known);
  }
  let planned = known.byValues.get(valuesKey(known.read, variables));
  if (planned === undefined) {
    const readBefore = known.read.size;
    planned = estimateAwsCalls(schema, document, operationName, variables, known.read);
    // A variable seen for the first time (an `@include` took the walk elsewhere): keys made
    // without it can no longer match, so they go.
    if (known.read.size !== readBefore || known.byValues.size >= ESTIMATES_PER_OPERATION) {
      known.byValues.clear();
    }
    known.byValues.set(valuesKey(known.read, variables), planned);
  }
  return planned;
}

/** The values of the variables `names` in `variables` (absent ones told apart from `null`). */
function valuesKey(
  names: ReadonlySet<string>,
  variables: Record<string, unknown> | undefined,
): string {
  if (names.size === 0) return '';
  const values: unknown[] = [];
  for (const name of names) {
    values.push(variables !== undefined && Object.hasOwn(variables, name) ? [variables[name]] : 0);
  }
  return JSON.stringify(values);
}

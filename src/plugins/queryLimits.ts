import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type ArgumentNode,
  type ASTVisitor,
  type GraphQLCompositeType,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

import type { QueryLimitsConfig } from '../config';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graphql/connection';

export interface QueryLimits {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  /** For Apollo's `parseOptions`: the token limit is enforced by the parser itself. */
  parseOptions: ParseOptions;
}

/** Directives per operation; not configurable, no legitimate operation comes near it. */
const MAX_DIRECTIVES = 50;

// Cost model (README, `QUERY_MAX_COST`): a leaf field costs 1, a field with a selection set 2 plus
// its children, children weigh 1.5 times their parent's level, and a paginated field multiplies
// all of it by its page size.
const LEAF_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;

/**
 * Rejects operations that are too long, too deep, use too many aliases or cost too much, before
 * any resolver runs. Aliases matter most here: every alias of a root field can be its own AWS call,
 * so an unbounded alias count would let one request spend the account's API quota. Introspection
 * is exempt from the depth and cost limits (Sandbox needs it). Field suggestions are handled
 * separately (off in production).
 *
 * Every refusal is a client error naming the limit, its variable and what to change: the token
 * limit is a `GRAPHQL_PARSE_FAILED` from the parser, the others `GRAPHQL_VALIDATION_FAILED`, all
 * HTTP 400. None says "Syntax Error": the document is well-formed, it is only too large.
 *
 * Defaults (see `loadConfig`): depth 8 (a leaf field under `accountAssociations { edges { node {`
 * is depth 4), 30 aliases, cost 5,000, 2,000 tokens.
 */
export function queryLimits(limits: QueryLimitsConfig): QueryLimits {
  // GraphQL Armor counts depth, aliases and directives; its own messages start with "Syntax
  // Error:", so each rejection is reported again in our words instead of being thrown.
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [reportLimit('QUERY_MAX_DEPTH', 'select fewer nested levels')],
    },
    maxAliases: {
      n: limits.maxAliases,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [
        reportLimit(
          'QUERY_MAX_ALIASES',
          'use fewer aliases (fetch many objects by id with one `nodes(ids:)`)',
        ),
      ],
    },
    maxDirectives: {
      n: MAX_DIRECTIVES,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [reportLimit(undefined, 'use fewer directives')],
    },
    // Replaced by `costLimitRule` below: Armor multiplies by any `first` as given, so `first: 1000`
    // was refused as a cost overrun instead of reaching the resolver that names `first`.
    costLimit: { enabled: false },
    // Replaced by the parser's own `maxTokens`: Armor's plugin re-parses the document in a hook
    // whose errors Apollo answers with HTTP 500, which made every syntax error a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...plugins, parseLimitMessages(limits.maxTokens)],
    validationRules: [...validationRules, costLimitRule(limits.maxCost), knownOperationTypesRule],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

function reportLimit(
  variable: string | undefined,
  advice: string,
): (context: ValidationContext | null, error: GraphQLError) => void {
  return (context, error) => {
    // "Syntax Error: Query depth limit of 8 exceeded, found 9." → "Query depth limit of 8 exceeded, found 9"
    const what = error.message.replace(/^Syntax Error:\s*/, '').replace(/\.$/, '');
    const setting = variable === undefined ? '' : ` (${variable})`;
    context?.reportError(new GraphQLError(`${what}${setting}; ${advice}`));
  };
}

/** graphql-js's wording when `parseOptions.maxTokens` stops the parser. */
const PARSER_TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;

/**
 * Rewords the parser's limit errors before Apollo wraps them as `GRAPHQL_PARSE_FAILED`
 * (`parsingDidEnd` is the one hook between the two), so the client and the logs see the limit and
 * what to change:
 * - graphql-js words the token limit as a syntax error;
 * - its parser recurses once per nesting level, so a list nested a thousand or more deep within
 *   the token limit (`[[[[…`) exhausts the stack; the `RangeError` is caught like a syntax error
 *   and would reach the client as "Maximum call stack size exceeded".
 */
function parseLimitMessages(maxTokens: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        parsingDidStart() {
          return Promise.resolve((error?: Error) => {
            if (error instanceof GraphQLError && PARSER_TOKEN_LIMIT.test(error.message)) {
              error.message = `Token limit of ${maxTokens} exceeded (QUERY_MAX_TOKENS); send a shorter document (fewer fields, aliases or inline arguments; pass values as variables)`;
            } else if (error instanceof RangeError) {
              error.message =
                'The document is nested too deeply to parse; nest lists, objects and selections less deeply';
            }
            return Promise.resolve();
          });
        },
      });
    },
  };
}

/**
 * The static cost limit (`QUERY_MAX_COST`): a bound on the work of building one response, apart
 * from the AWS calls it causes (those are estimated per request with the variables' values, see
 * `limits/awsCallEstimate.ts`).
 *
 * A paginated field (one with a `first` argument) multiplies its cost by its page size, capped at
 * the schema's maximum (100): a larger `first` is refused by the resolver with `BAD_USER_INPUT`
 * naming `first`, which tells the client more than a cost overrun would. Validation sees no
 * variable values (and Apollo caches a validated document by its text, whatever the variables),
 * so `first: $n`, like an absent `first`, counts as the default page size (20) unless the
 * variable declares a literal default. The cost is therefore not a bound on fan-out, which the
 * AWS-call estimate is; it keeps deeply nested, wide selections out. Fragments count where they
 * are spread; introspection is exempt.
 */
export function costLimitRule(maxCost: number): ValidationRule {
  return (context) => {
    const visitor: ASTVisitor = {
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation);
        if (root === null || root === undefined) return;
        const defaults = new Map<string, number>();
        for (const definition of operation.variableDefinitions ?? []) {
          if (definition.defaultValue?.kind === Kind.INT) {
            defaults.set(definition.variable.name.value, Number(definition.defaultValue.value));
          }
        }
        const cost = new CostWalk(context, defaults).selectionSet(operation.selectionSet, root);
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(
              `Query cost limit of ${maxCost} exceeded, found ${Math.ceil(cost)} (QUERY_MAX_COST); select fewer fields, fewer nested lists or smaller pages (\`first\`)`,
              { nodes: operation },
            ),
          );
        }
      },
    };
    return visitor;
  };
}

class CostWalk {
  /**
   * Cost of each fragment's selection set, computed once: fragments spreading each other twice
   * over would otherwise be walked exponentially often in the document's length.
   */
  private readonly fragmentCosts = new Map<string, number>();

  constructor(
    private readonly context: ValidationContext,
    private readonly variableDefaults: ReadonlyMap<string, number>,
  ) {}

  /** Cost of `set` at one level, on an object of type `type`. */
  selectionSet(set: SelectionSetNode, type: GraphQLCompositeType | undefined): number {
    let total = 0;
    for (const selection of set.selections) {
      switch (selection.kind) {
        case Kind.FIELD: {
          const name = selection.name.value;
          if (name === '__schema' || name === '__type') break;
          const definition =
            isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
          if (selection.selectionSet === undefined) {
            total += LEAF_COST;
            break;
          }
          const fieldType = definition ? getNamedType(definition.type) : undefined;
          const children = this.selectionSet(
            selection.selectionSet,
            isCompositeType(fieldType) ? fieldType : undefined,
          );
          const paginated = definition?.args.some((arg) => arg.name === 'first') ?? false;
          const size = paginated ? this.pageSize(selection.arguments ?? []) : 1;
          total += (OBJECT_COST + DEPTH_FACTOR * children) * size;
          break;
        }
        case Kind.INLINE_FRAGMENT:
          total += this.selectionSet(
            selection.selectionSet,
            this.typeNamed(selection.typeCondition?.name.value) ?? type,
          );
          break;
        case Kind.FRAGMENT_SPREAD:
          total += this.fragment(selection.name.value, type);
          break;
      }
    }
    return total;
  }

  private fragment(name: string, type: GraphQLCompositeType | undefined): number {
    const known = this.fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = this.context.getFragment(name);
    if (!fragment) return 0;
    // Marks it in progress: a cycle (its own validation error) reads 0 instead of recursing.
    this.fragmentCosts.set(name, 0);
    const cost = this.selectionSet(
      fragment.selectionSet,
      this.typeNamed(fragment.typeCondition.name.value) ?? type,
    );
    this.fragmentCosts.set(name, cost);
    return cost;
  }

  private pageSize(args: readonly ArgumentNode[]): number {
    const first = args.find((arg) => arg.name.value === 'first')?.value;
    let size: number | undefined;
    if (first?.kind === Kind.INT) size = Number(first.value);
    else if (first?.kind === Kind.VARIABLE) size = this.variableDefaults.get(first.name.value);
    if (size === undefined || !Number.isFinite(size)) return DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
  }

  private typeNamed(name: string | undefined): GraphQLCompositeType | undefined {
    if (name === undefined) return undefined;
    const type = this.context.getSchema().getType(name);
    return isCompositeType(type) ? type : undefined;
  }
}

/**
 * An operation whose root type the schema lacks (this schema has no `Subscription`) is a
 * validation error, as in later versions of the GraphQL specification. graphql-js 16 only notices
 * while executing and answers with an error without a code, which the error policy would mask as
 * `INTERNAL_SERVER_ERROR`.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (context.getSchema().getRootType(operation.operation)) return;
    context.reportError(
      new GraphQLError(
        `This schema has no ${operation.operation} operations; send a query or a mutation`,
        { nodes: operation },
      ),
    );
  },
});

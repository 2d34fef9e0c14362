import {
  GraphQLError,
  Kind,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
} from 'graphql';

import { ErrorCode } from '../errors';
import { isScope, type Principal, type Scope } from './principal';

/** The schema directive that declares the scope a root field, mutation or `Node` type needs. */
export const REQUIRES_SCOPE = 'requiresScope';

// Directive lookups by schema element; the schema is built once, so these fill once.
const fieldScopes = new WeakMap<object, Scope | null>();
const typeScopes = new WeakMap<object, Scope | null>();

function scopeOf(
  astNode: { readonly directives?: readonly ConstDirectiveNode[] } | null | undefined,
): Scope | null {
  const directive = astNode?.directives?.find((d) => d.name.value === REQUIRES_SCOPE);
  const argument = directive?.arguments?.find((a) => a.name.value === 'scope')?.value;
  if (argument === undefined) return null;
  if (argument.kind !== Kind.STRING || !isScope(argument.value)) {
    throw new Error(`@${REQUIRES_SCOPE} must name one of the scopes as a string`);
  }
  return argument.value;
}

/** The scope a field declares with `@requiresScope`, if any. */
export function scopeOfField(field: GraphQLField<unknown, unknown>): Scope | null {
  let scope = fieldScopes.get(field);
  if (scope === undefined) fieldScopes.set(field, (scope = scopeOf(field.astNode)));
  return scope;
}

/** The scope a type declares with `@requiresScope` (what `node`/`nodes` need to return it), if any. */
export function scopeOfType(type: GraphQLNamedType): Scope | null {
  let scope = typeScopes.get(type);
  if (scope === undefined) typeScopes.set(type, (scope = scopeOf(type.astNode)));
  return scope;
}

/** `FORBIDDEN` unless `principal` holds `scope`. Checked before any AWS call. */
export function assertScope(principal: Principal, scope: Scope | null, what: string): void {
  if (scope === null || principal.scopes.has(scope)) return;
  throw new GraphQLError(
    `${what} requires the "${scope}" scope, which this credential does not have`,
    {
      extensions: { code: ErrorCode.Forbidden, requiredScope: scope },
    },
  );
}

/**
 * Wraps a root field's resolver with the check of the scope its schema definition declares. This
 * is the one place scopes are enforced for fields (`node`/`nodes` check the scope of each type they
 * return the same way, through `assertScope`).
 */
export function withScopeCheck<TSource, TContext extends { principal: Principal }, TArgs>(
  resolve: GraphQLFieldResolver<TSource, TContext, TArgs>,
): GraphQLFieldResolver<TSource, TContext, TArgs> {
  return (source, args, ctx, info: GraphQLResolveInfo) => {
    const field = info.parentType.getFields()[info.fieldName];
    if (field)
      assertScope(ctx.principal, scopeOfField(field), `${info.parentType.name}.${info.fieldName}`);
    return resolve(source, args, ctx, info);
  };
}

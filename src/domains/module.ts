import type { AwsClientKey } from '../aws/clients';
import type { Principal } from '../auth/principal';
import type { GraphQLContext } from '../context';
import { badUserInput } from '../errors';
import type { Resolvers, ResolversInterfaceTypes, ResolversTypes } from '../generated/graphql';
import type { Upstream } from './upstream';

/** The model of any type that implements `Node` (each domain's `<Type>Model`). */
export type NodeModel = ResolversInterfaceTypes<ResolversTypes>['Node'];
/** The GraphQL types that implement `Node`. */
export type NodeTypeName = NodeModel['__typename'];

/**
 * Refetches one `Node` type from the keys inside its global id (see `toGlobalId`). `keys` come
 * from the caller: validate them against AWS's constraints, naming `argumentName`, before loading.
 */
export type NodeLoader<Model> = (
  ctx: GraphQLContext,
  keys: readonly string[],
  argumentName: string,
) => Promise<Model>;

/**
 * A `NodeLoader` for a type whose global id holds `keyCount` keys: an id with another number of
 * keys is `BAD_USER_INPUT` before `load` runs.
 */
export function nodeLoader<Model>(
  keyCount: number,
  load: (ctx: GraphQLContext, keys: readonly string[], argumentName: string) => Promise<Model>,
): NodeLoader<Model> {
  return async (ctx, keys, argumentName) => {
    if (keys.length !== keyCount) {
      throw badUserInput(`Argument "${argumentName}" is not a valid global id`, argumentName);
    }
    return load(ctx, keys, argumentName);
  };
}

/**
 * Everything the rest of the gateway needs from one domain (one AWS service). The registry in
 * `./registry.ts` lists the modules; the context, the resolver map and `node`/`nodes` dispatch are
 * derived from that list, so a domain is added or grown without editing shared code.
 */
export interface DomainModule<Loaders, Service, NodeTypes extends NodeTypeName> {
  /** Which AWS client the domain's loaders and service send through. */
  readonly client: AwsClientKey;
  /** The domain's resolvers; type and field names must not overlap another domain's. */
  readonly resolvers: Resolvers;
  /**
   * Per-request DataLoaders (reads). Never shared between requests. They enforce the caller's
   * tenant restrictions, so every path that reads (root fields, lists, `node`, nested fields) does.
   */
  createLoaders(upstream: Upstream, principal: Principal): Loaders;
  /**
   * Per-request write path: checks the caller's tenant, performs the AWS call, applies the error
   * policy, then primes or invalidates `loaders` so later reads in the request see the write.
   */
  createService(upstream: Upstream, loaders: Loaders, principal: Principal): Service;
  /** The domain's refetchable types: GraphQL type name → how to load it from a global id. */
  readonly nodeTypes: {
    readonly [T in NodeTypes]: NodeLoader<Extract<NodeModel, { readonly __typename: T }>>;
  };
}

/** Declares a domain module with its types inferred (see `DomainModule`). */
export function defineDomain<Loaders, Service, NodeTypes extends NodeTypeName>(
  module: DomainModule<Loaders, Service, NodeTypes>,
): DomainModule<Loaders, Service, NodeTypes> {
  return module;
}

import type { GraphQLResolveInfo } from 'graphql';

import { assertScope, scopeOfType } from '../auth/scopes';
import type { GraphQLContext } from '../context';
import { badUserInput } from '../errors';
import type { Resolvers } from '../generated/graphql';
import { fromGlobalId } from '../graphql/globalId';
import type { NodeLoader, NodeModel } from './module';
import { DOMAINS } from './registry';

const MAX_NODES = 100;

/** Every domain's refetchable types, by GraphQL type name. */
const NODE_LOADERS: ReadonlyMap<string, NodeLoader<NodeModel>> = (() => {
  const loaders = new Map<string, NodeLoader<NodeModel>>();
  for (const module of Object.values(DOMAINS)) {
    for (const [typeName, load] of Object.entries<NodeLoader<NodeModel>>(module.nodeTypes)) {
      if (loaders.has(typeName)) throw new Error(`Node type ${typeName} is registered twice`);
      loaders.set(typeName, load);
    }
  }
  return loaders;
})();

/**
 * Refetches any `Node` by global id; a malformed id or unknown type is `BAD_USER_INPUT`, a type
 * whose `@requiresScope` the caller lacks is `FORBIDDEN` before any AWS call (rejections, so in
 * `nodes` each fails only its own entry).
 */
async function loadNode(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  id: string,
  argumentName: string,
): Promise<NodeModel> {
  const { typeName, keys } = fromGlobalId(id, argumentName);
  const load = NODE_LOADERS.get(typeName);
  const type = info.schema.getType(typeName);
  if (load === undefined || type === undefined) {
    throw badUserInput(
      `Argument "${argumentName}" is not a valid global id (unknown type "${typeName}")`,
      argumentName,
    );
  }
  assertScope(ctx.principal, scopeOfType(type), `Refetching a ${typeName}`);
  return load(ctx, keys, argumentName);
}

/** `node`, `nodes` and `Node.__resolveType`, dispatching to the domain that owns each type. */
export const nodeResolvers: Resolvers = {
  Query: {
    node: (_root, { id }, ctx, info) => loadNode(ctx, info, id, 'id'),
    nodes: (_root, { ids }, ctx, info) => {
      if (ids.length > MAX_NODES) {
        throw badUserInput(
          `Argument "ids" may hold at most ${MAX_NODES} ids; got ${ids.length}`,
          'ids',
        );
      }
      // One promise per entry: graphql-js completes each on its own, so a bad or missing id
      // nulls only its own index.
      return ids.map((id, i) => loadNode(ctx, info, id, `ids[${i}]`));
    },
  },
  Node: {
    __resolveType: (model) => model.__typename,
  },
};

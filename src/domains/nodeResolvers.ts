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

/** Refetches any `Node` by global id; a malformed id or unknown type is `BAD_USER_INPUT` (a rejection, so
 * in `nodes` it fails only its own entry). */
async function loadNode(ctx: GraphQLContext, id: string, argumentName: string): Promise<NodeModel> {
  const { typeName, keys } = fromGlobalId(id, argumentName);
  const load = NODE_LOADERS.get(typeName);
  if (load === undefined) {
    throw badUserInput(
      `Argument "${argumentName}" is not a valid global id (unknown type "${typeName}")`,
      argumentName,
    );
  }
  return load(ctx, keys, argumentName);
}

/** `node`, `nodes` and `Node.__resolveType`, dispatching to the domain that owns each type. */
export const nodeResolvers: Resolvers = {
  Query: {
    node: (_root, { id }, ctx) => loadNode(ctx, id, 'id'),
    nodes: (_root, { ids }, ctx) => {
      if (ids.length > MAX_NODES) {
        throw badUserInput(
          `Argument "ids" may hold at most ${MAX_NODES} ids; got ${ids.length}`,
          'ids',
        );
      }
      // One promise per entry: graphql-js completes each on its own, so a bad or missing id
      // nulls only its own index.
      return ids.map((id, i) => loadNode(ctx, id, `ids[${i}]`));
    },
  },
  Node: {
    __resolveType: (model) => model.__typename,
  },
};

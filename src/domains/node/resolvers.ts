import type { GraphQLContext } from '../../context';
import { badUserInput } from '../../errors';
import type { Resolvers } from '../../generated/graphql';
import { fromGlobalId, type NodeTypeName } from '../../graphql/globalId';
import { loadAccountAssociationNode } from '../account-associations/resolvers';
import { loadAssignmentStatusNode } from '../assignment-status/resolvers';
import { loadEnvironmentAccountConnectionNode } from '../environment-account-connections/resolvers';
import type { NodeLoaders, NodeModel } from '../nodeLoader';

const MAX_NODES = 100;

const NODE_LOADERS: NodeLoaders = {
  AccountAssociation: loadAccountAssociationNode,
  AssignmentStatus: loadAssignmentStatusNode,
  EnvironmentAccountConnection: loadEnvironmentAccountConnectionNode,
};

function isNodeTypeName(name: string): name is NodeTypeName {
  return Object.hasOwn(NODE_LOADERS, name);
}

/** Refetches any `Node` by global id; a malformed id or unknown type is `BAD_USER_INPUT`. */
async function loadNode(ctx: GraphQLContext, id: string, argumentName: string): Promise<NodeModel> {
  const { typeName, keys } = fromGlobalId(id, argumentName);
  if (!isNodeTypeName(typeName)) {
    throw badUserInput(
      `Argument "${argumentName}" is not a valid global id (unknown type "${typeName}")`,
      argumentName,
    );
  }
  return NODE_LOADERS[typeName](ctx, keys, argumentName);
}

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

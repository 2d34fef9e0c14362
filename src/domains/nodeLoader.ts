import type { GraphQLContext } from '../context';
import type { NodeTypeName } from '../graphql/globalId';
import type { AccountAssociationModel } from './account-associations/mappers';
import type { AssignmentStatusModel } from './assignment-status/mappers';
import type { EnvironmentAccountConnectionModel } from './environment-account-connections/mappers';

/** Any object that implements `Node`. */
export type NodeModel =
  AccountAssociationModel | AssignmentStatusModel | EnvironmentAccountConnectionModel;

/**
 * How a domain refetches one of its `Node` types from the keys inside a global id. `keys` are
 * untrusted (they come from the caller): validate them against AWS's constraints, naming
 * `argumentName`, before loading.
 */
export type NodeLoader = (
  ctx: GraphQLContext,
  keys: readonly string[],
  argumentName: string,
) => Promise<NodeModel>;

export type NodeLoaders = Readonly<Record<NodeTypeName, NodeLoader>>;

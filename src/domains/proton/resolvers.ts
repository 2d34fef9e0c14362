import { checkString } from '../../aws/constraints';
import type { GraphQLContext } from '../../context';
import type { EnvironmentAccountConnectionStatus, Resolvers } from '../../generated/graphql';
import { toKnownEnum, UNKNOWN } from '../../graphql/forwardCompatibleEnum';
import { toGlobalId } from '../../graphql/globalId';
import { enums, strings } from '../../generated/aws/proton';
import { nodeLoader, type NodeLoader } from '../module';
import type { EnvironmentAccountConnectionModel } from './mappers';

const STATUSES: readonly EnvironmentAccountConnectionStatus[] =
  enums.EnvironmentAccountConnectionStatus;

function loadConnection(
  ctx: GraphQLContext,
  id: string,
  argumentName: string,
): Promise<EnvironmentAccountConnectionModel> {
  return ctx.loaders.proton.connection.load(
    checkString(id, strings.EnvironmentAccountConnectionId, argumentName),
  );
}

export const loadEnvironmentAccountConnectionNode: NodeLoader<EnvironmentAccountConnectionModel> =
  nodeLoader(1, (ctx, [id], argumentName) => loadConnection(ctx, id, argumentName));

// Proton reached end of support on 2026-10-07: every field here depends only on Proton, so a
// Proton outage nulls these fields (with per-path errors) and nothing else.
export const environmentAccountConnectionResolvers: Resolvers = {
  Query: {
    environmentAccountConnection: (_root, args, ctx) =>
      loadConnection(ctx, args.environmentAccountConnectionId, 'environmentAccountConnectionId'),
  },

  EnvironmentAccountConnection: {
    id: (model) => toGlobalId('EnvironmentAccountConnection', model.environmentAccountConnectionId),
    environmentAccountConnectionId: (model) => model.environmentAccountConnectionId,
    arn: (model) => model.connection.arn,
    codebuildRoleArn: (model) => model.connection.codebuildRoleArn ?? null,
    componentRoleArn: (model) => model.connection.componentRoleArn ?? null,
    environmentAccountId: (model) => model.connection.environmentAccountId,
    environmentName: (model) => model.connection.environmentName,
    lastModifiedAt: (model) => model.connection.lastModifiedAt,
    managementAccountId: (model) => model.connection.managementAccountId,
    requestedAt: (model) => model.connection.requestedAt,
    roleArn: (model) => model.connection.roleArn,
    status: (model, _args, ctx) =>
      toKnownEnum(
        model.connection.status,
        STATUSES,
        'EnvironmentAccountConnectionStatus',
        ctx.logger,
      ) ?? UNKNOWN,
    statusRaw: (model) => model.connection.status,
  },
};

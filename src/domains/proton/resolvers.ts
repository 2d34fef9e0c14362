import type { EnvironmentAccountConnectionStatus as AwsConnectionStatus } from '@aws-sdk/client-proton';

import { checkString } from '../../aws/constraints';
import type { GraphQLContext } from '../../context';
import { badUserInput } from '../../errors';
import type {
  EnvironmentAccountConnectionRequester,
  EnvironmentAccountConnectionStatus,
  Resolvers,
} from '../../generated/graphql';
import { resolveConnection, type Connection } from '../../graphql/connection';
import { toKnownEnum, UNKNOWN } from '../../graphql/forwardCompatibleEnum';
import { toGlobalId } from '../../graphql/globalId';
import { enums, integers, strings } from '../../generated/aws/proton';
import { nodeLoader, type NodeLoader } from '../module';
import {
  carries,
  fromSummary,
  type EnvironmentAccountConnectionField,
  type EnvironmentAccountConnectionModel,
  type EnvironmentAccountConnectionRecord,
  type EnvironmentAccountConnectionSummaryRecord,
} from './mappers';

const STATUSES: readonly EnvironmentAccountConnectionStatus[] =
  enums.EnvironmentAccountConnectionStatus;

/** AWS's largest ListEnvironmentAccountConnections page (`maxResults`). */
const MAX_AWS_PAGE_SIZE = integers.MaxPageResults.max;

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

/**
 * Reads a member the model leaves optional: from the parent when it carries it (a Get answer, or
 * a list item for every member but `codebuildRoleArn`), otherwise through the Get loader.
 */
function member<F extends EnvironmentAccountConnectionField>(
  model: EnvironmentAccountConnectionModel,
  name: F,
  ctx: GraphQLContext,
):
  | NonNullable<EnvironmentAccountConnectionRecord[F]>
  | null
  | Promise<NonNullable<EnvironmentAccountConnectionRecord[F]> | null> {
  if (carries(model, name)) return model.connection[name] ?? null;
  return ctx.loaders.proton.connection
    .load(model.environmentAccountConnectionId)
    .then((full) => full.connection[name] ?? null);
}

/** `statuses` as AWS filter values, sorted and without repeats; `UNKNOWN` filters nothing AWS knows. */
function statusesFilter(
  statuses: readonly EnvironmentAccountConnectionStatus[] | null | undefined,
): AwsConnectionStatus[] {
  const wanted = new Set<AwsConnectionStatus>();
  for (const status of statuses ?? []) {
    if (status === 'UNKNOWN') {
      throw badUserInput(
        `Argument "statuses" may hold ${enums.EnvironmentAccountConnectionStatus.join(', ')}; got UNKNOWN`,
        'statuses',
      );
    }
    wanted.add(status);
  }
  return [...wanted].sort();
}

/**
 * A page of ListEnvironmentAccountConnections. Each node carries its list item; only
 * `codebuildRoleArn`, which items lack, goes through the Get loader when selected.
 */
function listConnections(
  ctx: GraphQLContext,
  requestedBy: EnvironmentAccountConnectionRequester,
  statuses: readonly AwsConnectionStatus[],
  environmentName: string | null,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<EnvironmentAccountConnectionModel>> {
  const { connectionPage } = ctx.loaders.proton;
  return resolveConnection(ctx.cursors, {
    name: 'environmentAccountConnections',
    filter: { requestedBy, statuses: statuses.join(','), environmentName },
    first: args.first,
    after: args.after,
    fetchPage: async (nextToken, maxResults) => {
      // AWS pages hold at most 100: a larger look-ahead continues on the next page.
      const output = await connectionPage.load({
        requestedBy,
        statuses,
        environmentName,
        nextToken,
        maxResults: Math.min(maxResults, MAX_AWS_PAGE_SIZE),
      });
      return { items: output.environmentAccountConnections ?? [], nextToken: output.nextToken };
    },
    // `send` checked each item against the model (the summary's required members).
    toNode: (item) => fromSummary(item as EnvironmentAccountConnectionSummaryRecord),
  });
}

// Proton reached end of support on 2026-10-07: every field here depends only on Proton, so a
// Proton outage nulls these fields (with per-path errors) and nothing else.
export const environmentAccountConnectionResolvers: Resolvers = {
  Query: {
    environmentAccountConnection: (_root, args, ctx) =>
      loadConnection(ctx, args.environmentAccountConnectionId, 'environmentAccountConnectionId'),

    environmentAccountConnections: (_root, args, ctx) =>
      listConnections(
        ctx,
        args.requestedBy,
        statusesFilter(args.statuses),
        args.environmentName == null
          ? null
          : checkString(args.environmentName, strings.ResourceName, 'environmentName'),
        args,
      ),
  },

  EnvironmentAccountConnection: {
    id: (model) => toGlobalId('EnvironmentAccountConnection', model.environmentAccountConnectionId),
    environmentAccountConnectionId: (model) => model.environmentAccountConnectionId,
    arn: (model) => model.connection.arn,
    codebuildRoleArn: (model, _args, ctx) => member(model, 'codebuildRoleArn', ctx),
    componentRoleArn: (model, _args, ctx) => member(model, 'componentRoleArn', ctx),
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

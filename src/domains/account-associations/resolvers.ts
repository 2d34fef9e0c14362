import type { GraphQLContext } from '../../context';
import { badUserInput } from '../../errors';
import type { AssociationState, Resolvers, Tag } from '../../generated/graphql';
import { fetchForwardPage, resolvePageSize, START } from '../../graphql/connection';
import { checkString } from '../../graphql/constraints';
import type { CursorFilter } from '../../graphql/cursor';
import { toKnownEnum, UNKNOWN } from '../../graphql/forwardCompatibleEnum';
import { toGlobalId } from '../../graphql/globalId';
import type { NodeLoader } from '../nodeLoader';
import { ACCOUNT_ASSOCIATION_ID, CONNECTOR_DESTINATION_ID } from './constraints';
import { createAccountAssociation } from './createAccountAssociation';
import {
  carries,
  fromListItem,
  fromRecord,
  type AccountAssociationField,
  type AccountAssociationModel,
  type AccountAssociationRecord,
} from './mappers';

const CONNECTION = 'accountAssociations';

const ASSOCIATION_STATES: readonly AssociationState[] = [
  'ASSOCIATION_IN_PROGRESS',
  'ASSOCIATION_FAILED',
  'ASSOCIATION_SUCCEEDED',
  'ASSOCIATION_DELETING',
  'REFRESH_TOKEN_EXPIRED',
];

/**
 * Reads one member of an association and maps it: from the parent when it carries the member
 * (list item, create result, Get output) — synchronously, no promise — otherwise through the
 * per-request GetAccountAssociation loader. So a page selecting `tags` costs one Get per distinct
 * association, and a page without such fields costs none.
 */
function member<F extends AccountAssociationField, R>(
  model: AccountAssociationModel,
  name: F,
  ctx: GraphQLContext,
  map: (value: AccountAssociationRecord[F] | undefined) => R,
): R | Promise<R> {
  if (carries(model, name)) return map(model.known[name]);
  return ctx.loaders.accountAssociations.association
    .load(model.accountAssociationId)
    .then((record) => map(record[name]));
}

const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** An association by id: what this request already saw, else GetAccountAssociation. */
async function loadAccountAssociation(
  ctx: GraphQLContext,
  accountAssociationId: string,
): Promise<AccountAssociationModel> {
  const seen = ctx.loaders.accountAssociations.seen.get(accountAssociationId);
  if (seen) return seen;
  return fromRecord(await ctx.loaders.accountAssociations.association.load(accountAssociationId));
}

export const loadAccountAssociationNode: NodeLoader = (ctx, keys, argumentName) => {
  if (keys.length !== 1)
    throw badUserInput(`Argument "${argumentName}" is not a valid global id`, argumentName);
  return loadAccountAssociation(ctx, checkString(keys[0], ACCOUNT_ASSOCIATION_ID, argumentName));
};

function toTags(tags: Record<string, string> | undefined): Tag[] {
  return Object.entries(tags ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => ({ key, value }));
}

export const accountAssociationResolvers: Resolvers = {
  Query: {
    accountAssociation: (_root, args, ctx) =>
      loadAccountAssociation(
        ctx,
        checkString(args.accountAssociationId, ACCOUNT_ASSOCIATION_ID, 'accountAssociationId'),
      ),

    accountAssociations: async (_root, args, ctx) => {
      const connectorDestinationId =
        args.connectorDestinationId == null
          ? null
          : checkString(
              args.connectorDestinationId,
              CONNECTOR_DESTINATION_ID,
              'connectorDestinationId',
            );
      const first = resolvePageSize(args.first);
      const filter: CursorFilter = { connectorDestinationId };
      const start = args.after == null ? START : ctx.cursors.decode(args.after, CONNECTION, filter);
      const { listPage, seen } = ctx.loaders.accountAssociations;

      const page = await fetchForwardPage(
        async (nextToken, maxResults) => {
          const output = await listPage.load({ connectorDestinationId, nextToken, maxResults });
          return { items: output.Items ?? [], nextToken: output.NextToken };
        },
        first,
        start,
      );

      const edges = page.items.map(({ item, after }) => {
        const id = item.AccountAssociationId ?? '';
        // A model with every member already fetched (e.g. by an earlier Get) beats a list item.
        const known = seen.get(id);
        const node =
          known?.carries === 'all' ? known : fromListItem({ ...item, AccountAssociationId: id });
        if (!known) seen.set(id, node);
        return { cursor: ctx.cursors.encode(CONNECTION, filter, after), node };
      });
      return {
        edges,
        nodes: edges.map((edge) => edge.node),
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: args.after != null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  },

  Mutation: {
    createAccountAssociation: async (_root, { input }, ctx) => {
      const created = await createAccountAssociation(ctx.clients.iot, input);
      ctx.loaders.accountAssociations.seen.set(
        created.accountAssociation.accountAssociationId,
        created.accountAssociation,
      );
      return created;
    },
  },

  AccountAssociation: {
    id: (model) => toGlobalId('AccountAssociation', model.accountAssociationId),
    accountAssociationId: (model) => model.accountAssociationId,
    associationState: (model, _args, ctx) =>
      member(
        model,
        'AssociationState',
        ctx,
        (state) =>
          toKnownEnum(state, ASSOCIATION_STATES, 'AssociationState', ctx.logger) ?? UNKNOWN,
      ),
    associationStateRaw: (model, _args, ctx) =>
      member(model, 'AssociationState', ctx, (state) => state ?? UNKNOWN),
    errorMessage: (model, _args, ctx) => member(model, 'ErrorMessage', ctx, orNull),
    connectorDestinationId: (model, _args, ctx) =>
      member(model, 'ConnectorDestinationId', ctx, orNull),
    connectorDestination: (model, _args, ctx) =>
      member(model, 'ConnectorDestinationId', ctx, (id) =>
        id ? ctx.loaders.accountAssociations.connectorDestination.load(id) : null,
      ),
    name: (model, _args, ctx) => member(model, 'Name', ctx, orNull),
    description: (model, _args, ctx) => member(model, 'Description', ctx, orNull),
    arn: (model, _args, ctx) => member(model, 'Arn', ctx, orNull),
    oauthAuthorizationUrl: (model, _args, ctx) =>
      member(model, 'OAuthAuthorizationUrl', ctx, orNull),
    tags: (model, _args, ctx) => member(model, 'Tags', ctx, toTags),
  },

  ConnectorDestination: {
    connectorDestinationId: (model) => model.connectorDestinationId,
    name: (model) => model.record.Name ?? null,
    description: (model) => model.record.Description ?? null,
    cloudConnectorId: (model) => model.record.CloudConnectorId ?? null,
  },
};

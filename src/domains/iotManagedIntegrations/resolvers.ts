import { checkString } from '../../aws/constraints';
import type { UpstreamOperation } from '../../aws/upstreamOperation';
import type { GraphQLContext } from '../../context';
import { upstreamError } from '../../errors';
import type { AssociationState, Resolvers, Tag } from '../../generated/graphql';
import { resolveConnection, type Connection } from '../../graphql/connection';
import { toKnownEnum, UNKNOWN } from '../../graphql/forwardCompatibleEnum';
import { toGlobalId } from '../../graphql/globalId';
import { enums, strings } from '../../generated/aws/iot-managed-integrations';
import { nodeLoader, type NodeLoader } from '../module';
import {
  carries,
  fromListItem,
  fromRecord,
  type AccountAssociationField,
  type AccountAssociationModel,
  type AccountAssociationListItem,
  type AccountAssociationRecord,
  type ConnectorDestinationModel,
} from './mappers';

const CONNECTION = 'accountAssociations';

const LIST_DESTINATIONS = {
  service: 'IoTManagedIntegrations',
  operation: 'ListConnectorDestinations',
} as const satisfies UpstreamOperation;

const ASSOCIATION_STATES: readonly AssociationState[] = enums.AssociationState;

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
  return ctx.loaders.iotManagedIntegrations.association
    .load(model.accountAssociationId)
    .then((record) => map(record[name]));
}

const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** An association by id (GetAccountAssociation): `NOT_FOUND` when it does not exist. */
async function loadAccountAssociation(
  ctx: GraphQLContext,
  accountAssociationId: string,
): Promise<AccountAssociationModel> {
  return fromRecord(
    await ctx.loaders.iotManagedIntegrations.association.load(accountAssociationId),
  );
}

export const loadAccountAssociationNode: NodeLoader<AccountAssociationModel> = nodeLoader(
  1,
  (ctx, [id], argumentName) =>
    loadAccountAssociation(ctx, checkString(id, strings.AccountAssociationId, argumentName)),
);

function loadConnectorDestination(
  ctx: GraphQLContext,
  id: string,
  argumentName: string,
): Promise<ConnectorDestinationModel> {
  return ctx.loaders.iotManagedIntegrations.connectorDestination.load(
    checkString(id, strings.ConnectorDestinationId, argumentName),
  );
}

export const loadConnectorDestinationNode: NodeLoader<ConnectorDestinationModel> = nodeLoader(
  1,
  (ctx, [id], argumentName) => loadConnectorDestination(ctx, id, argumentName),
);

/**
 * A page of ListConnectorDestinations. Its items carry every `ConnectorDestination` field, and
 * prime the Get loader, so the same destination read again in the request costs nothing.
 */
function listConnectorDestinations(
  ctx: GraphQLContext,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<ConnectorDestinationModel>> {
  const { destinationPage, connectorDestination } = ctx.loaders.iotManagedIntegrations;
  return resolveConnection(ctx.cursors, {
    name: 'connectorDestinations',
    filter: {},
    first: args.first,
    after: args.after,
    fetchPage: async (nextToken, maxResults) => {
      const output = await destinationPage.load({ nextToken, maxResults });
      return { items: output.ConnectorDestinationList ?? [], nextToken: output.NextToken };
    },
    toNode: (item) => {
      if (item.Id === undefined || item.Id === '') {
        const error = new Error(
          'IoTManagedIntegrations.ListConnectorDestinations answered an item without Id',
        );
        error.name = 'MissingRequiredMember';
        throw upstreamError(error, LIST_DESTINATIONS);
      }
      const model: ConnectorDestinationModel = {
        __typename: 'ConnectorDestination',
        connectorDestinationId: item.Id,
        record: item,
      };
      connectorDestination.prime(item.Id, model);
      return model;
    },
  });
}

/**
 * A page of ListAccountAssociations, optionally of one connector destination. Each node carries
 * its list item: its fields cost nothing, and the members a list item lacks (tags, OAuth URL) go
 * through the Get loader only when selected.
 */
function listAccountAssociations(
  ctx: GraphQLContext,
  connectorDestinationId: string | null,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<AccountAssociationModel>> {
  const { listPage } = ctx.loaders.iotManagedIntegrations;
  return resolveConnection(ctx.cursors, {
    name: CONNECTION,
    filter: { connectorDestinationId },
    first: args.first,
    after: args.after,
    fetchPage: async (nextToken, maxResults) => {
      const output = await listPage.load({ connectorDestinationId, nextToken, maxResults });
      return { items: output.Items ?? [], nextToken: output.NextToken };
    },
    // `send` checked each item against the model (AccountAssociationItem's required members).
    toNode: (item) => fromListItem(item as AccountAssociationListItem),
  });
}

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
        checkString(
          args.accountAssociationId,
          strings.AccountAssociationId,
          'accountAssociationId',
        ),
      ),

    accountAssociations: (_root, args, ctx) =>
      listAccountAssociations(
        ctx,
        args.connectorDestinationId == null
          ? null
          : checkString(
              args.connectorDestinationId,
              strings.ConnectorDestinationId,
              'connectorDestinationId',
            ),
        args,
      ),

    connectorDestination: (_root, args, ctx) =>
      loadConnectorDestination(ctx, args.connectorDestinationId, 'connectorDestinationId'),

    connectorDestinations: (_root, args, ctx) => listConnectorDestinations(ctx, args),
  },

  Mutation: {
    // The payload's association carries what CreateAccountAssociation answered (state, OAuth
    // URL, ARN); any other selected field is fetched lazily through the Get loader.
    createAccountAssociation: (_root, { input }, ctx) =>
      ctx.services.iotManagedIntegrations.createAccountAssociation(input),

    // The payload's association is read afresh (one Get) when its fields are selected.
    updateAccountAssociation: async (_root, { input }, ctx) => ({
      accountAssociation: await ctx.services.iotManagedIntegrations.updateAccountAssociation(input),
    }),

    deleteAccountAssociation: async (_root, { input }, ctx) => {
      const id = await ctx.services.iotManagedIntegrations.deleteAccountAssociation(input);
      return {
        deletedAccountAssociationId: id,
        deletedId: toGlobalId('AccountAssociation', id),
      };
    },

    startAccountAssociationRefresh: (_root, { input }, ctx) =>
      ctx.services.iotManagedIntegrations.startAccountAssociationRefresh(input),
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
        id ? ctx.loaders.iotManagedIntegrations.connectorDestination.load(id) : null,
      ),
    name: (model, _args, ctx) => member(model, 'Name', ctx, orNull),
    description: (model, _args, ctx) => member(model, 'Description', ctx, orNull),
    arn: (model, _args, ctx) => member(model, 'Arn', ctx, orNull),
    oauthAuthorizationUrl: (model, _args, ctx) =>
      member(model, 'OAuthAuthorizationUrl', ctx, orNull),
    tags: (model, _args, ctx) => member(model, 'Tags', ctx, toTags),
    generalAuthorization: (model, _args, ctx) =>
      member(model, 'GeneralAuthorization', ctx, (reference) =>
        reference ? { authMaterialName: reference.AuthMaterialName ?? null } : null,
      ),
  },

  ConnectorDestination: {
    id: (model) => toGlobalId('ConnectorDestination', model.connectorDestinationId),
    connectorDestinationId: (model) => model.connectorDestinationId,
    name: (model) => model.record.Name ?? null,
    description: (model) => model.record.Description ?? null,
    cloudConnectorId: (model) => model.record.CloudConnectorId ?? null,
    accountAssociations: (model, args, ctx) =>
      listAccountAssociations(ctx, model.connectorDestinationId, args),
  },
};

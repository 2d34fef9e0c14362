import { randomBytes } from 'node:crypto';
import { paginate } from '../../pagination/paginate';
import { ServiceError } from '../../ServiceError';
import { canonicalJson } from '../canonicalJson';
import type { Handler, HandlerContext } from '../ServiceDefinition';
import type { IotManagedIntegrationsStore } from './IotManagedIntegrationsStore';
import { associationArn, oauthAuthorizationUrl } from './seed';
import type { AccountAssociationRecord, ConnectorDestinationRecord, OAuthConfig } from './types';

type Context = HandlerContext<IotManagedIntegrationsStore>;

const DEFAULT_MAX_RESULTS = 100;
const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function newId(): string {
  return [...randomBytes(24)].map((byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

function notFound(resourceType: string, resourceId: string): ServiceError {
  return new ServiceError('ResourceNotFoundException', `${resourceType} ${resourceId} not found`, {
    ResourceId: resourceId,
    ResourceType: resourceType,
  });
}

function association(context: Context, id: string): AccountAssociationRecord {
  const found = context.store.association(id, context.now);
  if (!found) throw notFound('AccountAssociation', id);
  return found;
}

function destination(context: Context, id: string): ConnectorDestinationRecord {
  const found = context.store.destinations.get(id);
  if (!found) throw notFound('ConnectorDestination', id);
  return found;
}

function authUrlOf(record: ConnectorDestinationRecord): string {
  return (
    record.AuthConfig.oAuth?.authUrl ?? `https://${record.CloudConnectorId}.oauth.invalid/authorize`
  );
}

/** Same token + same input → the first call's result; same token + other input → ConflictException. */
function checkClientToken(
  tokens: Map<string, { id: string; fingerprint: string }>,
  clientToken: string | undefined,
  fingerprint: string,
): string | undefined {
  if (clientToken === undefined) return undefined;
  const previous = tokens.get(clientToken);
  if (previous && previous.fingerprint !== fingerprint) {
    throw new ServiceError(
      'ConflictException',
      `ClientToken ${clientToken} was already used with a different request`,
    );
  }
  return previous?.id;
}

interface CreateAccountAssociationInput {
  readonly ClientToken?: string;
  readonly ConnectorDestinationId: string;
  readonly Name?: string;
  readonly Description?: string;
  readonly Tags?: Readonly<Record<string, string>>;
  readonly GeneralAuthorization?: { readonly AuthMaterialName?: string };
}

const CreateAccountAssociation = (input: CreateAccountAssociationInput, context: Context) => {
  const { store, now, region, settings } = context;
  const { ClientToken, ...request } = input;
  const fingerprint = canonicalJson(request);
  const existingId = checkClientToken(store.associationTokens, ClientToken, fingerprint);
  if (existingId !== undefined) {
    const existing = store.association(existingId, now);
    if (existing) {
      return {
        AccountAssociationId: existing.AccountAssociationId,
        Arn: existing.Arn,
        AssociationState: existing.AssociationState,
        OAuthAuthorizationUrl: existing.OAuthAuthorizationUrl,
      };
    }
    // Deleted since: the token stays spent, as it does in AWS.
    throw new ServiceError(
      'ConflictException',
      `ClientToken ${ClientToken} was used for account association ${existingId}, which has since been deleted`,
    );
  }
  const target = destination(context, input.ConnectorDestinationId);
  const id = newId();
  const record: AccountAssociationRecord = {
    seq: store.nextSeq(),
    AccountAssociationId: id,
    Arn: associationArn(region, settings.accountId, id),
    ConnectorDestinationId: target.Id,
    Name: input.Name,
    Description: input.Description,
    Tags: input.Tags,
    GeneralAuthorization: input.GeneralAuthorization,
    AssociationState: 'ASSOCIATION_IN_PROGRESS',
    OAuthAuthorizationUrl: oauthAuthorizationUrl(authUrlOf(target), target.CloudConnectorId, id),
    pending: { at: now + settings.associationDelayMs, to: 'ASSOCIATION_SUCCEEDED' },
  };
  store.putAssociation(record);
  if (ClientToken !== undefined) store.associationTokens.set(ClientToken, { id, fingerprint });
  const current = store.association(id, now) ?? record;
  return {
    AccountAssociationId: id,
    Arn: current.Arn,
    AssociationState: current.AssociationState,
    OAuthAuthorizationUrl: current.OAuthAuthorizationUrl,
  };
};

const GetAccountAssociation = (input: { AccountAssociationId: string }, context: Context) =>
  association(context, input.AccountAssociationId);

const ListAccountAssociations = (
  input: { ConnectorDestinationId?: string; MaxResults?: number; NextToken?: string },
  context: Context,
) => {
  const wanted = input.ConnectorDestinationId;
  const matching = context.store
    .allAssociations(context.now)
    .filter((a) => wanted === undefined || a.ConnectorDestinationId === wanted);
  const { items, nextToken } = paginate(matching, context.tokens, {
    maxResults: input.MaxResults,
    defaultMaxResults: DEFAULT_MAX_RESULTS,
    nextToken: input.NextToken,
    tokenMember: 'nextToken',
    scope: `ListAccountAssociations\n${wanted ?? ''}`,
    alphabet: 'base64url',
  });
  return { Items: items, NextToken: nextToken };
};

const UpdateAccountAssociation = (
  input: { AccountAssociationId: string; Name?: string; Description?: string },
  context: Context,
) => {
  const record = association(context, input.AccountAssociationId);
  if (record.AssociationState === 'ASSOCIATION_DELETING') {
    throw new ServiceError(
      'ConflictException',
      `AccountAssociation ${record.AccountAssociationId} is being deleted and cannot be updated`,
    );
  }
  if (input.Name !== undefined) record.Name = input.Name;
  if (input.Description !== undefined) record.Description = input.Description;
};

/** Deletion is asynchronous: the association shows ASSOCIATION_DELETING, then disappears. */
const DeleteAccountAssociation = (input: { AccountAssociationId: string }, context: Context) => {
  const record = association(context, input.AccountAssociationId);
  if (record.AssociationState === 'ASSOCIATION_DELETING') return;
  record.AssociationState = 'ASSOCIATION_DELETING';
  record.ErrorMessage = undefined;
  record.pending = { at: context.now + context.settings.associationDelayMs, to: 'DELETED' };
  context.store.association(record.AccountAssociationId, context.now);
};

/** Issues a fresh authorization URL; a failed or expired association goes back to in progress. */
const StartAccountAssociationRefresh = (
  input: { AccountAssociationId: string },
  context: Context,
) => {
  const record = association(context, input.AccountAssociationId);
  if (record.AssociationState === 'ASSOCIATION_DELETING') {
    throw new ServiceError(
      'ValidationException',
      `AccountAssociation ${record.AccountAssociationId} is being deleted and cannot be refreshed`,
    );
  }
  const target = context.store.destinations.get(record.ConnectorDestinationId);
  const url = new URL(
    oauthAuthorizationUrl(
      target ? authUrlOf(target) : record.OAuthAuthorizationUrl,
      target?.CloudConnectorId ?? 'connector',
      record.AccountAssociationId,
    ),
  );
  url.searchParams.set('nonce', randomBytes(8).toString('hex'));
  record.OAuthAuthorizationUrl = url.toString();
  if (
    record.AssociationState === 'ASSOCIATION_FAILED' ||
    record.AssociationState === 'REFRESH_TOKEN_EXPIRED'
  ) {
    record.AssociationState = 'ASSOCIATION_IN_PROGRESS';
    record.ErrorMessage = undefined;
    record.pending = {
      at: context.now + context.settings.associationDelayMs,
      to: 'ASSOCIATION_SUCCEEDED',
    };
  }
  return { OAuthAuthorizationUrl: record.OAuthAuthorizationUrl };
};

interface CreateConnectorDestinationInput {
  readonly Name?: string;
  readonly Description?: string;
  readonly CloudConnectorId: string;
  readonly AuthType: 'OAUTH';
  readonly AuthConfig: { readonly oAuth?: OAuthConfig };
  readonly SecretsManager: { readonly arn: string; readonly versionId: string };
  readonly ClientToken?: string;
}

const CreateConnectorDestination = (input: CreateConnectorDestinationInput, context: Context) => {
  const { store } = context;
  const { ClientToken, ...request } = input;
  const fingerprint = canonicalJson(request);
  const existingId = checkClientToken(store.destinationTokens, ClientToken, fingerprint);
  if (existingId !== undefined) return { Id: existingId };
  if (request.AuthType === 'OAUTH' && !request.AuthConfig.oAuth) {
    throw new ServiceError(
      'ValidationException',
      "1 validation error detected: Value null at 'authConfig.oAuth' failed to satisfy constraint: Member must not be null",
    );
  }
  const id = newId();
  store.destinations.set(id, {
    seq: store.nextSeq(),
    Id: id,
    ...request,
    OAuthCompleteRedirectUrl: request.AuthConfig.oAuth?.oAuthCompleteRedirectUrl,
  });
  if (ClientToken !== undefined) {
    store.destinationTokens.set(ClientToken, { id, fingerprint });
  }
  return { Id: id };
};

const GetConnectorDestination = (input: { Identifier: string }, context: Context) =>
  destination(context, input.Identifier);

const ListConnectorDestinations = (
  input: { CloudConnectorId?: string; MaxResults?: number; NextToken?: string },
  context: Context,
) => {
  const wanted = input.CloudConnectorId;
  const matching = [...context.store.destinations.values()].filter(
    (d) => wanted === undefined || d.CloudConnectorId === wanted,
  );
  const { items, nextToken } = paginate(matching, context.tokens, {
    maxResults: input.MaxResults,
    defaultMaxResults: DEFAULT_MAX_RESULTS,
    nextToken: input.NextToken,
    tokenMember: 'nextToken',
    scope: `ListConnectorDestinations\n${wanted ?? ''}`,
    alphabet: 'base64url',
  });
  return { ConnectorDestinationList: items, NextToken: nextToken };
};

export const iotManagedIntegrationsHandlers: Readonly<
  Record<string, Handler<IotManagedIntegrationsStore>>
> = {
  CreateAccountAssociation,
  GetAccountAssociation,
  ListAccountAssociations,
  UpdateAccountAssociation,
  DeleteAccountAssociation,
  StartAccountAssociationRefresh,
  CreateConnectorDestination,
  GetConnectorDestination,
  ListConnectorDestinations,
};

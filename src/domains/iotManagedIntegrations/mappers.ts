import type {
  AccountAssociationItem,
  CreateAccountAssociationResponse,
  GetAccountAssociationResponse,
  GetConnectorDestinationResponse,
} from '../../aws/iot-managed-integrations';
import { structures } from '../../generated/aws/iot-managed-integrations';
import type { WithRequiredMembers } from '../upstream';

// AWS answers as `Upstream.send` checked them: every member the model requires is present.

/** Everything AWS knows about an association: the GetAccountAssociation output. */
export type AccountAssociationRecord = WithRequiredMembers<
  GetAccountAssociationResponse,
  typeof structures.GetAccountAssociationResponse
>;
/** One item of a ListAccountAssociations page. */
export type AccountAssociationListItem = WithRequiredMembers<
  AccountAssociationItem,
  typeof structures.AccountAssociationItem
>;
/** The CreateAccountAssociation output. */
export type CreatedAccountAssociationResponse = WithRequiredMembers<
  CreateAccountAssociationResponse,
  typeof structures.CreateAccountAssociationResponse
>;
export type AccountAssociationField = keyof AccountAssociationRecord;

/**
 * What an `AccountAssociation` field resolver receives: the members some AWS response already
 * carried, and which members those are. A member outside `carries` is fetched with
 * GetAccountAssociation (through the per-request loader) only when a query selects it.
 */
export interface AccountAssociationModel {
  readonly __typename: 'AccountAssociation';
  readonly accountAssociationId: string;
  readonly known: Partial<AccountAssociationRecord>;
  readonly carries: 'all' | ReadonlySet<AccountAssociationField>;
}

// The members of AccountAssociationItem in ListAccountAssociations, from AWS's model: no Tags, no
// OAuth URL.
const LIST_ITEM_FIELDS: ReadonlySet<AccountAssociationField> = new Set<AccountAssociationField>(
  structures.AccountAssociationItem.members,
);

// The members CreateAccountAssociation answers with.
const CREATE_FIELDS: ReadonlySet<AccountAssociationField> = new Set<AccountAssociationField>([
  'AccountAssociationId',
  'AssociationState',
  'OAuthAuthorizationUrl',
  'Arn',
]);

export function fromRecord(record: AccountAssociationRecord): AccountAssociationModel {
  return {
    __typename: 'AccountAssociation',
    accountAssociationId: record.AccountAssociationId,
    known: record,
    carries: 'all',
  };
}

export function fromListItem(item: AccountAssociationListItem): AccountAssociationModel {
  return {
    __typename: 'AccountAssociation',
    accountAssociationId: item.AccountAssociationId,
    known: item,
    carries: LIST_ITEM_FIELDS,
  };
}

export function fromCreateResponse(
  response: CreatedAccountAssociationResponse,
): AccountAssociationModel {
  return {
    __typename: 'AccountAssociation',
    accountAssociationId: response.AccountAssociationId,
    known: {
      AccountAssociationId: response.AccountAssociationId,
      AssociationState: response.AssociationState,
      OAuthAuthorizationUrl: response.OAuthAuthorizationUrl,
      Arn: response.Arn,
    },
    carries: CREATE_FIELDS,
  };
}

/**
 * An association just written (updated, refreshed): only what the write answered is known, and
 * every other field is read afresh through the Get loader when selected.
 */
export function fromWrite(
  accountAssociationId: string,
  answered: Partial<AccountAssociationRecord> = {},
): AccountAssociationModel {
  const known: Partial<AccountAssociationRecord> = {
    ...answered,
    AccountAssociationId: accountAssociationId,
  };
  return {
    __typename: 'AccountAssociation',
    accountAssociationId,
    known,
    carries: new Set(Object.keys(known) as AccountAssociationField[]),
  };
}

/** Whether `model` already carries `field`, so resolving it needs no AWS call. */
export function carries(model: AccountAssociationModel, field: AccountAssociationField): boolean {
  return model.carries === 'all' || model.carries.has(field);
}

/** The GetConnectorDestination output, keyed by the id it was requested with. */
export interface ConnectorDestinationModel {
  readonly __typename: 'ConnectorDestination';
  readonly connectorDestinationId: string;
  readonly record: GetConnectorDestinationResponse;
}

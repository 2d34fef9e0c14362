import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AccountAssociationModel, ConnectorDestinationModel } from '../domains/iotManagedIntegrations/mappers';
import type { EnvironmentAccountConnectionModel } from '../domains/proton/mappers';
import type { AssignmentStatusModel, PermissionSetModel, SsoInstanceModel } from '../domains/ssoAdmin/mappers';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A point in time as an ISO-8601 string in UTC with millisecond precision, for example
   * `2025-03-03T12:00:00.000Z`. As input, any ISO-8601 date-time with an explicit offset is accepted.
   */
  DateTime: { input: Date; output: Date | string; }
};

/**
 * A link between an end user's third-party (cloud-to-cloud) account and a connector destination in
 * Managed integrations for AWS IoT Device Management.
 */
export type AccountAssociation = Node & {
  __typename?: 'AccountAssociation';
  /** The AWS account association identifier. */
  accountAssociationId: Scalars['ID']['output'];
  /** Amazon Resource Name of the association. */
  arn?: Maybe<Scalars['String']['output']>;
  /** Current lifecycle state. `UNKNOWN` when AWS returns a state newer than this schema. */
  associationState: AssociationState;
  /** The state exactly as AWS returned it, including values newer than `AssociationState`. */
  associationStateRaw: Scalars['String']['output'];
  /** The connector destination the association belongs to (GetConnectorDestination). */
  connectorDestination?: Maybe<ConnectorDestination>;
  /** Identifier of the connector destination the association belongs to. */
  connectorDestinationId?: Maybe<Scalars['ID']['output']>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Why the association failed, when `associationState` is `ASSOCIATION_FAILED`. */
  errorMessage?: Maybe<Scalars['String']['output']>;
  /**
   * The connector destination's authorization material this association uses instead of OAuth
   * (General Authorization), or `null` when it uses OAuth. Fetched with GetAccountAssociation when the
   * association came from a list page.
   */
  generalAuthorization?: Maybe<GeneralAuthorization>;
  /** Opaque global id; refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name?: Maybe<Scalars['String']['output']>;
  /**
   * Third-party OAuth authorization URL the end user opens to complete the association. Fetched with
   * GetAccountAssociation when the association came from a list page.
   */
  oauthAuthorizationUrl?: Maybe<Scalars['String']['output']>;
  /**
   * Tags on the association, sorted by key (empty when it has none). Fetched with GetAccountAssociation
   * when the association came from a list page; `null` only when that fetch failed (see `errors`), so one
   * failing item never fails the rest of the page.
   */
  tags?: Maybe<Array<Tag>>;
};

/** A page of account associations (Relay cursor connection). */
export type AccountAssociationConnection = {
  __typename?: 'AccountAssociationConnection';
  /** The items of this page with their cursors. */
  edges: Array<AccountAssociationEdge>;
  /** The items of this page, without cursors (shortcut for `edges { node }`). */
  nodes: Array<AccountAssociation>;
  /** Whether more pages exist, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One account association in a page, with its cursor. */
export type AccountAssociationEdge = {
  __typename?: 'AccountAssociationEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The account association. */
  node: AccountAssociation;
};

/**
 * The status of a request to assign a permission set to a user or group in an AWS account
 * (IAM Identity Center account assignment creation).
 */
export type AssignmentStatus = Node & {
  __typename?: 'AssignmentStatus';
  /** When the request was made. */
  createdDate?: Maybe<Scalars['DateTime']['output']>;
  /** Why the request failed, when `status` is `FAILED`. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** ARN of the IAM Identity Center instance the request was made in. */
  instanceArn: Scalars['String']['output'];
  /**
   * The permission set being assigned (SSO Admin DescribePermissionSet, one call per distinct
   * permission set in a request). `null` with an error when it cannot be read — for example `NOT_FOUND`
   * once it was deleted, as for the requests that failed because of that — without failing the rest.
   */
  permissionSet?: Maybe<PermissionSet>;
  /** ARN of the permission set being assigned. */
  permissionSetArn?: Maybe<Scalars['String']['output']>;
  /** Identity store id of the user or group. */
  principalId?: Maybe<Scalars['String']['output']>;
  /** Whether the assignment is for a user or a group. `UNKNOWN` when AWS returns a type newer than this schema. */
  principalType?: Maybe<PrincipalType>;
  /** The principal type exactly as AWS returned it. */
  principalTypeRaw?: Maybe<Scalars['String']['output']>;
  /** The creation request id. */
  requestId: Scalars['ID']['output'];
  /** Progress of the request. `UNKNOWN` when AWS returns a status newer than this schema. */
  status?: Maybe<AssignmentStatusValue>;
  /** The status exactly as AWS returned it. */
  statusRaw?: Maybe<Scalars['String']['output']>;
  /** The AWS account id (12 digits) the assignment targets. */
  targetId?: Maybe<Scalars['String']['output']>;
  /** The kind of target. `UNKNOWN` when AWS returns a type newer than this schema. */
  targetType?: Maybe<AssignmentTargetType>;
  /** The target type exactly as AWS returned it. */
  targetTypeRaw?: Maybe<Scalars['String']['output']>;
};

/** A page of account-assignment creation requests (Relay cursor connection). */
export type AssignmentStatusConnection = {
  __typename?: 'AssignmentStatusConnection';
  /** The items of this page with their cursors. */
  edges: Array<AssignmentStatusEdge>;
  /** The items of this page, without cursors (shortcut for `edges { node }`). */
  nodes: Array<AssignmentStatus>;
  /** Whether more pages exist, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One account-assignment creation request in a page, with its cursor. */
export type AssignmentStatusEdge = {
  __typename?: 'AssignmentStatusEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The creation request. */
  node: AssignmentStatus;
};

/** Progress of an account-assignment creation request. */
export type AssignmentStatusValue =
  /** The assignment could not be created; `failureReason` says why. */
  | 'FAILED'
  /** The assignment is being created. */
  | 'IN_PROGRESS'
  /** The assignment exists. */
  | 'SUCCEEDED'
  /** AWS returned a status this gateway does not know yet; the exact value is in `statusRaw`. */
  | 'UNKNOWN';

/** The kind of entity an assignment grants access to. */
export type AssignmentTargetType =
  /** An AWS account. */
  | 'AWS_ACCOUNT'
  /** AWS returned a target type this gateway does not know yet; the exact value is in `targetTypeRaw`. */
  | 'UNKNOWN';

/** Lifecycle state of an account association. */
export type AssociationState =
  /** The association is being deleted. */
  | 'ASSOCIATION_DELETING'
  /** The association failed; `errorMessage` says why. */
  | 'ASSOCIATION_FAILED'
  /** The end user has not finished the OAuth authorization yet. */
  | 'ASSOCIATION_IN_PROGRESS'
  /** The third-party account is linked. */
  | 'ASSOCIATION_SUCCEEDED'
  /** The OAuth refresh token expired; the end user must authorize again. */
  | 'REFRESH_TOKEN_EXPIRED'
  /**
   * AWS returned a state this gateway does not know yet (added after this schema was written).
   * The exact value is in `associationStateRaw`.
   */
  | 'UNKNOWN';

/**
 * Where a connector sends account-association traffic: the destination of a cloud-to-cloud connector.
 * Refetchable with `node(id:)` (IoT managed integrations GetConnectorDestination).
 */
export type ConnectorDestination = Node & {
  __typename?: 'ConnectorDestination';
  /**
   * The account associations of this destination (ListAccountAssociations filtered by it), as a Relay
   * connection with the same semantics as `Query.accountAssociations`.
   */
  accountAssociations: AccountAssociationConnection;
  /** Identifier of the cloud-to-cloud connector this destination belongs to. */
  cloudConnectorId?: Maybe<Scalars['String']['output']>;
  /**
   * The AWS connector destination identifier. Always present; nullable only to match
   * `AccountAssociation.connectorDestinationId`, so one `node`/`nodes` selection can ask for both.
   */
  connectorDestinationId?: Maybe<Scalars['ID']['output']>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name?: Maybe<Scalars['String']['output']>;
};


/**
 * Where a connector sends account-association traffic: the destination of a cloud-to-cloud connector.
 * Refetchable with `node(id:)` (IoT managed integrations GetConnectorDestination).
 */
export type ConnectorDestinationAccountAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of connector destinations (Relay cursor connection). */
export type ConnectorDestinationConnection = {
  __typename?: 'ConnectorDestinationConnection';
  /** The items of this page with their cursors. */
  edges: Array<ConnectorDestinationEdge>;
  /** The items of this page, without cursors (shortcut for `edges { node }`). */
  nodes: Array<ConnectorDestination>;
  /** Whether more pages exist, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One connector destination in a page, with its cursor. */
export type ConnectorDestinationEdge = {
  __typename?: 'ConnectorDestinationEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The connector destination. */
  node: ConnectorDestination;
};

/** Input of `createAccountAssignment`. Limits are AWS's own; the target is always an AWS account. */
export type CreateAccountAssignmentInput = {
  /** ARN of the IAM Identity Center instance, e.g. `arn:aws:sso:::instance/ssoins-1234567890abcdef`. */
  instanceArn: Scalars['String']['input'];
  /** ARN of the permission set to assign. */
  permissionSetArn: Scalars['String']['input'];
  /** Identity store id of the user or group: a UUID, optionally preceded by 10 lowercase hex digits and `-`. */
  principalId: Scalars['String']['input'];
  /** Whether `principalId` is a user or a group (not `UNKNOWN`). */
  principalType: PrincipalType;
  /** The AWS account (12 digits) to assign the permission set in. */
  targetId: Scalars['String']['input'];
};

/** Result of `createAccountAssignment`. */
export type CreateAccountAssignmentPayload = {
  __typename?: 'CreateAccountAssignmentPayload';
  /**
   * The new creation request, `IN_PROGRESS`, with every field from AWS's answer; poll
   * `assignmentStatus(instanceArn:, requestId:)` for its outcome.
   */
  assignmentStatus: AssignmentStatus;
};

/** Input of `createAccountAssociation`. Limits are AWS's own. */
export type CreateAccountAssociationInput = {
  /**
   * Idempotency token: 1 to 64 characters `A-Z a-z 0-9 = _ -`. Omit it and the gateway generates one and
   * returns it in the payload; send that value again to retry safely.
   */
  clientToken?: InputMaybe<Scalars['String']['input']>;
  /** The connector destination to associate with: 1 to 64 characters `A-Z a-z 0-9 - _`. */
  connectorDestinationId: Scalars['ID']['input'];
  /** Description: 1 to 4096 characters `A-Z a-z 0-9 - _` and space. */
  description?: InputMaybe<Scalars['String']['input']>;
  /**
   * Use one of the connector destination's authorization materials instead of OAuth (General
   * Authorization). Omit it for OAuth.
   */
  generalAuthorization?: InputMaybe<GeneralAuthorizationInput>;
  /** Display name: 1 to 128 characters `A-Z a-z 0-9 - _` and space. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Tags to attach: at most 50, keys unique. An empty list means no tags. */
  tags?: InputMaybe<Array<TagInput>>;
};

/** Result of `createAccountAssociation`. */
export type CreateAccountAssociationPayload = {
  __typename?: 'CreateAccountAssociationPayload';
  /**
   * The new association, with `associationState` and `oauthAuthorizationUrl` from AWS's answer; other
   * fields are fetched when selected.
   */
  accountAssociation: AccountAssociation;
  /** The idempotency token used: the one given in the input, or the one the gateway generated. */
  clientToken: Scalars['String']['output'];
};

/** Input of `deleteAccountAssociation`. */
export type DeleteAccountAssociationInput = {
  /** The association to delete: 1 to 64 letters and digits. */
  accountAssociationId: Scalars['ID']['input'];
};

/** Result of `deleteAccountAssociation`. */
export type DeleteAccountAssociationPayload = {
  __typename?: 'DeleteAccountAssociationPayload';
  /** The AWS identifier of the deleted association. */
  deletedAccountAssociationId: Scalars['ID']['output'];
  /**
   * The global id of the deleted association (what its `id` field returned), for Relay's
   * `@deleteRecord` and Apollo Client's `cache.evict`.
   */
  deletedId: Scalars['ID']['output'];
};

/**
 * A connection that lets an AWS Proton management account provision an environment's infrastructure
 * in another AWS account.
 *
 * **AWS Proton reached end of support on 2026-10-07.** This type keeps working for accounts that still
 * answer (and on the embedded emulator), but new integrations should not depend on it. A Proton outage
 * only nulls Proton fields; the rest of a query still returns data.
 */
export type EnvironmentAccountConnection = Node & {
  __typename?: 'EnvironmentAccountConnection';
  /**
   * Amazon Resource Name of the connection. Always present; nullable only to match `AccountAssociation.arn`,
   * so one `node`/`nodes` selection can ask for both.
   */
  arn?: Maybe<Scalars['String']['output']>;
  /**
   * IAM role ARN that AWS CodeBuild uses to provision infrastructure in the environment account.
   * Fetched with GetEnvironmentAccountConnection when the connection came from a list page.
   */
  codebuildRoleArn?: Maybe<Scalars['String']['output']>;
  /** IAM role ARN used to provision directly defined components in the environment account. */
  componentRoleArn?: Maybe<Scalars['String']['output']>;
  /** The Proton connection id. */
  environmentAccountConnectionId: Scalars['ID']['output'];
  /** The environment account (12 digits). */
  environmentAccountId: Scalars['String']['output'];
  /** Name of the environment the connection is for. */
  environmentName: Scalars['String']['output'];
  /** Opaque global id; refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** When the connection last changed. */
  lastModifiedAt: Scalars['DateTime']['output'];
  /** The management account (12 digits) that owns the environment. */
  managementAccountId: Scalars['String']['output'];
  /** When the connection was requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** IAM service role ARN Proton uses to provision into the environment account. */
  roleArn: Scalars['String']['output'];
  /** Lifecycle status. `UNKNOWN` when AWS returns a status newer than this schema. */
  status: EnvironmentAccountConnectionStatus;
  /**
   * The status exactly as AWS returned it. Always present; nullable only to match
   * `AssignmentStatus.statusRaw`, so one `node`/`nodes` selection can ask for both.
   */
  statusRaw?: Maybe<Scalars['String']['output']>;
};

/** A page of environment account connections (Relay cursor connection). */
export type EnvironmentAccountConnectionConnection = {
  __typename?: 'EnvironmentAccountConnectionConnection';
  /** The items of this page with their cursors. */
  edges: Array<EnvironmentAccountConnectionEdge>;
  /** The items of this page, without cursors (shortcut for `edges { node }`). */
  nodes: Array<EnvironmentAccountConnection>;
  /** Whether more pages exist, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One environment account connection in a page, with its cursor. */
export type EnvironmentAccountConnectionEdge = {
  __typename?: 'EnvironmentAccountConnectionEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The connection. */
  node: EnvironmentAccountConnection;
};

/** Which account's side of environment account connections to list. */
export type EnvironmentAccountConnectionRequester =
  /** Connections this account requested (it is their environment account). */
  | 'ENVIRONMENT_ACCOUNT'
  /** Connections this account manages (it is their management account). */
  | 'MANAGEMENT_ACCOUNT';

/** Lifecycle status of an environment account connection. */
export type EnvironmentAccountConnectionStatus =
  /** Accepted: the management account can provision into the environment account. */
  | 'CONNECTED'
  /** Requested by the environment account, not yet accepted by the management account. */
  | 'PENDING'
  /** Rejected by the management account. */
  | 'REJECTED'
  /** AWS returned a status this gateway does not know yet; the exact value is in `statusRaw`. */
  | 'UNKNOWN';

/**
 * A reference to one of a connector destination's authorization materials (General Authorization),
 * by name.
 */
export type GeneralAuthorization = {
  __typename?: 'GeneralAuthorization';
  /** The name of the authorization material. */
  authMaterialName?: Maybe<Scalars['String']['output']>;
};

/** Names the connector destination's authorization material an association uses (General Authorization). */
export type GeneralAuthorizationInput = {
  /** The authorization material's name: 1 to 100 characters `A-Z a-z 0-9 = _ + / -`. */
  authMaterialName: Scalars['String']['input'];
};

/** The root mutation type. Each domain adds its fields in its own schema file. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Assigns a permission set to a user or group in an AWS account (SSO Admin CreateAccountAssignment).
   * AWS works on it asynchronously: the payload's `assignmentStatus` is `IN_PROGRESS`; poll
   * `assignmentStatus` with its `requestId` until `SUCCEEDED` or `FAILED`. AWS allows a limited number
   * of such requests in progress (15 by default): beyond it the mutation waits for one to finish, and
   * is `THROTTLED` if none finishes before the request's deadline. AWS offers no idempotency token
   * here; repeating an assignment that already exists creates another request that succeeds without
   * changing anything.
   */
  createAccountAssignment: CreateAccountAssignmentPayload;
  /**
   * Starts linking a third-party account (IoT managed integrations CreateAccountAssociation). The new
   * association starts in `ASSOCIATION_IN_PROGRESS`; send the end user to `oauthAuthorizationUrl`.
   * Idempotent: retrying with the same `clientToken` and the same input returns the same association;
   * the same token with different input is `CONFLICT`.
   */
  createAccountAssociation: CreateAccountAssociationPayload;
  /**
   * Deletes an association (IoT managed integrations DeleteAccountAssociation). AWS deletes it
   * asynchronously: until it is gone, reading it shows `ASSOCIATION_DELETING`; afterwards it is
   * `NOT_FOUND`. Deleting an association already being deleted succeeds again; one that no longer
   * exists is `NOT_FOUND`. Use `deletedId` with Relay's `@deleteRecord` or Apollo Client's `cache.evict`.
   */
  deleteAccountAssociation: DeleteAccountAssociationPayload;
  /**
   * Issues a new OAuth authorization URL for an association (IoT managed integrations
   * StartAccountAssociationRefresh): send the end user to it when the association failed or its
   * refresh token expired; such an association goes back to `ASSOCIATION_IN_PROGRESS`. A `BAD_USER_INPUT`
   * while the association is being deleted.
   */
  startAccountAssociationRefresh: StartAccountAssociationRefreshPayload;
  /**
   * Renames an association or changes its description (IoT managed integrations
   * UpdateAccountAssociation). Fields left out (or `null`) keep their value. The payload, and any later
   * read through this gateway, shows the new values. `NOT_FOUND` when the association does not exist;
   * `CONFLICT` while it is being deleted. Repeating the same update is harmless.
   */
  updateAccountAssociation: UpdateAccountAssociationPayload;
};


/** The root mutation type. Each domain adds its fields in its own schema file. */
export type MutationCreateAccountAssignmentArgs = {
  input: CreateAccountAssignmentInput;
};


/** The root mutation type. Each domain adds its fields in its own schema file. */
export type MutationCreateAccountAssociationArgs = {
  input: CreateAccountAssociationInput;
};


/** The root mutation type. Each domain adds its fields in its own schema file. */
export type MutationDeleteAccountAssociationArgs = {
  input: DeleteAccountAssociationInput;
};


/** The root mutation type. Each domain adds its fields in its own schema file. */
export type MutationStartAccountAssociationRefreshArgs = {
  input: StartAccountAssociationRefreshInput;
};


/** The root mutation type. Each domain adds its fields in its own schema file. */
export type MutationUpdateAccountAssociationArgs = {
  input: UpdateAccountAssociationInput;
};

/** An object with a globally unique, opaque identifier that `Query.node` can refetch. */
export type Node = {
  /**
   * Opaque global identifier (Relay global object identification). Pass it to `node(id:)` or
   * `nodes(ids:)` to refetch this object. Do not parse it: use the type's own AWS identifier fields.
   */
  id: Scalars['ID']['output'];
};

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /**
   * Cursor of the last edge of this page, or `null` when the page is empty. Pass it as `after` to get
   * the next page.
   */
  endCursor?: Maybe<Scalars['String']['output']>;
  /**
   * `true` exactly when at least one more item exists after this page. The gateway looks ahead before
   * answering, so a page never ends with `true` followed by an empty page.
   */
  hasNextPage: Scalars['Boolean']['output'];
  /** `true` exactly when the page was requested with an `after` cursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of this page, or `null` when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * A set of permissions an IAM Identity Center instance grants in the AWS accounts it is assigned to.
 * Refetchable with `node(id:)` (SSO Admin DescribePermissionSet).
 */
export type PermissionSet = Node & {
  __typename?: 'PermissionSet';
  /** When the permission set was created. */
  createdDate?: Maybe<Scalars['DateTime']['output']>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** ARN of the IAM Identity Center instance the permission set belongs to. */
  instanceArn: Scalars['String']['output'];
  /** Name, e.g. `AdministratorAccess`. */
  name?: Maybe<Scalars['String']['output']>;
  /**
   * ARN of the permission set. Always present; nullable only to match `AssignmentStatus.permissionSetArn`,
   * so one `node`/`nodes` selection can ask for both.
   */
  permissionSetArn?: Maybe<Scalars['String']['output']>;
  /** Where the AWS access portal sends a user after sign-in, when set. */
  relayState?: Maybe<Scalars['String']['output']>;
  /** How long a sign-in session lasts, as an ISO 8601 duration such as `PT8H`. */
  sessionDuration?: Maybe<Scalars['String']['output']>;
};

/** The kind of identity an assignment is for. */
export type PrincipalType =
  /** A group in the identity store. */
  | 'GROUP'
  /** AWS returned a principal type this gateway does not know yet; the exact value is in `principalTypeRaw`. */
  | 'UNKNOWN'
  /** A user in the identity store. */
  | 'USER';

/** The root query type. Each domain adds its fields in its own schema file. */
export type Query = {
  __typename?: 'Query';
  /**
   * One account association by its AWS identifier (IoT managed integrations GetAccountAssociation).
   * Returns `null` with a `NOT_FOUND` error when it does not exist.
   */
  accountAssociation?: Maybe<AccountAssociation>;
  /**
   * Account associations in the order AWS lists them (IoT managed integrations
   * ListAccountAssociations), as a Relay connection. Cursors are opaque, tamper-evident and bound to
   * `connectorDestinationId`: a cursor from another filter, or a forged or corrupted one, is `BAD_USER_INPUT`.
   */
  accountAssociations: AccountAssociationConnection;
  /**
   * Status of one account-assignment creation request in IAM Identity Center
   * (SSO Admin DescribeAccountAssignmentCreationStatus). Returns `null` with a `NOT_FOUND` error when the
   * instance or the request does not exist.
   */
  assignmentStatus?: Maybe<AssignmentStatus>;
  /**
   * The account-assignment creation requests of an IAM Identity Center instance, in the order AWS lists
   * them (SSO Admin ListAccountAssignmentCreationStatus), as a Relay connection with the same semantics
   * as `accountAssociations`; cursors are bound to `instanceArn` and `status`. AWS's list carries only
   * `status`, `requestId` and `createdDate`: selecting any other field costs one
   * DescribeAccountAssignmentCreationStatus per item.
   */
  assignmentStatuses: AssignmentStatusConnection;
  /**
   * One connector destination by its AWS identifier (IoT managed integrations GetConnectorDestination).
   * Returns `null` with a `NOT_FOUND` error when it does not exist.
   */
  connectorDestination?: Maybe<ConnectorDestination>;
  /**
   * Connector destinations in the order AWS lists them (IoT managed integrations
   * ListConnectorDestinations), as a Relay connection with the same semantics as `accountAssociations`.
   * A credential limited to some connector destinations cannot list them all: it gets `FORBIDDEN` and
   * reads its destinations one by one with `connectorDestination`.
   */
  connectorDestinations: ConnectorDestinationConnection;
  /**
   * One AWS Proton environment account connection by id (Proton GetEnvironmentAccountConnection).
   * Returns `null` with a `NOT_FOUND` error when it does not exist. AWS Proton reached end of support on
   * 2026-10-07; a Proton failure only ever affects Proton fields.
   */
  environmentAccountConnection?: Maybe<EnvironmentAccountConnection>;
  /**
   * Environment account connections of this AWS account (Proton ListEnvironmentAccountConnections), as
   * a Relay connection with the same semantics as `accountAssociations`; cursors are bound to
   * `requestedBy`, `statuses` and `environmentName`. AWS Proton reached end of support on 2026-10-07.
   */
  environmentAccountConnections: EnvironmentAccountConnectionConnection;
  /**
   * Refetches any object by its global `id`. Returns `null` with a `NOT_FOUND` error when the object
   * no longer exists, and fails with `BAD_USER_INPUT` when `id` is not a global id issued by this gateway.
   */
  node?: Maybe<Node>;
  /**
   * Refetches up to 100 objects by global id, in the order given. Each entry is resolved on its own:
   * a missing or failing object is `null` with an error for its index, and never fails the others.
   */
  nodes: Array<Maybe<Node>>;
  /**
   * One permission set of an IAM Identity Center instance (SSO Admin DescribePermissionSet). Returns
   * `null` with a `NOT_FOUND` error when the instance or the permission set does not exist.
   */
  permissionSet?: Maybe<PermissionSet>;
  /**
   * The IAM Identity Center instances of the account (SSO Admin ListInstances), as a Relay connection
   * with the same semantics as `accountAssociations`. A credential limited to some instances gets
   * `FORBIDDEN`.
   */
  ssoInstances: SsoInstanceConnection;
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryAccountAssociationArgs = {
  accountAssociationId: Scalars['ID']['input'];
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryAccountAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  connectorDestinationId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryAssignmentStatusArgs = {
  instanceArn: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryAssignmentStatusesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  instanceArn: Scalars['String']['input'];
  status?: InputMaybe<AssignmentStatusValue>;
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryConnectorDestinationArgs = {
  connectorDestinationId: Scalars['ID']['input'];
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryConnectorDestinationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryEnvironmentAccountConnectionArgs = {
  environmentAccountConnectionId: Scalars['ID']['input'];
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryEnvironmentAccountConnectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  environmentName?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  requestedBy: EnvironmentAccountConnectionRequester;
  statuses?: InputMaybe<Array<EnvironmentAccountConnectionStatus>>;
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryPermissionSetArgs = {
  instanceArn: Scalars['String']['input'];
  permissionSetArn: Scalars['String']['input'];
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QuerySsoInstancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An IAM Identity Center instance: the identity source and the permission sets a user or group can be
 * assigned in AWS accounts.
 */
export type SsoInstance = {
  __typename?: 'SsoInstance';
  /** When the instance was created. */
  createdDate?: Maybe<Scalars['DateTime']['output']>;
  /** The identity store that holds the instance's users and groups. */
  identityStoreId?: Maybe<Scalars['String']['output']>;
  /** ARN of the instance; pass it as `instanceArn` to the other IAM Identity Center fields. */
  instanceArn: Scalars['String']['output'];
  /** Display name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The AWS account (12 digits) that owns the instance. */
  ownerAccountId?: Maybe<Scalars['String']['output']>;
  /** Lifecycle status as AWS returns it: `CREATE_IN_PROGRESS`, `DELETE_IN_PROGRESS` or `ACTIVE`. */
  status?: Maybe<Scalars['String']['output']>;
};

/** A page of IAM Identity Center instances (Relay cursor connection). */
export type SsoInstanceConnection = {
  __typename?: 'SsoInstanceConnection';
  /** The items of this page with their cursors. */
  edges: Array<SsoInstanceEdge>;
  /** The items of this page, without cursors (shortcut for `edges { node }`). */
  nodes: Array<SsoInstance>;
  /** Whether more pages exist, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One IAM Identity Center instance in a page, with its cursor. */
export type SsoInstanceEdge = {
  __typename?: 'SsoInstanceEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The instance. */
  node: SsoInstance;
};

/** Input of `startAccountAssociationRefresh`. */
export type StartAccountAssociationRefreshInput = {
  /** The association to refresh: 1 to 64 letters and digits. */
  accountAssociationId: Scalars['ID']['input'];
};

/** Result of `startAccountAssociationRefresh`. */
export type StartAccountAssociationRefreshPayload = {
  __typename?: 'StartAccountAssociationRefreshPayload';
  /** The association as AWS has it after the refresh started. */
  accountAssociation: AccountAssociation;
  /** The new OAuth authorization URL to send the end user to. */
  oauthAuthorizationUrl: Scalars['String']['output'];
};

/** A key/value label attached to an AWS resource. */
export type Tag = {
  __typename?: 'Tag';
  /** The tag key (1 to 128 characters). */
  key: Scalars['String']['output'];
  /** The tag value (0 to 256 characters). */
  value: Scalars['String']['output'];
};

/** A key/value label to attach to an AWS resource. */
export type TagInput = {
  /** The tag key: 1 to 128 characters, unique within the list. */
  key: Scalars['String']['input'];
  /** The tag value: 0 to 256 characters. */
  value: Scalars['String']['input'];
};

/** Input of `updateAccountAssociation`. Limits are AWS's own; a field left out keeps its value. */
export type UpdateAccountAssociationInput = {
  /** The association to change: 1 to 64 letters and digits. */
  accountAssociationId: Scalars['ID']['input'];
  /** New description: 1 to 4096 characters `A-Z a-z 0-9 - _` and space. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New display name: 1 to 128 characters `A-Z a-z 0-9 - _` and space. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateAccountAssociation`. */
export type UpdateAccountAssociationPayload = {
  __typename?: 'UpdateAccountAssociationPayload';
  /** The association as AWS has it after the update. */
  accountAssociation: AccountAssociation;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AccountAssociationModel )
    | ( AssignmentStatusModel )
    | ( ConnectorDestinationModel )
    | ( EnvironmentAccountConnectionModel )
    | ( PermissionSetModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountAssociation: ResolverTypeWrapper<AccountAssociationModel>;
  AccountAssociationConnection: ResolverTypeWrapper<Omit<AccountAssociationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccountAssociationEdge']>, nodes: Array<ResolversTypes['AccountAssociation']> }>;
  AccountAssociationEdge: ResolverTypeWrapper<Omit<AccountAssociationEdge, 'node'> & { node: ResolversTypes['AccountAssociation'] }>;
  AssignmentStatus: ResolverTypeWrapper<AssignmentStatusModel>;
  AssignmentStatusConnection: ResolverTypeWrapper<Omit<AssignmentStatusConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AssignmentStatusEdge']>, nodes: Array<ResolversTypes['AssignmentStatus']> }>;
  AssignmentStatusEdge: ResolverTypeWrapper<Omit<AssignmentStatusEdge, 'node'> & { node: ResolversTypes['AssignmentStatus'] }>;
  AssignmentStatusValue: AssignmentStatusValue;
  AssignmentTargetType: AssignmentTargetType;
  AssociationState: AssociationState;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConnectorDestination: ResolverTypeWrapper<ConnectorDestinationModel>;
  ConnectorDestinationConnection: ResolverTypeWrapper<Omit<ConnectorDestinationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConnectorDestinationEdge']>, nodes: Array<ResolversTypes['ConnectorDestination']> }>;
  ConnectorDestinationEdge: ResolverTypeWrapper<Omit<ConnectorDestinationEdge, 'node'> & { node: ResolversTypes['ConnectorDestination'] }>;
  CreateAccountAssignmentInput: CreateAccountAssignmentInput;
  CreateAccountAssignmentPayload: ResolverTypeWrapper<Omit<CreateAccountAssignmentPayload, 'assignmentStatus'> & { assignmentStatus: ResolversTypes['AssignmentStatus'] }>;
  CreateAccountAssociationInput: CreateAccountAssociationInput;
  CreateAccountAssociationPayload: ResolverTypeWrapper<Omit<CreateAccountAssociationPayload, 'accountAssociation'> & { accountAssociation: ResolversTypes['AccountAssociation'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteAccountAssociationInput: DeleteAccountAssociationInput;
  DeleteAccountAssociationPayload: ResolverTypeWrapper<DeleteAccountAssociationPayload>;
  EnvironmentAccountConnection: ResolverTypeWrapper<EnvironmentAccountConnectionModel>;
  EnvironmentAccountConnectionConnection: ResolverTypeWrapper<Omit<EnvironmentAccountConnectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EnvironmentAccountConnectionEdge']>, nodes: Array<ResolversTypes['EnvironmentAccountConnection']> }>;
  EnvironmentAccountConnectionEdge: ResolverTypeWrapper<Omit<EnvironmentAccountConnectionEdge, 'node'> & { node: ResolversTypes['EnvironmentAccountConnection'] }>;
  EnvironmentAccountConnectionRequester: EnvironmentAccountConnectionRequester;
  EnvironmentAccountConnectionStatus: EnvironmentAccountConnectionStatus;
  GeneralAuthorization: ResolverTypeWrapper<GeneralAuthorization>;
  GeneralAuthorizationInput: GeneralAuthorizationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PermissionSet: ResolverTypeWrapper<PermissionSetModel>;
  PrincipalType: PrincipalType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SsoInstance: ResolverTypeWrapper<SsoInstanceModel>;
  SsoInstanceConnection: ResolverTypeWrapper<Omit<SsoInstanceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SsoInstanceEdge']>, nodes: Array<ResolversTypes['SsoInstance']> }>;
  SsoInstanceEdge: ResolverTypeWrapper<Omit<SsoInstanceEdge, 'node'> & { node: ResolversTypes['SsoInstance'] }>;
  StartAccountAssociationRefreshInput: StartAccountAssociationRefreshInput;
  StartAccountAssociationRefreshPayload: ResolverTypeWrapper<Omit<StartAccountAssociationRefreshPayload, 'accountAssociation'> & { accountAssociation: ResolversTypes['AccountAssociation'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Tag: ResolverTypeWrapper<Tag>;
  TagInput: TagInput;
  UpdateAccountAssociationInput: UpdateAccountAssociationInput;
  UpdateAccountAssociationPayload: ResolverTypeWrapper<Omit<UpdateAccountAssociationPayload, 'accountAssociation'> & { accountAssociation: ResolversTypes['AccountAssociation'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountAssociation: AccountAssociationModel;
  AccountAssociationConnection: Omit<AccountAssociationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccountAssociationEdge']>, nodes: Array<ResolversParentTypes['AccountAssociation']> };
  AccountAssociationEdge: Omit<AccountAssociationEdge, 'node'> & { node: ResolversParentTypes['AccountAssociation'] };
  AssignmentStatus: AssignmentStatusModel;
  AssignmentStatusConnection: Omit<AssignmentStatusConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AssignmentStatusEdge']>, nodes: Array<ResolversParentTypes['AssignmentStatus']> };
  AssignmentStatusEdge: Omit<AssignmentStatusEdge, 'node'> & { node: ResolversParentTypes['AssignmentStatus'] };
  Boolean: Scalars['Boolean']['output'];
  ConnectorDestination: ConnectorDestinationModel;
  ConnectorDestinationConnection: Omit<ConnectorDestinationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConnectorDestinationEdge']>, nodes: Array<ResolversParentTypes['ConnectorDestination']> };
  ConnectorDestinationEdge: Omit<ConnectorDestinationEdge, 'node'> & { node: ResolversParentTypes['ConnectorDestination'] };
  CreateAccountAssignmentInput: CreateAccountAssignmentInput;
  CreateAccountAssignmentPayload: Omit<CreateAccountAssignmentPayload, 'assignmentStatus'> & { assignmentStatus: ResolversParentTypes['AssignmentStatus'] };
  CreateAccountAssociationInput: CreateAccountAssociationInput;
  CreateAccountAssociationPayload: Omit<CreateAccountAssociationPayload, 'accountAssociation'> & { accountAssociation: ResolversParentTypes['AccountAssociation'] };
  DateTime: Scalars['DateTime']['output'];
  DeleteAccountAssociationInput: DeleteAccountAssociationInput;
  DeleteAccountAssociationPayload: DeleteAccountAssociationPayload;
  EnvironmentAccountConnection: EnvironmentAccountConnectionModel;
  EnvironmentAccountConnectionConnection: Omit<EnvironmentAccountConnectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EnvironmentAccountConnectionEdge']>, nodes: Array<ResolversParentTypes['EnvironmentAccountConnection']> };
  EnvironmentAccountConnectionEdge: Omit<EnvironmentAccountConnectionEdge, 'node'> & { node: ResolversParentTypes['EnvironmentAccountConnection'] };
  GeneralAuthorization: GeneralAuthorization;
  GeneralAuthorizationInput: GeneralAuthorizationInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PermissionSet: PermissionSetModel;
  Query: Record<PropertyKey, never>;
  SsoInstance: SsoInstanceModel;
  SsoInstanceConnection: Omit<SsoInstanceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SsoInstanceEdge']>, nodes: Array<ResolversParentTypes['SsoInstance']> };
  SsoInstanceEdge: Omit<SsoInstanceEdge, 'node'> & { node: ResolversParentTypes['SsoInstance'] };
  StartAccountAssociationRefreshInput: StartAccountAssociationRefreshInput;
  StartAccountAssociationRefreshPayload: Omit<StartAccountAssociationRefreshPayload, 'accountAssociation'> & { accountAssociation: ResolversParentTypes['AccountAssociation'] };
  String: Scalars['String']['output'];
  Tag: Tag;
  TagInput: TagInput;
  UpdateAccountAssociationInput: UpdateAccountAssociationInput;
  UpdateAccountAssociationPayload: Omit<UpdateAccountAssociationPayload, 'accountAssociation'> & { accountAssociation: ResolversParentTypes['AccountAssociation'] };
};

export type CostDirectiveArgs = {
  weight: Scalars['String']['input'];
};

export type CostDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = CostDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ListSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  requireOneSlicingArgument?: Maybe<Scalars['Boolean']['input']>;
  sizedFields?: Maybe<Array<Scalars['String']['input']>>;
  slicingArguments?: Maybe<Array<Scalars['String']['input']>>;
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopeDirectiveArgs = {
  scope: Scalars['String']['input'];
};

export type RequiresScopeDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = RequiresScopeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccountAssociationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountAssociation'] = ResolversParentTypes['AccountAssociation']> = {
  accountAssociationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  arn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  associationState?: Resolver<ResolversTypes['AssociationState'], ParentType, ContextType>;
  associationStateRaw?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  connectorDestination?: Resolver<Maybe<ResolversTypes['ConnectorDestination']>, ParentType, ContextType>;
  connectorDestinationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  generalAuthorization?: Resolver<Maybe<ResolversTypes['GeneralAuthorization']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oauthAuthorizationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<ResolversTypes['Tag']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccountAssociationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountAssociationConnection'] = ResolversParentTypes['AccountAssociationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountAssociationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AccountAssociation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AccountAssociationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountAssociationEdge'] = ResolversParentTypes['AccountAssociationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccountAssociation'], ParentType, ContextType>;
};

export type AssignmentStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AssignmentStatus'] = ResolversParentTypes['AssignmentStatus']> = {
  createdDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instanceArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permissionSet?: Resolver<Maybe<ResolversTypes['PermissionSet']>, ParentType, ContextType>;
  permissionSetArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  principalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  principalType?: Resolver<Maybe<ResolversTypes['PrincipalType']>, ParentType, ContextType>;
  principalTypeRaw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['AssignmentStatusValue']>, ParentType, ContextType>;
  statusRaw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<Maybe<ResolversTypes['AssignmentTargetType']>, ParentType, ContextType>;
  targetTypeRaw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssignmentStatusConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AssignmentStatusConnection'] = ResolversParentTypes['AssignmentStatusConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssignmentStatusEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AssignmentStatus']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AssignmentStatusEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AssignmentStatusEdge'] = ResolversParentTypes['AssignmentStatusEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
};

export type ConnectorDestinationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConnectorDestination'] = ResolversParentTypes['ConnectorDestination']> = {
  accountAssociations?: Resolver<ResolversTypes['AccountAssociationConnection'], ParentType, ContextType, Partial<ConnectorDestinationAccountAssociationsArgs>>;
  cloudConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  connectorDestinationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConnectorDestinationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConnectorDestinationConnection'] = ResolversParentTypes['ConnectorDestinationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConnectorDestinationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ConnectorDestination']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConnectorDestinationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConnectorDestinationEdge'] = ResolversParentTypes['ConnectorDestinationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConnectorDestination'], ParentType, ContextType>;
};

export type CreateAccountAssignmentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateAccountAssignmentPayload'] = ResolversParentTypes['CreateAccountAssignmentPayload']> = {
  assignmentStatus?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
};

export type CreateAccountAssociationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateAccountAssociationPayload'] = ResolversParentTypes['CreateAccountAssociationPayload']> = {
  accountAssociation?: Resolver<ResolversTypes['AccountAssociation'], ParentType, ContextType>;
  clientToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteAccountAssociationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteAccountAssociationPayload'] = ResolversParentTypes['DeleteAccountAssociationPayload']> = {
  deletedAccountAssociationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EnvironmentAccountConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnvironmentAccountConnection'] = ResolversParentTypes['EnvironmentAccountConnection']> = {
  arn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  codebuildRoleArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  componentRoleArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  environmentAccountConnectionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  environmentAccountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  environmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastModifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  managementAccountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  roleArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnvironmentAccountConnectionStatus'], ParentType, ContextType>;
  statusRaw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnvironmentAccountConnectionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnvironmentAccountConnectionConnection'] = ResolversParentTypes['EnvironmentAccountConnectionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EnvironmentAccountConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EnvironmentAccountConnection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EnvironmentAccountConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnvironmentAccountConnectionEdge'] = ResolversParentTypes['EnvironmentAccountConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EnvironmentAccountConnection'], ParentType, ContextType>;
};

export type GeneralAuthorizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GeneralAuthorization'] = ResolversParentTypes['GeneralAuthorization']> = {
  authMaterialName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createAccountAssignment?: Resolver<ResolversTypes['CreateAccountAssignmentPayload'], ParentType, ContextType, RequireFields<MutationCreateAccountAssignmentArgs, 'input'>>;
  createAccountAssociation?: Resolver<ResolversTypes['CreateAccountAssociationPayload'], ParentType, ContextType, RequireFields<MutationCreateAccountAssociationArgs, 'input'>>;
  deleteAccountAssociation?: Resolver<ResolversTypes['DeleteAccountAssociationPayload'], ParentType, ContextType, RequireFields<MutationDeleteAccountAssociationArgs, 'input'>>;
  startAccountAssociationRefresh?: Resolver<ResolversTypes['StartAccountAssociationRefreshPayload'], ParentType, ContextType, RequireFields<MutationStartAccountAssociationRefreshArgs, 'input'>>;
  updateAccountAssociation?: Resolver<ResolversTypes['UpdateAccountAssociationPayload'], ParentType, ContextType, RequireFields<MutationUpdateAccountAssociationArgs, 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'AccountAssociation' | 'AssignmentStatus' | 'ConnectorDestination' | 'EnvironmentAccountConnection' | 'PermissionSet', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PermissionSetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PermissionSet'] = ResolversParentTypes['PermissionSet']> = {
  createdDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instanceArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  permissionSetArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relayState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sessionDuration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accountAssociation?: Resolver<Maybe<ResolversTypes['AccountAssociation']>, ParentType, ContextType, RequireFields<QueryAccountAssociationArgs, 'accountAssociationId'>>;
  accountAssociations?: Resolver<ResolversTypes['AccountAssociationConnection'], ParentType, ContextType, Partial<QueryAccountAssociationsArgs>>;
  assignmentStatus?: Resolver<Maybe<ResolversTypes['AssignmentStatus']>, ParentType, ContextType, RequireFields<QueryAssignmentStatusArgs, 'instanceArn' | 'requestId'>>;
  assignmentStatuses?: Resolver<ResolversTypes['AssignmentStatusConnection'], ParentType, ContextType, RequireFields<QueryAssignmentStatusesArgs, 'instanceArn'>>;
  connectorDestination?: Resolver<Maybe<ResolversTypes['ConnectorDestination']>, ParentType, ContextType, RequireFields<QueryConnectorDestinationArgs, 'connectorDestinationId'>>;
  connectorDestinations?: Resolver<ResolversTypes['ConnectorDestinationConnection'], ParentType, ContextType, Partial<QueryConnectorDestinationsArgs>>;
  environmentAccountConnection?: Resolver<Maybe<ResolversTypes['EnvironmentAccountConnection']>, ParentType, ContextType, RequireFields<QueryEnvironmentAccountConnectionArgs, 'environmentAccountConnectionId'>>;
  environmentAccountConnections?: Resolver<ResolversTypes['EnvironmentAccountConnectionConnection'], ParentType, ContextType, RequireFields<QueryEnvironmentAccountConnectionsArgs, 'requestedBy'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  permissionSet?: Resolver<Maybe<ResolversTypes['PermissionSet']>, ParentType, ContextType, RequireFields<QueryPermissionSetArgs, 'instanceArn' | 'permissionSetArn'>>;
  ssoInstances?: Resolver<ResolversTypes['SsoInstanceConnection'], ParentType, ContextType, Partial<QuerySsoInstancesArgs>>;
};

export type SsoInstanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SsoInstance'] = ResolversParentTypes['SsoInstance']> = {
  createdDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  identityStoreId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instanceArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerAccountId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SsoInstanceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SsoInstanceConnection'] = ResolversParentTypes['SsoInstanceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SsoInstanceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SsoInstance']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SsoInstanceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SsoInstanceEdge'] = ResolversParentTypes['SsoInstanceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SsoInstance'], ParentType, ContextType>;
};

export type StartAccountAssociationRefreshPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StartAccountAssociationRefreshPayload'] = ResolversParentTypes['StartAccountAssociationRefreshPayload']> = {
  accountAssociation?: Resolver<ResolversTypes['AccountAssociation'], ParentType, ContextType>;
  oauthAuthorizationUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TagResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UpdateAccountAssociationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateAccountAssociationPayload'] = ResolversParentTypes['UpdateAccountAssociationPayload']> = {
  accountAssociation?: Resolver<ResolversTypes['AccountAssociation'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AccountAssociation?: AccountAssociationResolvers<ContextType>;
  AccountAssociationConnection?: AccountAssociationConnectionResolvers<ContextType>;
  AccountAssociationEdge?: AccountAssociationEdgeResolvers<ContextType>;
  AssignmentStatus?: AssignmentStatusResolvers<ContextType>;
  AssignmentStatusConnection?: AssignmentStatusConnectionResolvers<ContextType>;
  AssignmentStatusEdge?: AssignmentStatusEdgeResolvers<ContextType>;
  ConnectorDestination?: ConnectorDestinationResolvers<ContextType>;
  ConnectorDestinationConnection?: ConnectorDestinationConnectionResolvers<ContextType>;
  ConnectorDestinationEdge?: ConnectorDestinationEdgeResolvers<ContextType>;
  CreateAccountAssignmentPayload?: CreateAccountAssignmentPayloadResolvers<ContextType>;
  CreateAccountAssociationPayload?: CreateAccountAssociationPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteAccountAssociationPayload?: DeleteAccountAssociationPayloadResolvers<ContextType>;
  EnvironmentAccountConnection?: EnvironmentAccountConnectionResolvers<ContextType>;
  EnvironmentAccountConnectionConnection?: EnvironmentAccountConnectionConnectionResolvers<ContextType>;
  EnvironmentAccountConnectionEdge?: EnvironmentAccountConnectionEdgeResolvers<ContextType>;
  GeneralAuthorization?: GeneralAuthorizationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PermissionSet?: PermissionSetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SsoInstance?: SsoInstanceResolvers<ContextType>;
  SsoInstanceConnection?: SsoInstanceConnectionResolvers<ContextType>;
  SsoInstanceEdge?: SsoInstanceEdgeResolvers<ContextType>;
  StartAccountAssociationRefreshPayload?: StartAccountAssociationRefreshPayloadResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  UpdateAccountAssociationPayload?: UpdateAccountAssociationPayloadResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  cost?: CostDirectiveResolver<any, any, ContextType>;
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
  requiresScope?: RequiresScopeDirectiveResolver<any, any, ContextType>;
};

import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AccountAssociationModel, ConnectorDestinationModel } from '../domains/iotManagedIntegrations/mappers';
import type { EnvironmentAccountConnectionModel } from '../domains/proton/mappers';
import type { AssignmentStatusModel } from '../domains/ssoAdmin/mappers';
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
  /** The AWS connector destination identifier. */
  connectorDestinationId: Scalars['ID']['output'];
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
  /** Amazon Resource Name of the connection. */
  arn: Scalars['String']['output'];
  /** IAM role ARN that AWS CodeBuild uses to provision infrastructure in the environment account. */
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
  /** The status exactly as AWS returned it. */
  statusRaw: Scalars['String']['output'];
};

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

/** The root mutation type. Each domain adds its fields in its own schema file. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Starts linking a third-party account (IoT managed integrations CreateAccountAssociation). The new
   * association starts in `ASSOCIATION_IN_PROGRESS`; send the end user to `oauthAuthorizationUrl`.
   * Idempotent: retrying with the same `clientToken` and the same input returns the same association;
   * the same token with different input is `CONFLICT`.
   */
  createAccountAssociation: CreateAccountAssociationPayload;
};


/** The root mutation type. Each domain adds its fields in its own schema file. */
export type MutationCreateAccountAssociationArgs = {
  input: CreateAccountAssociationInput;
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
   * One AWS Proton environment account connection by id (Proton GetEnvironmentAccountConnection).
   * Returns `null` with a `NOT_FOUND` error when it does not exist. AWS Proton reached end of support on
   * 2026-10-07; a Proton failure only ever affects Proton fields.
   */
  environmentAccountConnection?: Maybe<EnvironmentAccountConnection>;
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
export type QueryEnvironmentAccountConnectionArgs = {
  environmentAccountConnectionId: Scalars['ID']['input'];
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type. Each domain adds its fields in its own schema file. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
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
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountAssociation: ResolverTypeWrapper<AccountAssociationModel>;
  AccountAssociationConnection: ResolverTypeWrapper<Omit<AccountAssociationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccountAssociationEdge']>, nodes: Array<ResolversTypes['AccountAssociation']> }>;
  AccountAssociationEdge: ResolverTypeWrapper<Omit<AccountAssociationEdge, 'node'> & { node: ResolversTypes['AccountAssociation'] }>;
  AssignmentStatus: ResolverTypeWrapper<AssignmentStatusModel>;
  AssignmentStatusValue: AssignmentStatusValue;
  AssignmentTargetType: AssignmentTargetType;
  AssociationState: AssociationState;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConnectorDestination: ResolverTypeWrapper<ConnectorDestinationModel>;
  CreateAccountAssociationInput: CreateAccountAssociationInput;
  CreateAccountAssociationPayload: ResolverTypeWrapper<Omit<CreateAccountAssociationPayload, 'accountAssociation'> & { accountAssociation: ResolversTypes['AccountAssociation'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EnvironmentAccountConnection: ResolverTypeWrapper<EnvironmentAccountConnectionModel>;
  EnvironmentAccountConnectionStatus: EnvironmentAccountConnectionStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PrincipalType: PrincipalType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Tag: ResolverTypeWrapper<Tag>;
  TagInput: TagInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountAssociation: AccountAssociationModel;
  AccountAssociationConnection: Omit<AccountAssociationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccountAssociationEdge']>, nodes: Array<ResolversParentTypes['AccountAssociation']> };
  AccountAssociationEdge: Omit<AccountAssociationEdge, 'node'> & { node: ResolversParentTypes['AccountAssociation'] };
  AssignmentStatus: AssignmentStatusModel;
  Boolean: Scalars['Boolean']['output'];
  ConnectorDestination: ConnectorDestinationModel;
  CreateAccountAssociationInput: CreateAccountAssociationInput;
  CreateAccountAssociationPayload: Omit<CreateAccountAssociationPayload, 'accountAssociation'> & { accountAssociation: ResolversParentTypes['AccountAssociation'] };
  DateTime: Scalars['DateTime']['output'];
  EnvironmentAccountConnection: EnvironmentAccountConnectionModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Tag: Tag;
  TagInput: TagInput;
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

export type ConnectorDestinationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConnectorDestination'] = ResolversParentTypes['ConnectorDestination']> = {
  accountAssociations?: Resolver<ResolversTypes['AccountAssociationConnection'], ParentType, ContextType, Partial<ConnectorDestinationAccountAssociationsArgs>>;
  cloudConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  connectorDestinationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateAccountAssociationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateAccountAssociationPayload'] = ResolversParentTypes['CreateAccountAssociationPayload']> = {
  accountAssociation?: Resolver<ResolversTypes['AccountAssociation'], ParentType, ContextType>;
  clientToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnvironmentAccountConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnvironmentAccountConnection'] = ResolversParentTypes['EnvironmentAccountConnection']> = {
  arn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  statusRaw?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createAccountAssociation?: Resolver<ResolversTypes['CreateAccountAssociationPayload'], ParentType, ContextType, RequireFields<MutationCreateAccountAssociationArgs, 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'AccountAssociation' | 'AssignmentStatus' | 'ConnectorDestination' | 'EnvironmentAccountConnection', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accountAssociation?: Resolver<Maybe<ResolversTypes['AccountAssociation']>, ParentType, ContextType, RequireFields<QueryAccountAssociationArgs, 'accountAssociationId'>>;
  accountAssociations?: Resolver<ResolversTypes['AccountAssociationConnection'], ParentType, ContextType, Partial<QueryAccountAssociationsArgs>>;
  assignmentStatus?: Resolver<Maybe<ResolversTypes['AssignmentStatus']>, ParentType, ContextType, RequireFields<QueryAssignmentStatusArgs, 'instanceArn' | 'requestId'>>;
  environmentAccountConnection?: Resolver<Maybe<ResolversTypes['EnvironmentAccountConnection']>, ParentType, ContextType, RequireFields<QueryEnvironmentAccountConnectionArgs, 'environmentAccountConnectionId'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
};

export type TagResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AccountAssociation?: AccountAssociationResolvers<ContextType>;
  AccountAssociationConnection?: AccountAssociationConnectionResolvers<ContextType>;
  AccountAssociationEdge?: AccountAssociationEdgeResolvers<ContextType>;
  AssignmentStatus?: AssignmentStatusResolvers<ContextType>;
  ConnectorDestination?: ConnectorDestinationResolvers<ContextType>;
  CreateAccountAssociationPayload?: CreateAccountAssociationPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EnvironmentAccountConnection?: EnvironmentAccountConnectionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  cost?: CostDirectiveResolver<any, any, ContextType>;
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
  requiresScope?: RequiresScopeDirectiveResolver<any, any, ContextType>;
};

// Input and output shapes of the IoT managed integrations API (2025-03-03), as AWS models them.
// Member names, optionality and documentation follow the service model; `| undefined` matches the
// official client's `exactOptionalPropertyTypes`-friendly declarations.
import type { AssociationState, AuthType, TokenEndpointAuthenticationScheme } from './enums';

/**
 * Structure containing information about an account association, including its identifier, state, and related metadata.
 * @public
 */
export interface AccountAssociationItem {
  /** The unique identifier of the account association. */
  AccountAssociationId: string | undefined;
  /** The current state of the account association, indicating its status in the association lifecycle. */
  AssociationState: AssociationState | undefined;
  /** The error message explaining any issues with the account association, if applicable. */
  ErrorMessage?: string | undefined;
  /** The identifier of the connector destination associated with this account association. */
  ConnectorDestinationId?: string | undefined;
  /** The name of the account association. */
  Name?: string | undefined;
  /** A description of the account association. */
  Description?: string | undefined;
  /** The Amazon Resource Name (ARN) of the account association. */
  Arn?: string | undefined;
}

/**
 * The General Authorization reference by authorization material name.
 * @public
 */
export interface GeneralAuthorizationName {
  /** The name of the authorization material. */
  AuthMaterialName?: string | undefined;
}

/**
 * @public
 */
export interface CreateAccountAssociationRequest {
  /**
   * An idempotency token. If you retry a request that completed successfully initially using the same
   * client token and parameters, then the retry attempt will succeed without performing any further actions.
   * The client generates a fresh token when none is given.
   */
  ClientToken?: string | undefined;
  /** The identifier of the connector destination. */
  ConnectorDestinationId: string | undefined;
  /** The name of the destination for the new account association. */
  Name?: string | undefined;
  /** A description of the account association request. */
  Description?: string | undefined;
  /** A set of key/value pairs that are used to manage the account association. */
  Tags?: Record<string, string> | undefined;
  /** The General Authorization reference by authorization material name. */
  GeneralAuthorization?: GeneralAuthorizationName | undefined;
}

/**
 * @public
 */
export interface CreateAccountAssociationResponse {
  /** Third-party IoT platform OAuth authorization server URL backed with all the required parameters to perform end-user authentication. */
  OAuthAuthorizationUrl: string | undefined;
  /** The identifier for the account association request. */
  AccountAssociationId: string | undefined;
  /** The current state of the account association request. */
  AssociationState: AssociationState | undefined;
  /** The Amazon Resource Name (ARN) of the account association. */
  Arn?: string | undefined;
}

/**
 * @public
 */
export interface GetAccountAssociationRequest {
  /** The unique identifier of the account association to retrieve. */
  AccountAssociationId: string | undefined;
}

/**
 * @public
 */
export interface GetAccountAssociationResponse {
  /** The unique identifier of the retrieved account association. */
  AccountAssociationId: string | undefined;
  /** The current status state for the account association. */
  AssociationState: AssociationState | undefined;
  /** The error message explaining the current account association error. */
  ErrorMessage?: string | undefined;
  /** The identifier of the connector destination associated with this account association. */
  ConnectorDestinationId?: string | undefined;
  /** The name of the account association. */
  Name?: string | undefined;
  /** The description of the account association. */
  Description?: string | undefined;
  /** The Amazon Resource Name (ARN) of the account association. */
  Arn?: string | undefined;
  /** Third party IoT platform OAuth authorization server URL backed with all the required parameters to perform end-user authentication. */
  OAuthAuthorizationUrl: string | undefined;
  /** A set of key/value pairs that are used to manage the account association. */
  Tags?: Record<string, string> | undefined;
  /** The General Authorization reference by authorization material name. */
  GeneralAuthorization?: GeneralAuthorizationName | undefined;
}

/**
 * @public
 */
export interface ListAccountAssociationsRequest {
  /** The identifier of the connector destination to filter account associations by. */
  ConnectorDestinationId?: string | undefined;
  /** The maximum number of account associations to return in a single response (1–1000). */
  MaxResults?: number | undefined;
  /** A token used for pagination of results. */
  NextToken?: string | undefined;
}

/**
 * @public
 */
export interface ListAccountAssociationsResponse {
  /** The list of account associations that match the specified criteria. */
  Items?: AccountAssociationItem[] | undefined;
  /** A token used for pagination of results when there are more account associations than can be returned in a single response. */
  NextToken?: string | undefined;
}

/**
 * @public
 */
export interface UpdateAccountAssociationRequest {
  /** The unique identifier of the account association to update. */
  AccountAssociationId: string | undefined;
  /** The new name to assign to the account association. */
  Name?: string | undefined;
  /** The new description to assign to the account association. */
  Description?: string | undefined;
}

/**
 * @public
 */
export interface DeleteAccountAssociationRequest {
  /** The unique identifier of the account association to be deleted. */
  AccountAssociationId: string | undefined;
}

/**
 * @public
 */
export interface StartAccountAssociationRefreshRequest {
  /** The unique identifier of the account association to refresh. */
  AccountAssociationId: string | undefined;
}

/**
 * @public
 */
export interface StartAccountAssociationRefreshResponse {
  /** Third-party IoT platform OAuth authorization server URL with all required parameters to perform end-user authentication during the refresh process. */
  OAuthAuthorizationUrl: string | undefined;
}

/**
 * Configuration settings for proactively refreshing OAuth tokens before they expire.
 * @public
 */
export interface ProactiveRefreshTokenRenewal {
  /** Indicates whether proactive refresh token renewal is enabled. */
  enabled?: boolean | undefined;
  /** The days before token expiration when the system should attempt to renew the token, specified in days (at least 30). */
  DaysBeforeRenewal?: number | undefined;
}

/**
 * Configuration details for OAuth authentication with a third-party service.
 * @public
 */
export interface OAuthConfig {
  /** The authorization URL for the OAuth service, where users are directed to authenticate and authorize access. */
  authUrl: string | undefined;
  /** The token URL for the OAuth service, where authorization codes are exchanged for access tokens. */
  tokenUrl: string | undefined;
  /** The OAuth scopes requested during authorization, which define the permissions granted to the application. */
  scope?: string | undefined;
  /** The authentication scheme used when requesting tokens from the token endpoint. */
  tokenEndpointAuthenticationScheme: TokenEndpointAuthenticationScheme | undefined;
  /** The URL where users are redirected after completing the OAuth authorization process. */
  oAuthCompleteRedirectUrl?: string | undefined;
  /** Configuration for proactively refreshing OAuth tokens before they expire. */
  proactiveRefreshTokenRenewal?: ProactiveRefreshTokenRenewal | undefined;
}

/**
 * The authentication configuration details for a connector destination, including OAuth settings and other authentication parameters.
 * @public
 */
export interface AuthConfig {
  /** The OAuth configuration settings used for authentication with the third-party service. */
  oAuth?: OAuthConfig | undefined;
}

/**
 * Configuration for AWS Secrets Manager, used to securely store and manage sensitive information for connector destinations.
 * @public
 */
export interface SecretsManager {
  /** The Amazon Resource Name (ARN) of the AWS Secrets Manager secret. */
  arn: string | undefined;
  /** The version ID of the AWS Secrets Manager secret. */
  versionId: string | undefined;
}

/**
 * Structure containing summary information about a connector destination, which defines how a cloud-to-cloud connector connects to a customer's AWS account.
 * @public
 */
export interface ConnectorDestinationSummary {
  /** The display name of the connector destination. */
  Name?: string | undefined;
  /** A description of the connector destination. */
  Description?: string | undefined;
  /** The identifier of the cloud connector associated with this connector destination. */
  CloudConnectorId?: string | undefined;
  /** The unique identifier of the connector destination. */
  Id?: string | undefined;
}

/**
 * @public
 */
export interface CreateConnectorDestinationRequest {
  /** The display name of the connector destination. */
  Name?: string | undefined;
  /** A description of the connector destination. */
  Description?: string | undefined;
  /** The identifier of the C2C connector. */
  CloudConnectorId: string | undefined;
  /** The authentication type used for the connector destination, which determines how credentials and access are managed. */
  AuthType: AuthType | undefined;
  /** The authentication configuration details for the connector destination, including OAuth settings and other authentication parameters. */
  AuthConfig: AuthConfig | undefined;
  /** The AWS Secrets Manager configuration used to securely store and manage sensitive information for the connector destination. */
  SecretsManager: SecretsManager | undefined;
  /**
   * An idempotency token. If you retry a request that completed successfully initially using the same
   * client token and parameters, then the retry attempt will succeed without performing any further actions.
   * The client generates a fresh token when none is given.
   */
  ClientToken?: string | undefined;
}

/**
 * @public
 */
export interface CreateConnectorDestinationResponse {
  /** The identifier of the C2C connector destination creation request. */
  Id?: string | undefined;
}

/**
 * @public
 */
export interface GetConnectorDestinationRequest {
  /** The identifier of the C2C connector destination. */
  Identifier: string | undefined;
}

/**
 * @public
 */
export interface GetConnectorDestinationResponse {
  /** The display name of the connector destination. */
  Name?: string | undefined;
  /** A description of the connector destination. */
  Description?: string | undefined;
  /** The identifier of the C2C connector. */
  CloudConnectorId?: string | undefined;
  /** The unique identifier of the connector destination. */
  Id?: string | undefined;
  /** The authentication type used for the connector destination, which determines how credentials and access are managed. */
  AuthType?: AuthType | undefined;
  /** The authentication configuration details for the connector destination, including OAuth settings and other authentication parameters. */
  AuthConfig?: AuthConfig | undefined;
  /** The AWS Secrets Manager configuration used to securely store and manage sensitive information for the connector destination. */
  SecretsManager?: SecretsManager | undefined;
  /** The URL where users are redirected after completing the OAuth authorization process for the connector destination. */
  OAuthCompleteRedirectUrl?: string | undefined;
}

/**
 * @public
 */
export interface ListConnectorDestinationsRequest {
  /** The identifier of the cloud connector to filter connector destinations by. */
  CloudConnectorId?: string | undefined;
  /** A token used for pagination of results. */
  NextToken?: string | undefined;
  /** The maximum number of connector destinations to return in a single response (1–1000). */
  MaxResults?: number | undefined;
}

/**
 * @public
 */
export interface ListConnectorDestinationsResponse {
  /** The list of connector destinations that match the specified criteria. */
  ConnectorDestinationList?: ConnectorDestinationSummary[] | undefined;
  /** A token used for pagination of results when there are more connector destinations than can be returned in a single response. */
  NextToken?: string | undefined;
}

/**
 * The lifecycle state of an account association.
 * @public
 */
export const AssociationState = {
  ASSOCIATION_DELETING: 'ASSOCIATION_DELETING',
  ASSOCIATION_FAILED: 'ASSOCIATION_FAILED',
  ASSOCIATION_IN_PROGRESS: 'ASSOCIATION_IN_PROGRESS',
  ASSOCIATION_SUCCEEDED: 'ASSOCIATION_SUCCEEDED',
  REFRESH_TOKEN_EXPIRED: 'REFRESH_TOKEN_EXPIRED',
} as const;
/**
 * @public
 */
export type AssociationState = (typeof AssociationState)[keyof typeof AssociationState];

/**
 * The authentication type of a connector destination.
 * @public
 */
export const AuthType = {
  OAUTH: 'OAUTH',
} as const;
/**
 * @public
 */
export type AuthType = (typeof AuthType)[keyof typeof AuthType];

/**
 * How the client authenticates at a third-party OAuth token endpoint.
 * @public
 */
export const TokenEndpointAuthenticationScheme = {
  HTTP_BASIC: 'HTTP_BASIC',
  REQUEST_BODY_CREDENTIALS: 'REQUEST_BODY_CREDENTIALS',
} as const;
/**
 * @public
 */
export type TokenEndpointAuthenticationScheme =
  (typeof TokenEndpointAuthenticationScheme)[keyof typeof TokenEndpointAuthenticationScheme];

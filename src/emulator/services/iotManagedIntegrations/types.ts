export type AssociationState =
  | 'ASSOCIATION_IN_PROGRESS'
  | 'ASSOCIATION_FAILED'
  | 'ASSOCIATION_SUCCEEDED'
  | 'ASSOCIATION_DELETING'
  | 'REFRESH_TOKEN_EXPIRED';

/** An account association (member names as in the model's GetAccountAssociationResponse). */
export interface AccountAssociationRecord {
  readonly seq: number;
  readonly AccountAssociationId: string;
  readonly Arn: string;
  readonly ConnectorDestinationId: string;
  Name?: string;
  Description?: string;
  readonly Tags?: Readonly<Record<string, string>>;
  /** The connector destination's authorization material used instead of OAuth, by name. */
  readonly GeneralAuthorization?: { readonly AuthMaterialName?: string };
  AssociationState: AssociationState;
  ErrorMessage?: string;
  OAuthAuthorizationUrl: string;
  /** A state change due at `at` (epoch ms): association or refresh completing, or a deletion finishing. */
  pending?: { readonly at: number; readonly to: 'ASSOCIATION_SUCCEEDED' | 'DELETED' };
}

export interface OAuthConfig {
  readonly authUrl: string;
  readonly tokenUrl: string;
  readonly scope?: string;
  readonly tokenEndpointAuthenticationScheme: 'HTTP_BASIC' | 'REQUEST_BODY_CREDENTIALS';
  readonly oAuthCompleteRedirectUrl?: string;
  readonly proactiveRefreshTokenRenewal?: {
    readonly enabled?: boolean;
    readonly DaysBeforeRenewal?: number;
  };
}

export interface ConnectorDestinationRecord {
  readonly seq: number;
  readonly Id: string;
  readonly Name?: string;
  readonly Description?: string;
  readonly CloudConnectorId: string;
  readonly AuthType: 'OAUTH';
  readonly AuthConfig: { readonly oAuth?: OAuthConfig };
  readonly SecretsManager: { readonly arn: string; readonly versionId: string };
  readonly OAuthCompleteRedirectUrl?: string;
}

// Generated from src/emulator/models/iot-managed-integrations.json by tools/aws-model-tables.ts; do not edit,
// run `npm run codegen` instead.
// Service: com.amazonaws.iotmanagedintegrations#IotManagedIntegrations, API version 2025-03-03.
import type { LengthConstraint, StringConstraint, StructureTable } from '../../aws/constraints';

/** String shapes with a `length` and/or `pattern` trait, keyed by shape name. */
export const strings = {
  AccountAssociationArn: {
    minLength: 67,
    maxLength: 1011,
    pattern: /^arn:aws:iotmanagedintegrations:[0-9a-zA-Z-]+:[0-9]+:account-association\/[0-9a-zA-Z]+$/,
    allowed: 'an account association ARN',
  },
  AccountAssociationDescription: {
    minLength: 1,
    maxLength: 4096,
    pattern: /^[A-Za-z0-9-_ ]+$/,
    allowed: 'letters, digits, -, _ and space',
  },
  AccountAssociationErrorMessage: {
    minLength: 1,
    maxLength: 4096,
    pattern: /^[A-Za-z0-9-_ ]+$/,
    allowed: 'letters, digits, -, _ and space',
  },
  AccountAssociationId: {
    minLength: 1,
    maxLength: 64,
    pattern: /^[0-9a-zA-Z]+$/,
    allowed: 'letters and digits',
  },
  AccountAssociationName: {
    minLength: 1,
    maxLength: 128,
    pattern: /^[A-Za-z0-9-_ ]+$/,
    allowed: 'letters, digits, -, _ and space',
  },
  AuthMaterialName: {
    minLength: 1,
    maxLength: 100,
    pattern: /^[a-zA-Z0-9=_+/-]+$/,
    allowed: 'letters, digits and the characters =_+/-',
  },
  AuthUrl: {
    minLength: 1,
    maxLength: 1024,
    pattern: /^https?:\/\/(www\.)?[-a-zA-Z0-9@:%._\+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}([-a-zA-Z0-9()@:%_\+.~#?&\/=]*)$/,
    allowed: 'an http or https URL',
  },
  ClientToken: {
    minLength: 1,
    maxLength: 64,
    pattern: /^[a-zA-Z0-9=_-]+$/,
    allowed: 'letters, digits, =, _ and -',
  },
  CloudConnectorId: {
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9-_]+$/,
    allowed: 'letters, digits, - and _',
  },
  ConnectorDestinationDescription: {
    minLength: 1,
    maxLength: 256,
    pattern: /^[0-9A-Za-z_\- ]+$/,
    allowed: 'letters, digits, _, - and space',
  },
  ConnectorDestinationId: {
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9-_]+$/,
    allowed: 'letters, digits, - and _',
  },
  ConnectorDestinationName: {
    minLength: 1,
    maxLength: 128,
    pattern: /^[A-Za-z0-9-_ ]+$/,
    allowed: 'letters, digits, -, _ and space',
  },
  NextToken: {
    minLength: 1,
    maxLength: 65535,
    pattern: /^[a-zA-Z0-9=_-]+$/,
    allowed: 'letters, digits, =, _ and -',
  },
  OAuthAuthorizationUrl: {
    minLength: 1,
    maxLength: 1024,
    pattern: /^(https):\/\/.*$/,
    allowed: 'an https URL',
  },
  OAuthCompleteRedirectUrl: {
    minLength: 1,
    maxLength: 1024,
    pattern: /^(http|https):\/\/.*$/,
    allowed: 'an http or https URL',
  },
  SecretsManagerArn: {
    minLength: 20,
    maxLength: 2048,
    pattern: /^arn:aws:secretsmanager:[0-9a-zA-Z-]{1,32}:\d{12}:secret:[A-Za-z0-9/_+=.@-]{8,520}$/,
    allowed: 'a Secrets Manager secret ARN',
  },
  SecretsManagerVersionId: {
    minLength: 32,
    maxLength: 64,
    pattern: /^[a-zA-Z0-9-_]+$/,
    allowed: 'letters, digits, - and _',
  },
  TagKey: {
    minLength: 1,
    maxLength: 128,
  },
  TagValue: {
    minLength: 0,
    maxLength: 256,
  },
  TokenUrl: {
    minLength: 1,
    maxLength: 1024,
    pattern: /^https?:\/\/(www\.)?[-a-zA-Z0-9@:%._\+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}([-a-zA-Z0-9()@:%_\+.~#?&\/=]*)$/,
    allowed: 'an http or https URL',
  },
} as const satisfies Record<string, StringConstraint>;

/** List and map shapes with a `length` trait (bounds on the number of entries). */
export const collections = {
  TagsMap: { min: 1, max: 50 },
} as const satisfies Record<string, LengthConstraint>;

/** Integer shapes with a `range` trait (inclusive bounds). */
export const integers = {
  MaxResults: { min: 1, max: 1000 },
} as const satisfies Record<string, LengthConstraint>;

/** Structures reachable from the emulated operations: member names in model order, the required ones, and the members that hold structures. */
export const structures = {
  AccessDeniedException: {
    members: ['Message'],
    required: [],
  },
  AccountAssociationItem: {
    members: [
      'AccountAssociationId',
      'AssociationState',
      'ErrorMessage',
      'ConnectorDestinationId',
      'Name',
      'Description',
      'Arn',
    ],
    required: ['AccountAssociationId', 'AssociationState'],
  },
  AuthConfig: {
    members: ['oAuth'],
    required: [],
    nested: {
      oAuth: { shape: 'OAuthConfig', kind: 'structure' },
    },
  },
  ConflictException: {
    members: ['Message'],
    required: [],
  },
  ConnectorDestinationSummary: {
    members: ['Name', 'Description', 'CloudConnectorId', 'Id'],
    required: [],
  },
  CreateAccountAssociationRequest: {
    members: [
      'ClientToken',
      'ConnectorDestinationId',
      'Name',
      'Description',
      'Tags',
      'GeneralAuthorization',
    ],
    required: ['ConnectorDestinationId'],
    nested: {
      GeneralAuthorization: { shape: 'GeneralAuthorizationName', kind: 'structure' },
    },
  },
  CreateAccountAssociationResponse: {
    members: ['OAuthAuthorizationUrl', 'AccountAssociationId', 'AssociationState', 'Arn'],
    required: ['OAuthAuthorizationUrl', 'AccountAssociationId', 'AssociationState'],
  },
  CreateConnectorDestinationRequest: {
    members: [
      'Name',
      'Description',
      'CloudConnectorId',
      'AuthType',
      'AuthConfig',
      'SecretsManager',
      'ClientToken',
    ],
    required: ['CloudConnectorId', 'AuthType', 'AuthConfig', 'SecretsManager'],
    nested: {
      AuthConfig: { shape: 'AuthConfig', kind: 'structure' },
      SecretsManager: { shape: 'SecretsManager', kind: 'structure' },
    },
  },
  CreateConnectorDestinationResponse: {
    members: ['Id'],
    required: [],
  },
  DeleteAccountAssociationRequest: {
    members: ['AccountAssociationId'],
    required: ['AccountAssociationId'],
  },
  GeneralAuthorizationName: {
    members: ['AuthMaterialName'],
    required: [],
  },
  GetAccountAssociationRequest: {
    members: ['AccountAssociationId'],
    required: ['AccountAssociationId'],
  },
  GetAccountAssociationResponse: {
    members: [
      'AccountAssociationId',
      'AssociationState',
      'ErrorMessage',
      'ConnectorDestinationId',
      'Name',
      'Description',
      'Arn',
      'OAuthAuthorizationUrl',
      'Tags',
      'GeneralAuthorization',
    ],
    required: ['AccountAssociationId', 'AssociationState', 'OAuthAuthorizationUrl'],
    nested: {
      GeneralAuthorization: { shape: 'GeneralAuthorizationName', kind: 'structure' },
    },
  },
  GetConnectorDestinationRequest: {
    members: ['Identifier'],
    required: ['Identifier'],
  },
  GetConnectorDestinationResponse: {
    members: [
      'Name',
      'Description',
      'CloudConnectorId',
      'Id',
      'AuthType',
      'AuthConfig',
      'SecretsManager',
      'OAuthCompleteRedirectUrl',
    ],
    required: [],
    nested: {
      AuthConfig: { shape: 'AuthConfig', kind: 'structure' },
      SecretsManager: { shape: 'SecretsManager', kind: 'structure' },
    },
  },
  InternalServerException: {
    members: ['Message'],
    required: [],
  },
  ListAccountAssociationsRequest: {
    members: ['ConnectorDestinationId', 'MaxResults', 'NextToken'],
    required: [],
  },
  ListAccountAssociationsResponse: {
    members: ['Items', 'NextToken'],
    required: [],
    nested: {
      Items: { shape: 'AccountAssociationItem', kind: 'list' },
    },
  },
  ListConnectorDestinationsRequest: {
    members: ['CloudConnectorId', 'NextToken', 'MaxResults'],
    required: [],
  },
  ListConnectorDestinationsResponse: {
    members: ['ConnectorDestinationList', 'NextToken'],
    required: [],
    nested: {
      ConnectorDestinationList: { shape: 'ConnectorDestinationSummary', kind: 'list' },
    },
  },
  OAuthConfig: {
    members: [
      'authUrl',
      'tokenUrl',
      'scope',
      'tokenEndpointAuthenticationScheme',
      'oAuthCompleteRedirectUrl',
      'proactiveRefreshTokenRenewal',
    ],
    required: ['authUrl', 'tokenUrl', 'tokenEndpointAuthenticationScheme'],
    nested: {
      proactiveRefreshTokenRenewal: { shape: 'ProactiveRefreshTokenRenewal', kind: 'structure' },
    },
  },
  ProactiveRefreshTokenRenewal: {
    members: ['enabled', 'DaysBeforeRenewal'],
    required: [],
  },
  ResourceNotFoundException: {
    members: ['Message', 'ResourceId', 'ResourceType'],
    required: [],
  },
  SecretsManager: {
    members: ['arn', 'versionId'],
    required: ['arn', 'versionId'],
  },
  ServiceUnavailableException: {
    members: ['Message'],
    required: [],
  },
  StartAccountAssociationRefreshRequest: {
    members: ['AccountAssociationId'],
    required: ['AccountAssociationId'],
  },
  StartAccountAssociationRefreshResponse: {
    members: ['OAuthAuthorizationUrl'],
    required: ['OAuthAuthorizationUrl'],
  },
  ThrottlingException: {
    members: ['Message'],
    required: [],
  },
  UpdateAccountAssociationRequest: {
    members: ['AccountAssociationId', 'Name', 'Description'],
    required: ['AccountAssociationId'],
  },
  ValidationException: {
    members: ['Message'],
    required: [],
  },
} as const satisfies Record<string, StructureTable>;

/** Enum shapes (Smithy `enum` shapes and strings with the `enum` trait): their values in model order. */
export const enums = {
  AssociationState: [
    'ASSOCIATION_IN_PROGRESS',
    'ASSOCIATION_FAILED',
    'ASSOCIATION_SUCCEEDED',
    'ASSOCIATION_DELETING',
    'REFRESH_TOKEN_EXPIRED',
  ],
  AuthType: ['OAUTH'],
  TokenEndpointAuthenticationScheme: ['HTTP_BASIC', 'REQUEST_BODY_CREDENTIALS'],
} as const satisfies Record<string, readonly string[]>;

/** Emulated operations: input and output shape names (`Unit` for none) and the errors they declare. */
export const operations = {
  CreateAccountAssociation: {
    input: 'CreateAccountAssociationRequest',
    output: 'CreateAccountAssociationResponse',
    errors: [
      'AccessDeniedException',
      'ConflictException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ServiceUnavailableException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  CreateConnectorDestination: {
    input: 'CreateConnectorDestinationRequest',
    output: 'CreateConnectorDestinationResponse',
    errors: [
      'AccessDeniedException',
      'ConflictException',
      'InternalServerException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  DeleteAccountAssociation: {
    input: 'DeleteAccountAssociationRequest',
    output: 'Unit',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ServiceUnavailableException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  GetAccountAssociation: {
    input: 'GetAccountAssociationRequest',
    output: 'GetAccountAssociationResponse',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ServiceUnavailableException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  GetConnectorDestination: {
    input: 'GetConnectorDestinationRequest',
    output: 'GetConnectorDestinationResponse',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  ListAccountAssociations: {
    input: 'ListAccountAssociationsRequest',
    output: 'ListAccountAssociationsResponse',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ServiceUnavailableException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  ListConnectorDestinations: {
    input: 'ListConnectorDestinationsRequest',
    output: 'ListConnectorDestinationsResponse',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  StartAccountAssociationRefresh: {
    input: 'StartAccountAssociationRefreshRequest',
    output: 'StartAccountAssociationRefreshResponse',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ServiceUnavailableException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  UpdateAccountAssociation: {
    input: 'UpdateAccountAssociationRequest',
    output: 'Unit',
    errors: [
      'AccessDeniedException',
      'ConflictException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ServiceUnavailableException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
} as const satisfies Record<string, { readonly input: string; readonly output: string; readonly errors: readonly string[] }>;

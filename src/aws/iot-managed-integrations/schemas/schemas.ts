// The wire contract of the operations this client supports, in the static schema format that
// @smithy/core/schema and AWS's restJson1 protocol (AwsRestJsonProtocol) interpret — the same format
// the official generated clients ship. Transcribed from AWS's Smithy model
// (com.amazonaws.iotmanagedintegrations, API 2025-03-03). Required members come first in each
// structure and the trailing number counts them, as in generated code.
//
// Schema sentinels: 0 = string/enum, 1 = number, 2 = boolean. Member traits are written as objects
// ({ httpLabel: 1 }, { httpQuery: 'MaxResults' }, { idempotencyToken: 1 }); 8 marks a sensitive shape.
import { TypeRegistry } from '@smithy/core/schema';
import type {
  StaticErrorSchema,
  StaticListSchema,
  StaticMapSchema,
  StaticOperationSchema,
  StaticSimpleSchema,
  StaticStructureSchema,
} from '@smithy/types';

import {
  AccessDeniedException,
  ConflictException,
  InternalServerException,
  InvalidRequestException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  UnauthorizedException,
  ValidationException,
} from '../models/errors';
import { IoTManagedIntegrationsServiceException } from '../models/IoTManagedIntegrationsServiceException';

const n0 = 'com.amazonaws.iotmanagedintegrations';
/** Namespace of the service's base exception; unmodeled error codes resolve to it. */
const synthetic = 'smithy.ts.sdk.synthetic.com.amazonaws.iotmanagedintegrations';

const STRING = 0;
const NUMBER = 1;
const BOOLEAN = 2;
const SENSITIVE = 8;
const label = { httpLabel: 1 } as const;
const idempotencyToken = { idempotencyToken: 1 } as const;
const query = (name: string) => ({ httpQuery: name });

// Errors. Each is registered with its class so the protocol can instantiate it from an error code.

const syntheticRegistry = new TypeRegistry(synthetic);
export const IoTManagedIntegrationsServiceException$: StaticErrorSchema = [
  -3,
  synthetic,
  'IoTManagedIntegrationsServiceException',
  0,
  [],
  [],
];
syntheticRegistry.registerError(
  IoTManagedIntegrationsServiceException$,
  IoTManagedIntegrationsServiceException,
);

const registry = new TypeRegistry(n0);
const modeledError = (
  name: string,
  fault: 'client' | 'server',
  httpError: number,
  ctor: new (...args: never[]) => IoTManagedIntegrationsServiceException,
  extraMembers: string[] = [],
): StaticErrorSchema => {
  const members = ['Message', ...extraMembers];
  const schema: StaticErrorSchema = [
    -3,
    n0,
    name,
    { error: fault, httpError },
    members,
    members.map(() => STRING),
  ];
  registry.registerError(schema, ctor);
  return schema;
};

export const AccessDeniedException$ = modeledError(
  'AccessDeniedException',
  'client',
  403,
  AccessDeniedException,
);
export const ConflictException$ = modeledError(
  'ConflictException',
  'client',
  409,
  ConflictException,
);
export const InternalServerException$ = modeledError(
  'InternalServerException',
  'server',
  500,
  InternalServerException,
);
export const InvalidRequestException$ = modeledError(
  'InvalidRequestException',
  'client',
  400,
  InvalidRequestException,
);
export const ResourceNotFoundException$ = modeledError(
  'ResourceNotFoundException',
  'client',
  404,
  ResourceNotFoundException,
  ['ResourceId', 'ResourceType'],
);
export const ServiceUnavailableException$ = modeledError(
  'ServiceUnavailableException',
  'server',
  503,
  ServiceUnavailableException,
);
export const ThrottlingException$ = modeledError(
  'ThrottlingException',
  'client',
  429,
  ThrottlingException,
);
export const UnauthorizedException$ = modeledError(
  'UnauthorizedException',
  'client',
  401,
  UnauthorizedException,
);
export const ValidationException$ = modeledError(
  'ValidationException',
  'client',
  400,
  ValidationException,
);

/** Type registries holding the modeled errors, consulted by the protocol when a call fails. */
export const errorTypeRegistries = [syntheticRegistry, registry];

// Shared shapes.

const OAuthAuthorizationUrl: StaticSimpleSchema = [
  0,
  n0,
  'OAuthAuthorizationUrl',
  SENSITIVE,
  STRING,
];
const TagsMap: StaticMapSchema = [2, n0, 'TagsMap', SENSITIVE, STRING, STRING];
export const GeneralAuthorizationName$: StaticStructureSchema = [
  3,
  n0,
  'GeneralAuthorizationName',
  0,
  ['AuthMaterialName'],
  [STRING],
];

export const AccountAssociationItem$: StaticStructureSchema = [
  3,
  n0,
  'AccountAssociationItem',
  0,
  [
    'AccountAssociationId',
    'AssociationState',
    'ErrorMessage',
    'ConnectorDestinationId',
    'Name',
    'Description',
    'Arn',
  ],
  [STRING, STRING, STRING, STRING, STRING, STRING, STRING],
  2,
];
const AccountAssociationListDefinition: StaticListSchema = [
  1,
  n0,
  'AccountAssociationListDefinition',
  0,
  () => AccountAssociationItem$,
];

export const ConnectorDestinationSummary$: StaticStructureSchema = [
  3,
  n0,
  'ConnectorDestinationSummary',
  0,
  ['Name', 'Description', 'CloudConnectorId', 'Id'],
  [STRING, STRING, STRING, STRING],
];
const ConnectorDestinationListDefinition: StaticListSchema = [
  1,
  n0,
  'ConnectorDestinationListDefinition',
  0,
  () => ConnectorDestinationSummary$,
];

export const ProactiveRefreshTokenRenewal$: StaticStructureSchema = [
  3,
  n0,
  'ProactiveRefreshTokenRenewal',
  0,
  ['enabled', 'DaysBeforeRenewal'],
  [BOOLEAN, NUMBER],
];
export const OAuthConfig$: StaticStructureSchema = [
  3,
  n0,
  'OAuthConfig',
  0,
  [
    'authUrl',
    'tokenUrl',
    'tokenEndpointAuthenticationScheme',
    'scope',
    'oAuthCompleteRedirectUrl',
    'proactiveRefreshTokenRenewal',
  ],
  [STRING, STRING, STRING, STRING, STRING, () => ProactiveRefreshTokenRenewal$],
  3,
];
export const AuthConfig$: StaticStructureSchema = [
  3,
  n0,
  'AuthConfig',
  0,
  ['oAuth'],
  [() => OAuthConfig$],
];
export const SecretsManager$: StaticStructureSchema = [
  3,
  n0,
  'SecretsManager',
  0,
  ['arn', 'versionId'],
  [STRING, STRING],
  2,
];

// Operation inputs and outputs.

export const CreateAccountAssociationRequest$: StaticStructureSchema = [
  3,
  n0,
  'CreateAccountAssociationRequest',
  0,
  ['ConnectorDestinationId', 'ClientToken', 'Name', 'Description', 'Tags', 'GeneralAuthorization'],
  [
    STRING,
    [STRING, idempotencyToken],
    STRING,
    STRING,
    [() => TagsMap, 0],
    () => GeneralAuthorizationName$,
  ],
  1,
];
export const CreateAccountAssociationResponse$: StaticStructureSchema = [
  3,
  n0,
  'CreateAccountAssociationResponse',
  0,
  ['OAuthAuthorizationUrl', 'AccountAssociationId', 'AssociationState', 'Arn'],
  [[() => OAuthAuthorizationUrl, 0], STRING, STRING, STRING],
  3,
];
export const GetAccountAssociationRequest$: StaticStructureSchema = [
  3,
  n0,
  'GetAccountAssociationRequest',
  0,
  ['AccountAssociationId'],
  [[STRING, label]],
  1,
];
export const GetAccountAssociationResponse$: StaticStructureSchema = [
  3,
  n0,
  'GetAccountAssociationResponse',
  0,
  [
    'AccountAssociationId',
    'AssociationState',
    'OAuthAuthorizationUrl',
    'ErrorMessage',
    'ConnectorDestinationId',
    'Name',
    'Description',
    'Arn',
    'Tags',
    'GeneralAuthorization',
  ],
  [
    STRING,
    STRING,
    [() => OAuthAuthorizationUrl, 0],
    STRING,
    STRING,
    STRING,
    STRING,
    STRING,
    [() => TagsMap, 0],
    () => GeneralAuthorizationName$,
  ],
  3,
];
export const ListAccountAssociationsRequest$: StaticStructureSchema = [
  3,
  n0,
  'ListAccountAssociationsRequest',
  0,
  ['ConnectorDestinationId', 'MaxResults', 'NextToken'],
  [
    [STRING, query('ConnectorDestinationId')],
    [NUMBER, query('MaxResults')],
    [STRING, query('NextToken')],
  ],
];
export const ListAccountAssociationsResponse$: StaticStructureSchema = [
  3,
  n0,
  'ListAccountAssociationsResponse',
  0,
  ['Items', 'NextToken'],
  [() => AccountAssociationListDefinition, STRING],
];
export const UpdateAccountAssociationRequest$: StaticStructureSchema = [
  3,
  n0,
  'UpdateAccountAssociationRequest',
  0,
  ['AccountAssociationId', 'Name', 'Description'],
  [[STRING, label], STRING, STRING],
  1,
];
export const DeleteAccountAssociationRequest$: StaticStructureSchema = [
  3,
  n0,
  'DeleteAccountAssociationRequest',
  0,
  ['AccountAssociationId'],
  [[STRING, label]],
  1,
];
export const StartAccountAssociationRefreshRequest$: StaticStructureSchema = [
  3,
  n0,
  'StartAccountAssociationRefreshRequest',
  0,
  ['AccountAssociationId'],
  [[STRING, label]],
  1,
];
export const StartAccountAssociationRefreshResponse$: StaticStructureSchema = [
  3,
  n0,
  'StartAccountAssociationRefreshResponse',
  0,
  ['OAuthAuthorizationUrl'],
  [[() => OAuthAuthorizationUrl, 0]],
  1,
];
export const CreateConnectorDestinationRequest$: StaticStructureSchema = [
  3,
  n0,
  'CreateConnectorDestinationRequest',
  0,
  [
    'CloudConnectorId',
    'AuthType',
    'AuthConfig',
    'SecretsManager',
    'Name',
    'Description',
    'ClientToken',
  ],
  [
    STRING,
    STRING,
    () => AuthConfig$,
    () => SecretsManager$,
    STRING,
    STRING,
    [STRING, idempotencyToken],
  ],
  4,
];
export const CreateConnectorDestinationResponse$: StaticStructureSchema = [
  3,
  n0,
  'CreateConnectorDestinationResponse',
  0,
  ['Id'],
  [STRING],
];
export const GetConnectorDestinationRequest$: StaticStructureSchema = [
  3,
  n0,
  'GetConnectorDestinationRequest',
  0,
  ['Identifier'],
  [[STRING, label]],
  1,
];
export const GetConnectorDestinationResponse$: StaticStructureSchema = [
  3,
  n0,
  'GetConnectorDestinationResponse',
  0,
  [
    'Name',
    'Description',
    'CloudConnectorId',
    'Id',
    'AuthType',
    'AuthConfig',
    'SecretsManager',
    'OAuthCompleteRedirectUrl',
  ],
  [STRING, STRING, STRING, STRING, STRING, () => AuthConfig$, () => SecretsManager$, STRING],
];
export const ListConnectorDestinationsRequest$: StaticStructureSchema = [
  3,
  n0,
  'ListConnectorDestinationsRequest',
  0,
  ['CloudConnectorId', 'NextToken', 'MaxResults'],
  [
    [STRING, query('CloudConnectorId')],
    [STRING, query('NextToken')],
    [NUMBER, query('MaxResults')],
  ],
];
export const ListConnectorDestinationsResponse$: StaticStructureSchema = [
  3,
  n0,
  'ListConnectorDestinationsResponse',
  0,
  ['ConnectorDestinationList', 'NextToken'],
  [() => ConnectorDestinationListDefinition, STRING],
];

// Operations: HTTP method, URI template and success status code.

const unit = 'unit' as const;

export const CreateAccountAssociation$: StaticOperationSchema = [
  9,
  n0,
  'CreateAccountAssociation',
  { http: ['POST', '/account-associations', 201] },
  () => CreateAccountAssociationRequest$,
  () => CreateAccountAssociationResponse$,
];
export const GetAccountAssociation$: StaticOperationSchema = [
  9,
  n0,
  'GetAccountAssociation',
  { http: ['GET', '/account-associations/{AccountAssociationId}', 200] },
  () => GetAccountAssociationRequest$,
  () => GetAccountAssociationResponse$,
];
export const ListAccountAssociations$: StaticOperationSchema = [
  9,
  n0,
  'ListAccountAssociations',
  { http: ['GET', '/account-associations', 200] },
  () => ListAccountAssociationsRequest$,
  () => ListAccountAssociationsResponse$,
];
export const UpdateAccountAssociation$: StaticOperationSchema = [
  9,
  n0,
  'UpdateAccountAssociation',
  { http: ['PUT', '/account-associations/{AccountAssociationId}', 204] },
  () => UpdateAccountAssociationRequest$,
  () => unit,
];
export const DeleteAccountAssociation$: StaticOperationSchema = [
  9,
  n0,
  'DeleteAccountAssociation',
  { http: ['DELETE', '/account-associations/{AccountAssociationId}', 200] },
  () => DeleteAccountAssociationRequest$,
  () => unit,
];
export const StartAccountAssociationRefresh$: StaticOperationSchema = [
  9,
  n0,
  'StartAccountAssociationRefresh',
  { http: ['POST', '/account-associations/{AccountAssociationId}/refresh', 200] },
  () => StartAccountAssociationRefreshRequest$,
  () => StartAccountAssociationRefreshResponse$,
];
export const CreateConnectorDestination$: StaticOperationSchema = [
  9,
  n0,
  'CreateConnectorDestination',
  { http: ['POST', '/connector-destinations', 201] },
  () => CreateConnectorDestinationRequest$,
  () => CreateConnectorDestinationResponse$,
];
export const GetConnectorDestination$: StaticOperationSchema = [
  9,
  n0,
  'GetConnectorDestination',
  { http: ['GET', '/connector-destinations/{Identifier}', 200] },
  () => GetConnectorDestinationRequest$,
  () => GetConnectorDestinationResponse$,
];
export const ListConnectorDestinations$: StaticOperationSchema = [
  9,
  n0,
  'ListConnectorDestinations',
  { http: ['GET', '/connector-destinations', 200] },
  () => ListConnectorDestinationsRequest$,
  () => ListConnectorDestinationsResponse$,
];

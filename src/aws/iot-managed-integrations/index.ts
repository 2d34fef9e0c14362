// An SDK-shaped client for Managed integrations for AWS IoT Device Management, with the public API of
// `@aws-sdk/client-iot-managed-integrations` (which is not installable here) for the account-association
// and connector-destination operations. Swapping in the official package is an import change.
export {
  IoTManagedIntegrationsClient,
  type ClientDefaults,
  type IoTManagedIntegrationsClientConfig,
  type IoTManagedIntegrationsClientConfigType,
  type IoTManagedIntegrationsClientResolvedConfig,
  type IoTManagedIntegrationsClientResolvedConfigType,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from './IoTManagedIntegrationsClient';
export type { ClientInputEndpointParameters } from './endpoint/EndpointParameters';
export type {
  IoTManagedIntegrationsExtensionConfiguration,
  RuntimeExtension,
} from './runtimeExtensions';

export {
  CreateAccountAssociationCommand,
  type CreateAccountAssociationCommandInput,
  type CreateAccountAssociationCommandOutput,
} from './commands/CreateAccountAssociationCommand';
export {
  CreateConnectorDestinationCommand,
  type CreateConnectorDestinationCommandInput,
  type CreateConnectorDestinationCommandOutput,
} from './commands/CreateConnectorDestinationCommand';
export {
  DeleteAccountAssociationCommand,
  type DeleteAccountAssociationCommandInput,
  type DeleteAccountAssociationCommandOutput,
} from './commands/DeleteAccountAssociationCommand';
export {
  GetAccountAssociationCommand,
  type GetAccountAssociationCommandInput,
  type GetAccountAssociationCommandOutput,
} from './commands/GetAccountAssociationCommand';
export {
  GetConnectorDestinationCommand,
  type GetConnectorDestinationCommandInput,
  type GetConnectorDestinationCommandOutput,
} from './commands/GetConnectorDestinationCommand';
export {
  ListAccountAssociationsCommand,
  type ListAccountAssociationsCommandInput,
  type ListAccountAssociationsCommandOutput,
} from './commands/ListAccountAssociationsCommand';
export {
  ListConnectorDestinationsCommand,
  type ListConnectorDestinationsCommandInput,
  type ListConnectorDestinationsCommandOutput,
} from './commands/ListConnectorDestinationsCommand';
export {
  StartAccountAssociationRefreshCommand,
  type StartAccountAssociationRefreshCommandInput,
  type StartAccountAssociationRefreshCommandOutput,
} from './commands/StartAccountAssociationRefreshCommand';
export {
  UpdateAccountAssociationCommand,
  type UpdateAccountAssociationCommandInput,
  type UpdateAccountAssociationCommandOutput,
} from './commands/UpdateAccountAssociationCommand';

export type { IoTManagedIntegrationsPaginationConfiguration } from './pagination/Interfaces';
export { paginateListAccountAssociations } from './pagination/ListAccountAssociationsPaginator';
export { paginateListConnectorDestinations } from './pagination/ListConnectorDestinationsPaginator';

export { AssociationState, AuthType, TokenEndpointAuthenticationScheme } from './models/enums';
export {
  AccessDeniedException,
  ConflictException,
  InternalServerException,
  InvalidRequestException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  UnauthorizedException,
  ValidationException,
} from './models/errors';
export { IoTManagedIntegrationsServiceException } from './models/IoTManagedIntegrationsServiceException';
export type * from './models/models';

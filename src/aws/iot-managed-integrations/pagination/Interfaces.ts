import type { PaginationConfiguration } from '@smithy/types';

import type { IoTManagedIntegrationsClient } from '../IoTManagedIntegrationsClient';

/**
 * Options of the `paginate<Operation>` helpers.
 * @public
 */
export interface IoTManagedIntegrationsPaginationConfiguration extends PaginationConfiguration {
  client: IoTManagedIntegrationsClient;
}

import { createPaginator } from '@smithy/core';
import type { Paginator } from '@smithy/types';

import {
  ListConnectorDestinationsCommand,
  type ListConnectorDestinationsCommandInput,
  type ListConnectorDestinationsCommandOutput,
} from '../commands/ListConnectorDestinationsCommand';
import { IoTManagedIntegrationsClient } from '../IoTManagedIntegrationsClient';
import type { IoTManagedIntegrationsPaginationConfiguration } from './Interfaces';

/**
 * Iterates over every page of ListConnectorDestinations, following `NextToken` until the service returns none.
 * `pageSize` in the configuration is sent as `MaxResults`.
 * @public
 */
export const paginateListConnectorDestinations: (
  config: IoTManagedIntegrationsPaginationConfiguration,
  input: ListConnectorDestinationsCommandInput,
  ...rest: unknown[]
) => Paginator<ListConnectorDestinationsCommandOutput> = createPaginator<
  IoTManagedIntegrationsPaginationConfiguration,
  ListConnectorDestinationsCommandInput,
  ListConnectorDestinationsCommandOutput
>(
  IoTManagedIntegrationsClient,
  ListConnectorDestinationsCommand,
  'NextToken',
  'NextToken',
  'MaxResults',
);

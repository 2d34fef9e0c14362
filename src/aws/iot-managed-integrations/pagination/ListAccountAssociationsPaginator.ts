import { createPaginator } from '@smithy/core';
import type { Paginator } from '@smithy/types';

import {
  ListAccountAssociationsCommand,
  type ListAccountAssociationsCommandInput,
  type ListAccountAssociationsCommandOutput,
} from '../commands/ListAccountAssociationsCommand';
import { IoTManagedIntegrationsClient } from '../IoTManagedIntegrationsClient';
import type { IoTManagedIntegrationsPaginationConfiguration } from './Interfaces';

/**
 * Iterates over every page of ListAccountAssociations, following `NextToken` until the service returns none.
 * `pageSize` in the configuration is sent as `MaxResults`.
 * @public
 */
export const paginateListAccountAssociations: (
  config: IoTManagedIntegrationsPaginationConfiguration,
  input: ListAccountAssociationsCommandInput,
  ...rest: unknown[]
) => Paginator<ListAccountAssociationsCommandOutput> = createPaginator<
  IoTManagedIntegrationsPaginationConfiguration,
  ListAccountAssociationsCommandInput,
  ListAccountAssociationsCommandOutput
>(
  IoTManagedIntegrationsClient,
  ListAccountAssociationsCommand,
  'NextToken',
  'NextToken',
  'MaxResults',
);

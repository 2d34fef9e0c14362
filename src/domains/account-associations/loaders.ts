import type DataLoader from 'dataloader';

import {
  GetAccountAssociationCommand,
  GetConnectorDestinationCommand,
  ListAccountAssociationsCommand,
  type IoTManagedIntegrationsClient,
  type ListAccountAssociationsResponse,
} from '../../aws/iot-managed-integrations';
import { createFanOutLoader } from '../fanOutLoader';
import type { AccountAssociationRecord, ConnectorDestinationModel } from './mappers';

export interface ListPageKey {
  connectorDestinationId: string | null;
  nextToken: string | undefined;
  maxResults: number;
}

/** Per-request readers for IoT managed integrations (see DESIGN.md, "Batching rules"). */
export interface AccountAssociationLoaders {
  /** GetAccountAssociation, one call per distinct id per request. */
  readonly association: DataLoader<string, AccountAssociationRecord>;
  /** GetConnectorDestination, one call per distinct id per request. */
  readonly connectorDestination: DataLoader<string, ConnectorDestinationModel>;
  /** ListAccountAssociations: identical page requests (aliases) are sent once. */
  readonly listPage: DataLoader<ListPageKey, ListAccountAssociationsResponse, string>;
}

export function createAccountAssociationLoaders(
  client: IoTManagedIntegrationsClient,
): AccountAssociationLoaders {
  return {
    association: createFanOutLoader(
      { service: 'IoTManagedIntegrations', operation: 'GetAccountAssociation' },
      async (id: string) => {
        const output = withoutMetadata(
          await client.send(new GetAccountAssociationCommand({ AccountAssociationId: id })),
        );
        return { ...output, AccountAssociationId: output.AccountAssociationId ?? id };
      },
    ),
    connectorDestination: createFanOutLoader(
      { service: 'IoTManagedIntegrations', operation: 'GetConnectorDestination' },
      async (id: string) => {
        const record = withoutMetadata(
          await client.send(new GetConnectorDestinationCommand({ Identifier: id })),
        );
        return { connectorDestinationId: record.Id ?? id, record };
      },
    ),
    listPage: createFanOutLoader(
      { service: 'IoTManagedIntegrations', operation: 'ListAccountAssociations' },
      async (key: ListPageKey) => {
        return withoutMetadata(
          await client.send(
            new ListAccountAssociationsCommand({
              ConnectorDestinationId: key.connectorDestinationId ?? undefined,
              NextToken: key.nextToken,
              MaxResults: key.maxResults,
            }),
          ),
        );
      },
      (key) => JSON.stringify([key.connectorDestinationId, key.nextToken ?? null, key.maxResults]),
    ),
  };
}

/** Drops the SDK's response metadata: models keep only what AWS said about the resource. */
function withoutMetadata<T extends { $metadata: unknown }>(output: T): Omit<T, '$metadata'> {
  const copy: Partial<T> = { ...output };
  delete copy.$metadata;
  return copy as Omit<T, '$metadata'>;
}
